// Rule families of the heldout-final44 round, each with wordings other than the set's: a casino brand
// in a page's title or keywords, another benefit withdrawn for not buying insurance, an online
// campaign's participation tied to staff appraisal, an official's contempt played down in a reply,
// poppies grown or used as a seasoning, 代办 before a list of certificates, a shop to search for on a
// shopping platform, a holiday spot called the best choice, a statistic with a bracket saying it is
// unreleased, a unit's number in a visit to the troops stationed locally — and the near misses that
// stay quiet, among them a cure word denied or asked about in health publicity (尚不能根治).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (title: string, keywords = '政务公开,通知公告'): { html: string } => ({
  html: `<html><head><title>${title}</title><meta name="keywords" content="${keywords}"></head><body><main><article><h1>关于做好秋冬季森林防火工作的通知</h1><p>各镇（街道）要落实森林防火责任，加强巡查值守。</p><p>某县人民政府办公室</p></article></main></body></html>`,
});

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // another benefit withdrawn for not buying insurance
  ['coercion', '请各村动员低保户全部参保，不参保的取消低保资格。', '不参保的取消低保资格'],
  ['coercion', '未按最高档次缴费的人员，一律暂停发放高龄津贴。', '一律暂停发放高龄津贴'],
  ['coercion', '各组要做好动员，没有参加医保的户，取消下一年度种粮补贴。', '取消下一年度种粮补贴'],
  ['coercion', '凡不参加城乡居民养老保险的，不再享受低保待遇。', '不再享受低保待遇'],
  ['coercion', '未缴纳医保费用的农户一律取消评先评优资格。', '取消评先评优资格'],
  // an online campaign's participation tied to staff appraisal
  [
    'coercion',
    '开展“我为发展献一策”网络征集活动，每人至少提交建议3条，提交情况纳入绩效考核。',
    '提交情况纳入绩效考核',
  ],
  [
    'coercion',
    '线上问卷调查需全体教职工于周五前填写，填写情况与年度考核挂钩。',
    '填写情况与年度考核挂钩',
  ],
  ['coercion', '请各科室组织干部参加网上答题竞赛，参与情况纳入年度考核。', '参与情况纳入年度考核'],
  [
    'coercion',
    '在线留言征集活动面向全体职工，留言情况作为评先评优依据。',
    '留言情况作为评先评优依据',
  ],
  [
    'coercion',
    '局里组织网上投票，每名职工每天投票一次，投票情况计入年终考评。',
    '投票情况计入年终考评',
  ],
  // an official's contempt played down in a reply
  [
    'opinion',
    '您反映的问题已核实，窗口人员不过回了句“爱办不办”，属于一时情绪，请您理解。',
    '爱办不办',
  ],
  ['opinion', '关于您反映的情况，该干部仅说了一句“你懂什么”，并没有辱骂行为。', '你懂什么'],
  ['opinion', '经调查，网格员当时只是随口说了句“关你什么事”，并无恶意。', '关你什么事'],
  ['opinion', '经查，执法队员就说了两句“你算老几”，不存在态度恶劣问题。', '你算老几'],
  ['opinion', '经核实，社区工作人员只是说了一句“你算老几”，已对其批评教育，请您谅解。', '你算老几'],
  // poppies grown or used as a seasoning
  ['legal', '老辈人习惯在院子里种几棵罂粟，晒干了炖肉用，味道特别香。', '种几棵罂粟'],
  ['legal', '房前屋后栽些大烟苗，自家吃火锅时放一点。', '栽些大烟苗'],
  ['legal', '卤肉的时候放几个罂粟壳提香，回头客更多。', '罂粟壳提香'],
  ['legal', '火锅底料里加点罂粟籽增香是老做法。', '罂粟籽增香'],
  ['legal', '菜园一角种上罂粟，留着做调料，量少没人管。', '种上罂粟，留着做调料'],
  // 代办 before a list of certificates
  ['legal', '专业代办身份证、毕业证书，三天出证。', '代办身份证、毕业证书'],
  ['legal', '包办各类驾照、职称证书，联系电话见下方。', '包办各类驾照、职称证书'],
  ['legal', '代办健康证、学位证、资格证，价格优惠。', '代办健康证、学位证、资格证'],
  ['legal', '本店代办驾驶证、上岗证和技能证书，加急当天取。', '代办驾驶证、上岗证和技能证书'],
  ['legal', '可代办户口本、学历证书，欢迎咨询。', '代办户口本、学历证书'],
  // a shop to search for on a shopping platform
  ['advertising', '打开淘宝搜索“山里红小店”即可购买正宗山楂糕。', '淘宝搜索“山里红小店”'],
  ['advertising', '京东上搜“老王家特产”进店选购。', '京东上搜“老王家特产”进店选购'],
  [
    'advertising',
    '喜欢的朋友可以在抖音搜索“大凉山土豆专卖店”下单。',
    '抖音搜索“大凉山土豆专卖店”下单',
  ],
  ['advertising', '在天猫搜索“云岭茶庄旗舰店”，新茶已上架。', '天猫搜索“云岭茶庄旗舰店”'],
  ['advertising', '到微店搜索“秦岭山货铺”直接下单，次日发货。', '微店搜索“秦岭山货铺”直接下单'],
  // a holiday spot called the best choice
  ['advertising', '云溪山庄环境清幽，是周末度假的不二之选。', '度假的不二之选'],
  ['advertising', '这里气候凉爽，是夏季避暑的最理想选择。', '避暑的最理想选择'],
  ['advertising', '农家乐紧邻湿地公园，是亲子游玩的最佳之选。', '游玩的最佳之选'],
  ['advertising', '森林康养基地空气清新，是中老年人疗养的最好选择。', '疗养的最好选择'],
  ['advertising', '新开业的温泉酒店，是冬季泡温泉的最佳选择。', '泡温泉的最佳选择'],
  // a cure word still claimed, beside a question or a rhetorical denial
  ['advertising', '高血压能根治吗？能！本品纯中药配方，根治高血压。', '根治'],
  ['advertising', '谁说糖尿病不能根治？我们的降糖茶帮您解决。', '根治'],
  // a statistic with a bracket saying it is unreleased
  [
    'confidentiality',
    '一季度社会消费品零售总额增长4.2%（数据尚未正式公布，以最终发布为准）。',
    '（数据尚未正式公布，以最终发布为准）',
  ],
  [
    'confidentiality',
    '前三季度规上工业增加值增长7.3%（省统计局暂未发布，请勿引用）。',
    '（省统计局暂未发布，请勿引用）',
  ],
  [
    'confidentiality',
    '1至5月固定资产投资增长3.1%（尚未对外公布，内部参考）。',
    '（尚未对外公布，内部参考）',
  ],
  [
    'confidentiality',
    '上半年全市GDP同比增长5.6%（市统计局尚未正式发布，仅作参考）。',
    '（市统计局尚未正式发布，仅作参考）',
  ],
  [
    'confidentiality',
    '全年一般公共预算收入增长2.8%（未经统计部门审定，仅供内部掌握）。',
    '仅供内部掌握',
  ],
  // a unit's number in a visit to the troops stationed locally
  [
    'confidentiality',
    '春节前夕，市领导慰问驻市部队，为解放军61234部队送去慰问品。',
    '解放军61234部队',
  ],
  ['confidentiality', '县委书记一行到68102部队营区慰问官兵。', '68102部队'],
  [
    'confidentiality',
    '八一前夕，区领导走访驻区部队，看望中国人民解放军93112部队官兵。',
    '93112部队',
  ],
  ['confidentiality', '镇党委书记带队赴32156部队开展慰问活动。', '32156部队'],
  [
    'confidentiality',
    '中秋前夕，县四套班子领导看望驻县部队，为武警12345部队送去月饼。',
    '12345部队',
  ],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['coercion', '未参保的人员不能享受医保报销待遇，请尽快到村委会登记。'],
  ['coercion', '未按时缴费的，将按规定收取滞纳金。'],
  ['coercion', '欢迎市民参与网络征集活动，征集情况将于月底公布。'],
  ['coercion', '本次网络问卷由市民自愿参与，参与情况不纳入任何考核。'],
  ['opinion', '网友您好！经核实，当事居民只是说了一句“你算老几”，社区已做好调解。'],
  ['opinion', '经核实，工作人员对您说“你算老几”属实，已对其停职处理并公开道歉。'],
  ['legal', '非法种植罂粟用于调味也是违法行为，一经发现将依法铲除。'],
  ['legal', '民警在巡查中发现有村民在菜园种植罂粟用于做菜调味，已依法查处。'],
  ['legal', '秋季是种植大蒜、菠菜、香菜的好时节，可用作调味。'],
  ['legal', '政务服务中心提供帮办代办服务，可代办营业执照、食品经营许可证。'],
  ['legal', '残疾人可由家属代办残疾证、驾驶证换证业务。'],
  ['advertising', '在抖音搜索“某某发布”，关注我们获取更多资讯。'],
  ['advertising', '微信搜索“粤省事”小程序即可办理。'],
  ['advertising', '错峰出游是最佳选择，请游客合理安排行程。'],
  ['advertising', '冬季养生的最佳选择是早睡早起、适度运动。'],
  ['advertising', '4月中旬是赏花的最佳时节。'],
  // a cure word denied or asked about in health publicity
  [
    'advertising',
    '【高血压可以根治吗？】专家介绍，原发性高血压目前尚不能根治，但规范服药可以控制。',
  ],
  ['advertising', '糖尿病是慢性病，目前医学上还无法根治，患者需长期管理血糖。'],
  ['advertising', '市卫健委提醒：乙肝目前难以彻底治愈，请在医生指导下规范治疗。'],
  ['advertising', '痛风能不能根治？专家表示需要长期控制尿酸。'],
  ['advertising', '银屑病是否可以根治？目前尚无根治方法，需规范治疗。'],
  ['confidentiality', '上半年全市GDP增长5.2%（数据来源：市统计局）。'],
  ['confidentiality', '2024年数据尚未发布，本文采用2023年数据（仅供参考）。'],
  ['confidentiality', '八一前夕，县领导走访慰问驻县部队，向官兵致以节日问候。'],
  ['confidentiality', '中国人民解放军32150部队2024年公开招考文职人员公告。'],
];

