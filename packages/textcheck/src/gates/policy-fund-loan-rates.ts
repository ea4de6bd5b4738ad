// A housing-provident-fund loan rate of a past period told as today's (policy.superseded-as-current;
// after final205: 目前，我市首套个人住房公积金贷款利率为：五年以下（含五年）2.75%，五年以上3.25%, in a post
// of 2025). The first-home rates the People's Bank of China set (its announcements of 2015-08-25,
// 2022-09-30, 2024-05-17 and 2025-05-07): 2.75% up to five years and 3.25% above from 2015-08-26, 2.6%
// and 3.1% from 2022-10-01, 2.35% and 2.85% from 2024-05-18, 2.1% and 2.6% from 2025-05-08. A rate is
// stale from the day the next one took effect, judged at the checker's date (asOf), and read only
// with its term (五年以上3.25%: 2.6% is an old short rate and today's long one) and with the fund named
// before it, not a commercial loan (商业贷款, LPR) nearer; a second home's rates (第二套, 1.1 times) are
// other figures. Read with the policy tense rules (stale-statements.ts): history (2023年…), the change
// told (由3.1%下调至2.85%) and a question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

/** Up to five years: 五年以下（含五年）, 5年期以下, 五年以内. */
const SHORT = '(?:五|5)年(?:期)?(?:及)?(?:以下|以内)(?:[（(]含(?:五|5)年[）)])?';
/** Above five years: 五年以上, 5年期以上, 超过五年. */
const LONG = '(?:(?:五|5)年(?:期)?以上|超过(?:五|5)年)';
/** Between the term and the rate: 的贷款利率为：. */
const LINK = '(?:的)?(?:贷款)?(?:年)?(?:利率)?(?:为|是|执行)?[：:]?\\s*';

/** [the term and an old rate, the day the next rate took effect]. */
const OLD_RATES: ReadonlyArray<readonly [RegExp, string]> = (
  [
    [SHORT, '2\\.75', '2022-10-01'],
    [LONG, '3\\.25', '2022-10-01'],
    [SHORT, '2\\.6', '2024-05-18'],
    [LONG, '3\\.1', '2024-05-18'],
    [SHORT, '2\\.35', '2025-05-08'],
    [LONG, '2\\.85', '2025-05-08'],
  ] as const
).map(([term, rate, until]) => [guard(new RegExp(`${term}${LINK}${rate}[%％]`, 'g')), until]);

/** The fund, or a commercial loan, named before the rate; the last one named decides. */
const LOAN_NAMED = /公积金|商业(?:性)?(?:个人)?(?:住房)?贷款|商贷|LPR|贷款市场报价利率|组合贷/g;
/** A second home's rates, or the change told. */
const OTHER_RATES =
  /第二套|二套|下调|上调|调整|由[0-9.]+[%％]|此前|原来|原先|以前|过去|曾|[？?]|吗/;

function fundNamedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  let last = '';
  for (const m of before.matchAll(LOAN_NAMED)) last = m[0];
  return last === '公积金';
}

/** `asOf` (YYYY-MM-DD) dates the check, today by default. */
export function staleFundLoanRates(text: string, asOf?: string): GateFinding[] {
  if (!text.includes('公积金')) return [];
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  const out: GateFinding[] = [];
  for (const [re, until] of OLD_RATES) {
    if (date < until) continue;
    out.push(
      ...staleStatements(text, {
        re,
        supersededOn: until,
        toldChanged: (t, start, end) => {
          if (!fundNamedBefore(t, start)) return true;
          return OTHER_RATES.test(t.slice(...sentenceAround(t, start, end)));
        },
        message:
          '个人住房公积金贷款利率已多次下调，自2025年5月8日起首套五年以下（含五年）为2.1%、五年以上为2.6%，所列利率为旧标准',
      }),
    );
  }
  return out;
}
