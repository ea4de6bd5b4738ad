// A superseded scheme told merged into the one that replaced it: 国务院决定将新型农村社会养老保险（新农保）
// 和城镇居民社会养老保险（城居保）两项制度合并实施, 新农保和城居保两项制度合并后, 新农合与城镇居民医保已经
// 并轨, 国务院合并新农保和城居保. The post tells the reform, so every mention of the old name in it
// speaks of the old scheme (read with reportsAbolition in policy-tense.ts); a scheme used as current
// (缴纳新农保费用) is still reported.
import { sentenceAround } from './sentence.ts';

/** The merger after the name and its partner: 和城居保两项制度合并实施, 与城镇居民医保已经并轨. */
const MERGED_AFTER =
  /^[^，,；;。！？\n]{0,40}?(?:[和与及、同][^，,；;。！？\n]{1,30}?)(?:两项|两种|两个|三项)?(?:制度|政策|保险)?(?:已经?|正式|统一|全面)?(?:合并|整合|并轨|归并)(?!资源|资金|力量|各方|办公)(?:实施|运行|为|成|后|建立|设立)?/;
/** Merged into another right after the name: 机场建设费并入民航发展基金, 已合并为… (after heldout-final166). */
const MERGED_INTO_AFTER =
  /^[^，,；;。！？\n]{0,4}?(?:已经?|正式|统一|整体)?(?:并入|归并入|合并为|合并成|整合为)/;
/** The merger before it: 合并新农保和…, 将…整合, 把…并轨. */
const MERGED_BEFORE = /(?:合并|整合|并轨|归并)(?:了)?(?:原来?的?|原有的?)?$/;

/** Whether the sentence tells the name at [start, end) merged with another scheme. */
export function toldMerged(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  const after = text.slice(end, to);
  return (
    MERGED_AFTER.test(after) ||
    MERGED_INTO_AFTER.test(after) ||
    MERGED_BEFORE.test(text.slice(from, start))
  );
}
