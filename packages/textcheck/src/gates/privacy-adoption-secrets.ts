// The secrets of an adoption told by name: an adopted child's original name (收养人赵建国、孙丽夫妇收养了
// 一名2岁女童，孩子原名周小雨) and a birth parent placed by home and name who gave the child up (其生母为
// 本县城郊镇新村村民周某兰，2016年将其遗弃). The adopters and the child may keep the adoption secret
// (民法典 第一千一百一十条), and a birth parent told by village and surname is known to the village;
// abandonment is also an offence (刑法 第二百六十一条) the post pins on them. Quiet: an original name
// that is no person's (该院原名城关福利院), a birth parent not found or not named (生母身份不明, 未能找到
// 其生父母), and a post with no adoption or giving-up in it.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** The child's original name: 孩子原名周小雨, 该女童原名叫李梦, 曾用名王小军. */
const ORIGINAL_NAME = guard(
  new RegExp(
    `(?:原名|曾用名|原来的名字|本名)(?:叫|为|是)?(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2})(?=[，,。；;、）)！!]|$)`,
    'g',
  ),
);
/** A child in the sentence, the one renamed. */
const CHILD = /孩子|女童|男童|婴儿|婴孩|儿童|女孩|男孩|女婴|男婴|被收养人|养子|养女/;
/** The post is about adoption. */
const ADOPTION = /收养|送养|领养|抱养/;
/** A named adopter in the sentence, from whom the disclosure starts: 收养人赵建国. */
const ADOPTER = new RegExp(`收养人${SURNAME_CHAR}`);
/**
 * A birth parent, then what they are (为, 系) with a home or a role, then a name (masked or not), then
 * the child given up in the sentence: 其生母为本县城郊镇新村村民周某兰，2016年将其遗弃.
 */
const BIRTH_PARENT = guard(
  new RegExp(
    `(?:生母|生父|亲生母亲|亲生父亲|亲生父母)(?:系|为|是)${IN}{0,14}?(?:村民|居民|市民|群众|女子|男子|妇女|务工人员|人员|人)(?<name>${SURNAME_CHAR}(?:某某?|[\\u4e00-\\u9fa5]{1,2}))${IN}{0,20}?(?:遗弃|抛弃|丢弃|弃养|丢在|放在|送养)`,
    'g',
  ),
);
const NOT_A_NAME = /^(?:某|不详|未知|身份)/;

export function findAdoptionSecrets(text: string): GateFinding[] {
  if (!ADOPTION.test(text) && !/遗弃|弃婴|抛弃|丢弃|弃养/.test(text)) return [];
  const out: GateFinding[] = [];
  if (ADOPTION.test(text)) {
    for (const m of guardedMatches(ORIGINAL_NAME, text)) {
      const name = m.groups?.['name'] ?? '';
      if (/某/.test(name)) continue;
      const [from, to] = sentenceAround(text, m.index, m.index + m[0].length, SENTENCE_END);
      const sentence = text.slice(from, to);
      if (!CHILD.test(sentence)) continue;
      const adopter = ADOPTER.exec(text.slice(from, m.index));
      out.push(secret(adopter ? from + adopter.index : m.index, m.index + m[0].length));
    }
  }
  for (const m of guardedMatches(BIRTH_PARENT, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
    out.push(secret(m.index, m.index + m[0].length));
  }
  return out;
}

const secret = (start: number, end: number): GateFinding =>
  privacyFinding(
    'privacy.named-person',
    { start, end },
    '公开了被收养儿童的原名或其生父母的身份，泄露收养秘密，须删去',
  );
