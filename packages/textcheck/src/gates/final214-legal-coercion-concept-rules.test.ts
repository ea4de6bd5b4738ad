// The legal and coercion rules for the misses of four blind every-gate sets (final214 to final217:
// human resources, medical insurance, public security, townships and streets), each written for a
// concept: a statute's figure told wrongly (the multiples of the fine for medical-insurance fraud,
// the days a petition matter may take), a sanction beyond the body that announces it (detention by a
// fire and rescue brigade, a fine by a village's own council such as the 红白理事会), a pupil's
// honours put at stake to make families enrol in insurance, and — a false alarm — the learned legal
// flag on an inquiry's finding that no one was hurt and that names no one. Quiet: the right figures,
// unemployment insurance's and social assistance's own multiples, the extension's total, a case
// handed to the police, a council that persuades, the insurance's own rule and a tie refused.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { createClassifier } from '../classifier/classify.ts';
import type { ClassifierModel } from '../classifier/model.ts';
import type { Gate } from '../finding.ts';
import { learnedFindings } from './learned-findings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the fine for medical-insurance fraud at other multiples than 2–5 (legal-statute-clause-figures)
  [
    'legal',
    '《医疗保障基金使用监督管理条例》规定，个人以骗取医疗保障基金为目的，使用他人医疗保障凭证冒名就医、购药的，除责令退回、暂停其医疗费用联网结算外，还将由医疗保障行政部门处骗取金额1倍以上3倍以下的罚款。',
    '1倍以上3倍以下',
  ],
  [
    'legal',
    '定点医药机构虚构医药服务项目骗取医保基金支出的，由医疗保障行政部门责令退回，处骗取金额三倍以上十倍以下的罚款。',
    '三倍以上十倍以下',
  ],
  [
    'legal',
    '医保小课堂：参保人将本人医保卡交由他人冒名使用、骗取医保基金的，将被处以骗取金额1至3倍的罚款。',
    '1至3倍',
  ],
  // the days a petition matter may take (legal-statute-clause-figures)
  [
    'legal',
    '根据《信访工作条例》规定，信访事项应当自受理之日起90日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长办结期限，但延长期限不得超过30日。',
    '90日',
  ],
  ['legal', '对群众反映的信访事项，我局承诺自受理之日起三个月内办结并书面答复。', '三个月'],
  ['legal', '按照规定，信访部门受理后75天内办结，逾期未办结的将予以督办。', '75天'],
  // detention by a fire and rescue brigade (legal-overreaching-sanctions)
  [
    'legal',
    '柘阳区消防救援大队在检查中发现，辖区惠邻超市将安全出口上锁、堆放货物堵塞疏散通道，经责令仍拒不改正。大队依法对该超市处以罚款一万元，并对负责人孙某某处以行政拘留五日。',
    '对负责人孙某某处以行政拘留',
  ],
  [
    'legal',
    '对占用、堵塞消防车通道拒不整改的，县消防救援大队将对相关负责人予以行政拘留。',
    '予以行政拘留',
  ],
  [
    'legal',
    '市消防救援支队开展高层建筑消防安全专项检查，共排查隐患120处。对一家拒不清理楼道杂物的物业企业主管人员依法处以行政拘留十日。',
    '处以行政拘留',
  ],
  // a fine by a village's own council (legal-unlawful-sanctions)
  [
    'legal',
    '村规民约规定，婚宴不超过15桌，彩礼不超过3万元；对违反规定大操大办的，由村红白理事会处以2000元罚款。',
    '红白理事会处以2000元罚款',
  ],
  [
    'legal',
    '对在村内聚众赌博的，经查实由村禁毒禁赌会处以500元罚款，并在村务公开栏通报。',
    '禁毒禁赌会处以500元罚款',
  ],
  [
    'legal',
    '凡不按规定办理丧事、大摆宴席的，村道德评议会给予1000元罚款。',
    '道德评议会给予1000元罚款',
  ],
  // a pupil's honours put at stake to make families enrol (coercion-patterns)
  [
    'coercion',
    '请各班主任督促学生家长于12月20日前通过“鹤泉医保”公众号完成缴费，并于12月25日前上报班级参保名单，未参保的学生将影响评优评先。',
    '影响评优评先',
  ],
  ['coercion', '各村要动员群众全员参加城乡居民医保，不参保的家庭会影响低保资格审核。', '影响低保'],
  [
    'coercion',
    '请家长务必在本周内为孩子缴纳居民医保，未缴费的学生将影响本学期评先评优。',
    '影响本学期评先',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  // the right multiples, a loss without fraud, unemployment insurance and social assistance
  [
    'legal',
    '个人以骗取医疗保障基金为目的使用他人医疗保障凭证冒名就医、购药的，由医疗保障行政部门处骗取金额2倍以上5倍以下的罚款。',
  ],
  ['legal', '医保小课堂：伪造医学文书骗取医保基金的，将被处以骗取金额2至5倍的罚款。'],
  [
    'legal',
    '定点医药机构分解住院、挂床住院造成医保基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款。',
  ],
  [
    'legal',
    '不符合享受失业保险待遇条件，骗取失业保险金的，由社会保险经办机构责令退还；情节严重的，处骗取金额1倍以上3倍以下的罚款。',
  ],
  [
    'legal',
    '采取虚报、隐瞒、伪造等手段骗取社会救助资金的，可以处非法获取的救助款额1倍以上3倍以下的罚款。',
  ],
  // the right days, the extension's total, the review's days
  [
    'legal',
    '信访事项应当自受理之日起60日内办结；情况复杂的，经批准可以适当延长办结期限，但延长期限不得超过30日。',
  ],
  ['legal', '信访事项经批准延长后，自受理之日起90日内办结。'],
  ['legal', '信访人对复查意见不服的，可以自收到书面意见之日起30日内请求复核。'],
  ['legal', '我局对信访事项实行限时办理，一般自受理之日起30日内办结。'],
  // a case handed to the police; a fine only; the police's own post
  [
    'legal',
    '柘阳区消防救援大队在检查中发现，某超市堵塞疏散通道拒不改正，大队依法对该超市处以罚款一万元，并将负责人移送公安机关依法处以行政拘留。',
  ],
  [
    'legal',
    '区消防救援大队在检查中发现一家网吧封闭安全出口，已将案件移送公安机关。公安机关依法对负责人处以行政拘留五日。',
  ],
  ['legal', '县消防救援大队对3家堵塞消防通道的单位依法处以罚款共计2.5万元，并责令立即改正。'],
  // a council that persuades; a fine by the township government
  [
    'legal',
    '村红白理事会对大操大办的村民上门劝导，并在村务公开栏进行通报，引导群众婚事新办、丧事简办。',
  ],
  ['legal', '红白理事会成员由村民推选产生，负责为群众婚丧事宜提供服务和监督。'],
  // the insurance's own rule; enrolment without a sanction; a tie refused
  ['coercion', '未参保的学生发生医疗费用时，将无法享受居民医保报销待遇。'],
  ['coercion', '学生参保坚持自愿原则，是否参保不影响评优评先。'],
  ['coercion', '请各班主任提醒学生家长按时缴纳居民医保费，以免影响孩子就医报销。'],
];

