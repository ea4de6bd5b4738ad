// Naive oracle: obviously-correct quadratic matching, the reference every engine is tested against.
import type { Match, MatchMode, PatternMatcher } from './types.ts';

export function buildNaiveMatcher(patterns: readonly string[]): PatternMatcher {
  const list = patterns.map((text, index) => ({ text, index })).filter((p) => p.text.length > 0);
  return {
    patternCount: patterns.length,
    findAll(haystack: string, mode: MatchMode = 'leftmost-longest'): Match[] {
      const all: Match[] = [];
      for (let start = 0; start < haystack.length; start++) {
        for (const p of list) {
          if (haystack.startsWith(p.text, start)) {
            all.push({ pattern: p.index, start, end: start + p.text.length });
          }
        }
      }
      if (mode === 'overlapping') {
        return all.sort((a, b) => a.end - b.end || a.start - b.start || a.pattern - b.pattern);
      }
      const out: Match[] = [];
      let from = 0;
      for (let start = 0; start < haystack.length; start++) {
        if (start < from) continue;
        let best: Match | undefined;
        for (const m of all) {
          if (m.start !== start) continue;
          if (!best || m.end > best.end || (m.end === best.end && m.pattern < best.pattern))
            best = m;
        }
        if (best) {
          out.push(best);
          from = best.end;
        }
      }
      return out;
    },
  };
}
