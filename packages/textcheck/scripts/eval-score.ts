// Scoring of the evaluation: a label is recalled when a finding of its gate overlaps its span
// (any finding of the gate, for a label about the whole input); a clean item is a false alarm
// when it gets any block or warn finding.
import type { Finding, Gate } from '../src/finding.ts';
import type { EvalItem, EvalLabel } from './eval-set.ts';

export interface GateScore {
  labels: number;
  /** Recalled by a block or warn finding. */
  found: number;
  /** Recalled by a finding of any severity. */
  foundAny: number;
}

export interface Score {
  items: number;
  clean: number;
  falseAlarms: number;
  gates: Partial<Record<Gate, GateScore>>;
  recalled: Set<EvalLabel>;
}

function covers(label: EvalLabel, f: Finding): boolean {
  if (f.gate !== label.gate) return false;
  if (label.end === label.start) return true;
  return f.start < label.end && f.end > label.start;
}

export function scoreItems(results: Array<{ item: EvalItem; findings: Finding[] }>): Score {
  const score: Score = {
    items: results.length,
    clean: 0,
    falseAlarms: 0,
    gates: {},
    recalled: new Set(),
  };
  for (const { item, findings } of results) {
    const blocking = findings.filter((f) => f.severity !== 'info');
    if (item.labels.length === 0) {
      score.clean++;
      if (blocking.length > 0) score.falseAlarms++;
    }
    for (const label of item.labels) {
      const g = (score.gates[label.gate] ??= { labels: 0, found: 0, foundAny: 0 });
      g.labels++;
      if (blocking.some((f) => covers(label, f))) {
        g.found++;
        score.recalled.add(label);
      }
      if (findings.some((f) => covers(label, f))) g.foundAny++;
    }
  }
  return score;
}
