// A minor in a criminal case named with the school they attend (未成年人保护法 第一百零三条): 其中一名为
// 16岁少年，系市第三职业中学汽修专业学生孙宇航; 孙宇航系市第三职业中学学生; 县实验中学初二学生王浩然; a
// child in a kindergarten's class (该男童名叫陈嘉豪，就读于城东阳光幼儿园大二班); the school and major before
// the name (就读于县职业中专汽修专业的王子豪（16岁）, a minor under community correction). The
// school and a full name identify the child even when the age stands apart from the name, so an age
// under 18 within reach, 未成年 or a middle or primary school is enough. A name marked 化名, a name
// kept from the reader (孙某某) and a pupil praised (见义勇为) are not reported.
import type { GateContext, GateFinding } from './gate-context.ts';
import { nearContext } from './gate-context.ts';
import { minorAgeNear, SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The word that ends a school's name: 中学, 技校, 二小. */
const SCHOOL_WORD =
  '(?:中学|小学|学校|职高|技校|中专|职中|附中|附小|初中|高中|完小|[一二三四五六七八九十\\d]+中|[一二三四五六七八九十\\d]+小)';
/** A school's name: 市第三职业中学, 县实验中学, 城关二小, 某某技工学校. */
const SCHOOL = `[\\u4e00-\\u9fa5\\d]{1,12}?${SCHOOL_WORD}`;
/** A school or a kindergarten by name, for a child placed in its class: 城东阳光幼儿园. */
const KINDERGARTEN_OR_SCHOOL = `[\\u4e00-\\u9fa5\\d]{1,12}?(?:幼儿园|${SCHOOL_WORD})`;
/**
 * A school's name as the start of a match, from its last word: a match of SCHOOL_THEN_NAME exists
 * exactly where one character of the name stands before the word, and beginning at the word lets
 * the search start only where such a word does.
 */
const SCHOOL_AT_WORD = `(?<=[\\u4e00-\\u9fa5\\d])${SCHOOL_WORD}`;
/** A major, grade or class after the school: 汽修专业, 初二, 高一（3）班. */
const COURSE = '(?:[\\u4e00-\\u9fa5\\d（()）]{0,8}?(?:专业|年级|班|初[一二三]|高[一二三]))?';
const STUDENT = '(?:在校|在读)?(?:学生|男生|女生|学员)';
const NAME = '(?<name>[\\u4e00-\\u9fa5]{2,3})';
const NAME_END = '(?=[，,、（(；;。]|\\s|$|涉嫌|因|被|与|和|在|将|等|多次|曾|伙同|持|已|于|均)';
/** The school, then 学生 and the name: 系市第三职业中学汽修专业学生孙宇航. */
const SCHOOL_THEN_NAME = guard(
  new RegExp(`${SCHOOL_AT_WORD}${COURSE}的?${STUDENT}${NAME}${NAME_END}`, 'g'),
);
/**
 * The name, then 系/是 the school's student: 孙宇航系市第三职业中学学生; or 就读于 the school and its
 * class with no 学生 (陈嘉豪，就读于城东阳光幼儿园大二班, 王浩然，就读于县实验小学三年级).
 */
const NAME_THEN_SCHOOL = guard(
  new RegExp(
    `${NAME}[，,]?(?:(?:系|是|为|就读于)${SCHOOL}${COURSE}的?${STUDENT}|(?:就读于|在)${KINDERGARTEN_OR_SCHOOL}[\\u4e00-\\u9fa5\\d（()）]{0,8}?(?:年级|班|初[一二三]|高[一二三])(?:就读|读书|上学)?)`,
    'g',
  ),
);
/**
 * 就读于 the school and its major or class, then the name with no 学生: 就读于县职业中专汽修专业的王子豪
 * （16岁）, 在市实验中学初二（3）班就读的李某然 is masked and left.
 */
const ENROLLED_THEN_NAME = guard(
  new RegExp(
    `(?:就读于|在读于|就读在)${SCHOOL}${COURSE}(?:就读|读书|上学)?的${NAME}${NAME_END}`,
    'g',
  ),
);
/** A school a minor attends by its kind. */
const MINOR_SCHOOL =
  /幼儿园|中学|小学|初中|高中|附中|附小|职高|职中|[一二三四五六七八九十\d]+[中小]|初[一二三]|高[一二三]/;
const CRIME_REACH = 80;
const PRAISE = /见义勇为|表彰|嘉奖|救人|获评|荣获|好少年|拾金不昧|协助民警|协助警方|三好学生/;
const NOT_A_NAME = /某|学生|同学|老师|家长|全体|年|月|日|的|是|为|系|均|已|被/;

export function findMinorBySchool(ctx: GateContext, found: readonly GateFinding[]): GateFinding[] {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const candidates = [
    ...guardedMatches(SCHOOL_THEN_NAME, text).map((m) => {
      const name = m.groups?.['name'] ?? '';
      const end = m.index + m[0].length;
      return { name, span: { start: end - name.length, end }, school: m[0] };
    }),
    ...guardedMatches(NAME_THEN_SCHOOL, text).map((m) => {
      // A two-character name may come with the character before it (生王磊系…): drop it.
      const raw = m.groups?.['name'] ?? '';
      const name = raw.length === 3 && !SURNAME.test(raw) ? raw.slice(1) : raw;
      const start = m.index + raw.length - name.length;
      return { name, span: { start, end: start + name.length }, school: m[0] };
    }),
    ...guardedMatches(ENROLLED_THEN_NAME, text).map((m) => {
      const name = m.groups?.['name'] ?? '';
      const end = m.index + m[0].length;
      return { name, span: { start: end - name.length, end }, school: m[0] };
    }),
  ];
  for (const { name, span, school } of candidates) {
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    if (/^[（(]?化名/.test(text.slice(span.end, span.end + 4))) continue;
    if (!nearContext(ctx, 'crime', span, CRIME_REACH)) continue;
    const aged = minorAgeNear(text, span);
    if (!aged && !MINOR_SCHOOL.test(school) && !nearContext(ctx, 'minor', span, CRIME_REACH))
      continue;
    if (PRAISE.test(text.slice(Math.max(0, span.start - 40), span.end + 40))) continue;
    if ([...found, ...out].some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push({
      gate: 'legal',
      rule: 'legal.minor-identity',
      severity: aged ? 'block' : 'warn',
      ...span,
      message: '涉案未成年人的学校和真实姓名可能泄露其身份，应使用化名或“某某”',
    });
  }
  return out;
}
