// A cure word that the post denies or asks about, not claims: 原发性高血压目前尚不能根治, 糖尿病无法
// 根治, 高血压能否根治, 高血压可以根治吗？, 任何疗法都不能包治百病, 没有哪种药能包治百病, 目前尚无药物
// 能够根治阿尔茨海默病. Health publicity tells readers a disease cannot be cured outright so that
// they keep to their treatment; the Advertising Law bans claiming the cure. A denial put as a
// rhetorical question (谁说…不能根治) still claims it, and so does an answer after the question
// (…能根治吗？能！), which is a hit of its own.
import type { Span } from '../rules/lexicon-scan.ts';

/** Words of an outright cure that a denial or question can hold. */
const CURE = /根治|治愈|痊愈|除根|断根|药到病除|包治百病|百病全消|包治/;
/** A denial right before the word: 尚不能, 无法, 难以, 不可能, 没办法 (within the clause). */
const DENIED_BEFORE =
  /(?:不能|不可能|不可|无法|难以|没法|没办法|没有办法|做不到|不能够|未能|尚无|尚不能|还不能|还无法|并不能|并非都能|不一定能|(?:没有|并无|不存在|哪有|尚无|暂无|还没有|尚没有|目前无)[\u4e00-\u9fff]{0,6}?(?:能|可以|可|能够))(?:被|得到|得以|完全|彻底|真正|一次性)?$/;
/** A question about the cure: 能否根治, 是否可以根治, 能不能根治. */
const ASKED_BEFORE =
  /(?:能否|可否|是否(?:能|可以|可)?|能不能|可不可以|有没有可能)(?:被|完全|彻底|真正)?$/;
/** The question mark after the word in its clause: 可以根治吗？, 能根治么. */
const ASKED_AFTER = /^[^。，,；;！!\n]{0,3}?(?:吗|么|嘛)?[？?]|^(?:吗|么)/;
/** A rhetorical denial: 谁说…不能根治, 难道…不能根治. */
const RHETORICAL = /谁说|谁讲|难道|哪个说/;

/** Whether the cure word at the span is denied or asked about, not claimed. */
export function deniedCure(text: string, span: Span): boolean {
  if (!CURE.test(text.slice(span.start, span.end))) return false;
  let from = span.start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--;
  const before = text.slice(Math.max(from, span.start - 8), span.start);
  if (RHETORICAL.test(text.slice(from, span.start))) return false;
  return (
    DENIED_BEFORE.test(before) ||
    ASKED_BEFORE.test(before) ||
    ASKED_AFTER.test(text.slice(span.end, span.end + 4))
  );
}
