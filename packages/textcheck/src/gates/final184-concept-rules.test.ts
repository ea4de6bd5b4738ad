// The rules of the opinion, privacy and coercion gates for the misses of four blind every-gate sets
// (final182 to final185), each written for a concept: promises beyond a body's power (a bank's loan
// approved in full, an 编制 post for every graduate, no flood all season, full pay within a month),
// answers refused from now on, those who come in unprepared scolded for wasting time, a rumour's
// spreaders mocked for their wits, a pupil named with school and grade or class, a household named by
// its head with the head's illness, a villager named after the house number, a floor on each one's
// donation without an appraisal tie, and a purchase quota counted in goods. Quiet: a body's own service
// or target, a guarantee denied, a deposit, a regret that not every message can be answered, a reminder
// to bring the papers, a health finding of no one named, a masked pupil, a teacher, a pupil honoured,
// a household not named, a villagers' meeting, voluntary giving, a result of a drive, a threshold for
// thanks, a purchase cap and a gift handed out.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // promises beyond a body's power (opinion.over-promise)
  [
    'opinion',
    '我中心保证所有创业贷款申请人都能获批，请大家放心申请。',
    '保证所有创业贷款申请人都能获批',
  ],
  ['opinion', '本校承诺，凡报名我校的学生毕业后保证分配进入事业单位工作。', '保证分配进入事业单位'],
  ['opinion', '参加本期培训并考核合格的学员，县人社局一律保证入编。', '保证入编'],
  ['opinion', '排涝工程完工后，我们保证今年主城区不会再出现内涝。', '保证今年主城区不会再出现内涝'],
  ['opinion', '请市民放心，今年全县绝对不会发生任何地质灾害。', '绝对不会发生任何地质灾害'],
  ['opinion', '凡来我站求助的务工人员，我们保证15天内足额拿到欠薪。', '保证15天内足额拿到欠薪'],
  // answers refused from now on (opinion.cold-reply)
  [
    'opinion',
    '您好，政策已在置顶文章中说明，请自行查看，类似问题恕不再一一回复。',
    '类似问题恕不再一一回复',
  ],
  ['opinion', '同类咨询以后不再单独答复，请关注官网通知。', '同类咨询以后不再单独答复'],
  // those who come in unprepared scolded (opinion.cold-reply)
  ['opinion', '没有预约的就别来大厅排队耽误大家时间。', '别来大厅排队耽误大家时间'],
  ['opinion', '证件不全的不要到窗口办理浪费彼此时间。', '不要到窗口办理浪费彼此时间'],
  // a rumour's spreaders mocked (opinion.abuse)
  ['opinion', '信这种谣言的人，智商真让人着急。', '智商真让人着急'],
  ['opinion', '看到这种消息还到处转发，真让人怀疑这些人的智商。', '怀疑这些人的智商'],
  // a pupil named with school and grade or class (privacy.named-person)
  [
    'privacy',
    '溺水获救的是实验小学五年级（2）班学生张子豪，目前已脱离危险。',
    '实验小学五年级（2）班学生张子豪',
  ],
  [
    'privacy',
    '受伤学生陈雨桐，就读于县一中高一（4）班，已送医治疗。',
    '陈雨桐，就读于县一中高一（4）班',
  ],
  // a household named by its head with the head's illness (privacy.patient)
  ['privacy', '新增监测对象：石桥村李建国户，户主患白血病，因病致贫。', '李建国户，户主患白血病'],
  ['privacy', '东山村5组王秀英户，户主因患尿毒症需长期透析。', '王秀英户，户主因患尿毒症'],
  // a villager named after the house number (privacy.home-address)
  ['privacy', '受损较重的是柳湾村5组23号村民周德厚一家。', '柳湾村5组23号'],
  ['privacy', '倒塌房屋为河口村3组17号村民李长顺家中的偏房。', '河口村3组17号'],
  // a floor on each one's donation, no appraisal tie (coercion.rate-sanction)
  [
    'coercion',
    '县教育局号召全体教职工为患病学生捐款，班子成员不少于300元，其他教职工不少于100元。',
    '不少于300元',
  ],
  [
    'coercion',
    '倡议全体党员捐款，处级干部每人不低于1000元，科级干部每人不低于500元。',
    '每人不低于1000元',
  ],
  // a purchase quota counted in goods (coercion.rate-sanction)
  [
    'coercion',
    '每位职工认购扶贫茶叶至少2盒，认购情况与绩效考核挂钩。',
    '每位职工认购扶贫茶叶至少2盒',
  ],
  [
    'coercion',
    '每名干部购买本地苹果不少于3箱，购买情况纳入年度考核。',
    '每名干部购买本地苹果不少于3箱',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['opinion', '我局承诺，企业开办3个工作日内办结。'],
  ['opinion', '确保农民工工资按时足额发放，确保汛期不发生因灾死亡事故。'],
  ['opinion', '不能保证每位考生都被录取，请理性填报志愿。'],
  ['opinion', '保证在编人员工资按时足额发放，投标人须缴纳投标保证金5万元。'],
  ['opinion', '因留言较多，无法逐一回复，敬请谅解。'],
  ['opinion', '我们会对每条留言逐一回复，请耐心等待。'],
  ['opinion', '请提前备齐材料，避免往返浪费时间。'],
  ['opinion', '研究显示，铅暴露会影响儿童智商，令人担忧。'],
  ['opinion', '我市青少年体质健康状况令人担忧，近视率居高不下。'],
  ['privacy', '县第二中学初二（3）班学生王某在校内多次遭同学殴打。'],
  ['privacy', '实验小学三年级二班班主任王丽组织学生开展研学活动。'],
  ['privacy', '实验小学五年级（3）班学生李思涵荣获全国作文大赛一等奖。'],
  ['privacy', '小刘（化名），就读于县实验小学四年级。'],
  ['privacy', '石门镇新增防返贫监测对象1户，户主因患尿毒症长期透析，已落实医疗救助。'],
  ['privacy', '柳湾村5组村民代表大会召开。'],
  ['coercion', '倡议全体职工自愿捐款，捐款金额不限，量力而行。'],
  ['coercion', '全院职工踊跃捐款，人均捐款200元，共筹得善款5万元。'],
  ['coercion', '本次募捐活动中，捐款不少于1000元的爱心人士将获赠纪念证书。'],
  ['coercion', '消费帮扶专区：每人限购2套，欢迎干部职工自愿认购。'],
  ['coercion', '为困难职工每人发放慰问品不少于2箱，发放情况纳入考核。'],
];

describe('concept rules for the misses of final182 to final185', () => {
  itReportsFamilies(CATCHES, QUIET);
});
