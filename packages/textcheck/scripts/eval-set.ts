// Reading and writing the evaluation set: JSONL items with labelled spans (gate, offsets and
// the offending excerpt), split into dev and held-out by a stable hash of the id.
import type { Gate } from '../src/finding.ts';

export interface EvalLabel {
  gate: Gate;
  start: number;
  end: number;
  /** `input.slice(start, end)`; empty for a finding about the input as a whole (a repost source). */
  excerpt: string;
}

export interface EvalItem {
  id: string;
  /** `dev` (tuned on), `heldout` (hash split), `heldout2`–`heldout5` (written after tuning); `set` for items from elsewhere. */
  split: 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'set';
  genre?: string;
  text?: string;
  html?: string;
  repostSource?: string;
  labels: EvalLabel[];
}

const HELDOUT_PERCENT = 35;

/** Stable split: FNV-1a of the id, 35 % held out. */
export function splitOf(id: string): EvalItem['split'] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 100 < HELDOUT_PERCENT ? 'heldout' : 'dev';
}

type RawItem = Partial<Omit<EvalItem, 'labels'>> & {
  repost_source?: string;
  labels?: Array<{ gate: Gate; start?: number; end?: number; excerpt?: string }>;
};

/**
 * Reads JSONL items, also from other sets: `labels` may be missing (a clean item), a label may give
 * only its excerpt (found in the input) or only offsets, and `repost_source` is accepted.
 */
export function parseItems(jsonl: string): EvalItem[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, n) => {
      const raw = JSON.parse(line) as RawItem;
      const input = inputOf(raw);
      const labels = (raw.labels ?? []).map((l) => {
        const start = l.start ?? (l.excerpt ? Math.max(0, input.indexOf(l.excerpt)) : 0);
        const end = l.end ?? start + (l.excerpt?.length ?? 0);
        return { gate: l.gate, start, end, excerpt: l.excerpt ?? input.slice(start, end) };
      });
      const { repost_source, ...rest } = raw;
      const item: EvalItem = {
        ...rest,
        id: raw.id ?? `line-${n + 1}`,
        split: raw.split ?? 'set',
        labels,
      };
      const repostSource = raw.repostSource ?? repost_source;
      if (repostSource !== undefined) item.repostSource = repostSource;
      return item;
    });
}

/** The input a label's offsets point into. */
export function inputOf(item: Pick<EvalItem, 'text' | 'html'>): string {
  return item.html ?? item.text ?? '';
}
