// The 的/地 rule (text.de-di-de): only the confident case — a listed adverb, 的, a listed verb
// used as a verb (扎实的推进 → 扎实地推进). When the verb is nominal (积极的推动作用,
// 实现全面的提升) 的 is right, so those contexts are left alone.
import type { Finding } from '../finding.ts';
import type { DeDiDeTable } from './de-di-de.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';

/** After these, "adverb 的 verb" is a noun phrase (取得积极的进展). */
const NOMINAL_BEFORE = /(?:实现|取得|得到|进行|加以|给予|作出|做出|带来|有了|予以|开展了|的)$/u;
/** Before these, the verb is the head of a noun phrase (推动作用, 落实措施). */
const NOMINAL_AFTER =
  /^(?:作用|工作|机制|力度|措施|下|中|者|力|性|上|成效|效果|方面|能力|水平|体系|的|情况|举措|行动|方案|任务|要求|之)/u;

export function createDeDiDeRule(table: DeDiDeTable) {
  const phrases: Array<[string, number]> = [];
  for (const adv of table.adverbs)
    for (const verb of table.verbs) phrases.push([`${adv}的${verb}`, adv.length]);
  const index = buildPhraseIndex(phrases);
  return (text: string): Finding[] =>
    index
      .findAll(text)
      .filter(
        (h) =>
          !NOMINAL_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
          !NOMINAL_AFTER.test(text.slice(h.end, h.end + 2)),
      )
      .map((h) => {
        const at = h.start + h.value;
        return makeFinding(
          text,
          'text.de-di-de',
          'warn',
          at,
          at + 1,
          '地',
          `“${text.slice(h.start, at)}”修饰动词“${text.slice(at + 1, h.end)}”，应用“地”`,
        );
      });
}
