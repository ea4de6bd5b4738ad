// The pattern families of the political gate that run as one list: titles and body names, Hong
// Kong, Macao and Taiwan wording, discriminatory words, fixed formulations (one module each).
import type { PatternRule } from './pattern-findings.ts';
import { POLITICAL_DISCRIMINATION_PATTERNS } from './political-discrimination-patterns.ts';
import { POLITICAL_FORMULATION_PATTERNS } from './political-formulation-patterns.ts';
import { POLITICAL_HMT_PATTERNS } from './political-hmt-patterns.ts';
import { POLITICAL_TITLE_PATTERNS } from './political-title-patterns.ts';

export const POLITICAL_PATTERNS: readonly PatternRule[] = [
  ...POLITICAL_TITLE_PATTERNS,
  ...POLITICAL_HMT_PATTERNS,
  ...POLITICAL_DISCRIMINATION_PATTERNS,
  ...POLITICAL_FORMULATION_PATTERNS,
];
