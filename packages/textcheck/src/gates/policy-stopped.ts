// A superseded card or rule told as stopped right after its name (暂住证已停止使用, 老暂住证现已作废,
// 暂住证已于2016年停止办理): the post tells the reader it is gone, so every mention of it in the post
// speaks of the old thing (问：我以前办过暂住证，现在还能用吗？答：…暂住证已停止使用) — read with
// reportsAbolition and answeredNo (policy-tense.ts).
import { sentenceAround } from './sentence.ts';

const STOPPED_AFTER =
  /^[”"」』]?(?:[^，,；;。！？\n]{0,8}?(?:已经?|现已|早已|均已|已于[^，,；;。！？\n]{0,14}?|已在[^，,；;。！？\n]{0,14}?)(?:全面|正式|一律|统一)?(?:停止(?:使用|办理|发放|核发|受理|执行|签发)|停用|停办|作废|失效|废止|取消)|(?:停止|不再)(?:使用|办理|发放|核发|受理|签发))/;

/** Whether the sentence goes on, right after the name at [start, end), to tell it stopped. */
export function toldStopped(text: string, start: number, end: number): boolean {
  const [, to] = sentenceAround(text, start, end);
  return STOPPED_AFTER.test(text.slice(end, to));
}
