// The office's own division named as 我县, 本市, 全镇, 我村: the typo detector's language model reads
// 我县在 as a slip of 我现在 and 我镇 as one of 我真, but a government post says 我县 far more often than a
// first person says 我现在. A single division character right after 我, 本 or 全 is never reported as a
// typo; a slip elsewhere in the word (我具, 本巿) is still the detector's.

const DIVISION = /^[省市县区州旗盟镇乡村]$/;
const OWN = /^[我本全]$/;

/** Whether the span is the one division character of 我县, 本市, 全镇 … */
export function isOwnDivisionWord(text: string, start: number, end: number): boolean {
  return end - start === 1 && DIVISION.test(text[start] ?? '') && OWN.test(text[start - 1] ?? '');
}
