// Which literal strings a regular expression cannot match without: from its syntax tree, a set of
// strings such that every match contains at least one of them (the prefilter idea of RE2 and
// Hyperscan). A text containing none of them cannot match, so the expression need not run on it.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** Largest set of exact strings kept before a sequence is cut into separate runs. */
const MAX_EXACT = 64;
/** Largest character class spelled out into its characters. */
const MAX_CLASS = 16;
/** Largest character class spelled out as the first characters of a match. */
const MAX_START_CLASS = 32;
/** Larger required sets are not worth a lookup: the expression just runs. */
const MAX_REQUIRED = 512;

/**
 * What is known about the strings a node matches. `exact`: it matches exactly one of these
 * (`''` for zero-width or optional parts). `required`: every match contains one of these.
 * Both null: nothing is known.
 */
interface Info {
  exact: Set<string> | null;
  required: Set<string> | null;
}

const UNKNOWN: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

/** A set every match must contain one of, from what is known about a node. */
function requiredOf(info: Info): Set<string> | null {
  if (info.exact && !info.exact.has('')) return info.exact;
  return info.required;
}

/** The more selective of two required sets: longer shortest literal, then fewer literals. */
function moreSelective(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function union(infos: Info[]): Info {
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact && info.exact) for (const s of info.exact) exact.add(s);
    else exact = null;
    const r = requiredOf(info);
    if (required && r) for (const s of r) required.add(s);
    else required = null;
  }
  if (exact && exact.size > MAX_EXACT) exact = null;
  return { exact, required };
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence: runs of exact parts are spelled out; the most selective run or part is required. */
function sequence(infos: Info[]): Info {
  let run: Set<string> | null = new Set(['']);
  let whole = true;
  let best: Set<string> | null = null;
  for (const info of infos) {
    const joined: Set<string> | null = run && info.exact ? product(run, info.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    if (run) best = moreSelective(best, requiredOf({ exact: run, required: null }));
    best = moreSelective(best, requiredOf(info));
    run = info.exact ? new Set(info.exact) : null;
  }
  if (whole) return { exact: run, required: null };
  if (run) best = moreSelective(best, requiredOf({ exact: run, required: null }));
  return { exact: null, required: best };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  if (min === 0 && max === 1 && info.exact) return union([info, EMPTY]);
  if (min === 0) return max === 0 ? EMPTY : UNKNOWN;
  return { exact: null, required: requiredOf(info) };
}

/** The ten characters `\d` matches, with or without the u flag. */
const DIGITS = [...'0123456789'];

/** DIGITS for `\d`, or null for another node. */
function digitsOf(node: AST.Node): string[] | null {
  return node.type === 'CharacterSet' && node.kind === 'digit' && !node.negate ? DIGITS : null;
}

function characterClass(node: AST.CharacterClass, limit = MAX_CLASS): Info {
  if (node.negate || node.unicodeSets) return UNKNOWN;
  const chars = new Set<string>();
  for (const element of node.elements) {
    const digits = digitsOf(element);
    if (digits) for (const digit of digits) chars.add(digit);
    else if (element.type === 'Character') chars.add(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value >= limit) return UNKNOWN;
      for (let c = element.min.value; c <= element.max.value; c++) {
        chars.add(String.fromCodePoint(c));
      }
    } else return UNKNOWN;
  }
  return chars.size > 0 && chars.size <= limit ? { exact: chars, required: null } : UNKNOWN;
}

function analyse(node: AST.Node): Info {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
      return union(node.alternatives.map(analyse));
    case 'Group':
      return node.modifiers ? UNKNOWN : union(node.alternatives.map(analyse));
    case 'Alternative':
      return sequence(node.elements.map(analyse));
    case 'Quantifier':
      return repeat(analyse(node.element), node.min, node.max);
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value)]), required: null };
    case 'CharacterClass':
      return characterClass(node);
    case 'CharacterSet': {
      const digits = digitsOf(node);
      return digits ? { exact: new Set(digits), required: null } : UNKNOWN;
    }
    case 'Assertion':
      return EMPTY;
    default:
      return UNKNOWN;
  }
}

/**
 * Literals of which every match of `re` contains at least one, or null when no useful set is
 * known (case-insensitive expressions, sets that could match anywhere or are too large).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i')) return null;
  const required = requiredOf(analyse(parseRegExpLiteral(re).pattern));
  if (!required || required.size > MAX_REQUIRED || required.has('')) return null;
  return [...required];
}

/** Largest set of first strings kept: beyond it, a match may start almost anywhere. */
const MAX_STARTS = 256;

/** Whether a node can match the empty string (conservatively: true when unsure). */
function mayBeEmpty(node: AST.Node): boolean {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
      return node.alternatives.some(mayBeEmpty);
    case 'Alternative':
      return node.elements.every(mayBeEmpty);
    case 'Quantifier':
      return node.min === 0 || mayBeEmpty(node.element);
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return false;
    default:
      return true;
  }
}

