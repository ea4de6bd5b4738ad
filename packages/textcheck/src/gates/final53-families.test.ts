// The round on heldout-final53, each class with wordings other than the set's. First its two false
// alarms, fixed by class: a body of the past named after 原来 across a preposition (原来在工商局办理的,
// policy), and a firm's or utility's own department as the byline on its own site (国网临江供电公司
// 营销部, source). Then the misses: a Hong Kong, Macao or Taiwan mobile and a UnionPay card after a
// bank's name with a mistyped check digit (privacy); superseded bodies and schemes (国家电监会, 邮电局,
// 863计划, 台胞证加签, 公安现役部队) (policy); a wrong body name, 台湾护照 and a people called backward
// (political); 砖家 and the people served called fussy (opinion); contraband hidden past the X-ray
// and a meter slowed by a magnet (legal); internal estimates, assessments, a meeting's preliminary
// view, a successor before the 任前公示 and a visitor's lodging (confidentiality); a top rating
// demanded or the case sent back (coercion); a tobacco wholesale link (hijack); 契合, 交融 and 必须
// misspelt (text).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

/** A page of a site named `site`, with `body` as its article. */
const page = (site: string, body: string) =>
  `<!DOCTYPE html><html><head><title>公告_${site}</title><meta name="SiteName" content="${site}"></head><body><div class="article">${body}</div><div class="footer"><p>主办单位：${site}</p></div></body></html>`;

const FALSE_ALARM_CLEAN: Array<[Gate, string | { html: string }]> = [
  ['policy', '问：原来在工商局办理的营业执照变更，现在去哪里办？答：请到市场监管窗口办理。'],
  ['policy', '原先到环保局报批的项目，现由生态环境局受理。'],
  ['policy', '原来在县国土资源局登记的材料已移交自然资源局。'],
  ['policy', '原来向卫计委申请的事项，现由卫生健康委办理。'],
  [
    'source',
    {
      html: page(
        '国网临江供电公司',
        '<div class="info">来源：国网临江供电公司营销部</div><p>6月17日10kV城南线检修停电。</p>',
      ),
    },
  ],
  [
    'source',
    {
      html: page(
        '临江市燃气集团有限公司',
        '<div class="info">来源：临江市燃气集团有限公司客户服务部</div><p>燃气安全检查通知。</p>',
      ),
    },
  ],
];
// Still reported: a body named as current, a department of another firm.
const FALSE_ALARM_KEPT: Array<[Gate, string, string]> = [
  ['policy', '办理营业执照变更，请到县工商局窗口。', '工商局'],
  ['policy', '请您原件到县工商局窗口核验。', '工商局'],
];

describe('heldout-final53 false alarms', () => {
  itReportsFamilies(FALSE_ALARM_KEPT, FALSE_ALARM_CLEAN);
  it('source still reports another firm’s department on a utility’s site', () => {
    expect(
      reported('source', {
        html: page(
          '国网临江供电公司',
          '<div class="info">来源：某某科技有限公司营销部</div><p>停电检修通知。</p>',
        ),
      }),
    ).not.toEqual([]);
  });
});

