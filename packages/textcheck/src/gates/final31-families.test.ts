// Rule families of the heldout-final31 round, each with wordings other than the set's: the southern
// end of the territory put at Hainan, Hong Kong, Macao and Taiwan residents counted among foreigners;
// a subsidy paid against a card number and a verification code, penalty points cleared by an agent,
// a game paying out at odds; the family-planning certificates of migrants still asked for; a military
// facility's coordinates, a division change's particulars told while it awaits approval, a figure
// from an internal statistics bulletin; "then move out" and "don't comment if you don't understand";
// a case of infectious disease and a whistleblower named; a penalty for not finishing a platform's
// study by a deadline — and the false alarms that stay quiet: a page's byline whose source runs into
// the next field (来源：县农业农村局字号：大中小), a page naming its own site as source, its own name and
// the portal's sections among its keywords, a repost source in quotes before its channel
// (“浙江发布”微信公众号), an institution's account for donations and a grouped number longer than a
// card, a tax told abolished elsewhere in the post, and quoted example markings in secrecy publicity.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

/** A government article page: its site named in meta SiteName and the title, a byline in spans. */
const page = (site: string, keywords: string, source: string, footer = true) =>
  `<html><head><meta charset="utf-8"><meta name="SiteName" content="${site}"><meta name="keywords" content="${keywords}"><title>秋粮收购工作有序开展_${site}</title></head><body><div class="article"><h2>秋粮收购工作有序开展</h2><div class="art-info"><span>发布时间：2025-10-09</span><span>来源：${source}</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div><p>全县秋粮收购工作有序开展，各收购点运转正常。</p></div>${footer ? `<div class="footer"><p>主办单位：${site}</p></div>` : ''}</body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'political',
    '我国陆地面积约960万平方公里，我国领土最南端位于海南岛南部的三亚',
    '我国领土最南端位于海南岛南部的三亚',
  ],
  ['political', '中国国土的最南端是海南岛的天涯海角。', '国土的最南端是海南岛'],
  ['political', '祖国疆域最南端在西沙群岛的永兴岛。', '疆域最南端在西沙群岛'],
  [
    'political',
    '外国人（含港澳台居民）在宾馆以外的住所居住的，应当办理住宿登记',
    '外国人（含港澳台',
  ],
  ['political', '外籍人员（包括香港、澳门居民）办理居留许可须本人到场。', '外籍人员（包括香港'],
  ['political', '港澳台居民及其他外籍人士可凭有效证件入园。', '港澳台居民及其他外籍'],
  [
    'legal',
    '请扫描下方二维码进入申领页面，填写姓名、身份证号、银行卡号及手机验证码即可当天到账',
    '银行卡号及手机验证码',
  ],
  [
    'legal',
    '领取消费补贴请点击链接，提交身份证号、银行卡号和短信验证码，补贴将在24小时内发放',
    '银行卡号和短信验证码',
  ],
  ['legal', '扫码输入动态验证码即可立即领取一次性补助1800元', '验证码即可立即领取'],
  [
    'legal',
    '可联系我们合作的代办机构，由其代消驾驶证扣分，12分以内当天办结，无需本人到场',
    '代消驾驶证扣分',
  ],
  ['legal', '驾照扣分可代消，12分也能搞定，价格优惠', '驾照扣分可代消'],
  ['legal', '本公司长期高价收购驾驶证分数，当天结算', '收购驾驶证分数'],
  ['legal', '游艺区新增“幸运骰宝”摊位，押大押小现场兑现，最高1赔30', '押大押小'],
  ['legal', '庙会上有人摆摊摇骰子猜点数，猜中1赔5，欢迎试试手气', '猜中1赔5'],
  ['legal', '夜市新开“骰子乐园”，猜单双赔率1比2，欢迎来玩', '猜单双赔率'],
  [
    'policy',
    '请准备以下材料：1.夫妻双方身份证；2.户籍地乡镇（街道）出具的《流动人口婚育证明》',
    '流动人口婚育证明',
  ],
  ['policy', '办理生育登记，需提交户籍地出具的流动人口计划生育证明原件。', '计划生育证明'],
  ['policy', '外地来本市务工的育龄妇女，请持婚育情况证明到社区登记。', '婚育情况证明'],
  [
    'confidentiality',
    '凤凰山山顶雷达站系部队重要军事设施，坐标为北纬34°48′12″、东经113°39′05″，周边严禁放飞无人机',
    '北纬34°48′12″',
  ],
  ['confidentiality', '该导弹阵地经纬度（34.8035，113.6514），周边严禁拍摄。', '34.8035'],
  ['confidentiality', '某部雷达站坐标为北纬34°48′、东经113°39′，请勿靠近。', '北纬34°48′'],
  [
    'confidentiality',
    '我县撤县设区方案已上报省政府，目前尚在审批中，初步拟定新区名称为“云溪区”，区政府驻地拟设在城关镇',
    '拟定新区名称为',
  ],
  [
    'confidentiality',
    '我市撤县设市工作方案正在报批，新设市名称暂定为“云台市”，请大家期待。',
    '名称暂定为',
  ],
  ['confidentiality', '区划调整方案尚未获批，拟将河口镇、石门乡划入高新区。', '划入'],
  [
    'confidentiality',
    '据市统计局内部快报，前三季度全市地区生产总值初步核算增长5.3%，正式数据将于10月底统一发布',
    '内部快报',
  ],
  [
    'confidentiality',
    '根据市统计局内部统计数据，全市城镇调查失业率为5.1%，正式数据将于下月发布。',
    '失业率为5.1%',
  ],
  [
    'confidentiality',
    '据内部通报，一季度全县规上工业增加值增长8.2%，快报数尚未对外公布。',
    '增长8.2%',
  ],
  ['opinion', '广场舞是老年人正常的健身活动，嫌吵的话您也可以考虑搬家嘛～', '考虑搬家'],
  ['opinion', '觉得吵您大可选择搬走，小区不是为您一家建的', '选择搬走'],
  ['opinion', '受不了噪音就换个地方住吧', '换个地方住'],
  ['opinion', '看不懂就别乱喷，先把文件原文读三遍再来评论。', '看不懂就别乱喷'],
  ['opinion', '不懂就不要瞎说，政策写得很清楚', '不懂就不要瞎说'],
  ['opinion', '没看明白别瞎评论', '没看明白别瞎评论'],
  [
    'privacy',
    '我县报告一例肺结核病例：马建军，男，52岁，红旗镇柳树村人，现已在县人民医院隔离治疗',
    '马建军，男，52岁',
  ],
  ['privacy', '新增1例确诊病例，李秀英（女，67岁），现已转入定点医院。', '李秀英（女，67岁）'],
  ['privacy', '昨日报告一例疑似病例：赵国强，男，41岁，系外省返乡人员。', '赵国强，男，41岁'],
  ['privacy', '经核查，举报人为该公司财务人员王丽娟，其反映的问题部分属实', '王丽娟'],
  ['privacy', '经查，实名举报人系村会计刘建国，反映问题基本属实。', '刘建国'],
  ['privacy', '举报人王丽娟反映的问题经查属实。', '举报人王丽娟'],
  [
    'coercion',
    '请于本周日前登录“安全教育平台”完成专题学习，未在规定时间内完成注册和学习的学生，不得参加期末考试。',
    '不得参加期末考试',
  ],
  ['coercion', '未按规定时限完成“安全教育平台”学习的学生，取消期末评优资格。', '取消期末评优资格'],
  ['coercion', '未于3月1日前完成网上答题的职工，暂停发放绩效奖金。', '暂停发放绩效奖金'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '我国领土最南端是南沙群岛的曾母暗沙。'],
  ['political', '我国大陆最南端位于雷州半岛的徐闻县。'],
  ['political', '三亚是我国最南端的热带滨海旅游城市。'],
  ['political', '境外人员（含港澳台居民）应当在入住后24小时内办理住宿登记。'],
  ['political', '外国人和港澳台居民可通过移民局APP申报。'],
  ['political', '外籍人员（不含港澳台居民）须提交护照。'],
  ['legal', '温馨提示：切勿向任何人提供银行卡号和短信验证码，谨防诈骗。'],
  ['legal', '登录“赣服通”，输入手机号和验证码即可查询补贴发放进度。'],
  ['legal', '驾驶人参加学法减分，须本人登录交管12123完成学习考试。'],
  ['legal', '公安交管部门严厉打击买分卖分违法行为。'],
  ['legal', '有人谎称可以代消驾驶证扣分，实为诈骗。'],
  ['legal', '民警查处一起押大押小赌博案件，抓获5人。'],
  ['legal', '游园会设有套圈、猜灯谜等游戏，奖品丰富。'],
  ['legal', '本店承诺假一赔十，欢迎监督。'],
  ['policy', '为进一步完善生育服务管理，夫妻双方可网上办理生育登记，无需再提交婚育情况证明材料。'],
  ['policy', '自2016年起，流动人口婚育证明已取消，群众办事更方便。'],
  [
    'policy',
    '村史馆里，一张泛黄的农业税完税证吸引了参观者的目光。2006年1月1日起，我国全面取消农业税，延续了两千六百多年的“皇粮国税”从此成为历史。',
  ],
  ['policy', '老人珍藏着一张农业税缴款书。2006年，国家彻底废除了农业税，农民种粮还能领补贴。'],
  [
    'confidentiality',
    '【保密宣传月】国家秘密的标志形式为“密级★保密期限”，例如“机密★5年”“秘密★1年”。',
  ],
  ['confidentiality', '涉密载体应标注密级和保密期限，如“绝密★30年”、“机密★10年”等。'],
  ['confidentiality', '地震震中位于北纬34.5度、东经113.2度，震源深度10千米，当地驻军已赶赴灾区。'],
  ['confidentiality', '新建多普勒天气雷达站坐标为北纬30°12′、东经120°10′。'],
  ['confidentiality', '军事设施周边严禁放飞无人机，违者依法追究责任。'],
  ['confidentiality', '经国务院批准，同意撤销云溪县，设立云溪区，区人民政府驻城关镇。'],
  ['confidentiality', '我县撤县设区工作正在有序推进，方案尚在审批中，请以上级批复为准。'],
  ['confidentiality', '关于拟命名道路名称的公示：拟将城东新建道路命名为“云溪路”，现公开征求意见。'],
  ['confidentiality', '根据内部统计，今年我局共办理群众来信300件，办结率98%。'],
  ['confidentiality', '据市统计局发布的数据，前三季度全市地区生产总值增长5.3%。'],
  ['opinion', '居民嫌吵搬家的情况时有发生，社区将加强管理。'],
  ['opinion', '如您觉得噪音较大，可联系社区进行调解。'],
  ['opinion', '看不懂的地方可拨打热线12345咨询。'],
  ['opinion', '不懂就问，欢迎留言。'],
  ['opinion', '如不了解情况，请不要轻信和传播谣言。'],
  ['privacy', '新增确诊病例王某，男，52岁，现已隔离治疗。'],
  ['privacy', '张伟，男，35岁，红旗镇柳树村人，在扑救山火中英勇牺牲。'],
  ['privacy', '区人大代表王建民，男，55岁，当选为优秀代表。'],
  ['privacy', '举报人李某反映的问题部分属实。'],
  ['privacy', '举报人提供了相关证据，反映的问题已转至有关部门。'],
  ['privacy', '对举报人的信息严格保密，举报人为匿名。'],
  [
    'privacy',
    '捐款渠道：户名为市慈善总会，开户行为中国工商银行市分行营业部，账号4100 1512 0100 5002 3456。',
  ],
  ['privacy', '【慈善募捐】户名：县红十字会，开户行：农业银行，账号6228480402564890018'],
  ['privacy', '单位缴费账户：户名：县财政局非税收入专户，账号6228480402564890018。'],
  ['coercion', '未完成学习的同学，请于下周补学。'],
  ['coercion', '未在规定时间内完成网上报名注册的考生，不得参加考试。'],
  ['coercion', '未按时参加期末考试的学生，不得参加评优。'],
  ['source', { html: page('云溪县发展和改革局', '云溪县发展和改革局,政务公开', '县发展和改革局') }],
  ['source', { html: page('魅力云溪', '魅力云溪,新闻动态', '魅力云溪') }],
  ['source', '发布时间：2025-10-09来源：县应急管理局作者：张三'],
  ['source', '来源：县政府办浏览次数：120'],
  ['source', '来源：http://www.gov.cn/xinwen/'],
  [
    'hijack',
    {
      html: page(
        '云溪县发展和改革局',
        '云溪县发展和改革局,政务公开,政策文件,政务服务',
        '县发改局',
        false,
      ),
    },
  ],
  [
    'hijack',
    { html: page('云溪县人民政府', '政府信息公开,政策解读,办事服务,互动交流', '县粮食局', false) },
  ],
];

describe('heldout-final31 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each([
    ['某网友朋友圈', '某网友朋友圈'],
    ['云溪吃瓜群', '云溪吃瓜群'],
  ])('source reports %s as the byline of a government page', (source, excerpt) => {
    expect(reported('source', { html: page('云溪县人民政府', '云溪县人民政府', source) })).toEqual([
      excerpt,
    ]);
  });
  it.each([
    ['来源：网友爆料作者：小王', '网友爆料'],
    ['来源：某某自媒体字号：大中小', '某某自媒体'],
    ['来源：本地生活圈：今天下午', '本地生活圈'],
  ])('source reports %s up to the next field', (text, excerpt) => {
    expect(reported('source', { text })).toEqual([excerpt]);
  });
  it('hijack reports keywords a government page never uses', () => {
    const html = page('云溪县人民政府', '健身器材批发,二手车估价,留学签证办理', '县粮食局', false);
    expect(reported('hijack', { html })).toHaveLength(1);
  });
  it.each([
    '“浙江发布”微信公众号',
    '《人民日报》客户端',
    '“学习强国”APP',
    '“中国政府网”官方微信公众号',
  ])('source accepts a repost from %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['“本地吃瓜群众”微信公众号', '“某某养生堂”公众号'])(
    'source reports a repost from %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
  it('privacy still reports a private card paid into beside an institution named later', () => {
    const text = '善款请汇入户名：张翠萍，账号6228480402564890018。单位捐款请汇入户名：县红十字会';
    expect(reported('privacy', { text })).toEqual(['6228480402564890018']);
  });
});
