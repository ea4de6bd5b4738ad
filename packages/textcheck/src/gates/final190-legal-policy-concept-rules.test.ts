// The legal and policy rules for the misses of four blind every-gate sets (final190 to final193:
// emergency management, forest fires, waste sorting, housing, fisheries and maritime affairs,
// licensing, social credit, company registration), each written for a concept: a statute's clause
// given a wrong figure (an accident report's hour, a licence's twenty days, the hiring age of
// sixteen, the owners' three quarters), detention or a freeze announced by a coordinating office or
// a bureau with the term told first, a minor in a case named at the end of a sentence, a repealed
// regulation cited as current, a right acquired read as no past, and a superseded figure told as
// current (the work-death grant in months, a company's minimum capital). Quiet: the right figures,
// the police's own detention, a referral, a praised minor, the change told and trades with their own
// minimum.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a statute's clause given a wrong figure (legal-statute-clause-figures.ts)
  [
    'legal',
    '依照安全生产有关规定，发生生产安全事故后，事故发生单位负责人须在12小时内向县应急管理局上报。',
    '12小时内',
  ],
  ['legal', '按照《行政许可法》，许可机关须自受理申请之日起十五日内作出决定。', '十五日内作出决定'],
  ['legal', '依据《未成年人保护法》，任何单位不得招收未满十八周岁的少年。', '未满十八周岁'],
  [
    'legal',
    '小区拟重建地下车库，须经参与表决专有部分面积占比过半数、人数占比过半数的业主同意即可。',
    '过半数',
  ],
  // detention or a freeze announced by a body without the power (legal.illegal)
  ['legal', '对私设烧烤摊的，由区创文办对摊主处以十日以下行政拘留。', '行政拘留'],
  ['legal', '逾期不整改的，县防汛抗旱指挥部将对责任人处以3日行政拘留。', '行政拘留'],
  ['legal', '对拒不履约的企业，区营商环境办将冻结企业银行存款。', '冻结企业银行存款'],
  // a minor in a case named at the end of a sentence (legal.minor-identity)
  ['legal', '民警当场抓获盗窃电动车的嫌疑人两名，其中一名为16岁的王梓豪。', '王梓豪'],
  // a repealed regulation cited as current (policy.superseded-as-current)
  [
    'policy',
    '2025年3月，县应急局依照《煤矿安全监察条例》对一处煤矿作出罚款处理。',
    '煤矿安全监察条例',
  ],
  // a right acquired is no past time (policy-tense.ts)
  ['policy', '业主依法取得的车位使用权，受《物权法》保护。', '物权法'],
  // superseded figures told as current (policy-stale-figures.ts)
  ['policy', '工亡职工的近亲属可领取一次性工亡补助金，按48到60个月的本人工资计发。', '48到60个月'],
  ['policy', '办理一人有限责任公司登记的，注册资本不得少于10万元。', '注册资本不得少于10万元'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '发生生产安全事故后，单位负责人接到报告后应当于1小时内向应急管理部门报告，各部门每级上报的时间不得超过2小时。',
  ],
  ['legal', '依据《行政许可法》，行政机关应当自受理申请之日起二十日内作出行政许可决定。'],
  ['legal', '我局承诺自受理申请之日起5个工作日内办结许可事项。'],
  ['legal', '依据《劳动法》，用人单位不得招用未满十六周岁的未成年人。'],
  ['legal', '用人单位不得安排未满18周岁的未成年工从事矿山井下作业。'],
  [
    'legal',
    '加装电梯须经参与表决专有部分面积四分之三以上且人数四分之三以上的业主同意，其他事项经面积过半数且人数过半数的业主同意。',
  ],
  ['legal', '对违规用火的当事人，由县公安局依法处以五日以下行政拘留。'],
  ['legal', '对拒不整改的企业，市信用办将其列入失信名单并移送有关部门实施联合惩戒。'],
  ['legal', '16岁的王梓豪在全省青少年科技创新大赛中荣获一等奖。'],
  ['policy', '2023年，县应急局依据《煤矿安全监察条例》对两处煤矿作出处罚。'],
  ['policy', '《煤矿安全生产条例》自2024年5月1日起施行，《煤矿安全监察条例》同时废止。'],
  ['policy', '一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍。'],
  ['policy', '2014年公司法修正后，有限责任公司注册资本不再有最低限额。'],
  ['policy', '设立劳务派遣公司，注册资本不得少于人民币200万元。'],
];

describe('concept rules for the legal and policy misses of final190 to final193', () => {
  itReportsFamilies(CATCHES, QUIET);
});
