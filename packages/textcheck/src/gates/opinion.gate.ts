// Opinion gate: personal opinion and emotional language — first-person opinion markers,
// emotional, abusive or slang words, sarcasm, 雷人雷语 (terms and pattern families), and
// exclamation storms. Words quoted or reported from others only inform.
import type { GateCheck, GateFinding } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';
import { ASKER_REBUKE_PATTERNS } from './opinion-asker-rebukes.ts';
import { BLAME_PATTERNS } from './opinion-blame-patterns.ts';
import { CONTEMPT_PATTERNS } from './opinion-contempt-patterns.ts';
import { DISMISSAL_PATTERNS } from './opinion-dismissal-patterns.ts';
import { LECTURE_PATTERNS } from './opinion-lecture-patterns.ts';
import { MOTIVE_PATTERNS } from './opinion-motive-patterns.ts';
import { OPINION_PATTERNS } from './opinion-patterns.ts';
import { REFUSE_PATTERNS } from './opinion-refuse-patterns.ts';
import { SARCASM_PATTERNS } from './opinion-sarcasm-patterns.ts';
import { SCOLD_PATTERNS } from './opinion-scold-patterns.ts';
import { OPINION_SHAMING_PATTERNS } from './opinion-shaming-patterns.ts';
import { TAKE_IT_OR_LEAVE_PATTERNS } from './opinion-take-it-or-leave.ts';
import { OPINION_VOICE_PATTERNS } from './opinion-voice-patterns.ts';
import { regradeReported } from './opinion-reported.ts';
import { patternFindings } from './pattern-findings.ts';

const STORM = /[!！]{2,}|[?？]{2,}|[?？][!！]+|[!！][?？]+/g;
const SENTENCE_END = /[。！？!?\n]/g;
const RUN_LENGTH = 3;
const SHORT_SENTENCE = 30;

/** Runs of three or more short sentences in a row that end in an exclamation mark. */
function exclaimingRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let runStart = 0;
  let count = 0;
  let sentenceStart = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const exclaims =
      (m[0] === '！' || m[0] === '!') &&
      m.index - sentenceStart <= SHORT_SENTENCE &&
      m.index > sentenceStart;
    if (exclaims) {
      if (count === 0) runStart = sentenceStart;
      count++;
    } else if (m.index > sentenceStart || !exclaims) {
      if (count >= RUN_LENGTH) runs.push({ start: runStart, end: sentenceStart });
      count = 0;
    }
    sentenceStart = m.index + 1;
  }
  if (count >= RUN_LENGTH) runs.push({ start: runStart, end: sentenceStart });
  return runs;
}

export const checkOpinion: GateCheck = (ctx) => {
  const findings = [
    ...lexiconFindings(ctx, 'opinion'),
    ...patternFindings(ctx, 'opinion', OPINION_PATTERNS),
    ...patternFindings(ctx, 'opinion', OPINION_VOICE_PATTERNS),
    ...patternFindings(ctx, 'opinion', SARCASM_PATTERNS),
    ...patternFindings(ctx, 'opinion', SCOLD_PATTERNS),
    ...patternFindings(ctx, 'opinion', OPINION_SHAMING_PATTERNS),
    ...patternFindings(ctx, 'opinion', CONTEMPT_PATTERNS),
    ...patternFindings(ctx, 'opinion', DISMISSAL_PATTERNS),
    ...patternFindings(ctx, 'opinion', LECTURE_PATTERNS),
    ...patternFindings(ctx, 'opinion', REFUSE_PATTERNS),
    ...patternFindings(ctx, 'opinion', BLAME_PATTERNS),
    ...patternFindings(ctx, 'opinion', MOTIVE_PATTERNS),
    ...patternFindings(ctx, 'opinion', TAKE_IT_OR_LEAVE_PATTERNS),
    ...patternFindings(ctx, 'opinion', ASKER_REBUKE_PATTERNS),
  ].map((f) => regradeReported(f, ctx));
  const text = ctx.doc.text;
  const storms: GateFinding[] = [...text.matchAll(STORM)].map((m) => ({
    gate: 'opinion',
    rule: 'opinion.exclamation-storm',
    severity: 'warn',
    start: m.index,
    end: m.index + m[0].length,
    message: '连续感叹号或问号，情绪化表达',
    suggestion: m[0].charAt(0) === '?' || m[0].charAt(0) === '？' ? '？' : '！',
  }));
  for (const run of exclaimingRuns(text)) {
    if (storms.some((s) => s.start >= run.start && s.end <= run.end)) continue;
    storms.push({
      gate: 'opinion',
      rule: 'opinion.exclamation-run',
      severity: 'info',
      ...run,
      message: '连续使用感叹句，语气情绪化',
    });
  }
  return [...findings, ...storms];
};
