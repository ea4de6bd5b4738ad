// 流连忘返 misspelt (流连往返, 留连往返, 流连忘反): the typo detector lists these wrong forms, but its
// junction guard drops them after 人 — 让人流连往返, 使人流连往返 — since 人流 is a word that straddles
// the start. A four-character set phrase is read whole, never as the tail of one word and the head of
// the next, so the text gate reports it wherever it stands (with a detector configured, as the
// detector's own findings). The right form is left alone.
import type { GateFinding } from './gate-context.ts';

/**
 * 流连忘返 with 忘 written 往 or 返 written 反 (or both), or 连 written 恋; 留连忘返 is a variant form
 * that dictionaries list, and stays.
 */
const LINGER_SLIP = /(?:流|留)(?:连|恋)(?:往返|忘反|往反)|(?:流恋|留恋)忘返/g;

export function idiomSlips(text: string): GateFinding[] {
  if (!text.includes('返') && !text.includes('反')) return [];
  return [...text.matchAll(LINGER_SLIP)].map((m) => ({
    gate: 'text',
    rule: 'text.wrong-word',
    severity: 'warn',
    start: m.index,
    end: m.index + m[0].length,
    message: `常见错误写法：“${m[0]}”应为“流连忘返”`,
    suggestion: '流连忘返',
  }));
}
