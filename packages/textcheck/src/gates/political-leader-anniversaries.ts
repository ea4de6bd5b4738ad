// A leader's or a revolutionary's anniversary counted wrong (after heldout-final96): 纪念毛泽东同志逝世
// 130周年 (he died in 1976; 130 years is his birth, 1893, counted to 2023), 周恩来同志诞辰50周年, 邓小平
// 同志逝世120周年. The birth and death years are fixed, so the anniversary falls in one year; a post that
// marks it far from the year it is written in (the latest year the sentence names after the death, else
// the checker's date) has mixed up birth and death or miscounted — an error of fact about the Party's
// and the state's leaders. Three years either way are allowed: a series is announced ahead (迎接…诞辰
// 130周年), a year's review looks back, an archived post is read later. Correct counts (2023年是毛泽东同志诞辰130周年, 纪念邓小平同志诞辰
// 120周年 in 2024) and anniversaries of other people are not read.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { readCount } from './chinese-count.ts';

/** Name → [birth year, death year]. */
const LIVES: Readonly<Record<string, readonly [number, number]>> = {
  毛泽东: [1893, 1976],
  周恩来: [1898, 1976],
  刘少奇: [1898, 1969],
  朱德: [1886, 1976],
  邓小平: [1904, 1997],
  陈云: [1905, 1995],
  任弼时: [1904, 1950],
  彭德怀: [1898, 1974],
  贺龙: [1896, 1969],
  陈毅: [1901, 1972],
  叶剑英: [1897, 1986],
  刘伯承: [1892, 1986],
  聂荣臻: [1899, 1992],
  徐向前: [1901, 1990],
  罗荣桓: [1902, 1963],
  董必武: [1886, 1975],
  张闻天: [1900, 1976],
  李大钊: [1889, 1927],
  瞿秋白: [1899, 1935],
  方志敏: [1899, 1935],
  胡耀邦: [1915, 1989],
  习仲勋: [1913, 2002],
  江泽民: [1926, 2022],
  宋庆龄: [1893, 1981],
  孙中山: [1866, 1925],
  鲁迅: [1881, 1936],
  焦裕禄: [1922, 1964],
  雷锋: [1940, 1962],
};

const NUMBER = '(?:[0-9０-９]{1,3}|[一二两三四五六七八九十百零]{1,6})';
const ANNIVERSARY = guard(
  new RegExp(
    `(${Object.keys(LIVES).join('|')})(?:同志|先生|主席|总理|委员长|烈士)?(?:(诞辰|诞生|出生|逝世|去世|辞世|牺牲|就义|殉职)(${NUMBER})周年|(${NUMBER})周年(诞辰|忌辰))`,
    'g',
  ),
);

/**
 * Years either way a count may stand from the year of writing: a series announced ahead, a year's review,
 * a post read a year or two later. Mixed-up births and deaths and decades miscounted are far beyond it.
 */
const SLACK = 3;

const SENTENCE_END = /[。！？!?\n]/;

/** The latest year the sentence around `at` names after `after`, if any. */
function yearOfSentence(text: string, at: number, after: number): number | undefined {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  const years = [...text.slice(from, to).matchAll(/(?<![0-9])((?:19|20|21)[0-9]{2})年/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y > after);
  return years.length ? Math.max(...years) : undefined;
}

export function findLeaderAnniversaries(text: string, asOf?: string): GateFinding[] {
  if (!text.includes('周年')) return [];
  const now = Number((asOf ?? new Date().toISOString()).slice(0, 4));
  const findings: GateFinding[] = [];
  for (const m of text.matchAll(ANNIVERSARY)) {
    const [birth, death] = LIVES[m[1]!]!;
    const kind = m[2] ?? m[5]!;
    const count = readCount(m[3] ?? m[4]!);
    if (count === undefined || count === 0) continue;
    const ofBirth = /诞辰|诞生|出生/.test(kind);
    const year = (ofBirth ? birth : death) + count;
    const dated = yearOfSentence(text, m.index, death);
    const ref = dated ?? now;
    if (Math.abs(year - ref) <= SLACK) continue;
    const right = ref - (ofBirth ? birth : death);
    const other = ref - (ofBirth ? death : birth);
    findings.push({
      gate: 'political',
      rule: 'political.leader-anniversary',
      // Against its own year the count is plainly wrong; against the checker's date, an archived post
      // read years later would be too, so it only warns.
      severity: dated === undefined ? 'warn' : 'block',
      start: m.index,
      end: m.index + m[0].length,
      message: `${m[1]}生于${birth}年、逝世于${death}年，“${kind}${count}周年”应在${year}年；${ref}年应为${ofBirth ? '诞辰' : '逝世'}${right}周年${other > 0 ? `（或${ofBirth ? '逝世' : '诞辰'}${other}周年）` : ''}，请核实`,
    });
  }
  return findings;
}
