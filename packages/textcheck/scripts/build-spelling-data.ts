// Builds the typo detector's word and confusion data under `lexicons/spelling/` from permissively
// licensed sources only: jieba's dictionary (MIT), ECSpell's official-writing vocabulary and
// confusion sets (MIT), pycorrector's confusion sets and wrong-word list (Apache-2.0).
// Wrong-word pairs whose wrong form occurs in any evaluation set are dropped, so that the
// evaluation numbers are not flattered by pairs mined from those sets.
//
// Usage: npx tsx packages/textcheck/scripts/build-spelling-data.ts [/work/shared/data]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SHARED = process.argv[2] ?? '/work/shared/data';
const OUT = fileURLToPath(new URL('../lexicons/spelling/', import.meta.url));
const require = createRequire(import.meta.url);
const JIEBA_DICT = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
const HAN = /^[\u3400-\u9fff]+$/u;
const MAX_WORD_LENGTH = 6;
/** Official-writing words missing from jieba get this count, a common mid-frequency word's. */
const OFFICIAL_DEFAULT_FREQ = 200;
/** jieba lists some frequent slips with small counts (再接再励 3); a wrong form more frequent than this is a real word. */
const WRONG_FORM_MAX_FREQ = 20;

const read = (path: string): string => readFileSync(path, 'utf8');
const lines = (path: string): string[] =>
  read(path)
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith('#'));

function buildWords(): Map<string, { freq: number; tag: string }> {
  const words = new Map<string, { freq: number; tag: string }>();
  for (const line of lines(JIEBA_DICT)) {
    const [word = '', freq = '0', tag = ''] = line.split(' ');
    if (HAN.test(word) && word.length <= MAX_WORD_LENGTH)
      words.set(word, { freq: Number(freq), tag });
  }
  const official = [
    ...lines(`${SHARED}/lexicons/official-writing/gongwen_xiezuo_wordlist.txt`).map(
      (l) => l.split('\t')[0] ?? '',
    ),
    ...lines(`${SHARED}/lexicons/official-writing/gongwen_xiezuo_vocab_short.txt`),
  ];
  for (const word of official.map((w) => w.trim())) {
    if (HAN.test(word) && word.length <= MAX_WORD_LENGTH && !words.has(word)) {
      words.set(word, { freq: OFFICIAL_DEFAULT_FREQ, tag: 'gw' });
    }
  }
  return words;
}

function buildConfusion(): Map<string, { near: Set<string>; far: Set<string> }> {
  const sets = new Map<string, { near: Set<string>; far: Set<string> }>();
  const entry = (c: string) => {
    let e = sets.get(c);
    if (!e) sets.set(c, (e = { near: new Set(), far: new Set() }));
    return e;
  };
  const add = (a: string, b: string, tier: 'near' | 'far') => {
    if (a === b || a.length !== 1 || b.length !== 1 || !HAN.test(a) || !HAN.test(b)) return;
    entry(a)[tier].add(b);
  };
  const confDir = `${SHARED}/spelling/confusion-sets`;
  for (const line of lines(`${confDir}/pycorrector_same_pinyin.txt`)) {
    const [c = '', sameTone = '', otherTone = ''] = line.split('\t');
    for (const d of sameTone) add(c, d, 'near');
    for (const d of otherTone) add(c, d, 'far');
  }
  for (const line of lines(`${confDir}/pycorrector_same_stroke.txt`)) {
    const group = line.split('\t').filter(Boolean);
    for (const a of group) for (const b of group) add(a, b, 'near');
  }
  for (const file of ['ecspell_soundConfusion.json', 'ecspell_shapeConfusion.json']) {
    const json = JSON.parse(read(`${confDir}/${file}`)) as Record<string, string[]>;
    for (const [c, list] of Object.entries(json)) for (const d of list) add(c, d, 'far');
  }
  for (const e of sets.values()) for (const d of e.near) e.far.delete(d);
  return sets;
}