/** An assertion, or a group of nothing but assertions ((?:^|(?<=[，。]))): it matches no character. */
function zeroWidth(node: AST.Node): boolean {
  if (node.type === 'Assertion') return true;
  if (node.type !== 'Group' && node.type !== 'CapturingGroup') return false;
  return node.alternatives.every((alternative) => alternative.elements.every(zeroWidth));
}

/**
 * Starts of a sequence of elements. Parts that may match nothing ((中国)?教育部, (?:各类)?证书) add
 * their own starts to those of what follows them.
 */
function startsOfSequence(elements: readonly AST.Node[]): Set<string> | null {
  const first = elements[0];
  if (!first) return null;
  if (mayBeEmpty(first)) {
    const own = startsOf(first.type === 'Quantifier' ? first.element : first);
    const rest = own && startsOfSequence(elements.slice(1));
    if (!own || !rest) return null;
    const out = new Set([...own, ...rest]);
    return out.size <= MAX_STARTS ? out : null;
  }
  // A leading run of exact parts is spelled out (家住, 住址), as far as it stays small.
  let run: Set<string> | null = new Set(['']);
  for (const element of elements) {
    const info = analyse(element);
    if (!info.exact || info.exact.has('')) break;
    const longer: Set<string> | null = product(run, info.exact);
    if (!longer) break;
    run = longer;
  }
  return run.has('') ? startsOf(first) : run;
}

/** Strings one of which every match of the node begins with, or null when unknown. */
function startsOf(node: AST.Node): Set<string> | null {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group': {
      if (node.type === 'Group' && node.modifiers) return null;
      const out = new Set<string>();
      for (const alternative of node.alternatives) {
        const starts = startsOf(alternative);
        if (!starts) return null;
        for (const start of starts) out.add(start);
      }
      return out.size <= MAX_STARTS ? out : null;
    }
    case 'Alternative':
      // Zero-width parts before the first element look around it; they start nothing.
      return startsOfSequence(
        node.elements.filter((element, i) =>
          node.elements.slice(0, i + 1).some((e) => !zeroWidth(e)),
        ),
      );
    case 'Quantifier':
      return node.min >= 1 ? startsOf(node.element) : null;
    case 'Character':
      return new Set([String.fromCodePoint(node.value)]);
    case 'CharacterClass': {
      // A match may begin with any of a larger class (the digits and numerals of 3瓶立减…).
      const info = characterClass(node, MAX_START_CLASS);
      return info.exact && !info.exact.has('') ? info.exact : null;
    }
    case 'CharacterSet': {
      const digits = digitsOf(node);
      return digits ? new Set(digits) : null;
    }
    default:
      return null;
  }
}

/**
 * Strings one of which every match of `re` begins with (at the match's index), or null when no
 * such set is known: then a match can start only where one of them occurs.
 */
export function startLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i')) return null;
  const starts = startsOf(parseRegExpLiteral(re).pattern);
  if (!starts || starts.size === 0) return null;
  // A literal that another one begins (住址 of 住址：) says nothing more where a match can start.
  return [...starts].filter(
    (literal) => ![...starts].some((other) => other !== literal && literal.startsWith(other)),
  );
}

/** The most UTF-16 units a node can match (Infinity when unbounded). */
function maxUnits(node: AST.Node, unicode: boolean): number {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
      return Math.max(0, ...node.alternatives.map((a) => maxUnits(a, unicode)));
    case 'Alternative':
      return node.elements.reduce((sum, element) => sum + maxUnits(element, unicode), 0);
    case 'Quantifier':
      return node.max === 0 ? 0 : node.max * maxUnits(node.element, unicode);
    case 'Character':
      return node.value > 0xffff ? 2 : 1;
    case 'CharacterClass':
      // Under the v flag a class may hold strings; under u it may match an astral character.
      return node.unicodeSets ? Infinity : unicode ? 2 : 1;
    case 'CharacterSet':
      // \S, \D, \W, . and \p{…} may match an astral character under u; \s, \d, \w never do.
      return unicode && (node.kind === 'any' || node.kind === 'property' || node.negate) ? 2 : 1;
    case 'Assertion':
      return 0;
    case 'Backreference': {
      const groups = Array.isArray(node.resolved) ? node.resolved : [node.resolved];
      return Math.max(0, ...groups.map((group) => maxUnits(group, unicode)));
    }
    default:
      return Infinity;
  }
}

/**
 * The longest match `re` can make, in UTF-16 units (Infinity when unbounded). A match holding a
 * required literal then begins at most this far before the literal's end.
 */
export function maxMatchLength(re: RegExp): number {
  return maxUnits(parseRegExpLiteral(re).pattern, re.unicode || re.flags.includes('v'));
}
