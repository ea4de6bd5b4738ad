// Advice to put property out of a creditor's or a court's reach: 如担心败诉后房产被执行，可先将名下房产
// 过户到亲属名下; 欠款被起诉的，建议提前把存款转到家人账户; 可以把车辆转到朋友名下，法院就查不到. Hiding
// assets from enforcement is 拒不执行判决、裁定罪 (刑法 第三百一十三条) and a transfer to defeat a creditor
// can be undone (民法典 第五百三十八条); a legal hotline must not teach it. Read only where the post
// speaks of a debt, a suit or enforcement; a gift of a home to one's children (父母可将房产过户给子女，需
// 缴纳契税) and a ban (不得将财产转移到他人名下以逃避执行) are no such advice.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const IN = '[^。；！？!?\\n]';
/** Advice: 可, 可以, 建议, 不妨 — not 不可, 不得, 严禁. */
const ADVISED =
  '(?<![不禁勿])(?:可先|可以先?|可|建议(?:您|你)?(?:先|提前|尽快)?|不妨先?|最好先?|赶紧|尽快|提前)';
/** What is owned. */
const ASSET =
  '(?:名下)?(?:的)?(?:房产|房子|住房|财产|资产|存款|钱款|车辆|汽车|股权|股份|土地|商铺|门面)';
/** Moved to someone else. */
const MOVED =
  '(?:过户|转移|转|转账|赠与|登记)(?:到|至|给)(?:亲属|亲戚|家人|家属|配偶|子女|父母|朋友|他人|别人|妻子|丈夫|老婆|老公|儿子|女儿|亲友)(?:的)?(?:名下|账户|账上)?';
/** A debt, a suit or enforcement in the sentence or just before. */
const DEBT = '(?:欠|债|借款|败诉|起诉|被执行|强制执行|查封|冻结|扣押|执行|追讨|催收|判决)';

export const ASSET_SHIELDING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${DEBT}${IN}{0,40}?)${ADVISED}(?:将|把)${ASSET}${IN}{0,4}?${MOVED}`,
      'g',
    ),
    message: '建议债务人转移财产以逃避执行，涉嫌拒不执行判决、裁定，法律咨询不得如此答复',
  },
]);
