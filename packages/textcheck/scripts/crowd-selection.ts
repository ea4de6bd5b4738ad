// Which crowd-sourced houbb terms become rules: the reviewed, low-false-alarm part of the list.
// Policy (DESIGN.md, "Crowd lexicon"): tagged terms only; at least three characters; never an
// ordinary word of jieba's dictionary (人民日报, 人大代表 are tagged too) or of the official-writing
// vocabulary (中国特色 is tagged 色情, 家政服务 political), and none containing an
// allow-listed word; political terms (tag 0) only from four characters; no bare dates; minus the
// reviewed exclusions. Illegal-category terms that carry a contact (出售…qq) are kept apart from
// bare nouns, which only inform.

/** Tag 4 (违法) terms that carry a contact (…qq, …电话) are spam offers; the rest (医师资格证) only inform. */
const TRADE = /qq|电话|微信|联系|tel/;
const TRADE_MIN_LENGTH = 5;
/** Dates and numbers tagged by the crowd (6月4日) are not content rules. */
const DATE_OR_NUMBER = /^[\d年月日号.-]+$/;

const CATEGORY_BY_TAG: Record<string, string> = {
  '0': 'political',
  '1': 'drugs',
  '2': 'porn',
  '3': 'gambling',
  '4': 'illegal',
};
/** Tags in order of preference when a term carries several. */
const TAG_PRIORITY = ['1', '2', '3', '4', '0'];

function ordinaryWords(jiebaDict: string): Set<string> {
  const words = new Set<string>();
  for (const line of jiebaDict.split('\n')) {
    const word = line.split(' ')[0];
    if (word && word.length >= 3) words.add(word);
  }
  return words;
}

/**
 * `allow` lists ordinary government words (干部, 政府, 烟草): a crowd term containing one is noise
 * (军转干部 is tagged 色情). `officialWords` are the words of official writing, ordinary too.
 */
export function selectCrowdTerms(
  tagsFile: string,
  exclude: readonly string[],
  jiebaDict: string,
  allow: readonly string[],
  officialWords: readonly string[],
): Array<[string, string]> {
  const excluded = new Set(exclude);
  const ordinary = ordinaryWords(jiebaDict);
  for (const word of officialWords) ordinary.add(word.toLowerCase());
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const line of tagsFile.split(/\r?\n/)) {
    const [rawTerm, rawTags] = line.trim().split(/\s+/);
    if (!rawTerm || !rawTags) continue;
    const term = rawTerm.toLowerCase();
    const tags = rawTags.split(',');
    const tag = TAG_PRIORITY.find((t) => tags.includes(t));
    if (!tag || seen.has(term) || excluded.has(term)) continue;
    const length = [...term].length;
    if (
      length < 3 ||
      (tag === '0' && length < 4) ||
      ordinary.has(term) ||
      DATE_OR_NUMBER.test(term) ||
      allow.some((word) => term.includes(word))
    )
      continue;
    seen.add(term);
    const category = CATEGORY_BY_TAG[tag] ?? 'illegal';
    out.push([
      term,
      category === 'illegal' && length >= TRADE_MIN_LENGTH && TRADE.test(term)
        ? 'illegal-trade'
        : category,
    ]);
  }
  return out;
}
