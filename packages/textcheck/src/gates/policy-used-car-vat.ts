// A used-car dealer's VAT told at the rate before 2020-05-01 (after final209: 从事二手车经销的纳税人销售
// 其收购的二手车，按照简易办法依3%征收率减按2%征收增值税, as 现行政策). Since 2020-05-01 such a sale is taxed
// at 0.5% (财政部 税务总局公告2020年第17号《关于二手车经销有关增值税政策的公告》, extended to 2027-12-31 by
// 财政部 税务总局公告2023年第63号); reported only while that rate is in force at the checker's date.
// Read only with a used car bought for resale named in the sentence or just before it (二手车 and
// 经销 or 收购): selling one's own used fixed assets or second-hand goods (销售自己使用过的固定资产, 旧货)
// is still taxed 3% reduced to 2%, and stays quiet. Read with the policy tense rules
// (stale-statements.ts): history (2020年4月30日以前…), the change told (改为减按0.5%) and a question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

const SINCE = '2020-05-01';
const UNTIL = '2027-12-31';

/** 依3%征收率减按2%征收增值税, 按3%征收率减按2%计算缴纳, 减按2%的征收率征收. */
const OLD_RATE = guard(
  /(?:(?:依|按照?)?(?:3|三)[%％](?:的)?征收率)?减按(?:2|二)[%％](?:的?征收率)?(?:计算)?(?:征收|缴纳|计征|计税)?(?:增值税)?/g,
);
/** A used car bought for resale, named in reach. */
const USED_CAR = /二手车/;
const RESALE = /经销|收购|经营/;
/** One's own used assets or goods, or the change told, or a question. */
const OTHER_OR_CHANGED =
  /自己使用过|使用过的|自用|固定资产|0\.5[%％]|０\.５[%％]|千分之五|百分之零点五|改为|调整为|下调|原来|原先|此前|以前|过去|曾|[？?]|吗/;

/** How far before the rate the used car may be named. */
const REACH = 120;

/** `asOf` (YYYY-MM-DD) dates the check, today by default. */
export function staleUsedCarVat(text: string, asOf?: string): GateFinding[] {
  if (!text.includes('二手车') || !text.includes('减按')) return [];
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  if (date < SINCE || date > UNTIL) return [];
  return staleStatements(text, {
    re: OLD_RATE,
    supersededOn: SINCE,
    toldChanged: (t, start, end) => {
      const [from, to] = sentenceAround(t, start, end);
      const reach = t.slice(Math.max(0, Math.min(from, start - REACH)), end);
      if (!USED_CAR.test(reach) || !RESALE.test(reach)) return true;
      return OTHER_OR_CHANGED.test(t.slice(from, to));
    },
    message:
      '自2020年5月1日起，从事二手车经销的纳税人销售其收购的二手车减按0.5%征收增值税（财政部 税务总局公告2020年第17号，2023年第63号延续至2027年12月31日），“3%征收率减按2%”为旧规定',
  });
}
