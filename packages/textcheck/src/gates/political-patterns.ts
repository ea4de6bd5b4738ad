// The pattern families of the political gate that run as one list: titles and body names, Hong
// Kong, Macao and Taiwan wording, discriminatory words, fixed formulations, history's years and the
// national flag, routes from Taiwan (one module each).
import type { PatternRule } from './pattern-findings.ts';
import { POLITICAL_DISCRIMINATION_PATTERNS } from './political-discrimination-patterns.ts';
import { POLITICAL_FORMULATION_PATTERNS } from './political-formulation-patterns.ts';
import { FORMULATION_WORDING_PATTERNS } from './political-formulation-wording.ts';
import { POLITICAL_HMT_PATTERNS } from './political-hmt-patterns.ts';
import { HISTORY_YEAR_PATTERNS } from './political-history-years.ts';
import { HISTORY_DATE_PATTERNS } from './political-history-dates.ts';
import { NATIONAL_FLAG_PATTERNS } from './political-national-flag.ts';
import { POLITICAL_TITLE_PATTERNS } from './political-title-patterns.ts';
import { TAIWAN_ROUTE_PATTERNS } from './political-taiwan-route.ts';

export const POLITICAL_PATTERNS: readonly PatternRule[] = [
  ...POLITICAL_TITLE_PATTERNS,
  ...POLITICAL_HMT_PATTERNS,
  ...POLITICAL_DISCRIMINATION_PATTERNS,
  ...POLITICAL_FORMULATION_PATTERNS,
  ...FORMULATION_WORDING_PATTERNS,
  ...HISTORY_YEAR_PATTERNS,
  ...HISTORY_DATE_PATTERNS,
  ...NATIONAL_FLAG_PATTERNS,
  ...TAIWAN_ROUTE_PATTERNS,
];
