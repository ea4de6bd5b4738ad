// The confidentiality gate's concept rules after the sealed round's four misses (proximity.json), each a
// leak told by the words that must meet in a sentence, in any order:
// - exam-questions-told-ahead (new) and exam-content-early (widened): an exam's essay or 申论 question
//   told to candidates before the exam (现将本次笔试申论题提前告知, 透个底, 申论题为) — the questions are
//   secret until the exam starts (保守国家秘密法, exam secrecy rules);
// - whistleblower-lead-source (new): a case's lead traced to an insider by post and name (该案线索由该院
//   收费室工作人员刘晓敏向我局反映) — a reporter's identity is kept secret;
// - surveillance-told (widened) and ambush-ahead (new): a stakeout laid and waiting for the offender
//   (已在老渡口附近隐蔽蹲守，待采砂船作业时…查处), which warns the offender off;
// - surprise-check-ahead (widened): a surprise inspection's time and targets told ahead (本周六凌晨…对
//   6家KTV和网吧开展突击联合检查).
// Each: the missed text, wordings of our own; quiet: the same topic stated lawfully or reported after
// the fact (a finished exam, a pledge of secrecy, a stakeout that found nothing, last week's check).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // exam-questions-told-ahead, exam-content-early (widened)
  [
    'confidentiality',
    '【退役士兵安置考试温馨提示】2024年度退役士兵安置考试将于8月18日上午在县第一中学举行。请各位考生携带准考证和身份证提前30分钟入场。为帮助大家做好准备，现将本次笔试申论题提前告知：请结合军旅经历，以“退役不褪色，建功新时代”为题写一篇1000字左右的议论文。预祝大家取得好成绩！咨询电话：0715-2218096。',
    '提前告知',
  ],
  [
    'confidentiality',
    '现将本次笔试申论题提前告知：请结合军旅经历，以“退役不褪色，建功新时代”为题写一篇1000字左右的议论文。',
    '提前告知',
  ],
  [
    'confidentiality',
    '给大家透个底：明天笔试的申论题目是《退役不褪色，建功新时代》，请考生提前准备。',
    '透个底',
  ],
  [
    'confidentiality',
    '本次考试的作文题目为“退役不褪色，建功新时代”，请各位考生提前构思。',
    '本次考试的作文题目为“退役不褪色，建功新时代”',
  ],
  [
    'confidentiality',
    '考试将于8月18日举行，提前透露一下，申论要求以“退役不褪色”为题写一篇议论文。',
    '提前透露一下',
  ],
  [
    'confidentiality',
    '为方便考生备考，现将本周六面试的题目提前公布如下：谈谈你对基层治理的理解。',
    '本周六面试的题目提前公布',
  ],
  [
    'confidentiality',
    '此次笔试申论题为“乡村振兴中的青年担当”，请考生提前做好准备。',
    '申论题为“乡村振兴中的青年担当”',
  ],
  [
    'confidentiality',
    '考前给考生们提前分享一下：本次申论要求以“奋斗的青春”为题写一篇议论文。',
    '提前分享',
  ],
  // whistleblower-lead-source
  [
    'confidentiality',
    '【欺诈骗保典型案例通报】近日，市医保局查处一起定点医疗机构虚构诊疗项目骗取医保基金案件。经查，某民营医院2023年1月至12月通过虚记康复理疗项目等方式，违规结算医保基金21.6万元。该案线索由该院收费室工作人员刘晓敏向我局反映。市医保局已追回全部违规资金，并依法处以行政处罚。欢迎社会各界举报欺诈骗保行为，举报电话：0745-12393。',
    '线索由该院收费室工作人员',
  ],
  ['confidentiality', '该案线索由该院收费室工作人员刘晓敏向我局反映。', '线索由该院收费室工作人员'],
  [
    'confidentiality',
    '举报人系该院财务人员王某某，市医保局已对其反映的问题立案调查。',
    '举报人系该院财务人员王某某',
  ],
  [
    'confidentiality',
    '该案由某民营医院前员工陈红实名举报，经查属实。',
    '该案由某民营医院前员工陈红实名举报',
  ],
  ['confidentiality', '线索来源于该公司会计李某的举报，目前已追回资金。', '线索来源于该公司会计'],
  ['confidentiality', '本案由该厂质检员张伟向市场监管局揭发。', '本案由该厂质检员'],
  // surveillance-told (widened), ambush-ahead
  [
    'confidentiality',
    '【严厉打击非法采砂】近期接群众反映，洪山河下游白石滩段夜间有人使用采砂船非法采砂。接报后，河道管理所高度重视，目前执法人员已在白石滩下游老渡口附近隐蔽蹲守，待采砂船作业时将联合公安部门依法查处。在此提醒：河道采砂须依法取得河道采砂许可证，未经许可擅自采砂的，将依法从严处罚。举报电话：0731-6633501。',
    '隐蔽蹲守',
  ],
  [
    'confidentiality',
    '目前执法人员已在白石滩下游老渡口附近隐蔽蹲守，待采砂船作业时将联合公安部门依法查处。',
    '隐蔽蹲守',
  ],
  ['confidentiality', '执法队员已在老渡口一带布下暗哨，只等采砂船一来就将其扣押。', '布下'],
  ['confidentiality', '我们已在白石滩安排人员24小时盯守，非法采砂者一旦出现即依法查处。', '盯守'],
  ['confidentiality', '河道所已在下游老渡口设伏，等偷采船只夜间作业时当场查扣。', '设伏'],
  ['confidentiality', '执法人员正埋伏在渡口附近，待其开工即实施抓捕。', '埋伏'],
  ['confidentiality', '目前已在白石滩下游蹲点守候，运砂船一露面将联合公安当场查扣。', '蹲点守候'],
  // surprise-check-ahead (widened)
  [
    'confidentiality',
    '本周六凌晨2时，镇综治中心将联合派出所、市场监管所对镇区东街、河滨路沿线6家KTV和网吧开展突击联合检查，重点查处容留未成年人、无证经营等问题。请各村（社区）网格员做好配合。',
    '将联合派出所、市场监管所对镇区东街、河滨路沿线6家KTV和网吧开展突击联合检查',
  ],
  [
    'confidentiality',
    '本周六凌晨2时，镇综治中心将联合派出所、市场监管所对镇区东街、河滨路沿线6家KTV和网吧开展突击联合检查。',
    '将联合派出所、市场监管所对镇区东街、河滨路沿线6家KTV和网吧开展突击联合检查',
  ],
  [
    'confidentiality',
    '本周六凌晨，镇里将对东街6家KTV、网吧进行突击联合检查。',
    '将对东街6家KTV、网吧进行突击联合检查',
  ],
  [
    'confidentiality',
    '周六凌晨2点，派出所将联合市场监管所突击检查河滨路沿线网吧和KTV。',
    '2点，派出所将联合市场监管所突击检查',
  ],
  [
    'confidentiality',
    '镇综治中心计划在周六凌晨联合派出所对网吧进行突击式检查。',
    '周六凌晨联合派出所对网吧进行突击式检查',
  ],
  [
    'confidentiality',
    '本周五晚上，执法队将对河滨路的KTV和网吧开展联合突击清查，重点查处容留未成年人。',
    '本周五晚上，执法队将对河滨路的KTV和网吧开展联合突击清查',
  ],
  [
    'confidentiality',
    '下周二夜间，多部门将对东街歌厅和网吧来一次突击夜查。',
    '下周二夜间，多部门将对东街歌厅和网吧来一次突击夜查',
  ],
  [
    'confidentiality',
    '本周日凌晨，县文旅局将会同公安对城区网吧开展突击联合执法。',
    '将会同公安对城区网吧开展突击联合执法',
  ],
  [
    'confidentiality',
    '本周末，镇里准备出其不意地对东街KTV进行检查，重点查处接纳未成年人问题。',
    '准备出其不意地对东街KTV',
  ],
];

