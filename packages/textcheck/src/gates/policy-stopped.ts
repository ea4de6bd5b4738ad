// A superseded card or rule told as stopped right after its name (暂住证已停止使用, 老暂住证现已作废,
// 暂住证已于2016年停止办理), or right before it (本市停止办理暂住证，统一改为办理居住证, 不再核发
// 暂住证): the post tells the reader it is gone, so every mention of it in the post
// speaks of the old thing (问：我以前办过暂住证，现在还能用吗？答：…暂住证已停止使用) — read with
// reportsAbolition and answeredNo (policy-tense.ts).
import { sentenceAround } from './sentence.ts';

const STOPPED_AFTER =
  /^[”"」』]?(?:[^，,；;。！？\n]{0,8}?(?:已经?|现已|早已|均已|已于[^，,；;。！？\n]{0,14}?|已在[^，,；;。！？\n]{0,14}?)(?:全面|正式|一律|统一)?(?:停止(?:使用|办理|发放|核发|受理|执行|签发)|停用|停办|作废|失效|废止|取消)|(?:停止|不再)(?:使用|办理|发放|核发|受理|签发))/;

/** The stop told right before the name: 停止办理暂住证, 已不再核发原来的暂住证, 全面停办“暂住证”. */
const STOPPED_BEFORE =
  /(?:停止|不再|停办)(?:使用|办理|发放|核发|受理|签发|颁发|换发)?(?:原来?的|原有的|旧的|过去的)?[“"《]?$/;

/** Whether the sentence tells, right after or right before the name at [start, end), that it stopped. */
export function toldStopped(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  return STOPPED_AFTER.test(text.slice(end, to)) || STOPPED_BEFORE.test(text.slice(from, start));
}

/**
 * The name asked about, then answered as gone in the sentences after it through a word pointing
 * back (…要不要开《流动人口婚育证明》。这里统一答复：这个证明国家早在2016年就已取消; 该证明已于…废止;
 * 这个证现在不用再开了): the post tells the reader the old thing is gone.
 */
const POINTED_BACK_GONE =
  /^[^\n]{0,40}?(?:这个|这一|这项|这种|这张|该|此)(?:证明|证件|证|规定|政策|制度|收费|费用|手续|材料)[^。！？!?\n]{0,24}?(?:(?:已经?|早已|就已|现已|均已|已于[^。！？!?\n]{1,12}?)(?:被)?(?:正式|全面|明令|依法)?(?:取消|废止|废除|停止(?:办理|使用|征收)|停办|作废)|(?:不需要|不用|无需|无须|不必)再?(?:开|办|办理|提交|提供|开具|交)?了?[。！!，,])/;

/** Whether a sentence after the one naming [start, end) points back to it and tells it gone. */
export function toldGoneAfter(text: string, start: number, end: number): boolean {
  const [, to] = sentenceAround(text, start, end);
  return POINTED_BACK_GONE.test(text.slice(to, to + 80));
}
