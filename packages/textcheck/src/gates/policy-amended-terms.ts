// Terms of office and of protection that an amendment lengthened, told at the old length as today's
// (policy.superseded-as-current; after final205 and final204): a villagers' or a residents' committee
// 每届任期三年 (村民委员会每届任期三年，届满应当及时举行换届选举) — five years since the amendments of
// 2018-12-29 to 村民委员会组织法 (第十三条) and 城市居民委员会组织法 (第八条), 全国人大常委会 the same
// day; and a design patent protected for 10 years (外观设计10年) — 15 years from the filing date since
// the fourth amendment of the 专利法 took effect on 2021-06-01 (第四十二条). Read with the policy
// tense rules (stale-statements.ts): history (2018年以前…三年), the change told (改为五年, 延长至15年),
// a design filed before the change (2021年6月1日前申请的外观设计) and a question are right. Since
// final212 also the time a charity must have been registered before it may apply for the right to
// raise funds from the public (依法登记满二年的慈善组织…申请公开募捐资格) — one year since the amended
// 慈善法 took effect on 2024-09-05 (第二十二条), read only with 公开募捐 or 募捐资格 in the sentence.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence, type StaleStatement } from './stale-statements.ts';

/** A villagers' or residents' committee. */
const COMMITTEE = '(?:村民委员会|村委会|(?:社区)?居民委员会|(?:社区)?居委会)';
/** Three years. */
const THREE = '(?:三|3|３)年';

/**
 * The committee's term at three years: 村民委员会每届任期三年, 居委会任期为3年, 村委会每三年换届一次,
 * 村委会三年一届.
 */
const OLD_COMMITTEE_TERM = guard(
  new RegExp(
    `${COMMITTEE}(?:成员)?(?:的)?(?:每届任期|任期|每届)(?:为|是|均为)?${THREE}|${COMMITTEE}(?:换届(?:选举)?)?(?:每|每隔)${THREE}(?:换届|选举|举行一次|进行一次|一次)|${COMMITTEE}${THREE}一届`,
    'g',
  ),
);
/** The sentence tells the new term or the change, or asks. */
const TERM_CHANGED =
  /五年|5年|５年|改为|延长|调整|修改|修正|原来|原先|原规定|以前|过去|曾|此前|2018年(?:以|之)?前|[？?]|吗/;

/** A design patent's term at ten years: 外观设计10年, 外观设计专利权的期限为十年. */
const OLD_DESIGN_TERM = guard(
  /外观设计(?:专利)?(?:权)?(?:的)?(?:保护期限?|期限|有效期|保护期为)?(?:为|是|只有|仅)?(?:10|十|１０)年(?![来间内代])/g,
);
/** The sentence tells the new term or the change, a design filed before it, or asks. */
const DESIGN_CHANGED =
  /十五年|15年|１５年|延长|修改|修正|修订|原专利法|旧专利法|原来|原先|原规定|以前|过去|曾|此前|2021年6月1日(?:以|之)?前|[？?]|吗/;

/** Registered two years: 登记满二年, 成立满两年, 登记已满2年. */
const OLD_CHARITY_TERM = guard(
  /(?:登记|成立|设立|注册)(?:满|已满|超过|达到)(?:二|两|2|２)(?:周)?年(?:以上)?/g,
);
/** The right the term is for. */
const PUBLIC_FUNDRAISING = /公开募捐|募捐资格/;
/** The sentence tells the new term or the change, or asks. */
const CHARITY_CHANGED =
  /一年|1年|１年|改为|缩短|调整|修改|修正|原来|原先|原规定|以前|过去|此前|2024年(?:9月5日)?(?:以|之)?前|[？?]|吗/;

const STATEMENTS: readonly (StaleStatement & { present: RegExp })[] = [
  {
    present: /委员会|委会/,
    re: OLD_COMMITTEE_TERM,
    supersededOn: '2018-12-29',
    toldChanged: toldInSentence(TERM_CHANGED),
    message:
      '2018年12月29日修正的《村民委员会组织法》《城市居民委员会组织法》规定，村民委员会、居民委员会每届任期五年，“三年”为旧规定',
  },
  {
    present: /外观设计/,
    re: OLD_DESIGN_TERM,
    supersededOn: '2021-06-01',
    toldChanged: toldInSentence(DESIGN_CHANGED),
    message:
      '2020年修正的《专利法》自2021年6月1日起规定外观设计专利权的期限为十五年，自申请日起计算，“十年”为旧规定',
  },
  {
    present: /募捐/,
    re: OLD_CHARITY_TERM,
    supersededOn: '2024-09-05',
    toldChanged: toldInSentence(CHARITY_CHANGED, PUBLIC_FUNDRAISING),
    message:
      '2023年修正的《慈善法》自2024年9月5日起规定依法登记满一年的慈善组织即可申请公开募捐资格（第二十二条），“满二年”为旧规定',
  },
];

/** Each old term the text states as current. */
export function staleAmendedTerms(text: string): GateFinding[] {
  return STATEMENTS.filter((s) => s.present.test(text)).flatMap((s) => staleStatements(text, s));
}
