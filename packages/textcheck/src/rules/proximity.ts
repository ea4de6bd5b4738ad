// Proximity combinations: AND over term groups within a window around an anchor, NOT over a
// list of excluding terms — e.g. 香港 … 美国 … 国家 without 地区 lists Hong Kong as a country.
import type { Span } from './lexicon-scan.ts';
import type { ProximityRule } from './types.ts';

/** Sentence ends: 。！？!?；; and a line break. */
const SENTENCE_ENDS = new Set(Array.from('。！？!?；;\n', (c) => c.charCodeAt(0)));

/** Group names under which a rule's terms are indexed. */
export function proximityGroupName(ruleIndex: number, group: number | 'none' | 'noneVoid'): string {
  return `prox:${ruleIndex}:${group}`;
}

/** A rule's group names, made once: each check looks up every rule's anchors. */
interface RuleGroupNames {
  all: string[];
  none: string;
  noneVoid: string;
}
const namesByRule: RuleGroupNames[] = [];

function groupNamesOf(ruleIndex: number, groupCount: number): RuleGroupNames {
  let names = namesByRule[ruleIndex];
  if (!names || names.all.length < groupCount) {
    names = {
      all: Array.from({ length: groupCount }, (_, g) => proximityGroupName(ruleIndex, g)),
      none: proximityGroupName(ruleIndex, 'none'),
      noneVoid: proximityGroupName(ruleIndex, 'noneVoid'),
    };
    namesByRule[ruleIndex] = names;
  }
  return names;
}

const NO_SPANS: readonly Span[] = [];

export interface ProximityHit extends Span {
  rule: ProximityRule;
}

/** Whether a sentence end stands between two spans of the text. */
function crossesSentence(text: string, a: Span, b: Span): boolean {
  const to = Math.max(a.start, b.start);
  for (let i = Math.min(a.end, b.end); i < to; i++)
    if (SENTENCE_ENDS.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The span nearest the anchor within the window, not overlapping it; with `sentenceOf`, only a
 * span of the anchor's sentence in that text (a nearer one past the sentence's end does not count).
 */
function nearest(
  anchor: Span,
  spans: readonly Span[],
  window: number,
  sentenceOf: string | undefined,
): Span | undefined {
  let best: Span | undefined;
  let bestDistance = Infinity;
  for (const s of spans) {
    if (s.end > anchor.start && s.start < anchor.end) continue;
    const distance = s.start >= anchor.end ? s.start - anchor.end : anchor.start - s.end;
    if (distance > window || distance >= bestDistance) continue;
    if (sentenceOf !== undefined && crossesSentence(sentenceOf, anchor, s)) continue;
    best = s;
    bestDistance = distance;
  }
  return best;
}

/** Evaluates one rule over the group positions found by the scan. */
export function evaluateProximity(
  rule: ProximityRule,
  ruleIndex: number,
  groups: ReadonlyMap<string, Span[]>,
  text: string,
): ProximityHit[] {
  const names = groupNamesOf(ruleIndex, rule.all.length);
  const anchors = groups.get(names.all[0]!);
  if (!anchors) return [];
  const voids = groups.get(names.noneVoid) ?? NO_SPANS;
  const excluders = (groups.get(names.none) ?? NO_SPANS).filter(
    (x) => !voids.some((v) => v.start <= x.start && v.end >= x.end),
  );
  const sentenceOf = rule.sameSentence ? text : undefined;
  const hits: ProximityHit[] = [];
  for (const anchor of anchors) {
    const found: Span[] = [anchor];
    for (let g = 1; g < rule.all.length; g++) {
      const spans = groups.get(names.all[g]!) ?? NO_SPANS;
      const near = nearest(anchor, spans, rule.window, sentenceOf);
      if (!near) break;
      found.push(near);
    }
    if (found.length < rule.all.length) continue;
    const start = Math.min(...found.map((s) => s.start));
    const end = Math.max(...found.map((s) => s.end));
    if (excluders.some((x) => x.end > start - rule.window && x.start < end + rule.window)) continue;
    const span = rule.span === 'all' ? { start, end } : anchor;
    if (!hits.some((h) => h.start === span.start && h.end === span.end))
      hits.push({ rule, ...span });
  }
  return hits;
}
