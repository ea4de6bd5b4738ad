// The serious-name rule (text.serious-name, severity block): a near-miss of the country's name,
// the Party, a state body or an official slogan. Listed near-misses are always reported;
// one-character confusable slips of names of four or more characters, and 与 or 及 for the 和 that
// joins a body's two fields, are generated and reported unless the slip is the junction of real
// words (a confusable slip also not when it is itself a word). Three-character names (财政部, 国务院,
// 审计署, 委员会) are short enough that a slip can be ordinary prose (公安不愿出警, 向政府反映), so
// theirs are reported only when the language model reads the name in its place as much more probable;
// so are the looser (far) slips of longer names (国家发展改歌委, 中央军师委员会).
import type { Finding } from '../finding.ts';
import { clauseWindow } from './clause-window.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SeriousName, SeriousNameKind } from './serious-names.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

const GENERATE_FROM_LENGTH = 4;
/** Names this long have their near slips generated too, each confirmed by the language model. */
const CONFIRM_FROM_LENGTH = 3;
/**
 * Gain (log10) the name must bring over the slip in its context. On 35k correct sentences the
 * highest gain of a slip not cut by a word was 3.2 (如此视政府如废物); real slips gain 4.8–8.8
 * (审计薯, 才政部, 叫育部, 委员汇).
 */
const CONFIRM_GAIN = 4;
/** Characters of context on each side the gain is read in, within the clause. */
const CONFIRM_CONTEXT = 3;
const STRADDLE_FREQ = 200;
const KIND_LABEL: Record<SeriousNameKind, string> = {
  country: '国名',
  party: '党的名称',
  'state-body': '国家机关名称',
  institution: '机构名称',
  slogan: '规范表述',
};

interface Variant {
  name: SeriousName;
  listed: boolean;
  /** Reported only when the language model confirms it (three-character names, far slips). */
  confirm: boolean;
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

/**
 * Whether a slip of the first character of a name leaves a word of its own (政府 of 市政府): 向政府,
 * 是政府 are then the word after a preposition or verb, not the name misspelt. Asked of the
 * three-character names, whose slips the language model confirms.
 */
const leavesWord = (name: string, k: number, lexicon: SpellingModel['lexicon']) =>
  k === 0 && lexicon.freq(name.slice(1)) > 0;

export function createSeriousNameRule(model: SpellingModel) {
  const { lexicon, confusion, lm } = model;
  const correct = new Set(model.seriousNames.map((n) => n.name));
  const variants: Array<[string, Variant]> = [];
  for (const name of model.seriousNames) {
    for (const miss of name.nearMisses)
      variants.push([miss, { name, listed: true, confirm: false }]);
    for (const v of conjunctionSlips(name.name))
      if (!correct.has(v)) variants.push([v, { name, listed: false, confirm: false }]);
    if (name.name.length < CONFIRM_FROM_LENGTH) continue;
    const confirm = name.name.length < GENERATE_FROM_LENGTH;
    for (let k = 0; k < name.name.length; k++) {
      if (confirm && leavesWord(name.name, k, lexicon)) continue;
      const { near, far } = confusion.candidates(name.name[k]!);
      const slips = confirm ? near : near + far;
      for (let c = 0; c < slips.length; c++) {
        const v = name.name.slice(0, k) + slips[c] + name.name.slice(k + 1);
        if (!correct.has(v) && lexicon.freq(v) === 0)
          variants.push([v, { name, listed: false, confirm: confirm || c >= near.length }]);
      }
    }
  }
  const index = buildPhraseIndex(variants);

  /** How much more probable the text reads with the name in place of the slip at [start, end). */
  const gain = (text: string, start: number, end: number, name: string): number => {
    const [from, to] = clauseWindow(text, start, end, CONFIRM_CONTEXT);
    const before = text.slice(from, start);
    const after = text.slice(end, to);
    return lm.score(before + name + after) - lm.score(before + text.slice(start, end) + after);
  };

  return (text: string): Finding[] =>
    index
      .findAll(text)
      .filter(
        (h) =>
          h.value.listed ||
          (!straddlesWord(text, h.start, h.end, lexicon, STRADDLE_FREQ) &&
            (!h.value.confirm || gain(text, h.start, h.end, h.value.name.name) >= CONFIRM_GAIN)),
      )
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
