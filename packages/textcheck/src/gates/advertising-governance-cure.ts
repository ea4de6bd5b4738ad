// 根治 of a public problem, not of a disease: 为根治老城区“水压低、水发黄”问题, 着力根治城区内涝顽疾, 全力根治
// 停车难乱象. Works departments promise to root out what residents complain of; the Advertising Law
// bans claiming a medical cure. The word is set as a purpose or an effort (为根治, 着力根治, 从根本上
// 根治), not as what a product can do (节电器可根治电费偏高问题 stays a claim), and the clause after
// it names the problem; a word of illness in it (病, 症, 炎, 癌, 疼痛 …) keeps the claim.
import type { Span } from '../rules/lexicon-scan.ts';

/** The problem the clause after 根治 ends on. */
const PUBLIC_PROBLEM =
  /^[^。；;！!？?\n，,]{0,24}?(?:问题|难题|乱象|现象|积弊|弊病|短板|堵点|难点|痛点|内涝|拥堵|欠薪|积水|脏乱差)/;
/** An aim or an effort of the one who acts, right before the word. */
const PURPOSE_BEFORE =
  /(?:为了?|以期?|着力|全力|致力于?|努力|切实|坚决|推动|加快|力争|决心|从源头上?|从根本上)$/;
/** Words of illness that make the clause a medical claim after all. */
const ILLNESS = /病|症|炎|癌|瘤|疼|痛(?!点)|患者|药|疗/;

/** Whether the 根治 at the span is an aim of rooting out a public problem named in its clause. */
export function governanceCure(text: string, span: Span): boolean {
  if (text.slice(span.start, span.end) !== '根治') return false;
  if (!PURPOSE_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start))) return false;
  const clause = PUBLIC_PROBLEM.exec(text.slice(span.end))?.[0];
  return clause !== undefined && !ILLNESS.test(clause);
}