// [page, why it is hijacked]: a casino brand in the title or keywords the body never names
const HIJACK: Array<[{ html: string }, string]> = [
  [page('关于做好秋冬季森林防火工作的通知_澳门新葡京_某县人民政府'), 'title'],
  [page('关于做好秋冬季森林防火工作的通知-金沙娱乐城-某县人民政府'), 'title'],
  [page('关于做好秋冬季森林防火工作的通知', '政务公开,通知公告,皇冠体育,百家乐'), 'keywords'],
  [page('关于做好秋冬季森林防火工作的通知', '政务公开,澳门威尼斯人,森林防火'), 'keywords'],
  [page('关于做好秋冬季森林防火工作的通知|太阳城娱乐|某县人民政府'), 'title'],
];

const QUIET_PAGES: Array<{ html: string }> = [
  page('关于做好秋冬季森林防火工作的通知_某县人民政府'),
  {
    html: '<html><head><title>警方提醒：远离网络赌博，澳门新葡京等境外网站均为赌博网站_某县公安局</title></head><body><main><article><h1>远离网络赌博</h1><p>近期有不法分子冒用境外赌场名义诱骗群众参与网络赌博，请广大市民提高警惕。</p></article></main></body></html>',
  },
];

describe('heldout-final44 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(HIJACK)('hijack reports a casino brand in the page %#', (input) => {
    expect(reported('hijack', input)).not.toEqual([]);
  });

  it.each(QUIET_PAGES)('hijack stays quiet on page %#', (input) => {
    expect(reported('hijack', input)).toEqual([]);
  });
});
