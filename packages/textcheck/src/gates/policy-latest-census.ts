// A national population census called the latest after the next one's results were out
// (policy.superseded-as-current; after final202: 根据最新的全国人口普查即第六次全国人口普查数据，我县常住人口为
// 38.6万人, in a post of 2024). The main results of the sixth census (2010) were published on
// 2011-04-28 (国家统计局 第六次全国人口普查主要数据公报), those of the seventh (2020) on 2021-05-11 (第七次
// 全国人口普查公报): from then on the fifth, then the sixth, is no longer the latest. Judged at the
// checker's date (asOf); a post dated between the two (a year after the census and before the next's
// results, none later: 2015年…最新的第六次人口普查) spoke rightly in its day, and so does a rumour
// refuted.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Per census: the year it counted and the day the next one's results were published. */
const CENSUSES: Record<string, readonly [number, string]> = {
  五: [2000, '2011-04-28'],
  六: [2010, '2021-05-11'],
};
const YEAR_OF: Record<string, string> = { '2000': '五', '2010': '六' };

/** The latest, then the census by its number, its short name or its year. */
const LATEST = '(?:最新|最近一次|最近的一次|最新一次)';
const NAMED =
  '(?:第[五六]次(?:全国)?人口普查|[五六]普|(?:2000|2010)年(?:第[五六]次)?(?:全国)?人口普查)';
/** Which census the match names. */
const WHICH = /第([五六])次|([五六])普|(2000|2010)年/;
const CALLED_LATEST = guard(
  new RegExp(
    `${LATEST}(?:的)?(?:一次)?(?:(?:全国)?人口普查(?:数据|结果|公报)?(?:即|就是|是|为|——|—|：|:|（|\\()?)?(?:全国)?${NAMED}|${NAMED}(?:数据|结果|公报)?(?:是|为|系)?(?:目前|当前|现有)?(?:的)?${LATEST}`,
    'g',
  ),
);

/** `asOf` (YYYY-MM-DD) dates the check, today by default. */
export function staleLatestCensus(text: string, asOf?: string): GateFinding[] {
  if (!text.includes('普')) return [];
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CALLED_LATEST, text)) {
    const w = WHICH.exec(m[0]);
    const which = w?.[1] ?? w?.[2] ?? YEAR_OF[w?.[3] ?? ''] ?? '';
    const census = CENSUSES[which];
    if (!census) continue;
    const [year, outdatedOn] = census;
    if (date < outdatedOn) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (quotedInRefutation(text, start, end)) continue;
    const [from, to] = sentenceAround(text, start, end);
    const years = [
      ...(text.slice(from, start) + text.slice(end, to)).matchAll(/((?:19|20)[0-9]{2})\s*年/g),
    ]
      .map((y) => Number(y[1]))
      .filter((y) => y !== year);
    const cut = Number(outdatedOn.slice(0, 4));
    if (years.length > 0 && years.every((y) => y > year && y < cut)) continue;
    out.push(
      supersededAsCurrent(
        start,
        end,
        `第${which}次全国人口普查已不是最新一次，${outdatedOn.slice(0, 4)}年已发布第${which === '五' ? '六' : '七'}次全国人口普查数据，应引用最新普查数据或注明普查年份`,
      ),
    );
  }
  return out;
}
