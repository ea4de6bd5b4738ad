// The evaluation: recall per gate on labelled faults and the false-alarm rate on clean posts,
// for the dev and held-out splits. `npm run eval -w packages/textcheck [-- PATH] [--verbose] [--no-typos]`;
// PATH is a JSONL file or a folder of them (default: the set in test/eval/). The checker is the one the
// product runs, typo detector included; `--no-typos` measures the other rules alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../src/check.ts';
import { loadTypoDetector } from '../src/node/typo-detector.ts';
import type { Finding } from '../src/finding.ts';
import { GATES } from '../src/finding.ts';
import { parseItems, type EvalItem, type EvalLabel } from './eval-set.ts';
import { scoreItems, type Score } from './eval-score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const withTypos = !args.includes('--no-typos');
const path =
  args.find((a) => !a.startsWith('--')) ??
  join(dirname(fileURLToPath(import.meta.url)), '../test/eval');
const files = statSync(path).isDirectory()
  ? readdirSync(path)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(path, f))
  : [path];
const items: EvalItem[] = files.flatMap((f) => parseItems(readFileSync(f, 'utf8')));

const checker = createChecker(withTypos ? { textGateDetector: loadTypoDetector() } : {});
console.log(
  `checker: every gate${withTypos ? ', typo detector included' : ', typo detector excluded'}`,
);
const results = items.map((item) => {
  const input = item.html !== undefined ? { html: item.html } : { text: item.text ?? '' };
  const findings: Finding[] = checker.check(
    item.repostSource !== undefined ? { ...input, repostSource: item.repostSource } : input,
  ).findings;
  return { item, findings };
});

function report(name: string, score: Score): void {
  console.log(`\n== ${name}: ${score.items} items, ${score.clean} clean`);
  for (const gate of GATES) {
    const g = score.gates[gate];
    if (!g || g.labels === 0) continue;
    console.log(
      `  ${gate.padEnd(16)} recall ${(g.found / g.labels).toFixed(3)} (${g.found}/${g.labels})  incl. info ${(g.foundAny / g.labels).toFixed(3)}`,
    );
  }
  console.log(
    `  false alarms on clean posts (block/warn): ${(score.falseAlarms / Math.max(1, score.clean)).toFixed(3)} (${score.falseAlarms}/${score.clean})`,
  );
}

const splits = [...new Set(items.map((i) => i.split))];
for (const split of splits)
  report(split, scoreItems(results.filter((r) => r.item.split === split)));
if (splits.length > 1) report('all', scoreItems(results));

if (verbose) {
  const labelText = (l: EvalLabel) => `${l.gate}:${l.excerpt}`;
  for (const { item, findings } of results) {
    const score = scoreItems([{ item, findings }]);
    const missed = item.labels.filter((l) => !score.recalled.has(l));
    const alarms = item.labels.length === 0 ? findings.filter((f) => f.severity !== 'info') : [];
    if (missed.length === 0 && alarms.length === 0) continue;
    console.log(`\n${item.id} [${item.split}]`);
    for (const l of missed) console.log(`  MISSED ${labelText(l)}`);
    for (const f of alarms)
      console.log(`  FALSE ALARM ${f.gate} ${f.rule} ${f.severity} «${f.excerpt}»`);
  }
}
