// What every gate receives: the document, the one lexicon scan of it, and the compiled rules.
import type { Finding, Gate, TextGateDetector } from '../finding.ts';
import type { HtmlDocument } from '../html/html-document.ts';
import type { DivisionIndex } from '../rules/divisions.ts';
import type { LexiconIndex } from '../rules/lexicon-index.ts';
import type { ScanResult, Span } from '../rules/lexicon-scan.ts';
import type { ProximityRule, RuleTables } from '../rules/types.ts';

/** The input as given (`source`) and the text the gates read, with a map between them. */
export interface CheckDocument {
  source: string;
  text: string;
  toSource(start: number, end: number): Span;
  html?: HtmlDocument;
}

/** Rules compiled once by `createChecker` and shared by every check. */
export interface CompiledRules {
  tables: RuleTables;
  index: LexiconIndex;
  proximity: readonly ProximityRule[];
  divisions: DivisionIndex;
  commercialDomains: ReadonlySet<string>;
  /** Known illegal host or registrable domain → 'known'; a host with a suspicious fragment → 'suspected'. */
  classifyHost(hostname: string, domain: string): 'known' | 'suspected' | undefined;
  textGateDetector?: TextGateDetector;
  /** The checker's date (YYYY-MM-DD): the year a post's anniversaries are counted to. */
  asOf?: string;
}

export interface GateContext {
  doc: CheckDocument;
  scan: ScanResult;
  rules: CompiledRules;
  repostSource?: string;
}

/**
 * A finding before offsets are mapped: `start`/`end` are offsets into `doc.text`, unless
 * `inSource` says they already point into the input as given (HTML structure findings).
 */
export interface GateFinding extends Omit<Finding, 'excerpt'> {
  inSource?: boolean;
}

export type GateCheck = (ctx: GateContext) => GateFinding[];

/** Names of the context-word groups indexed by the lexicon scan. */
export const contextGroup = (name: string): string => `ctx:${name}`;

const SENTENCE_END = /[。！？!?\n]/;

/** Whether the text holds any word of the context group at all (a cheap test before a search). */
export function hasContext(ctx: GateContext, name: string): boolean {
  return (ctx.scan.groups.get(contextGroup(name))?.length ?? 0) > 0;
}

/** A device's reminder feature (定时提醒, 自动提醒, 提醒功能): no office warns of anything. */
const DEVICE_REMINDER_BEFORE = /(?:定时|自动|智能|语音|闹钟|震动|振动)$/;

/**
 * 反映 as "depict" (全面反映我市…新格局, after final210), not a complaint made (群众反映).
 */
const DEPICTS_BEFORE = /(?:全面|充分|生动|直观|客观)$/;

/**
 * Enforcement words that name no enforcement: 物体打击, a kind of work accident (物体打击事故), and
 * 打击乐, percussion; a reminder that is a device's feature; 反映 as what a work depicts.
 */
function notEnforcement(text: string, s: Span): boolean {
  const word = text.slice(s.start, s.end);
  const before = text.slice(Math.max(0, s.start - 2), s.start);
  if (word === '打击') return before === '物体' || text.charAt(s.end) === '乐';
  if (word === '提醒') return DEVICE_REMINDER_BEFORE.test(before) || text.startsWith('功能', s.end);
  if (word === '反映') return DEPICTS_BEFORE.test(before);
  return false;
}

/**
 * Whether a term of a context group lies within `reach` characters of a span — and, with
 * `sameSentence`, with no sentence end between them.
 */
export function nearContext(
  ctx: GateContext,
  name: string,
  span: Span,
  reach: number,
  sameSentence = false,
): boolean {
  const spans = ctx.scan.groups.get(contextGroup(name)) ?? [];
  return spans.some((s) => {
    if (s.end <= span.start - reach || s.start >= span.end + reach) return false;
    if (name === 'enforcement' && notEnforcement(ctx.doc.text, s)) return false;
    if (!sameSentence) return true;
    const from = Math.min(s.end, span.end);
    const to = Math.max(s.start, span.start);
    return from >= to || !SENTENCE_END.test(ctx.doc.text.slice(from, to));
  });
}

export type GateRegistry = Record<Gate, GateCheck>;
