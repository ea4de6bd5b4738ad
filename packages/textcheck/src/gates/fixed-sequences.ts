// Official formulations whose items have a fixed order: the 四个自信 (道路、理论、制度、文化), the
// twelve words of the 社会主义核心价值观 (富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、
// 诚信、友善), the 四个意识, the 五位一体 construction, the 新发展理念, the 乡村振兴 requirements, the 四个全面,
// the leading bodies by rank (中共中央、国务院; 市委、市人大常委会、市政府、市政协), the two central general
// offices that issue jointly in the same rank (中共中央办公厅、国务院办公厅; 中办、国办) and the three
// offices of the country's leader (中共中央总书记、国家主席、中央军委主席). Local general offices
// (市政府办公室、市委办公室) are left alone: they are not the leading bodies themselves. A
// run of the items written one after the other (separated by 、，, quotes or nothing) in another
// order is the formulation misquoted. A run needs enough of the items that it is the formulation and
// not prose that happens to use two or three of the words (营造友善、文明、和谐的氛围).
import { guard, guardedMatches } from './regex-guard.ts';

/**
 * The twelve words of the 社会主义核心价值观 in their order, four for the country, four for society and
 * four for the citizen (中办《关于培育和践行社会主义核心价值观的意见》, 2013); also read for a replaced
 * word (political-formulation-intruders.ts).
 */
export const CORE_SOCIALIST_VALUES: readonly string[] = [
  '富强',
  '民主',
  '文明',
  '和谐',
  '自由',
  '平等',
  '公正',
  '法治',
  '爱国',
  '敬业',
  '诚信',
  '友善',
];

interface FixedSequence {
  name: string;
  items: readonly string[];
  /** Fewest distinct items a run needs. */
  least: number;
  /** Text that must follow the run (the short form 道路、理论、制度、文化自信). */
  followedBy?: RegExp;
  /** Other words for an item, ranked as the item (市人大 as 市人大常委会). */
  variants?: Readonly<Record<string, string>>;
}

/** A place's four leading bodies at one level, in rank order. */
const fourBodies = (level: string): FixedSequence => ({
  name: `${level}委、${level}人大常委会、${level}政府、${level}政协`,
  items: [`${level}委`, `${level}人大常委会`, `${level}政府`, `${level}政协`],
  least: 2,
  variants: { [`${level}人大`]: `${level}人大常委会` },
});

const SEQUENCES: readonly FixedSequence[] = [
  {
    name: '道路自信、理论自信、制度自信、文化自信',
    items: ['道路自信', '理论自信', '制度自信', '文化自信'],
    least: 3,
  },
  {
    name: '道路、理论、制度、文化自信',
    items: ['道路', '理论', '制度', '文化'],
    least: 4,
    followedBy: /^自信/,
  },
  {
    name: [0, 4, 8].map((at) => CORE_SOCIALIST_VALUES.slice(at, at + 4).join('、')).join('，'),
    items: CORE_SOCIALIST_VALUES,
    least: 4,
  },
  {
    name: '政治意识、大局意识、核心意识、看齐意识',
    items: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    least: 3,
  },
  {
    name: '经济建设、政治建设、文化建设、社会建设、生态文明建设',
    items: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    least: 4,
  },
  {
    name: '创新、协调、绿色、开放、共享',
    items: ['创新', '协调', '绿色', '开放', '共享'],
    least: 5,
  },
  {
    name: '产业兴旺、生态宜居、乡风文明、治理有效、生活富裕',
    items: ['产业兴旺', '生态宜居', '乡风文明', '治理有效', '生活富裕'],
    least: 4,
  },
  {
    // The 四个全面: the first item is 全面建设社会主义现代化国家 since 2020, 全面建成小康社会 before.
    name: '全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党',
    items: [
      '全面建设社会主义现代化国家',
      '全面建成小康社会',
      '全面深化改革',
      '全面依法治国',
      '全面从严治党',
    ],
    least: 3,
  },
  {
    name: '中共中央、国务院',
    items: ['中共中央', '国务院'],
    least: 2,
    variants: { 党中央: '中共中央' },
  },
  {
    // The two central general offices, which issue jointly with the party's first (中办、国办 印发).
    name: '中共中央办公厅、国务院办公厅',
    items: ['中共中央办公厅', '国务院办公厅'],
    least: 2,
    variants: {
      中央办公厅: '中共中央办公厅',
      党中央办公厅: '中共中央办公厅',
      中办: '中共中央办公厅',
      国办: '国务院办公厅',
    },
  },
  {
    name: '中共中央总书记、国家主席、中央军委主席',
    items: ['中共中央总书记', '国家主席', '中央军委主席'],
    least: 2,
    variants: { 中华人民共和国主席: '国家主席', 中央军事委员会主席: '中央军委主席' },
  },
  {
    name: '中央纪委国家监委',
    items: ['中央纪委', '国家监委'],
    least: 2,
  },
  ...['省', '市', '县', '区', '州'].map(fourBodies),
];

/** What may stand between two items of a run. */
const GAP = /^[、，,\s“”"‘’「」]{0,4}$/;

const compiled = SEQUENCES.map((s) => ({
  ...s,
  re: guard(
    new RegExp(
      [...s.items, ...Object.keys(s.variants ?? {})].sort((a, b) => b.length - a.length).join('|'),
      'g',
    ),
  ),
}));

export interface MisorderedSequence {
  start: number;
  end: number;
  /** The formulation in its official order. */
  name: string;
}

/** Runs of a fixed formulation's items in an order other than the official one. */
export function findMisorderedSequences(text: string): MisorderedSequence[] {
  const out: MisorderedSequence[] = [];
  for (const seq of compiled) {
    let run: Array<{ index: number; start: number; end: number }> = [];
    const flush = () => {
      const distinct = new Set(run.map((r) => r.index));
      const ordered = run.every((r, i) => i === 0 || r.index > run[i - 1]!.index);
      const last = run[run.length - 1];
      if (
        last &&
        distinct.size >= seq.least &&
        !ordered &&
        (!seq.followedBy || seq.followedBy.test(text.slice(last.end)))
      )
        out.push({ start: run[0]!.start, end: last.end, name: seq.name });
      run = [];
    };
    for (const m of guardedMatches(seq.re, text)) {
      const item = {
        index: seq.items.indexOf(seq.variants?.[m[0]] ?? m[0]),
        start: m.index,
        end: m.index + m[0].length,
      };
      const prev = run[run.length - 1];
      if (prev && !GAP.test(text.slice(prev.end, item.start))) flush();
      run.push(item);
    }
    flush();
  }
  return out;
}
