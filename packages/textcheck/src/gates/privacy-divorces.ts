// A private couple named in full with their divorce or its reason: 城东街道居民刘国华与妻子赵丽萍因长期
// 感情不和，…办理了离婚登记; 村民王某强和丈夫李秀梅协议离婚 (a full name on either side); a reply that
// tells the citizen's own divorce with the former spouse's full name (您与前夫马建军已于2023年5月协议离婚). A marriage
// registry may report its counts, and a divorce case the parties as 刘某、赵某; the couple's names and
// their quarrel are their private life (民法典 第一千零三十二条). A long marriage praised (王建国与妻子
// 李秀兰相濡以沫五十载) tells no divorce, and masked names (刘某与妻子赵某) name no one. One full name is
// enough when the spouse is told by the word alone (落水女子黄丽娟近日刚与丈夫办理离婚手续, 王建军已和
// 妻子协议离婚, 住户邱文杰与妻子因离婚纠纷发生争吵): the named person's divorce is told all the same,
// and so it is with the time told between the name and the spouse (陈丽华已于去年与丈夫协议离婚,
// 周建国于2022年3月和前妻李梅离婚); so is a person named with a role or a title before their own
// divorce business (市民赵丽华女士近日到市公证处办理离婚协议公证), a pair of full names with no
// spouse word whose divorce follows (刘建军与张丽已于今年离婚, 周志强与吴丽芳在结婚第三年办理了离婚登记), and a name followed by the divorce as
// the start of a life story (参展商代表林慧，离异后独自抚养女儿).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/**
 * When, between the first name and 与: 已于去年, 于2023年5月, 早在前年就 (陈丽华已于去年与丈夫协议离婚);
 * the name is still read right before it.
 */
const WHEN =
  '(?:近日|近期|前不久|不久前|刚刚?|已经?|早已|早在|曾|于|在|就|去年|前年|今年|此前|上月|年初|年底|年中|[0-9０-９]{2,4}年|[0-9０-９一二三四五六七八九十]{1,2}月(?:份)?|[0-9０-９一二三四五六七八九十]{1,3}日)*';
/**
 * The spouse word with the second full name after it, then the divorce or its reason within the
 * sentence; the first name is read before the match.
 */
const COUPLE = guard(
  new RegExp(
    `${WHEN}(?:与|和|同)(?:其)?(?:妻子|丈夫|前妻|前夫|爱人|老婆|老公)(?<b>[\\u4e00-\\u9fa5]{2,3}?)(?:[（(][^（()）\\n]{1,12}[）)])?${IN}{0,30}?(?:离婚|离异|感情不和|感情破裂|婚姻破裂|分居|婚外情|出轨)`,
    'g',
  ),
);
/** The spouse by the word alone, then the divorce: 近日刚与丈夫办理离婚手续, 已和妻子协议离婚. */
const SPOUSE_UNNAMED = guard(
  new RegExp(
    `${WHEN}(?:与|和|同)(?:其)?(?:妻子|丈夫|前妻|前夫|爱人|老婆|老公)(?:办理了?|协议|登记|诉讼|闹|闹着|商量|准备|因|由于|因为)?(?:离婚|离异|分居|感情不和|感情破裂|婚姻破裂)`,
    'g',
  ),
);
/**
 * A person named with a role word or a title, then their own divorce business in the sentence:
 * 市民赵丽华女士近日到市公证处办理离婚协议公证, 村民孙建平先生前来咨询离婚诉讼.
 */
const NAMED_DIVORCE_BUSINESS = guard(
  new RegExp(
    `(?:(?:市民|居民|村民|住户|群众|当事人|申请人|来访人|来访群众)(?<a>[\\u4e00-\\u9fa5]{2,3}?)(?:女士|先生)?|(?<b>[\\u4e00-\\u9fa5]{2,3}?)(?:女士|先生))${IN}{0,16}?(?:办理|申请|咨询|提起|起诉|进行)了?${IN}{0,6}?离婚`,
    'g',
  ),
);
/**
 * Two full names joined with no spouse word, then their divorce right after (学生的父母刘建军与张丽已于
 * 今年离婚, 王强和李梅协议离婚): the pair is a couple by the divorce itself.
 */
const PAIR_DIVORCED = guard(
  new RegExp(
    `(?:与|和|同)(?<b>[\\u4e00-\\u9fa5]{2,3}?)(?:二人|两人|夫妇|夫妻)?(?:已经?|早已|已于[^，,。；;！？!?\\n]{1,10}?|于[^，,。；;！？!?\\n]{1,10}?|在[^，,。；;！？!?\\n]{1,10}?|因[^，,。；;！？!?\\n]{1,12}?)?(?:协议|诉讼|正式|办理了?)?(?:离婚|离异)`,
    'g',
  ),
);
/** A full name, then a comma and the divorce as the start of a life story: 林慧，离异后独自抚养女儿. */
const DIVORCED_SINCE = guard(/[，,]\s*(?:自从?|在)?(?:离异|离婚)(?:后|以来|多年|至今)/g);
const NOT_A_NAME = /某|女士|先生|同志|们|其|他|她|您|你|我|夫妻|双方/;
const isName = (name: string) => SURNAME.test(name) && !NOT_A_NAME.test(name);

export function findNamedDivorces(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(COUPLE, text)) {
    const b = m.groups?.['b'] ?? '';
    const a = text.slice(Math.max(0, m.index - 3), m.index);
    // The first name: the three characters before 与, or their last two (民王芳 → 王芳); or the
    // citizen a reply answers (您与前夫马建军已于2023年5月协议离婚), whom the reply's @ names.
    const first = /[您你]$/.test(a)
      ? a.slice(-1)
      : [a, a.slice(1)].find((n) => n.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(n) && isName(n));
    if (!first || !isName(b)) continue;
    out.push(divorce(m.index - first.length, m.index + m[0].length));
  }
  for (const m of guardedMatches(PAIR_DIVORCED, text)) {
    const b = m.groups?.['b'] ?? '';
    const a = text.slice(Math.max(0, m.index - 3), m.index);
    const first = [a, a.slice(1)].find(
      (n) => n.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(n) && isName(n),
    );
    if (first && isName(b)) out.push(divorce(m.index - first.length, m.index + m[0].length));
  }
  for (const m of guardedMatches(SPOUSE_UNNAMED, text)) {
    const a = text.slice(Math.max(0, m.index - 3), m.index);
    const first = [a, a.slice(1)].find(
      (n) => n.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(n) && isName(n),
    );
    if (first) out.push(divorce(m.index - first.length, m.index + m[0].length));
  }
  for (const m of guardedMatches(DIVORCED_SINCE, text)) {
    const a = text.slice(Math.max(0, m.index - 3), m.index);
    const first = [a, a.slice(1)].find(
      (n) => n.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(n) && isName(n),
    );
    if (first) out.push(divorce(m.index - first.length, m.index + m[0].length));
  }
  for (const m of guardedMatches(NAMED_DIVORCE_BUSINESS, text)) {
    const name = m.groups?.['a'] ?? m.groups?.['b'] ?? '';
    // A surname with a title (王女士) names no one: the lazy name stops inside the title.
    if (!isName(name) || /[女先]$/.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    if (out.some((f) => f.start < m.index + m[0].length && f.end > start)) continue;
    out.push(divorce(start, m.index + m[0].length));
  }
  return out;
}

const divorce = (start: number, end: number): GateFinding =>
  privacyFinding(
    'privacy.named-person',
    { start, end },
    '公开了当事人真实姓名及离婚、感情纠纷等私人生活信息，须隐去姓名',
  );
