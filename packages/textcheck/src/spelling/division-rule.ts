// Administrative division rules (severity block):
// - text.division-name: a city or county name with one character dropped or swapped for a
//   confusable one (齐齐哈市 → 齐齐哈尔市);
// - text.division-hierarchy: a province followed by a city of another province (湖北省张家界 →
//   湖南省张家界) or by another province-level name (四川省重庆市).
import type { Finding } from '../finding.ts';
import { divisionStem, divisionSuffix } from './division-table.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

const MIN_STEM_FOR_VARIANTS = 3;
const STRADDLE_FREQ = 100;
const MAX_NAME = 12;
/** After these, a province + another province's city is an organisation's name (湖北省温州商会). */
const ORGANISATION_AFTER = /^(?:商会|同乡|籍|人|老乡|企业|办事处|驻)/u;

export function createDivisionRule(model: SpellingModel) {
  const { lexicon, confusion, divisions } = model;
  const real = new Set<string>();
  /** City or county name (full or stem) → indexes of the provinces that have one by that name. */
  const provincesOf = new Map<string, Set<number>>();
  /** Prefecture-level and province-level names (full or stem) → their province. */
  const cityProvince = new Map<string, number>();
  const provinceNames: Array<[string, number]> = [];
  const note = (name: string, p: number) => {
    real.add(name);
    const set = provincesOf.get(name) ?? new Set<number>();
    set.add(p);
    provincesOf.set(name, set);
  };
  divisions.provinces.forEach((prov, p) => {
    for (const n of new Set([prov.name, divisionStem(prov.name)])) {
      provinceNames.push([n, p]);
      real.add(n);
      cityProvince.set(n, p);
    }
    for (const city of prov.cities) {
      for (const n of new Set([city.name, divisionStem(city.name)])) {
        note(n, p);
        if (n.length >= 2 && !city.name.includes('辖')) {
          const seen = cityProvince.get(n);
          cityProvince.set(n, seen === undefined || seen === p ? p : -1);
        }
      }
      for (const county of city.counties)
        for (const n of new Set([county, divisionStem(county)])) note(n, p);
    }
  });

  const variants: Array<[string, string]> = [];
  for (const prov of divisions.provinces) {
    for (const name of prov.cities.flatMap((c) => [c.name, ...c.counties])) {
      const stem = divisionStem(name);
      const suffix = divisionSuffix(name);
      if (stem.length < MIN_STEM_FOR_VARIANTS || !suffix || stem.includes('族')) continue;
      const slips = new Set<string>();
      for (let k = 0; k < stem.length; k++) {
        // Dropping the first character leaves the tail of other names (镇江新区 → 两江新区).
        if (k > 0) slips.add(stem.slice(0, k) + stem.slice(k + 1));
        for (const ch of confusion.candidates(stem[k]!).near)
          slips.add(stem.slice(0, k) + ch + stem.slice(k + 1));
      }
      for (const slip of slips) {
        const v = slip + suffix;
        if (!real.has(slip) && !real.has(v) && lexicon.freq(slip) === 0 && lexicon.freq(v) === 0)
          variants.push([v, name]);
      }
    }
  }
  const nameIndex = buildPhraseIndex(variants);
  const provinceIndex = buildPhraseIndex(provinceNames);

  const nameSlips = (text: string): Finding[] =>
    nameIndex
      .findAll(text)
      .filter((h) => {
        const from = Math.max(0, h.end - h.value.length - 1);
        const at = text.indexOf(h.value, from);
        return (
          (at < 0 || at >= h.end) && !straddlesWord(text, h.start, h.end, lexicon, STRADDLE_FREQ)
        );
      })
      .map((h) =>
        makeFinding(
          text,
          'text.division-name',
          'block',
          h.start,
          h.end,
          h.value,
          `行政区划名称错误：“${text.slice(h.start, h.end)}”应为“${h.value}”`,
        ),
      );

  const hierarchy = (text: string): Finding[] => {
    const findings: Finding[] = [];
    for (const h of provinceIndex.findAll(text)) {
      for (let len = Math.min(MAX_NAME, text.length - h.end); len >= 2; len--) {
        const next = text.slice(h.end, h.end + len);
        const owner = cityProvince.get(next);
        if (owner === undefined) continue;
        const cityFull = next.length > divisionStem(next).length;
        const provinceText = text.slice(h.start, h.end);
        // "湖北省张家界" is wrong, but "北京温州商会" names a chamber: without a level suffix on
        // the city, only a province (省, 自治区) suffix makes the pair a hierarchy.
        const hierarchical = cityFull || /(?:省|自治区)$/u.test(provinceText);
        if (owner < 0 || provincesOf.get(next)?.has(h.value) || owner === h.value || !hierarchical)
          break;
        if (ORGANISATION_AFTER.test(text.slice(h.end + len, h.end + len + 3))) break;
        if (!cityFull && straddlesWord(text, h.end, h.end + len, lexicon, STRADDLE_FREQ)) break;
        const right = divisions.provinces[owner]!.name;
        const isProvinceLevel = provinceNames.some(([n, p]) => p === owner && n === next);
        findings.push(
          isProvinceLevel
            ? makeFinding(
                text,
                'text.division-hierarchy',
                'block',
                h.start,
                h.end + len,
                next,
                `行政区划层级错误：“${next}”不属于“${text.slice(h.start, h.end)}”`,
              )
            : makeFinding(
                text,
                'text.division-hierarchy',
                'block',
                h.start,
                h.end,
                right,
                `行政区划层级错误：“${next}”属于${right}，不属于“${text.slice(h.start, h.end)}”`,
              ),
        );
        break;
      }
    }
    return findings;
  };

  return (text: string): Finding[] => [...nameSlips(text), ...hierarchy(text)];
}