const CATCHES: Array<[Gate, string, string]> = [
  // privacy: regional mobiles
  ['privacy', '如需了解详情，可直接联系黄先生，电话+852 9123 4567。', '+852 9123 4567'],
  ['privacy', '香港居民陈女士，手机（+852）6123 4567。', '6123 4567'],
  ['privacy', '澳门居民梁某某，联系电话+853 6612 3456。', '+853 6612 3456'],
  ['privacy', '台胞林先生的手机+886 912 345 678，请相关部门对接。', '+886 912 345 678'],
  ['privacy', '请联系王先生00852 5123 4567。', '00852 5123 4567'],
  ['privacy', '台商张某手机号+886-0912-345-678。', '+886-0912-345-678'],
  // privacy: a UnionPay card after a bank's name, check digit mistyped
  [
    'privacy',
    '补贴已拨付至其法定代表人个人账户（工商银行6222 0212 3456 7890 123），请查收。',
    '6222 0212 3456 7890 123',
  ],
  ['privacy', '请将款项转入农业银行6228 4800 1234 5678 910。', '6228 4800 1234 5678 910'],
  ['privacy', '退款打到了他的建设银行6217 0012 3456 7890。', '6217 0012 3456 7890'],
  ['privacy', '收款人李某，账户（6222 0212 3456 7890 123）。', '6222 0212 3456 7890 123'],
  ['privacy', '赔偿金汇入农商行6230 5212 3456 7890 12。', '6230 5212 3456 7890 12'],
  // policy: superseded bodies and schemes
  ['policy', '除拨打95598外，还可向国家电监会投诉举报。', '国家电监会'],
  ['policy', '对供电质量有异议的，可向电监会反映。', '电监会'],
  ['policy', '您可持邮件收据到当地邮电局营业窗口办理查询。', '邮电局'],
  ['policy', '汇款请到镇邮电局办理。', '邮电局'],
  ['policy', '我市3个项目成功入选2025年度国家863计划。', '863计划'],
  ['policy', '目前正在组织申报国家863计划项目。', '863计划'],
  ['policy', '台湾同胞来大陆前需办理台胞证加签。', '台胞证加签'],
  ['policy', '请提前到出入境窗口办理台胞证加签手续。', '台胞证加签'],
  ['policy', '作为公安现役部队，我们将始终牢记使命。', '公安现役部队'],
  ['policy', '我站是一支公安边防部队，守护国门安全。', '公安边防部队'],
  // political
  ['political', '传达学习国家烟草专卖总局工作会议精神。', '国家烟草专卖总局'],
  ['political', '经国家烟草专卖总局批准，设立零售点。', '国家烟草专卖总局'],
  ['political', '台湾同胞可凭台湾护照到各银行网点办理开户。', '台湾护照'],
  ['political', '持台湾护照的旅客请走专用通道。', '台湾护照'],
  ['political', '帮助这些落后民族摆脱贫困。', '落后民族'],
  ['political', '所谓劣等民族的说法毫无依据却仍在流传，他们就是劣等民族。', '劣等民族'],
  // opinion: 砖家, the people served called fussy
  ['opinion', '有些所谓的“专家”就是砖家，只会纸上谈兵。', '砖家'],
  ['opinion', '这些砖家说的话能信吗？', '砖家'],
  ['opinion', '网上那些砖家又出来带节奏了。', '砖家'],
  ['opinion', '某些买家收个快递事儿真多，请理解快递小哥。', '某些买家收个快递事儿真多'],
  ['opinion', '有些市民就是难伺候，怎么做都不满意。', '有些市民就是难伺候'],
  ['opinion', '个别业主要求也太多了。', '个别业主要求也太多'],
  ['opinion', '这些家长事儿太多，学校很难办。', '这些家长事儿太多'],
  ['opinion', '少数患者毛病真多。', '少数患者毛病真多'],
  // legal: contraband hidden past the check, a meter slowed
  [
    'legal',
    '嫌疑人将液态冰毒灌入洗发水瓶夹层，再用热熔胶密封瓶口，这样过X光机时与普通洗发水几乎无法区分。',
    '液态冰毒灌入洗发水瓶夹层',
  ],
  ['legal', '把冰毒溶于茶叶包装里寄出，快递安检根本查不出。', '冰毒溶于茶叶包装'],
  ['legal', '海洛因塞进玩具内部，过安检时很难发现。', '海洛因塞进玩具'],
  ['legal', '将大麻藏入咖啡罐，海关查验也难以识别。', '大麻藏入咖啡罐'],
  ['legal', '只要在水表外壳上吸附一块强磁铁，指针转速就会明显变慢。', '水表外壳上吸附一块强磁铁'],
  ['legal', '用吸铁石吸在电表上，电表就走得慢了。', '吸铁石吸在电表上'],
  ['legal', '燃气表旁边放个强磁铁，读数就会少走。', '燃气表旁边放个强磁铁'],
  // confidentiality
  [
    'confidentiality',
    '全市卷烟销售12.6万箱（以上数据为内部初步测算，尚未对外发布）。',
    '内部初步测算，尚未对外发布',
  ],
  ['confidentiality', '税收收入增长8%（内部统计数，暂未公开）。', '内部统计数，暂未公开'],
  [
    'confidentiality',
    '尚未对外公布的内部测算数据显示，增幅超过10%。',
    '尚未对外公布的内部测算数据',
  ],
  ['confidentiality', '据我办内部研判，对方下月可能调整政策。', '据我办内部研判'],
  ['confidentiality', '根据我局内部掌握的情况，该企业存在问题。', '根据我局内部掌握的情况'],
  ['confidentiality', '经本单位内部评估，项目风险较高。', '经本单位内部评估'],
  [
    'confidentiality',
    '在昨日召开的党委会上，初步意见是压减城区投资、暂缓北区两座变电站建设，最终方案待下次会议确定。',
    '初步意见是压减城区投资',
  ],
  [
    'confidentiality',
    '局党组会议讨论了机构调整，初步考虑为撤并三个科室，尚未最终确定。',
    '初步考虑为撤并三个科室',
  ],
  [
    'confidentiality',
    '市委常委会已研究拟由张某某同志接任，近期将履行公示程序。',
    '拟由张某某同志接任',
  ],
  ['confidentiality', '县委常委会研究决定拟由李某担任镇党委书记。', '拟由李某担任'],
  ['confidentiality', '党组会已酝酿拟由王某某接替该职务。', '拟由王某某接替'],
  ['confidentiality', '某国总统将于下月抵达，下榻西湖国宾馆8号楼。', '下榻西湖国宾馆8号楼'],
  ['confidentiality', '代表团将入住某某宾馆3号楼。', '入住某某宾馆3号楼'],
  ['confidentiality', '部长一行下榻市迎宾馆1808房间。', '下榻市迎宾馆1808房间'],
  // coercion
  [
    'coercion',
    '请您收到回访短信后务必回复“非常满意”，否则工单将被退回重新办理。',
    '回复“非常满意”',
  ],
  ['coercion', '回访时请回答“满意”，不然工单会被退回。', '回答“满意”'],
  ['coercion', '请回复非常满意，否则您的诉求将被驳回。', '回复非常满意'],
  ['coercion', '接到电话请答复“十分满意”，否则件会被打回。', '答复“十分满意”'],
  ['coercion', '务必回复“满意”，要不然工单要被退回重办。', '回复“满意”'],
];

