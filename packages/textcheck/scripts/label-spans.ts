// Builds test/eval/{dev,heldout,heldout2,heldout3,heldout4,heldout5}.jsonl from the authored items in test/eval/src/: finds each
// label's excerpt in the input to store its offsets, and assigns the split (hash, unless authored).
// Run: `npx tsx packages/textcheck/scripts/label-spans.ts`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gate } from '../src/finding.ts';
import { inputOf, splitOf, type EvalItem } from './eval-set.ts';

interface AuthoredItem extends Omit<EvalItem, 'split' | 'labels'> {
  split?: EvalItem['split'];
  labels?: Array<{ gate: Gate; excerpt: string }>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/eval');
const items: EvalItem[] = [];
for (const file of readdirSync(join(dir, 'src'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  for (const line of readFileSync(join(dir, 'src', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const authored = JSON.parse(line) as AuthoredItem;
    const input = inputOf(authored);
    const labels = (authored.labels ?? []).map(({ gate, excerpt }) => {
      const start = excerpt ? input.indexOf(excerpt) : 0;
      if (start < 0) throw new Error(`${authored.id}: excerpt not found: ${excerpt}`);
      return { gate, start, end: start + excerpt.length, excerpt };
    });
    items.push({ ...authored, split: authored.split ?? splitOf(authored.id), labels });
  }
}
for (const split of ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'] as const) {
  const lines = items.filter((i) => i.split === split).map((i) => JSON.stringify(i));
  writeFileSync(join(dir, `${split}.jsonl`), `${lines.join('\n')}\n`);
}
const count = (split: EvalItem['split']) => items.filter((i) => i.split === split).length;
console.log(
  `${items.length} items: ${count('dev')} dev, ${count('heldout')} held out, ${count('heldout2')} + ${count('heldout3')} + ${count('heldout4')} + ${count('heldout5')} in later held-out sets`,
);
