// Advice to put property out of a creditor's or a court's reach: 如担心败诉后房产被执行，可先将名下房产
// 过户到亲属名下; 欠款被起诉的，建议提前把存款转到家人账户; 可以把车辆转到朋友名下，法院就查不到. Hiding
// assets from enforcement is 拒不执行判决、裁定罪 (刑法 第三百一十三条) and a transfer to defeat a creditor
// can be undone (民法典 第五百三十八条); a legal hotline must not teach it. Read only where the post
// speaks of a debt, a suit or enforcement; a gift of a home to one's children (父母可将房产过户给子女，需
// 缴纳契税) and a ban (不得将财产转移到他人名下以逃避执行) are no such advice. The same advice before a
// divorce (after heldout-final105): 可以在离婚前把房产提前过户到父母名下，避免离婚时被分割; 闹离婚期间
// 不妨先把存款转到亲戚账户. Hiding or moving joint property to cheat the spouse of their share is a
// ground for giving that spouse less or nothing (民法典 第一千零九十二条); a transfer agreed in the divorce
// itself (离婚协议中约定将房产过户给子女) is no hiding, and is not read.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Advice: 可, 可以, 建议, 不妨 — not 不可, 不得, 严禁. */
const ADVISED =
  '(?<![不禁勿])(?:可先|可以先?|可|建议(?:您|你)?(?:先|提前|尽快)?|不妨先?|最好先?|赶紧|尽快|提前)';
/** What is owned. */
const ASSET =
  '(?:名下)?(?:的)?(?:房产|房子|住房|财产|资产|存款|钱款|车辆|汽车|股权|股份|土地|商铺|门面)';
/** Moved to someone else. */
const MOVED =
  '(?:过户|转移|转让|转|转账|赠与|登记)(?:到|至|给)(?:亲属|亲戚|家人|家属|配偶|子女|父母|朋友|他人|别人|妻子|丈夫|老婆|老公|儿子|女儿|亲友|兄弟|弟弟|哥哥|姐姐|妹妹|兄弟姐妹)(?:的)?(?:名下|账户|账上)?';
/** A debt, a suit or enforcement in the sentence or just before. */
const DEBT = '(?:欠|债|借款|败诉|起诉|被执行|强制执行|查封|冻结|扣押|执行|追讨|催收|判决)';

/** A divorce ahead: 离婚前, 婚变前, 闹离婚期间, 婚姻出现危机. */
const DIVORCE_AHEAD =
  '(?:(?:离婚|婚变|分居|起诉离婚|协议离婚)(?:之)?前|闹离婚(?:期间|时|的时候)?|婚姻(?:出现|亮起|遇到)?(?:危机|红灯)(?:时|的时候)?|感情破裂(?:时|前)?)';
/** The share kept from the spouse or the creditor: 避免离婚时被分割, 以免被对方分走, 防止被执行. */
const KEPT_FROM =
  '(?:避免|以免|防止|免得|省得|就不会|不会|不被|不用)(?:在)?(?:离婚时|离婚后|将来|以后|到时候?)?(?:被)?(?:对方|配偶|另一方|老公|老婆|丈夫|妻子)?(?:分割|分走|分掉|分去|拿走|执行|查封|冻结|拍卖|追讨)';
/** Advised, then the property moved away: 可以…把房产提前过户到父母名下. */
const TRANSFER = `${ADVISED}${IN}{0,10}?(?:将|把)${ASSET}${IN}{0,6}?${MOVED}`;

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
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${DIVORCE_AHEAD}${IN}{0,30}?)${TRANSFER}|${ADVISED}${IN}{0,4}?${DIVORCE_AHEAD}${IN}{0,6}?(?:将|把)${ASSET}${IN}{0,6}?${MOVED}|${TRANSFER}(?=${IN}{0,16}?${KEPT_FROM})`,
      'g',
    ),
    message:
      '建议离婚前或为逃避分割、执行而转移财产，属隐藏、转移夫妻共同财产或逃避执行，不得如此答复',
  },
]);
