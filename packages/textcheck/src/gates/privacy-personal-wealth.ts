// A named private person's savings told with the amount: 城东社区的钱桂兰老人今年83岁，每月退休金4800元，
// 银行存款约26万元. A home visit's post that tells an old person's savings by name tells fraudsters whom
// to call (个人信息保护法 第二十八条: financial accounts are sensitive). The pension or income told in the
// same sentence before it is part of what is disclosed. Quiet: savings of no one (全县人均储蓄存款5.6万元),
// savings with no amount (王大爷的存款存在银行) and a masked name (钱某).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const SURNAME_CHAR = SURNAME.source.slice(1);
const AMOUNT =
  '(?:约|共|有|达|还有|大约|近|超过|余额|合计|总计)*[0-9０-９][0-9０-９.,，]*(?:万|千)?元';
/** Savings with their amount: 银行存款约26万元, 积蓄有10万元, 存折余额3万元. */
const SAVINGS = guard(new RegExp(`(?:银行)?(?:存款|积蓄|存折|储蓄|定期存单|理财)${AMOUNT}`, 'g'));
/** Income with its amount, before the savings: 每月退休金4800元, 月养老金3000元. */
const INCOME = new RegExp(
  `(?:每月|月|每年|年)?(?:退休金|养老金|退休工资|工资|收入|离休费)(?:有|为|是|约|达)?[0-9０-９][0-9０-９.,]*(?:万|千)?元`,
);
/** A named person: 村民王建国, 钱桂兰老人, 王大爷 is no name. */
const NAMED = new RegExp(
  `(?:${alternation(PRIVATE_PERSON_ROLES)})${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}|${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}(?:老人|老汉|大爷|大妈|大娘|奶奶|爷爷|婆婆|阿婆|女士|先生|同志)`,
  'g',
);
const NOT_A_NAME = /某|们|多|龄/;

export function findPersonalWealth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(SAVINGS, text)) {
    const [from] = sentenceAround(text, m.index, m.index + m[0].length, SENTENCE_END);
    const before = text.slice(from, m.index);
    const named = [...before.matchAll(NAMED)].some((n) => !NOT_A_NAME.test(n[0].slice(-4)));
    if (!named) continue;
    const income = INCOME.exec(before);
    const start = income ? from + income.index : m.index;
    out.push({
      gate: 'privacy',
      rule: 'privacy.named-person',
      severity: 'warn',
      start,
      end: m.index + m[0].length,
      message: '公开了特定个人的存款、收入等财产信息，须删去或概括表述',
    });
  }
  return out;
}
