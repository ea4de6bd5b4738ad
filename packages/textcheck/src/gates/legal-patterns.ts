// The pattern families of the legal gate that run as one list and are regraded alike (warnings and
// enforcement reports only inform): illegal trade, vice, fraud, violence and weapons, cults and
// discrimination (one module each).
import type { PatternRule } from './pattern-findings.ts';
import { LEGAL_FRAUD_PATTERNS } from './legal-fraud-patterns.ts';
import { LEGAL_SOCIAL_PATTERNS } from './legal-social-patterns.ts';
import { LEGAL_TRADE_PATTERNS } from './legal-trade-patterns.ts';
import { LEGAL_VICE_PATTERNS } from './legal-vice-patterns.ts';
import { LEGAL_VIOLENCE_PATTERNS } from './legal-violence-patterns.ts';

export const LEGAL_PATTERNS: readonly PatternRule[] = [
  ...LEGAL_TRADE_PATTERNS,
  ...LEGAL_VICE_PATTERNS,
  ...LEGAL_FRAUD_PATTERNS,
  ...LEGAL_VIOLENCE_PATTERNS,
  ...LEGAL_SOCIAL_PATTERNS,
];
