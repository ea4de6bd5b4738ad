// 讨 of pay or debts claimed back (辛苦钱不再难讨, 工钱难讨, 欠款好讨吗): the typo detector reads 难讨 as a
// slip of 难过, a far more frequent word, but a sentence that names the money owed speaks of claiming
// it. A 讨 with no money in its sentence (心里难讨) is still the detector's.
import { sentenceAround } from './sentence.ts';

/** Money owed, or claiming it. */
const OWED =
  /钱|薪|工资|工钱|欠款|货款|账款|债|欠账|旧账|赔偿|补偿款|拖欠|讨要|讨回|追讨|说法|公道/;

/** Whether the detector's finding at [start, end) replaces a 讨 that claims money named nearby. */
export function isClaimedPayWord(
  text: string,
  start: number,
  end: number,
  suggestion: string | undefined,
): boolean {
  if (end - start !== 1 || text[start] !== '讨' || suggestion !== '过') return false;
  const [from, to] = sentenceAround(text, start, end);
  return OWED.test(text.slice(from, to));
}
