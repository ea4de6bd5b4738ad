// The old individual-income-tax threshold told as today's: 工资、薪金所得每月超过3500元的部分按3%至45%
// 税率缴纳, 月收入扣除3500元后计税, 每月3500元以上的部分需要交税, 免征额3500元 (the lexicon names
// 起征点为每月3500元). The basic deduction has been 5,000 yuan a month since 2018-10-01. Only beside a
// word of the tax (个税, 个人所得税, 计税, 税率): a subsidy or a reimbursement over 3500元 is no tax.
// Read with the policy tense rules: history (2011年起…), the change told (提高到5000元) and a question
// are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

const SUPERSEDED_ON = '2018-10-01';
/** 3500 as the monthly line above which pay is taxed, or deducted before it. */
const OLD_THRESHOLD = guard(
  /(?:每月|月|每个月)?(?:超过|超出|高于|多于|扣除|减除|减去|扣减|减掉|除去)3500元(?:以上)?(?:的部分)?|(?:每月|月)?3500元以上(?:的)?部分|(?:免征额|起征额|免税额|扣除标准|减除标准|减除费用标准|扣除额)(?:为|是|调整为)?(?:每月)?3500元/g,
);
/** A word of the income tax in the sentence. */
const TAX = /个税|个人所得税|所得税|计税|纳税|缴税|交税|扣税|税率|应纳税|应税/;
/** The sentence tells the change or asks about it. */
const CHANGED_OR_ASKED = /5000元|五千元|提高|上调|调整为|调至|原来|原先|以前|过去|曾经|[？?]|吗/;

export function staleTaxThreshold(text: string): GateFinding[] {
  if (!text.includes('3500')) return [];
  return staleStatements(text, {
    re: OLD_THRESHOLD,
    supersededOn: SUPERSEDED_ON,
    // Not a tax line without a word of the tax; the change told or asked about is no statement.
    toldChanged: toldInSentence(CHANGED_OR_ASKED, TAX),
    message: '个人所得税基本减除费用标准自2018年10月1日起为每月5000元，3500元为旧标准',
  });
}
