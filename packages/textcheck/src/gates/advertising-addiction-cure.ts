// A cure of addiction sold (该院戒毒门诊采用中药疗法，可彻底根治毒瘾，无效退款; 保证一次戒断网瘾): the
// claim is an advertisement however many words of drug control (戒毒, 禁毒) stand near it, which
// otherwise make a claim a mention in an enforcement post. Left: a cure denied or doubted (毒瘾难以根治,
// 没有药物能根治毒瘾, 能根治毒瘾吗), which advertising-denied-cure.ts reads first, and an office's own
// work told without a promise (帮助戒毒人员戒除毒瘾).
import type { Span } from '../rules/lexicon-scan.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** A promise to end an addiction outright. */
const ADDICTION_CURE =
  /(?<!不能|无法|难以|不可能|没有[^。！？\n]{0,6})(?:彻底|永久|一次性?|快速|保证|包)?(?:根治|治愈|除根|断根|戒断|戒除|戒掉)(?:了)?(?:毒瘾|烟瘾|酒瘾|网瘾|药瘾|赌瘾)(?![吗么？?])/;
/** The promise made sure: 无效退款, 永不复吸, 包戒, 100%. */
const PROMISE =
  /无效退款|不成功退款|永不复吸|不再复吸|包戒|包治|百分之百|100%|100％|保证|彻底|永久|根治/;

export function addictionCureClaim(text: string, span: Span): boolean {
  const sentence = text.slice(...sentenceAround(text, span.start, span.end, SENTENCE_END));
  return ADDICTION_CURE.test(sentence) && PROMISE.test(sentence);
}
