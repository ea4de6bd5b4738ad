// A named person called a thief or swindler by the account before any court has judged them (after
// probing legal.named-person-called-swindler with new wordings): 这个惯偷李国强, 王德福就是个专坑老人钱的
// 诈骗分子, 赵某就是个贼. The proximity rule of that id needs the label and 某 side by side; here the
// order matters — a label before a full name, or a name (full or 某) before 就是个…label. A sentence
// that reports a judgement, a pseudonym or a question informs (regradeNamedSwindler).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A full name (surname and one or two characters, not a title or pronoun) or a surname and 某. */
const NAME = `${SURNAME_CHAR}(?:某|(?![你您我他她们某])(?!先生|女士|同志|师傅|老师|大爷|阿姨|姓)[\\u4e00-\\u9fa5]{1,2})`;

/** What the account calls them: a thief or a swindler. */
const LABEL = '(?:惯偷|小偷|大骗子|老骗子|骗子|诈骗分子|诈骗犯|惯犯|盗贼|扒手|窃贼|贼)';

/** A judgement told, a pseudonym or a question: no name called before judgement. */
export const regradeNamedSwindler = informsWhenSentence(
  /判处|判决|已被判|服刑|刑满|宣判|化名|[？?]/,
);

export const NAMED_SWINDLER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 这个惯偷李国强, 那个骗子王某: the label, then the name.
    rule: 'legal.named-person-called-swindler',
    severity: 'warn',
    pattern: new RegExp(`(?:这个|这名|这位|那个|那名)${LABEL}${NAME}`, 'g'),
    message:
      '未经人民法院依法判决，对特定人员称“骗子”“小偷”等，违反无罪推定原则，并可能侵害其名誉权',
  },
  {
    // 王德福就是个专坑老人钱的诈骗分子, 赵某就是个贼: the name, then 就是个… and the label at a clause's end;
    // 对方就是个骗子 is no name (是个 after 就).
    rule: 'legal.named-person-called-swindler',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${NAME})(?<![就还也都又真])(?:就是个|就是一个|根本就是个|分明是个|分明就是个|纯粹是个|是个|是一个|纯属)${IN}{0,10}?${LABEL}(?=[，,。；;！!、]|$)`,
      'g',
    ),
    message:
      '未经人民法院依法判决，对特定人员称“骗子”“小偷”等，违反无罪推定原则，并可能侵害其名誉权',
  },
]);
