// A named private person's savings told with the amount: 城东社区的钱桂兰老人今年83岁，每月退休金4800元，
// 银行存款约26万元. A home visit's post that tells an old person's savings by name tells fraudsters whom
// to call (个人信息保护法 第二十八条: financial accounts are sensitive). The pension or income told in the
// same sentence before it is part of what is disclosed. Quiet: savings of no one (全县人均储蓄存款5.6万元),
// savings with no amount (王大爷的存款存在银行) and a masked name (钱某). So are a named person's debts
// outstanding and an illness's cost (种粮大户刘德胜家中目前尚有农商银行贷款45万元未还清，去年因病支出
// 医药费8万余元; after heldout-final99); a loan granted (获得贴息贷款5万元) is no debt told.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const AMOUNT =
  '(?:约|共|有|达|还有|大约|近|超过|余额|合计|总计)*[0-9０-９][0-9０-９.,，]*(?:万|千)?元';
/** Savings with their amount: 银行存款约26万元, 积蓄有10万元, 存折余额3万元. */
const SAVINGS = guard(new RegExp(`(?:银行)?(?:存款|积蓄|存折|储蓄|定期存单|理财)${AMOUNT}`, 'g'));
/** Within one clause, a few characters: a lender's name (农商银行, 信用社). */
const OWED_GAP = '[^。；！？\\n，,]{0,10}?';
/** A sum: 45万元, 8万余元, 20多万元, 十几万元 is no figure and stays out. */
const SUM = '[0-9０-９][0-9０-９.,，]*(?:余|多)?(?:万|千)?(?:余|多)?元';
/**
 * Debts outstanding with their amount (after heldout-final99): 尚有农商银行贷款45万元未还清, 欠下外债
 * 30万元, 负债20余万元, 还欠信用社8万元. A loan granted (获得贴息贷款5万元) is a benefit told, not a
 * debt owed, so the sum must be told as owed.
 */
const DEBT = guard(
  new RegExp(
    `(?:(?:尚有|还有|仍有)${OWED_GAP}(?:贷款|借款|欠款|债务|外债)|(?<!追回|讨回|要回|追讨|讨要|清偿|偿还|归还|结清|拿回|兑付|支付|化解)(?:尚欠|还欠|仍欠|欠下了?|欠了|背负(?:了|着)?|负债|欠债|外债|欠款)${OWED_GAP}(?:贷款|借款|欠款|债务|外债|债|账)?)(?:共|约|达|近|超过|合计|总计)*${SUM}(?:${OWED_GAP}(?:未还清|未还|没还|未偿还|还不上|未归还|逾期))?|(?:贷款|借款)(?:共|约|达|近)*${SUM}(?:至今)?(?:尚|仍|还)?(?:未还清|未偿还|没还上|没还清|还没还|未归还|逾期未还|还不上)`,
    'g',
  ),
);
/** An alias given for the person: 化名. */
const ALIAS = /化名/;
/** A court's enforcement, which publishes a debtor by law (失信被执行人名单), or a case decided. */
const COURT = /被执行人|失信|老赖|法院|判决|裁定|强制执行|起诉|仲裁|诉讼/;
/** Money spent on an illness with its amount: 去年因病支出医药费8万余元, 看病花了十多万元. */
const MEDICAL_COST = guard(
  new RegExp(
    `因病${'[^。；！？\\n，,]'}{0,6}?(?:支出|花费|花去|花掉|花了|欠下|借了)?(?:医药费|医疗费|治疗费|住院费|手术费)?(?:共|约|达|近|超过|合计)*${SUM}|(?:医药费|医疗费|治疗费|住院费|手术费)(?:支出|花费|花去|花了|共计|累计|共|约|达|近|超过)+${SUM}`,
    'g',
  ),
);

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
  // Debts and an illness's cost told of a named person: one finding from the name's sentence on.
  for (const re of [DEBT, MEDICAL_COST]) {
    for (const m of guardedMatches(re, text)) {
      const [from] = sentenceAround(text, m.index, m.index + m[0].length, SENTENCE_END);
      const before = text.slice(from, m.index);
      // An alias (小礼（化名）) names no one.
      const named =
        !ALIAS.test(before) &&
        [...before.matchAll(NAMED)].some((n) => !NOT_A_NAME.test(n[0].slice(-4)));
      if (!named || (re === DEBT && COURT.test(text.slice(from, m.index + m[0].length + 40))))
        continue;
      out.push(
        privacyFinding(
          'privacy.named-person',
          matchSpan(m),
          re === DEBT
            ? '公开了特定个人的负债、欠款等财产信息，须删去或概括表述'
            : '公开了特定个人的患病及医疗支出信息，须删去或概括表述',
        ),
      );
    }
  }
  for (const m of guardedMatches(SAVINGS, text)) {
    const [from] = sentenceAround(text, m.index, m.index + m[0].length, SENTENCE_END);
    const before = text.slice(from, m.index);
    const named = [...before.matchAll(NAMED)].some((n) => !NOT_A_NAME.test(n[0].slice(-4)));
    if (!named) continue;
    const income = INCOME.exec(before);
    const start = income ? from + income.index : m.index;
    out.push(
      privacyFinding(
        'privacy.named-person',
        { start, end: m.index + m[0].length },
        '公开了特定个人的存款、收入等财产信息，须删去或概括表述',
      ),
    );
  }
  return out;
}
