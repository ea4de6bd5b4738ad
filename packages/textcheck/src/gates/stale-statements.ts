// A statement of a superseded rule told as today's (policy.superseded-as-current): the one loop of the
// families that read such statements by pattern (birth limits, late-marriage leave, COVID-19 class-A
// measures, the old income-tax threshold). Each family says what in its post tells the rule changed
// or only asks about it; the policy tense rules then decide whether what is left is stated as current.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent, usedAsCurrent } from './policy-tense.ts';
import { guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

export interface StaleStatement {
  /** A guarded, global expression for the statement. */
  re: RegExp;
  /** The day the rule stopped being in force (ISO date). */
  supersededOn: string;
  message: string;
  suggestion?: string;
  /** The span to report for a match; by default the whole match. */
  span?: (m: RegExpExecArray) => readonly [number, number];
  /** Whether the post tells the rule changed, gone or only asks about it there. */
  toldChanged: (text: string, start: number, end: number) => boolean;
}

export function staleStatements(text: string, statement: StaleStatement): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(statement.re, text)) {
    const [start, end] = statement.span ? statement.span(m) : [m.index, m.index + m[0].length];
    if (statement.toldChanged(text, start, end) || quotedInRefutation(text, start, end)) continue;
    if (!usedAsCurrent(text, start, end, statement.supersededOn)) continue;
    out.push(supersededAsCurrent(start, end, statement.message, statement.suggestion));
  }
  return out;
}

/**
 * The `toldChanged` of a statement read in its sentence: the rule is told changed, gone or asked
 * about when `changed` matches the sentence, and the statement is not this rule's at all when
 * `subject` (the rule's own word: 个人所得税, 档案) is missing — from the sentence, or, with
 * `subjectReach`, from that many characters before the statement up to its end.
 */
export function toldInSentence(
  changed: RegExp,
  subject?: RegExp,
  subjectReach?: number,
): StaleStatement['toldChanged'] {
  return (text, start, end) => {
    const sentence = text.slice(...sentenceAround(text, start, end));
    if (subject) {
      const where = subjectReach ? text.slice(Math.max(0, start - subjectReach), end) : sentence;
      if (!subject.test(where)) return true;
    }
    return changed.test(sentence);
  };
}

/** A full date closing the post, as a letter or a reply is signed: …感谢您的关心和支持！2018年10月10日. */
const SIGNED = /((?:19|20)[0-9]{2})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日[\s。.]*$/;

/**
 * Whether the post is signed with a date before the rule changed on `supersededOn` (after final214):
 * a reply or a letter of its day tells that day's rule.
 */
export function signedBefore(text: string, supersededOn: string): boolean {
  const m = SIGNED.exec(text.slice(-24));
  return m !== null && Number(m[1]) < Number(supersededOn.slice(0, 4));
}
