// Leader rules (severity block), driven by the office's leader table:
// - text.leader-name: a one-character confusable slip of a leader's name next to a title or 同志;
// - text.leader-title: a leader's name next to a title from the table that is not theirs;
// - text.leader-order: leaders listed in one sentence against the table's protocol order.
import type { Finding } from '../finding.ts';
import type { LeaderEntry } from './leader-table.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex, type PhraseHit } from './phrase-index.ts';
import type { SpellingModel } from './spelling-model.ts';

const SENTENCE_END = /[。！？；\n]/u;
/** What may stand between two names of one list: separators and titles. */
const LIST_GAP = /^[、，,和与及以及同志\s]*$/u;

export function createLeaderRule(model: SpellingModel) {
  const { leaders, confusion } = model;
  if (leaders.length === 0) return (): Finding[] => [];
  const titles = [...new Set(leaders.map((l) => l.title))].sort((a, b) => b.length - a.length);
  const names = new Set(leaders.map((l) => l.name));
  const exact = buildPhraseIndex(leaders.map((l) => [l.name, l] as const));
  const slips: Array<[string, LeaderEntry]> = [];
  for (const leader of leaders) {
    for (let k = 0; k < leader.name.length; k++) {
      const { near, far } = confusion.candidates(leader.name[k]!);
      for (const ch of near + far) {
        const v = leader.name.slice(0, k) + ch + leader.name.slice(k + 1);
        if (!names.has(v)) slips.push([v, leader]);
      }
    }
  }
  const slipIndex = buildPhraseIndex(slips);
  const titleBefore = (text: string, at: number) => titles.find((t) => text.endsWith(t, at));
  const titleAfter = (text: string, at: number) => titles.find((t) => text.startsWith(t, at));
  const withTitle = (text: string, h: PhraseHit<LeaderEntry>) =>
    titleBefore(text, h.start) !== undefined ||
    titleAfter(text, h.end) !== undefined ||
    text.startsWith('同志', h.end);

  const nameSlips = (text: string): Finding[] =>
    slipIndex
      .findAll(text)
      .filter((h) => withTitle(text, h))
      .map((h) =>
        makeFinding(
          text,
          'text.leader-name',
          'block',
          h.start,
          h.end,
          h.value.name,
          `领导姓名错误：“${text.slice(h.start, h.end)}”应为“${h.value.name}”`,
        ),
      );

  const wrongTitles = (text: string, hits: Array<PhraseHit<LeaderEntry>>): Finding[] => {
    const findings: Finding[] = [];
    for (const h of hits) {
      const before = titleBefore(text, h.start);
      const after = titleAfter(text, h.end);
      const used = after ?? before;
      if (used === undefined || used === h.value.title) continue;
      const [start, end] =
        after !== undefined ? [h.end, h.end + after.length] : [h.start - used.length, h.start];
      findings.push(
        makeFinding(
          text,
          'text.leader-title',
          'block',
          start,
          end,
          h.value.title,
          `领导职务错误：${h.value.name}的职务是“${h.value.title}”，不是“${used}”`,
        ),
      );
    }
    return findings;
  };

  const wrongOrder = (text: string, hits: Array<PhraseHit<LeaderEntry>>): Finding[] => {
    const findings: Finding[] = [];
    for (let i = 1; i < hits.length; i++) {
      const a = hits[i - 1]!;
      const b = hits[i]!;
      const gap = text.slice(a.end, b.start);
      if (
        SENTENCE_END.test(gap) ||
        !LIST_GAP.test(titles.reduce((g, t) => g.replaceAll(t, ''), gap))
      )
        continue;
      if (b.value.rank < a.value.rank) {
        const swapped = LIST_GAP.test(gap) ? `${b.value.name}${gap}${a.value.name}` : undefined;
        findings.push(
          makeFinding(
            text,
            'text.leader-order',
            'block',
            a.start,
            b.end,
            swapped,
            `领导排序错误：${b.value.name}应排在${a.value.name}之前`,
          ),
        );
      }
    }
    return findings;
  };

  return (text: string): Finding[] => {
    const hits = exact.findAll(text);
    return [...nameSlips(text), ...wrongTitles(text, hits), ...wrongOrder(text, hits)];
  };
}
