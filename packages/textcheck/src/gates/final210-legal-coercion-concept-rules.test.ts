// The legal and coercion rules for the misses of four blind every-gate sets (final210 to final213:
// natural resources, transport, civil affairs, environment and construction), each written for a
// concept: a statute's figure or approver told wrongly (the working days of a map review, the window
// after the divorce cooling-off, the years an environmental impact assessment stays good, permanent
// basic farmland approved by a province), what only a court or the police may do (buildings on land
// occupied unlawfully pulled down by the land office itself, detention in an enforcement body's
// report), a suspect named again at his arrest after being called a criminal, and a donation made a
// levy (its tally counted in the appraisal, a score taken off a rating for not giving). Quiet: the
// right figures and approvers, an application to the court, the county government's order, a case
// handed to the police, a statute quoted, a judged offender, a tie refused and a tally published.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // buildings on land occupied unlawfully pulled down by the land office (legal-court-only-powers)
  [
    'legal',
    '某村民非法占地建房一案，国土所已下达处罚决定，限其十日内自行拆除，到期未拆的，县自然资源和规划局将依法强制拆除。',
    '县自然资源和规划局将依法强制拆除',
  ],
  // permanent basic farmland approved by a province (legal-misstated-rules)
  [
    'legal',
    '政策问答：按照土地管理法，征收永久基本农田须经省级人民政府审批。',
    '须经省级人民政府审批',
  ],
  // the working days of a map review (legal-statute-clause-figures)
  [
    'legal',
    '地图送审须知：测绘地理信息主管部门自受理申请之日起十五个工作日内办结审核。',
    '十五个工作日',
  ],
  // detention told as done in an enforcement body's report (legal-overreaching-sanctions)
  [
    'legal',
    '区城管执法大队开展占道经营专项整治，共劝导流动摊贩40余人次。对一名多次暴力抗法的摊贩依法给予行政拘留5日处罚。',
    '依法给予行政拘留',
  ],
  // the window after the divorce cooling-off (legal-misstated-rules)
  [
    'legal',
    '离婚冷静期结束后的十五天内，双方须共同到民政局婚姻登记处领取离婚证，逾期视为撤回申请。',
    '十五天',
  ],
  // the years an environmental impact assessment stays good (legal-statute-clause-figures)
  [
    'legal',
    '《环境影响评价法》明确，环评文件自批复之日起满两年才开工的，须报原审批部门重新审核。',
    '两年',
  ],
  // a suspect called a criminal and named again at his arrest, far on (legal-statement-patterns)
  [
    'legal',
    '经调查，盗贼陈某某长期在城郊多个小区作案，专挑夜间无人看管的电动车下手，累计盗取电动车12辆，涉案价值达3万余元，给群众造成较大损失。经过民警连续蹲守，陈某某于昨日凌晨在销赃时落网。',
    '盗贼陈某某',
  ],
  // the donations' tally counted in the appraisal (coercion-purchase-quota)
  [
    'coercion',
    '各科室要积极动员职工参与爱心捐款，各科室捐款数额将作为年终评先评优的依据。',
    '捐款数额将作为年终评先评优的依据',
  ],
  // a score taken off a rating for not giving (coercion-purchase-quota)
  [
    'coercion',
    '各物业服务企业请于月底前完成认捐，没有参与认捐的物业企业，年度信用考核中一律扣5分。',
    '一律扣5分',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '依照土地管理法，非法占用耕地建房的，责令限期拆除；逾期不拆除又不起诉的，由我局依法申请人民法院强制执行。',
  ],
  ['legal', '违法建设逾期不拆除的，由县人民政府责成有关部门强制拆除。'],
  [
    'legal',
    '永久基本农田以外的农用地转为建设用地的，由国务院或者国务院授权的省、自治区、直辖市人民政府批准。',
  ],
  ['legal', '永久基本农田转为建设用地的，由国务院批准。'],
  ['legal', '有审核权的部门应当自受理地图审核申请之日起20个工作日内作出审核决定。'],
  ['legal', '区城管执法大队开展专项整治，对一名暴力抗法的摊贩移送公安机关依法予以行政拘留。'],
  [
    'legal',
    '根据《治安管理处罚法》，阻碍国家机关工作人员依法执行职务的，处警告或者二百元以下罚款；情节严重的，处五日以上十日以下拘留。',
  ],
  ['legal', '离婚冷静期满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证。'],
  [
    'legal',
    '环境影响评价文件自批准之日起超过五年，方决定该项目开工建设的，应当报原审批部门重新审核。',
  ],
  [
    'legal',
    '经调查，犯罪嫌疑人陈某某长期在城郊多个小区作案，专挑夜间无人看管的电动车下手，累计盗取电动车12辆，涉案价值达3万余元，给群众造成较大损失。经过民警连续蹲守，陈某某于昨日凌晨在销赃时落网。',
  ],
  [
    'legal',
    '犯罪分子王某某因犯诈骗罪被判处有期徒刑五年，目前正在服刑。据悉，其同伙李某某已被依法刑事拘留。',
  ],
  ['coercion', '本次捐款完全自愿，捐款情况不纳入任何考核。'],
  ['coercion', '各单位捐款情况将在活动结束后向社会公示，接受监督。'],
  ['coercion', '未捐款的企业不受任何影响，信用评价照常进行。'],
];

describe('concept rules for the legal and coercion misses of final210 to final213', () => {
  itReportsFamilies(CATCHES, QUIET);
});