const CLEAN: Array<[Gate, string]> = [
  ['privacy', '香港特区政府热线+852 2835 2500。'],
  ['privacy', '请拨打台北办事处电话+886 2 2345 6789。'],
  ['privacy', '本项目编号6222021234567890123。'],
  ['privacy', '合同金额6222 0212 3456 7890 123元。'],
  ['policy', '原国家电监会已于2013年并入国家能源局。'],
  ['policy', '原邮电局旧址现为邮政博物馆。'],
  ['policy', '该所曾于2005年承担国家863计划项目。'],
  ['policy', '2015年7月起，台胞证不再需要加签。'],
  ['policy', '原公安边防部队已改制为移民管理警察队伍。'],
  ['political', '国家烟草专卖局召开全国烟草工作会议。'],
  ['political', '台湾同胞可凭台湾居民来往大陆通行证办理开户。'],
  ['political', '帮助欠发达地区各族群众摆脱贫困。'],
  ['opinion', '谨防所谓专家的虚假宣传。'],
  ['opinion', '请专家解读最新政策。'],
  ['opinion', '部分买家反映快递延误，我们已督促整改。'],
  ['opinion', '有些市民要求延长开放时间，我们将研究。'],
  ['legal', '近期查获一起寄递涉毒案件，请各寄递企业提高警惕。'],
  ['legal', '水表走得快可能是管道漏水，请及时检查。'],
  ['legal', '我市已更换防磁水表，用磁铁干扰计量属违法行为。'],
  ['confidentiality', '据初步核算，一季度GDP同比增长5.9%。'],
  ['confidentiality', '经研判，近期将有强降雨过程。'],
  ['confidentiality', '会议初步意见是按时完成任务，现予公示。'],
  ['confidentiality', '经市委常委会研究，拟任人选如下，现予公示。'],
  ['confidentiality', '代表团一行下榻某某宾馆，并出席欢迎晚宴。'],
  ['coercion', '回访时如实评价即可，您的意见是我们改进的动力。'],
  ['coercion', '如您对办理结果满意，可回复“满意”。'],
];

describe('heldout-final53 round families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

// A tobacco wholesale link in a page (hijack), and the regulator's link beside it.
describe('heldout-final53 offer links in pages', () => {
  const site = (anchors: string) =>
    `<!DOCTYPE html><html><head><title>通知_临江市烟草专卖局</title></head><body><p>征求意见公告。</p><div class="links">友情链接：${anchors}</div></body></html>`;
  it.each([
    '<a href="https://www.sh-yanzhe.top/" target="_blank">烟草批发一手货源</a>',
    '<a href="https://www.example.com/">外烟代购</a>',
    '<a href="https://shop.example.net/">香烟批发 一件代发</a>',
    '<a href="https://www.fp-example.cn/">代开发票</a>',
    '<a href="https://x.example.org/">低价电子烟</a>',
  ])('hijack reports %s', (anchor) => {
    expect(reported('hijack', { html: site(anchor) })).not.toEqual([]);
  });
  it.each([
    '<a href="http://www.tobacco.gov.cn/">国家烟草专卖局</a>',
    '<a href="https://www.example.com/news/1">海关查获走私卷烟案</a>',
  ])('hijack stays quiet on %s', (anchor) => {
    expect(reported('hijack', { html: site(anchor) })).toEqual([]);
  });
});

const MISSPELT: Misspelt[] = [
  ['让两岸同胞心灵契和、情感相通。', '心灵契和', '心灵契合'],
  ['与发展战略高度契和。', '高度契和', '高度契合'],
  ['促进各民族交往交流交溶。', '交流交溶', '交流交融'],
  ['推动文旅深度交溶。', '深度交溶', '深度交融'],
  ['旅客出入境时必需如实申报。', '必需如实', '必须如实'],
  ['各单位必需严格落实。', '必需严格', '必须严格'],
];
const SPELT_RIGHT = [
  '两队配合默契和谐。',
  '促进各民族交往交流交融。',
  '请携带必需品和有效证件。',
  '申请时必需提供的材料如下。',
];

describe('heldout-final53 misspellings', () => {
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
