// The result vocabulary of the checking engine: gates, severities and findings.

/** The review gates (PUB-3, MON-3). Every finding belongs to exactly one. */
export const GATES = [
  'political',
  'legal',
  'policy',
  'confidentiality',
  'text',
  'advertising',
  'opinion',
  'privacy',
  'coercion',
  'source',
  'hijack',
] as const;
export type Gate = (typeof GATES)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One problem in the input. `start`/`end` are UTF-16 offsets into the input exactly as given
 * (text or HTML), so `input.slice(start, end)` is the offending text.
 */
export interface Finding {
  gate: Gate;
  /** Stable rule id, e.g. `advertising.absolute-term`. */
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** The offending text, `input.slice(start, end)`. */
  excerpt: string;
  /** Explanation for the editor, in Chinese. */
  message: string;
  /** Replacement for the span, when one exists. */
  suggestion?: string;
}

/**
 * A detector for the text gate (typos and wrong words). It lives behind this interface so that
 * the console can run every other gate locally and leave this one to the server when the
 * detector's model is too large for a browser tab.
 */
export interface TextGateDetector {
  detect(text: string): Finding[];
}
