// The legal, coercion and confidentiality rules for the misses of four blind every-gate sets
// (final194 to final197: farm machinery and animal health, education and exams, health and childcare,
// community corrections, mediation and prisons), each written for a concept: a statute's figure told
// wrongly (a farmland contract's term, a co-operative's founding members, a crime's highest sentence),
// a cost the employer bears told as the worker's, a fine or an enforcement announced by a service
// unit, a judicial office or a mediation committee, a sanction for staying away from mediation, a
// floor on each one's donation with the drive named in the sentence before, a named candidate's score
// told while the review goes on, and an inspection visit (巡视) told ahead by the minute. Quiet: the
// right figures, the department's own fine, a court's enforcement, a voluntary gift, the published
// result and a visit reported after it.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a statute's figure told wrongly (legal-statute-clause-figures.ts, legal-sentence-maxima.ts)
  ['legal', '村民问：我家的耕地承包期是多少年？答：耕地承包期为七十年。', '耕地承包期为七十年'],
  ['legal', '按照国家政策，土地承包期届满后再延长二十年，请农户放心。', '再延长二十年'],
  ['legal', '依据合作社法，成立农民专业合作社，成员人数应当不少于3人，并制定章程。', '不少于3人'],
  ['legal', '帮助信息网络犯罪活动的，最高可判七年有期徒刑，切勿出租出借银行卡。', '最高可判七年'],
  ['legal', '出售考试答案的行为构成犯罪，最高获刑5年。', '最高获刑5年'],
  // a cost the employer bears told as the worker's (legal.labour)
  ['legal', '接触粉尘岗位的职业健康体检费用需员工个人承担。', '职业健康体检费用需员工个人承担'],
  ['legal', '本厂劳动防护用品由职工自行购买，按月从工资中扣除。', '劳动防护用品由职工自行购买'],
  [
    'legal',
    '工伤保险费由用人单位和职工按比例共同缴纳。',
    '工伤保险费由用人单位和职工按比例共同缴纳',
  ],
  // a fine or an enforcement by a body without the power (legal-mediation-sanctions.ts)
  ['legal', '未按要求申报检疫的，由乡农技站处以500元罚款。', '农技站处以500元罚款'],
  [
    'legal',
    '对违反规定的户主，本中心将处以200元罚款。如有疑问请联系镇便民服务中心。',
    '本中心将处以200元罚款',
  ],
  ['legal', '调解达成协议后，当事人不履行的，由村调委会强制执行。', '调委会强制执行'],
  ['legal', '劳动争议调解时，被申请人无正当理由拒不参加的，将处以罚款。', '拒不参加的，将处以罚款'],
  // a floor on each one's donation, the drive named before (coercion-purchase-quota.ts)
  [
    'coercion',
    '局机关决定开展“慈心一日捐”活动。请各科室抓紧落实，科级干部每人不少于300元，一般干部每人不少于100元。',
    '每人不少于300元',
  ],
  ['coercion', '每名职工认购不少于200元，认购情况将在全局通报。', '每名职工认购不少于200元'],
  // a candidate's score told while the review goes on (confidentiality-preliminary-results.ts)
  [
    'confidentiality',
    '据了解，在今天的专家评审中，青禾养老服务中心以91分暂列第一，最终结果尚未公布。',
    '青禾养老服务中心以91分',
  ],
  [
    'confidentiality',
    '本次示范幼儿园评审正在进行，目前阳光幼儿园得分95分，结果将于月底公示。',
    '阳光幼儿园得分95分',
  ],
  // an inspection visit told ahead by the minute (confidentiality-movements-ahead.ts)
  [
    'confidentiality',
    '市长一行定于下周二上午9时到城东水厂巡查供水安全。',
    '市长一行定于下周二上午9时到城东水厂',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '耕地的承包期为三十年，草地的承包期为三十年至五十年，林地的承包期为三十年至七十年。'],
  ['legal', '第二轮土地承包到期后再延长三十年。'],
  ['legal', '设立农民专业合作社，应当有五名以上符合规定的成员。'],
  ['legal', '组织考试作弊的，处三年以下有期徒刑；情节严重的，最高可判七年有期徒刑。'],
  ['legal', '帮助信息网络犯罪活动罪最高可判处三年有期徒刑。'],
  ['legal', '高空抛物造成他人重伤的，可能构成故意伤害罪，最高可判处十年有期徒刑。'],
  ['legal', '职业健康检查费用由用人单位承担，不由劳动者个人承担。'],
  ['legal', '劳动防护用品不得以货币替代，也不得从工资中扣除。'],
  ['legal', '工伤保险费由用人单位缴纳，职工个人不缴纳工伤保险费。'],
  ['legal', '对拒不接受强制免疫的，由县农业农村局依法处以一千元以下罚款，乡畜牧兽医站予以配合。'],
  ['legal', '农技站发现违规使用农药的，将报县农业农村局依法处罚。'],
  ['legal', '调解协议经人民法院司法确认后，一方拒不履行的，对方可以向人民法院申请强制执行。'],
  ['legal', '人民调解遵循自愿原则，当事人不愿参加调解的，调委会不得强迫。'],
  ['coercion', '局机关开展“慈心一日捐”活动。捐款坚持自愿原则，多少不限。'],
  ['coercion', '本次捐款活动共收到善款3万元，人均捐款200元。'],
  ['confidentiality', '现将评审结果公示如下：青禾养老服务中心91分，康宁养老院88分。'],
  ['confidentiality', '我市去年有12家托育机构通过评审，平均得分86分。'],
  ['confidentiality', '市长一行已于昨日上午9时到城东水厂巡查供水安全。'],
];

describe('concept rules for the legal, coercion and confidentiality misses of final194 to final197', () => {
  itReportsFamilies(CATCHES, QUIET);
});
