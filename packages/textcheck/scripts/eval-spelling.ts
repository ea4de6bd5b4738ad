// Measures the typo detector on spelling evaluation files.
// Usage: npx tsx packages/textcheck/scripts/eval-spelling.ts FILE…
import { evaluateSpellingFiles, formatSpellingReport } from '../src/node/spelling-eval/index.ts';
import {
  EXAMPLE_LEADERS_FILE,
  loadLeaderTable,
  loadTypoDetector,
} from '../src/node/typo-detector.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: eval-spelling.ts FILE…');
  process.exit(2);
}
const detector = loadTypoDetector({ leaders: loadLeaderTable(EXAMPLE_LEADERS_FILE) });
console.log(formatSpellingReport(evaluateSpellingFiles(files, detector)));
