// Rule families of the heldout-final4 round, each with wordings other than the set's: counties under
// the wrong province, ethnic groups judged of low quality, thugs and sexual services for hire,
// delivered weapons, named suspects called criminals, no-forwarding and work-secret marks, personnel
// candidates, discounts with a sales contact, pay withheld for quizzes, audiences ranked,
// dictated satisfaction, slang cheers, told-you-so warnings, praise in scare quotes.
import { describe } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '组织党员赴河南省义乌市考察小商品市场', '河南省义乌市'],
  ['political', '部分少数民族群众思想落后、素质较低，需加强教育', '思想落后、素质较低'],
  ['legal', '承接各类债务纠纷，提供专业打手，保证摆平', '提供专业打手'],
  ['legal', '足疗店新开业，上门按摩，可提供特殊服务', '按摩，可提供特殊服务'],
  ['legal', '夜场诚聘伴游，日结高薪', '夜场诚聘伴游'],
  ['legal', '低价出售仿真枪，全国包邮', '出售仿真枪'],
  ['legal', '民警连夜将诈骗犯罪分子王某抓获，王某已被刑事拘留', '犯罪分子王某'],
  ['confidentiality', '会议纪要会后请勿外传、勿转发', '会后请勿外传'],
  ['confidentiality', '此件阅后不要转发', '阅后不要转发'],
  ['confidentiality', '以下内容属工作秘密，请妥善保管', '工作秘密，请妥善保管'],
  ['confidentiality', '区委常委会会议纪要（内部传阅）：', '内部传阅）'],
  ['confidentiality', '会议讨论了干部任免建议人选', '干部任免建议人选'],
  ['advertising', '现房特惠，购房打8折，咨询电话0571-1234567', '打8折，咨询电话'],
  ['advertising', '首付低至3万，私信了解详情', '首付低至3万，私信'],
  ['coercion', '各科室须在APP完成学习打卡，未完成的扣除当月考核分', '扣除当月考核分'],
  ['coercion', '请各村组织党员观看直播，观看人数将统计通报', '观看人数将统计通报'],
  ['coercion', '请办事群众在评价器上一律选择“非常满意”', '一律选择“非常满意”'],
  ['opinion', '周末去公园赏花吗？冲就对了！', '冲就对了'],
  ['opinion', '逾期不办理的，别怪小编没提醒', '别怪小编没提醒'],
  ['opinion', '又有“文明”游客在景区墙上刻字', '“文明”游客'],
  ['opinion', '这种事真是气死我们了', '气死我们了'],
];

// [gate, text]: must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '江西省婺源县油菜花进入盛花期'],
  ['political', '浙江省义乌市小商品城客流回升'],
  ['political', '民族地区经济社会发展相对落后，需加大支持'],
  ['legal', '警方提醒：网购仿真枪包邮到家的广告都是陷阱'],
  ['legal', '法院一审判决，盗窃犯罪分子刘某被判处有期徒刑三年'],
  ['legal', '养老服务中心为失能老人提供上门按摩服务'],
  ['confidentiality', '依法不予公开的信息，申请人可申请行政复议'],
  ['confidentiality', '现将拟任人选予以公示，公示期5个工作日'],
  ['confidentiality', '请勿转发未经核实的信息'],
  ['advertising', '持老年证享半价优惠'],
  ['advertising', '市民可通过县供销社线上商城选购助农产品'],
  ['coercion', '严禁以扣发绩效奖金方式强制干部职工参加网上答题'],
  ['opinion', '公园花开正盛，欢迎市民前来赏花'],
  ['opinion', '“文明家庭”评选结果揭晓'],
  ['legal', '“先垫付后返利，稳赚不赔”——这些看似诱人的兼职广告，背后往往是刷单诈骗'],
];

describe('heldout-final4 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
