// Administrative division rule (text.division-name, severity block): a city or county name with
// one character dropped or swapped for a confusable one (齐齐哈市 → 齐齐哈尔市), and a county of a
// two-character stem one confusable character off right after its own prefecture (嘉兴市秀州区 →
// 秀洲区). A province followed by another province's city (湖北省张家界) is the political gate's
// political.division-hierarchy, reported once there.
import type { Finding } from '../finding.ts';
import { divisionStem, divisionSuffix } from './division-table.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

const MIN_STEM_FOR_VARIANTS = 3;
const STRADDLE_FREQ = 100;

export function createDivisionRule(model: SpellingModel) {
  const { lexicon, confusion, divisions } = model;
  /** Every real division name, full and stem. */
  const real = new Set<string>();
  for (const prov of divisions.provinces) {
    real.add(prov.name).add(divisionStem(prov.name));
    for (const city of prov.cities) {
      real.add(city.name).add(divisionStem(city.name));
      for (const county of city.counties) real.add(county).add(divisionStem(county));
    }
  }

  const variants: Array<[string, string]> = [];
  for (const prov of divisions.provinces) {
    for (const name of prov.cities.flatMap((c) => [c.name, ...c.counties])) {
      const stem = divisionStem(name);
      const suffix = divisionSuffix(name);
      if (stem.length < MIN_STEM_FOR_VARIANTS || !suffix || stem.includes('族')) continue;
      const slips = new Set<string>();
      for (let k = 0; k < stem.length; k++) {
        // Dropping the first character leaves the tail of other names (镇江新区 → 两江新区); a
        // two-character stem left by a drop reads like a name of its own (岳普湖县 → 岳湖县).
        if (k > 0 && stem.length > MIN_STEM_FOR_VARIANTS)
          slips.add(stem.slice(0, k) + stem.slice(k + 1));
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

  /**
   * A county of two-character stem written one confusable character off right after its prefecture
   * (嘉兴市秀州区 → 嘉兴市秀洲区, after final178): the prefecture says which counties may follow, so a
   * short stem, too often a word to be read alone, is read here. Not when the written stem is a word
   * or a real division of its own (杭州市下城区, a district until 2021, is in the dictionary).
   */
  const prefectures = buildPhraseIndex(
    divisions.provinces.flatMap((prov) =>
      prov.cities.flatMap((city) => {
        const stem = divisionStem(city.name);
        const entries: Array<[string, readonly string[]]> = [[city.name, city.counties]];
        if (stem !== city.name && stem.length >= 2) entries.push([stem, city.counties]);
        return entries;
      }),
    ),
  );
  const countySlips = (text: string): Finding[] => {
    const out: Finding[] = [];
    for (const hit of prefectures.findAll(text)) {
      for (const county of hit.value) {
        const stem = divisionStem(county);
        const suffix = divisionSuffix(county);
        if (stem.length !== 2 || !suffix) continue;
        const written = text.slice(hit.end, hit.end + county.length);
        if (written === county || !written.endsWith(suffix)) continue;
        const writtenStem = written.slice(0, stem.length);
        const differs = [0, 1].filter((k) => writtenStem[k] !== stem[k]);
        if (differs.length !== 1) continue;
        const k = differs[0]!;
        if (!confusion.candidates(stem[k]!).near.includes(writtenStem[k]!)) continue;
        if (real.has(writtenStem) || real.has(written) || lexicon.freq(writtenStem) > 0) continue;
        out.push(
          makeFinding(
            text,
            'text.division-name',
            'block',
            hit.end,
            hit.end + written.length,
            county,
            `行政区划名称错误：“${written}”应为“${county}”`,
          ),
        );
      }
    }
    return out;
  };

  return (text: string): Finding[] => [...nameSlips(text), ...countySlips(text)];
}