// [gate, text that must stay quiet]
const QUIET: Array<[Gate, string]> = [
  [
    'confidentiality',
    '2024年度退役士兵安置考试将于8月18日举行，试题属于国家秘密，考前一律不得泄露。',
  ],
  ['confidentiality', '网传“可提前透露考题”的信息均为诈骗，考试试题在启用前严格保密。'],
  [
    'confidentiality',
    '考试已于8月18日结束，本次申论题为“退役不褪色，建功新时代”，供往年考生参考。',
  ],
  [
    'confidentiality',
    '考试将于8月18日举行，本次考试的题型、考试大纲已提前公布，请考生登录网站查询。',
  ],
  [
    'confidentiality',
    '征文活动将于9月开始，请以“退役不褪色，建功新时代”为题写一篇1000字左右的文章。',
  ],
  ['confidentiality', '该案线索来源于群众举报，市医保局已追回全部违规资金。'],
  ['confidentiality', '市医保局将对举报人信息严格保密，欢迎社会各界举报欺诈骗保行为。'],
  ['confidentiality', '该案由被害人家属报案，公安机关立案侦查。'],
  ['confidentiality', '据该院工作人员介绍，患者目前情况稳定。'],
  ['confidentiality', '被告人因不满该院会计王某举报，对其打击报复，被判处有期徒刑一年。'],
  ['confidentiality', '经连续三晚蹲守，执法人员于5日凌晨将正在作业的采砂船当场查扣。'],
  ['confidentiality', '执法人员在白石滩蹲守多日，成功查获一艘非法采砂船。'],
  ['confidentiality', '防汛队员在堤坝上蹲守，待险情出现时立即处置。'],
  ['confidentiality', '记者在渡口等待采砂船作业，拍下了偷采画面。'],
  [
    'confidentiality',
    '上周六凌晨，镇综治中心联合派出所对6家KTV和网吧开展突击联合检查，查处容留未成年人问题2起。',
  ],
  [
    'confidentiality',
    '镇综治中心将不定期对辖区KTV和网吧开展突击检查，常态化整治容留未成年人问题。',
  ],
  ['confidentiality', '镇青年突击队本周六将到河滨路开展义务劳动。'],
  ['confidentiality', '本周六上午，镇里将召开网吧经营者安全培训会。'],
  ['confidentiality', '我局组织渔政人员连续3天在茅渡水域蹲点巡河，巡河期间未发现电鱼船。'],
  ['confidentiality', '共在茅渡乡蹲守4天，未发现有电鱼人员。'],
];

describe('final146 confidentiality concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
