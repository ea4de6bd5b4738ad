// Derives fold.json and classes.json in this folder from the Lips7/Matcher process_map tables.
// Run once by hand: `npx tsx packages/textcheck/lexicons/normalization/derive.ts <process_map dir>`.
// The tables are shipped; this script documents exactly how they were produced.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: derive.ts <directory with the process_map tables of Lips7/Matcher>');
  process.exit(1);
}
const outDir = new URL('.', import.meta.url).pathname;
const PROVENANCE =
  'Derived by derive.ts from github.com/Lips7/Matcher matcher_rs/process_map @ 3e54ba0866591161edfc5bd1e7d800dfe692ade2 ' +
  '(VARIANT_NORM, NORM, NUM-NORM, TEXT-DELETE; generated upstream from OpenCC 1.2.0 and Unicode 15.1), MIT OR Apache-2.0; ' +
  'case mapping and script ranges from Unicode via Node ICU; boundary set is govmedia policy (Apache-2.0).';

function readPairs(file: string): [string, string][] {
  return readFileSync(join(sourceDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t') as [string, string]);
}

const isSingle = (s: string) => [...s].length === 1;
const isAstral = (s: string) => (s.codePointAt(0) ?? 0) > 0xffff;

// --- fold layers -------------------------------------------------------------------------------
const fullWidth: Record<string, string> = { '\u3000': ' ' };
for (let c = 0xff01; c <= 0xff5e; c++)
  fullWidth[String.fromCharCode(c)] = String.fromCharCode(c - 0xfee0);
const wideSigns = '￠¢￡£￢¬￣¯￤¦￥¥￦₩';
for (let i = 0; i < wideSigns.length; i += 2) fullWidth[wideSigns[i]!] = wideSigns[i + 1]!;

const simplified: Record<string, string> = {};
for (const [from, to] of readPairs('VARIANT_NORM.txt')) {
  if (!isSingle(from) || !isSingle(to)) continue;
  const cp = from.codePointAt(0)!;
  if (cp >= 0xff61 && cp <= 0xff9f)
    fullWidth[from] = to; // half-width katakana is a width variant
  else if (!isAstral(to)) simplified[from] = to; // astral simplified forms are absent from real dictionaries
}

const lowerCase: Record<string, string> = {};
for (let cp = 0; cp <= 0x1ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  if (lower !== ch && isSingle(lower)) lowerCase[ch] = lower;
}

const numbers: Record<string, string> = {};
for (const [from, to] of readPairs('NUM-NORM.txt')) {
  // Only number characters (①, Ⅻ, ４): ideographs such as 一, 陆, 伍 are ordinary words too.
  if (isSingle(from) && /^\p{N}$/u.test(from) && /^[0-9/.]+$/.test(to)) numbers[from] = to;
}

const lookAlike: Record<string, string> = {};
for (const [from, to] of readPairs('NORM.txt')) {
  if (!isSingle(from) || from.charCodeAt(0) < 0x80) continue; // ASCII only ever changes case
  if (fullWidth[from] !== undefined || lowerCase[from] === to || numbers[from] !== undefined)
    continue;
  if (/^\s+$/.test(to)) continue; // spacing diacritics folding to a space are noise, not letters
  lookAlike[from] = to;
}

writeFileSync(
  join(outDir, 'fold.json'),
  `{\n"provenance": ${JSON.stringify(PROVENANCE)},\n"layers": {\n${Object.entries({
    fullWidth,
    lowerCase,
    simplified,
    numbers,
    lookAlike,
  })
    .map(([name, map]) => `${JSON.stringify(name)}: ${JSON.stringify(Object.entries(map))}`)
    .join(',\n')}\n}\n}\n`,
);

// --- character classes -------------------------------------------------------------------------
const BOUNDARY = [
  '\n',
  '\r',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029', // line and paragraph breaks
  '。',
  '｡',
  '．',
  '，',
  '､',
  '、',
  '；',
  '：',
  '！',
  '？',
  '…',
  '‥', // Chinese sentence and clause marks
  ',',
  ';',
  '!',
  '?', // their ASCII forms, as typed in careless Chinese text
].map((c) => c.codePointAt(0)!);
const EXTRA_INVISIBLE = [0x115f, 0x1160, 0x3164, 0xffa0]; // Hangul fillers, used as invisible padding

const invisible: number[] = [...EXTRA_INVISIBLE];
const noise: number[] = [];
const whitespace: number[] = [];
for (const line of readFileSync(join(sourceDir, 'TEXT-DELETE.txt'), 'utf8').split('\n')) {
  if (!line.startsWith('U+')) continue;
  const cp = Number.parseInt(line.slice(2), 16);
  const ch = String.fromCodePoint(cp);
  if (BOUNDARY.includes(cp)) continue;
  // Symbols that stand for a letter, digit or ideograph (ⓐ, ⼈, ℃) are words in disguise.
  const plain = lookAlike[ch] ?? numbers[ch];
  if (/\p{So}/u.test(ch) && plain !== undefined && /[\p{L}\p{N}]/u.test(plain)) continue;
  if (/[\p{Cc}\p{Cf}\p{Mn}\p{Mc}\p{Me}]/u.test(ch) && !/[\t]/.test(ch)) invisible.push(cp);
  else if (cp >= 0x1f3fb && cp <= 0x1f3ff)
    invisible.push(cp); // emoji skin-tone modifiers
  else {
    noise.push(cp);
    if (/\s/u.test(ch)) whitespace.push(cp);
  }
}
const unspaced: number[] = [];
for (let cp = 0; cp <= 0x3ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u.test(
      String.fromCodePoint(cp),
    )
  ) {
    unspaced.push(cp);
  }
}

function toRanges(points: number[]): [number, number][] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of sorted) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

const classes = {
  invisible: toRanges(invisible),
  noise: toRanges(noise),
  whitespace: toRanges(whitespace),
  boundary: toRanges(BOUNDARY),
  unspaced: toRanges(unspaced),
};
writeFileSync(
  join(outDir, 'classes.json'),
  `{\n"provenance": ${JSON.stringify(PROVENANCE)},\n` +
    Object.entries(classes)
      .map(([name, ranges]) => `${JSON.stringify(name)}: ${JSON.stringify(ranges)}`)
      .join(',\n') +
    '\n}\n',
);
console.log(
  Object.fromEntries(
    Object.entries({ fullWidth, lowerCase, simplified, numbers, lookAlike }).map(([k, v]) => [
      k,
      Object.keys(v).length,
    ]),
  ),
  Object.fromEntries(Object.entries(classes).map(([k, v]) => [k, v.length])),
);
