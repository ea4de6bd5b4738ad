/**
 * @module check
 * `createChecker` compiles the rule tables once (one automaton for every lexicon gate);
 * `check` reads a text or HTML page once and runs the requested gates over it.
 */
import shippedModel from '../lexicons/classifier/model.json' with { type: 'json' };
import { createClassifier } from './classifier/classify.ts';
import type { ClassifierModel } from './classifier/model.ts';
import { toDocument, type CheckInput } from './check-document.ts';
import type { Finding, Gate, TextGateDetector } from './finding.ts';
import { GATES, SEVERITIES } from './finding.ts';
import { compileRules } from './gates/compile-rules.ts';
import { GATE_CHECKS, type CheckDocument, type GateFinding } from './gates/index.ts';
import { LEARNED_BELOW, learnedFindings } from './gates/learned-findings.ts';
import type { NormalizeOptions } from './normalize/types.ts';
import { defaultTables } from './rules/default-tables.ts';
import { scanText } from './rules/lexicon-scan.ts';
import type {
  LexiconEntry,
  ProximityRule,
  RuleTables,
  SourceWhitelist,
  SupersededEntry,
} from './rules/types.ts';

export type { CheckInput } from './check-document.ts';

export interface CheckerOptions {
  /** Replaces every default table (e.g. tables loaded by `src/node/`); the options below still apply. */
  tables?: RuleTables;
  /** Lexicon entries added to the defaults. */
  entries?: LexiconEntry[];
  /** Allow-list terms added to the defaults: nothing inside them is reported. */
  allow?: string[];
  /** Proximity rules added to the defaults. */
  proximity?: ProximityRule[];
  /** Replaces the dated superseded-policy list. */
  superseded?: SupersededEntry[];
  /** Date (`YYYY-MM-DD`) the superseded list is read at; default today. */
  asOf?: string;
  /** Replaces parts of the repost-source whitelist. */
  sources?: Partial<SourceWhitelist>;
  /** Replaces the sound-alike variants handed to the normaliser. */
  soundAlike?: Array<[string, string]>;
  /** Domains added to the illegal-site and commercial lists. */
  illegalDomains?: string[];
  commercialDomains?: string[];
  /** Normaliser switches (all on by default). */
  normalize?: Omit<NormalizeOptions, 'soundAlike'>;
  /** The typo detector run inside the text gate, when given. */
  textGateDetector?: TextGateDetector;
  /**
   * The sentence classifier that flags what no rule of advertising, opinion, coercion, legal,
   * privacy or confidentiality found (warn past a margin, info below it); default the shipped
   * model, `false` for the rules alone.
   */
  classifier?: ClassifierModel | false;
}

export interface CheckOptions {
  /** Gates to run; default all. */
  gates?: readonly Gate[];
}

export interface CheckResult {
  findings: Finding[];
}

export interface Checker {
  check(input: CheckInput, options?: CheckOptions): CheckResult;
}

function mergeTables(base: RuleTables, options: CheckerOptions): RuleTables {
  return {
    ...base,
    entries: options.entries ? [...base.entries, ...options.entries] : base.entries,
    allow: options.allow ? [...base.allow, ...options.allow] : base.allow,
    proximity: options.proximity ? [...base.proximity, ...options.proximity] : base.proximity,
    superseded: options.superseded ?? base.superseded,
    sources: { ...base.sources, ...options.sources },
    soundAlike: options.soundAlike ?? base.soundAlike,
    illegalDomains: options.illegalDomains
      ? [...base.illegalDomains, ...options.illegalDomains]
      : base.illegalDomains,
    commercialDomains: options.commercialDomains
      ? [...base.commercialDomains, ...options.commercialDomains]
      : base.commercialDomains,
  };
}

const rank = (f: { severity: Finding['severity'] }) => SEVERITIES.indexOf(f.severity);

/**
 * Maps to source offsets; drops duplicates and findings nested in a same-gate finding at least as
 * severe; merges overlapping findings of one rule (澳门赌 + 赌场 → 澳门赌场).
 */
function finish(doc: CheckDocument, raw: GateFinding[]): Finding[] {
  const mapped = raw.map(({ inSource, ...f }) =>
    inSource ? f : { ...f, ...doc.toSource(f.start, f.end) },
  );
  mapped.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: Array<Omit<Finding, 'excerpt'>> = [];
  for (const f of mapped) {
    const shadowed = kept.some(
      (k) =>
        k.gate === f.gate &&
        k.start <= f.start &&
        k.end >= f.end &&
        rank(k) <= rank(f) &&
        (k.end - k.start > f.end - f.start || k.rule === f.rule || rank(k) < rank(f)),
    );
    if (shadowed) continue;
    const overlapping = kept.find((k) => k.rule === f.rule && k.gate === f.gate && k.end > f.start);
    if (!overlapping) {
      kept.push(f);
      continue;
    }
    overlapping.end = Math.max(overlapping.end, f.end);
    if (rank(f) < rank(overlapping)) overlapping.severity = f.severity;
    delete overlapping.suggestion;
  }
  return kept.map((f) => ({ ...f, excerpt: doc.source.slice(f.start, f.end) }));
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const tables = mergeTables(options.tables ?? defaultTables(), options);
  const compileOptions = {
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    normalize: options.normalize ?? {},
  };
  const rules = compileRules(
    tables,
    options.textGateDetector
      ? { ...compileOptions, textGateDetector: options.textGateDetector }
      : compileOptions,
  );
  const model =
    options.classifier === false
      ? undefined
      : (options.classifier ?? (shippedModel as ClassifierModel));
  const classifier = model && createClassifier(model, LEARNED_BELOW);
  return {
    check(input, checkOptions = {}) {
      const doc = toDocument(input);
      const ctx = {
        doc,
        scan: scanText(rules.index, doc.text),
        rules,
        ...(input.repostSource !== undefined ? { repostSource: input.repostSource } : {}),
      };
      const gates = checkOptions.gates ?? GATES;
      const raw = gates.flatMap((gate) => GATE_CHECKS[gate](ctx));
      // The classifier scores each sentence for all its gates at once: run it if one is asked for.
      if (classifier && model && gates.some((gate) => model.gates.includes(gate))) {
        raw.push(...learnedFindings(classifier, model, doc.text, gates, raw));
      }
      return { findings: finish(doc, raw) };
    },
  };
}
