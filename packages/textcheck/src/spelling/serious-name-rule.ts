// The serious-name rule (text.serious-name, severity block): a near-miss of the country's name,
// the Party, a state body or an official slogan. Listed near-misses are always reported;
// one-character confusable slips of names of four or more characters, and 与 or 及 for the 和 that
// joins a body's two fields, are generated and reported unless the slip is the junction of real
// words (a confusable slip also not when it is itself a word).
import type { Finding } from '../finding.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SeriousName, SeriousNameKind } from './serious-names.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

const GENERATE_FROM_LENGTH = 4;
const STRADDLE_FREQ = 200;
const KIND_LABEL: Record<SeriousNameKind, string> = {
  country: '国名',
  party: '党的名称',
  'state-body': '国家机关名称',
  slogan: '规范表述',
};

interface Variant {
  name: SeriousName;
  listed: boolean;
}

/**
 * A body named by two fields joined with 和 (人力资源和社会保障局, 住房和城乡建设部) written with 与 or
 * 及 instead: the name is fixed, so this is a misspelling of it (not the 和 of 共和国).
 */
function conjunctionSlips(name: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < name.length - 1; k++) {
    if (name[k] !== '和' || name[k - 1] === '共') continue;
    for (const ch of '与及') out.push(name.slice(0, k) + ch + name.slice(k + 1));
  }
  return out;
}

export function createSeriousNameRule(model: SpellingModel) {
  const { lexicon, confusion } = model;
  const correct = new Set(model.seriousNames.map((n) => n.name));
  const variants: Array<[string, Variant]> = [];
  for (const name of model.seriousNames) {
    for (const miss of name.nearMisses) variants.push([miss, { name, listed: true }]);
    for (const v of conjunctionSlips(name.name))
      if (!correct.has(v)) variants.push([v, { name, listed: false }]);
    if (name.name.length < GENERATE_FROM_LENGTH) continue;
    for (let k = 0; k < name.name.length; k++) {
      for (const ch of confusion.candidates(name.name[k]!).near) {
        const v = name.name.slice(0, k) + ch + name.name.slice(k + 1);
        if (!correct.has(v) && lexicon.freq(v) === 0) variants.push([v, { name, listed: false }]);
      }
    }
  }
  const index = buildPhraseIndex(variants);
  return (text: string): Finding[] =>
    index
      .findAll(text)
      .filter((h) => h.value.listed || !straddlesWord(text, h.start, h.end, lexicon, STRADDLE_FREQ))
      .map((h) =>
        makeFinding(
          text,
          'text.serious-name',
          'block',
          h.start,
          h.end,
          h.value.name.name,
          `严重表述错误：${KIND_LABEL[h.value.name.kind]}“${h.value.name.name}”误写为“${text.slice(h.start, h.end)}”`,
        ),
      );
}