describe('concept rules for the legal and coercion misses of final214 to final217', () => {
  itReportsFamilies(CATCHES, QUIET);
});

// The learned legal flag on an inquiry's finding that clears up an incident (learned-findings.ts):
// a toy model reads scuffles as the legal gate's, far over its threshold.
const model: ClassifierModel = {
  provenance: 'test',
  gates: ['legal'],
  ngram: { min: 2, max: 2 },
  bias: [-1],
  thresholds: [0],
  weights: { 推搡: [8], 动手: [8], 打架: [8] },
};
const classifier = createClassifier(model);
const legalFlags = (text: string) =>
  learnedFindings(classifier, model, text, ['legal'], []).map((f) => [
    f.severity,
    text.slice(f.start, f.end),
  ]);

describe('the learned legal flag on an incident an inquiry cleared up', () => {
  it.each([
    '经查，视频中系该校两名学生因琐事发生推搡，未造成人员受伤。',
    '经调查核实，网传视频系两名村民因停车问题发生推搡，双方均无人受伤，已当场调解。',
    '经初步调查，当事双方因排队问题发生推搡，未造成任何人员伤亡。',
  ])('only informs on %s', (sentence) => {
    expect(legalFlags(sentence)).toEqual([['info', sentence]]);
  });

  it.each([
    // a minor identified by name, age and class
    '经查，初二学生陈子轩（14岁）因琐事与同学发生推搡，未造成人员受伤。',
    '经查，系县二中初三（2）班两名学生发生推搡，未造成人员受伤。',
    // harm told, or no inquiry's finding
    '经查，两名学生因琐事发生推搡，致一人面部擦伤。',
    '两名学生因琐事发生推搡，未造成人员受伤。',
    // offenders named
    '经查，犯罪嫌疑人王某某持棍与他人推搡，未造成人员受伤。',
  ])('still warns on %s', (sentence) => {
    expect(legalFlags(sentence)).toEqual([['warn', sentence]]);
  });
});