function evaluationSources(): string {
  const spelling = `${SHARED}/spelling`;
  const texts: string[] = [];
  for (const dir of ['sighan15', 'ecspell', 'cscd-ns', 'lemon', 'midu2022', 'cctc']) {
    for (const f of readdirSync(`${spelling}/${dir}`)) {
      if (!f.endsWith('.md')) texts.push(read(`${spelling}/${dir}/${f}`).replace(/ /g, ''));
    }
  }
  return texts.join('\n');
}

function buildWrongWords(
  words: Map<string, { freq: number; tag: string }>,
): Array<[string, string, string]> {
  const evalText = evaluationSources();
  const pairs: Array<[string, string, string]> = [];
  const dir = `${SHARED}/spelling/common-misspellings`;
  const candidates: Array<[string, string, string]> = [
    ...lines(`${dir}/pycorrector_custom_confusion.txt`).map((l) => {
      const [w = '', r = ''] = l.split('\t');
      return [w, r, 'pycorrector'] as [string, string, string];
    }),
    ...lines(`${dir}/ecspell_common_wrong_words.txt`).map((l) => {
      const [r = '', w = ''] = l.split('-');
      return [w.trim(), r.trim(), 'ecspell'] as [string, string, string];
    }),
  ];
  for (const [wrong, right, source] of candidates) {
    if (!HAN.test(wrong) || !HAN.test(right) || wrong.length !== right.length || wrong.length < 2)
      continue;
    // pycorrector's list mixes classic idiom slips with sentence fragments from learners' essays
    // (SIGHAN-like, an evaluation genre): keep only its pairs whose right form is a known idiom.
    if (source === 'pycorrector' && words.get(right)?.tag !== 'i') continue;
    // Both spellings listed as idioms (暗度陈仓 / 暗渡陈仓): a variant, not a slip.
    if (words.get(wrong)?.tag === 'i') continue;
    if ((words.get(wrong)?.freq ?? 0) >= WRONG_FORM_MAX_FREQ || evalText.includes(wrong)) continue;
    pairs.push([wrong, right, source]);
  }
  return pairs;
}

function main(): void {
  const words = buildWords();
  const wordLines = [...words].map(
    ([w, { freq, tag }]) =>
      `${w}\t${freq}${tag === 'i' || tag === 'gw' || (tag === 'l' && w.length === 4) ? `\t${tag}` : ''}`,
  );
  writeFileSync(
    `${OUT}words.tsv`,
    `# Word counts for segmentation and candidate scoring. Source: jieba dict.txt (MIT, via @node-rs/jieba) and ECSpell 公文写作 word lists (MIT, tag gw). Columns: word, count, tag (i = idiom, l = four-character set phrase).\n${wordLines.join('\n')}\n`,
  );
  const confusion = buildConfusion();
  const confLines = [...confusion].map(
    ([c, e]) => `${c}\t${[...e.near].join('')}\t${[...e.far].join('')}`,
  );
  writeFileSync(
    `${OUT}confusion.tsv`,
    `# Character confusion sets. Source: pycorrector same_pinyin/same_stroke (Apache-2.0) and ECSpell sound/shape confusion (MIT). Columns: char, near (same sound and tone, or similar shape), far (other similar sound or shape).\n${confLines.join('\n')}\n`,
  );
  const wrong = buildWrongWords(words);
  writeFileSync(
    `${OUT}wrong-words.tsv`,
    `# Common wrong → right word pairs. Source: pycorrector custom_confusion.txt (Apache-2.0; idiom pairs only), ECSpell 常见错字错词 (MIT); pairs seen in evaluation sets removed. Columns: wrong, right, source.\n${wrong.map((p) => p.join('\t')).join('\n')}\n`,
  );
  console.log(`words ${words.size}, confusion ${confusion.size}, wrong-words ${wrong.length}`);
}

main();
