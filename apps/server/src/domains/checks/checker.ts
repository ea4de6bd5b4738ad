// The one content checker of this process: every gate, with the typo detector in the text gate.
import { createChecker, type Checker } from '@govmedia/textcheck';
import { loadTypoDetector } from '@govmedia/textcheck/node/typo-detector';

let shared: Checker | undefined;

/** Built on first use (lexicons → automaton, spelling model), then reused by every request and job. */
export function sharedChecker(): Checker {
  shared ??= createChecker({ textGateDetector: loadTypoDetector() });
  return shared;
}
