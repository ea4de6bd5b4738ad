// The confidentiality, advertising and opinion rules for the misses of four blind every-gate sets
// (final214 to final217), each written for a concept: a freeze, seizure or search told with the day it
// is set for, a subsidy or contribution standard told from a draft only drawn up, a named firm the
// office says it recommends to those it serves, a hospital's device ranked first of the country by a
// measure of it, the asker told not to keep wasting public resources, and the asker blamed for writing
// in without reading the notice. Quiet: the measure taken, the rumour refuted, a rule from a day on,
// the draft put out for comment, the standard decided, a kind of firm or a public event recommended,
// a firm under investigation, an assessment's level, a statistic's rank, advice to the public, a
// reminder with its reason, a citizen's own words, and a reply that points to the notice.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a freeze, seizure or search told with the day it is set for (confidentiality-investigation-secrets)
  [
    'confidentiality',
    '目前案件已移送公安机关立案侦查，公安机关拟于4月20日冻结其亲属名下账户，追缴欠薪款项。',
    '拟于4月20日冻结其亲属名下账户',
  ],
  [
    'confidentiality',
    '该案正在侦办中，专案组定于下周二查封该公司位于城东的仓库，防止涉案资产转移。',
    '定于下周二查封该公司',
  ],
  [
    'confidentiality',
    '警方掌握王某涉嫌非法集资的证据后，将于本月下旬冻结王某名下全部银行账户。',
    '将于本月下旬冻结王某名下',
  ],
  // a standard told from a draft only drawn up, or before approval (confidentiality-draft-figures)
  [
    'confidentiality',
    '据了解，省医保局已形成征求意见稿，2027年度居民医保个人缴费标准拟上调至每人每年440元，正式文件预计10月印发。',
    '拟上调至每人每年440元',
  ],
  [
    'confidentiality',
    '市发改委已形成初稿，城区居民管道燃气价格拟调整为每立方米3.2元，正式方案尚未印发。',
    '拟调整为每立方米3.2元',
  ],
  [
    'confidentiality',
    '目前方案尚待市政府审定，职工食堂餐费补助标准拟提高至每人每月600元。',
    '拟提高至每人每月600元',
  ],
  // a named firm the office says it recommends (advertising-recommended-firm)
  [
    'advertising',
    '网友您好：建议您联系本地的鑫程人力资源服务有限公司，该公司岗位资源丰富、服务质量好，我们一直向求职者推荐。',
    '我们一直向求职者推荐',
  ],
  [
    'advertising',
    '关于您咨询的装修问题，城南安居装饰工程有限公司做工规范，我局长期向业主推荐该公司。',
    '我局长期向业主推荐该公司',
  ],
  [
    'advertising',
    '青禾国际旅行社线路丰富，本中心也经常把这家旅行社推荐给游客。',
    '把这家旅行社推荐给游客',
  ],
  // a hospital's device ranked first by a measure of it (advertising-clinic-patterns), and a product's
  // quality first of the country (advertising-absolute-patterns)
  [
    'advertising',
    '该院引进的新一代骨科手术机器人，定位精度国内第一，可为患者量身定制手术方案。',
    '国内第一',
  ],
  ['advertising', '我院新装的256排CT扫描速度全省最快，检查更舒适。', '扫描速度全省最快'],
  ['advertising', '本院放疗系统照射精准度居全国首位，欢迎患者前来咨询。', '精准度居全国首位'],
  ['advertising', '这款净水器过滤效果国内第一，家家户户都适用。', '效果国内第一'],
  // the asker told not to keep wasting public resources (opinion-contempt-patterns)
  ['opinion', '请您认真阅读此前答复后再留言，不要反复占用公共资源。', '不要反复占用公共资源'],
  ['opinion', '您的问题我们已答复三次，请不要一再浪费公共资源。', '不要一再浪费公共资源'],
  ['opinion', '关于您的来电，请别总是占用热线资源，具体政策已在官网公布。', '别总是占用热线资源'],
  // the asker blamed for writing in without reading the notice (opinion-taunt-patterns)
  [
    'opinion',
    '办事指南写得清清楚楚，自己不看公告反倒来留言投诉，这种做法不可取。',
    '自己不看公告反倒来留言投诉',
  ],
  ['opinion', '通知早已张贴在小区门口，您没看通知却跑来质问工作人员。', '您没看通知却跑来质问'],
  ['opinion', '自己不查政策还来投诉我们，实在说不过去。', '自己不查政策还来投诉'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['confidentiality', '公安机关已于4月20日依法冻结其亲属名下账户，追缴欠薪款项12万元。'],
  ['confidentiality', '案件移送公安机关后，公安机关依法冻结了涉案账户，追缴欠薪款项。'],
  ['confidentiality', '公安交警部门将于5月1日起对该类违法车辆依法扣留，请广大驾驶人自觉遵守。'],
  ['confidentiality', '网传“警方将于4月20日冻结全部外地人账户”系谣言，请勿轻信。'],
  [
    'confidentiality',
    '省医保局发布征求意见稿，向社会公开征求意见，2027年度居民医保个人缴费标准拟上调至每人每年440元，意见反馈截止10月1日。',
  ],
  [
    'confidentiality',
    '经省政府同意，2027年度居民医保个人缴费标准上调至每人每年440元，自2027年1月1日起执行。',
  ],
  ['confidentiality', '2026年城乡居民医保个人缴费标准拟上调至每人每年400元，请参保群众按时缴费。'],
  ['advertising', '建议您联系有资质的人力资源服务机构，我们一直向求职者推荐正规渠道。'],
  ['advertising', '鑫程人力资源服务有限公司因违规收取求职者费用被我局立案查处。'],
  [
    'advertising',
    '您也可以关注每周三上午在市人力资源市场举办的“周三招聘日”活动，我们一直向求职者推荐这一公益招聘活动。',
  ],
  ['advertising', '该院引进的手术机器人定位精度达到国内领先水平，已完成手术30例。'],
  ['advertising', '该院心血管内科在全省同类专科评估中排名第三。'],
  ['advertising', '据省统计局数据，我市粮食产量居全省第一。'],
  ['opinion', '请市民节约用水，不要浪费公共资源。'],
  ['opinion', '为保障急救资源，请勿无故反复拨打120，以免占用急救资源。'],
  ['opinion', '部分群众反映自己不了解政策，反而在办事时多跑了路，我们将加强宣传。'],
  ['opinion', '办事指南已于1月在官网发布，您可登录官网查看，也可拨打12345咨询。'],
  ['opinion', '网友留言：物业自己不看合同反倒来投诉业主，太过分了！回复：您好，已转交街道处理。'],
];

describe('concept rules for the confidentiality, advertising and opinion misses of final214 to final217', () => {
  itReportsFamilies(CATCHES, QUIET);
});
