// The policy rules for the misses of four blind every-gate sets (final214 to final217: human
// resources and social security, medical insurance, public security, open government), each written
// for a concept: the statutory retirement age at its old fixed figure with a word before the age, the
// employer's pension contribution at 20 %, a share of the employer's medical contribution put into
// the personal account, a yearly catalogue cited by a replaced edition, and a regulation and a State
// Council order a newer one replaced (非法金融机构和非法金融业务活动取缔办法, 国务院令第492号); and
// quiet: the new rule, the change told, history, a post signed before the change, another insurance
// or payer, a told-abolished title written with half-width brackets.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the retirement age at its old fixed figure (policy-stale-figures.ts)
  [
    'policy',
    '经核实，按照现行规定，企业男职工退休年龄为年满60周岁，女工人为年满50周岁，女干部为年满55周岁。',
    '女工人为年满50周岁',
  ],
  [
    'policy',
    '按照规定，女职工的退休年龄是50周岁，女干部的退休年龄是55周岁。',
    '女职工的退休年龄是50周岁',
  ],
  [
    'policy',
    '职工达到法定退休年龄（男年满60周岁、女年满50周岁）且累计缴费满15年的，可按月领取基本养老金。',
    '男年满60周岁',
  ],
  // the employer's pension contribution at 20 % (policy-stale-figures.ts)
  [
    'policy',
    '答：根据规定，用人单位按本单位职工工资总额的20%缴纳基本养老保险费，计入统筹基金。',
    '职工工资总额的20%',
  ],
  ['policy', '单位缴纳养老保险费的比例是20%，个人缴纳8%。', '单位缴纳养老保险费的比例是20%'],
  ['policy', '目前企业职工基本养老保险单位缴费比例为百分之十九。', '单位缴费比例为百分之十九'],
  // a share of the employer's medical contribution put into the personal account
  // (policy-stale-figures.ts)
  [
    'policy',
    '职工医保个人账户的钱从哪来？在职职工个人缴纳的基本医疗保险费全部计入个人账户，同时单位缴费的30%划入个人账户。',
    '单位缴费的30%划入个人账户',
  ],
  [
    'policy',
    '职工医保个人账户资金来源：用人单位缴纳的医疗保险费中30%左右计入个人帐户。',
    '30%左右计入个人帐户',
  ],
  [
    'policy',
    '参加职工医保的，单位缴费部分按一定比例划入个人账户，用于门诊购药。',
    '按一定比例划入个人账户',
  ],
  // a yearly catalogue cited by a replaced edition (policy-superseded-standards.ts)
  [
    'policy',
    '市医保局答复：2026年我市执行《国家基本医疗保险、工伤保险和生育保险药品目录（2023年）》，目录内药品按规定纳入医保支付范围。',
    '药品目录（2023年）',
  ],
  [
    'policy',
    '我市继续执行《国家基本医疗保险、工伤保险和生育保险药品目录（2024年）》。',
    '药品目录（2024年）',
  ],
  ['policy', '定点药店应按2023年版国家医保药品目录销售药品。', '2023年版国家医保药品目录'],
  // a regulation a newer one replaced (superseded.tsv)
  [
    'policy',
    '根据《非法金融机构和非法金融业务活动取缔办法》，未经依法批准，任何单位和个人不得以任何名义向社会不特定对象吸收资金。',
    '非法金融机构和非法金融业务活动取缔办法',
  ],
  [
    'policy',
    '公安机关将依照非法金融机构和非法金融业务活动取缔办法严厉打击非法集资。',
    '非法金融机构和非法金融业务活动取缔办法',
  ],
  // a State Council order a revision replaced (superseded.tsv)
  [
    'policy',
    '依据《中华人民共和国政府信息公开条例》（国务院令第492号），为方便公民依法获取政府信息，编制本指南。',
    '国务院令第492号',
  ],
  ['policy', '本机关依据国务院第492号令做好政府信息公开工作。', '国务院第492号令'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  // the rise told, the old age told as the old one, early retirement, a birth before the rise, a
  // free bus ride at 60
  ['policy', '自2025年1月1日起，女职工法定退休年龄从原50周岁逐步延迟至55周岁。'],
  ['policy', '按照原法定退休年龄，女工人为年满50周岁。'],
  [
    'policy',
    '从事特殊工种的，男年满55周岁、女年满45周岁可提前退休；因病提前退休的，女年满50周岁。',
  ],
  ['policy', '您于1964年5月出生，男职工退休年龄为年满60周岁，可按时办理退休手续。'],
  ['policy', '年满60周岁的老年人可凭老年证免费乘坐公交车。'],
  // a letter signed before the rise
  [
    'policy',
    '我们请求按规定享受女年满55岁的干部退休待遇。I3县卫生系统女性专业技术人员 2014年5月28日',
  ],
  // the new rate, the cut told, the self-employed's 20 %, another insurance
  ['policy', '用人单位按本单位职工工资总额的16%缴纳基本养老保险费。'],
  ['policy', '自2019年5月1日起，单位缴纳基本养老保险费的比例由20%降至16%。'],
  ['policy', '灵活就业人员参加养老保险，缴费比例为20%，其中8%记入个人账户。'],
  ['policy', '单位医疗保险缴费比例为20%的地区应当合理调整。'],
  // the reform told, the time before it, an enterprise annuity
  ['policy', '按照门诊共济改革，单位缴纳的基本医疗保险费全部计入统筹基金，不再划入个人账户。'],
  ['policy', '改革前，职工医保单位缴费的30%划入个人账户。'],
  ['policy', '企业年金单位缴费按一定比例划入职工个人账户。'],
  // the edition in force, a sentence of the old edition's day, the news of its making
  ['policy', '《国家基本医疗保险、生育保险和工伤保险药品目录（2025年）》自2026年1月1日起执行。'],
  ['policy', '2024年，我市执行《国家基本医疗保险、工伤保险和生育保险药品目录（2023年）》。'],
  ['policy', '国家医保局发布《国家医保药品目录（2023年）》，新增126个药品。'],
  [
    'policy',
    '城乡居民医保制度整合后，用药范围统一执行了《国家基本医疗保险、工伤保险和生育保险药品目录（2017 年版）》。',
  ],
  // the regulation now, the old one told repealed
  ['policy', '依据《防范和处置非法集资条例》，未经依法许可，任何单位和个人不得吸收资金。'],
  ['policy', '原《非法金融机构和非法金融业务活动取缔办法》已于2021年5月1日废止。'],
  // the order's history line, the revised order
  [
    'policy',
    '《中华人民共和国政府信息公开条例》（2007年4月5日中华人民共和国国务院令第492号公布，2019年4月3日中华人民共和国国务院令第711号修订）。',
  ],
  ['policy', '依据《中华人民共和国政府信息公开条例》（国务院令第711号），编制本指南。'],
  // a title told repealed, written with half-width brackets
  ['policy', '《排污许可管理办法(试行)》已于2024年7月1日废止，现行为《排污许可管理办法》。'],
];

describe('concept rules for the policy misses of final214 to final217', () => {
  itReportsFamilies(CATCHES, QUIET);
});
