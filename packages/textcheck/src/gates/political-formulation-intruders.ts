// A closed Party formulation listed with a wrong member (after heldout-final187 and final189: 政治意识、
// 大局意识、核心意识、责任意识; 增强“四个意识”——政治意识、大局意识、核心意识、服务意识). A run of four
// items of the formulation's shape (X意识, X自信) with three of its members is the formulation, so the
// fourth is an intruder; a run right after the formulation's name (“四个意识”——…, 四个全面即…) or right
// before it (自治、法治、德治“三治融合”) is it whatever its length. Left alone: the right members in any
// order (fixed-sequences.ts ranks them), prose lists with fewer members (增强宗旨意识、服务意识、
// 责任意识) and longer lists that add to the four without naming them (政治意识、大局意识、核心意识、
// 看齐意识、责任意识).
// After final203 and final204, two more: the energy strategy's 四个革命 (能源消费革命、能源供给革命、
// 能源技术革命、能源体制革命 — 能源价格革命 is none; the 四个革命、一个合作 new energy security
// strategy, sixth meeting of the Central Leading Group for Financial and Economic Affairs, 13 June
// 2014) and science's 四个面向 (面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康 —
// 面向人民群众 is none; speech at the scientists' symposium of 11 September 2020).
// After final206, the water policy's 十六字治水思路 (节水优先、空间均衡、系统治理、两手发力 — 统筹兼顾 is none;
// speech at the fifth meeting of the Central Leading Group for Financial and Economic Affairs, 14 March
// 2014), read only with its name beside the run (…两手发力”治水思路, 十六字治水思路：…).
// After final211 to final213, three more: the 五位一体 overall plan (经济建设、政治建设、文化建设、社会建设、
// 生态文明建设 — 法治建设 is none; report to the 18th National Congress, 2012), read by shape when
// all five are listed with one replaced (党的建设, listed beside the five, is never an intruder); the
// 四好农村路 (建好、管好、护好、运营好农村公路 — 用好 is none; General Secretary Xi's instruction of
// 2014, Ministry of Transport 《关于推进“四好农村路”建设的意见》, 交公路发〔2015〕73号), read only
// with 农村公路/四好农村路 beside the run; and the twelve words of the 社会主义核心价值观 (… 诚信、友善 —
// 友爱 is none; 中办《关于培育和践行社会主义核心价值观的意见》, 2013), read when a run of two-character
// words holds eight of them and one stranger — fixed-sequences.ts only ranks the members, so a
// replaced word passed it.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

interface Family {
  name: string;
  members: readonly string[];
  /** A run of items of the family's shape. */
  run: RegExp;
  /** One item of a run. */
  item: RegExp;
  /** Whether four items with three members make the formulation without its name. */
  byShape: boolean;
  /** Whether only a run of as many items as members is the formulation (not a longer list of tasks). */
  exact?: boolean;
  /** Other names that make a run the formulation when beside it (农村公路 for 四好农村路). */
  aliases?: readonly string[];
  /** Fewest distinct members that make a run with one stranger the formulation without its name. */
  shapeMembers?: number;
  /** How many members the message lists (四个全面: the first four, not the older wording). */
  listed?: number;
  /** Items listed beside the formulation that are never intruders (党的建设). */
  besides?: readonly string[];
}

const SEP = '[、，,]\\s*';
const shaped = (item: string): RegExp => guard(new RegExp(`${item}(?:${SEP}${item}){2,}`, 'g'));

const FAMILIES: readonly Family[] = [
  {
    name: '四个意识',
    members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    run: shaped('[\\u4e00-\\u9fa5]{2}意识'),
    item: /[\u4e00-\u9fa5]{2}意识/g,
    byShape: true,
  },
  {
    name: '四个自信',
    members: ['道路自信', '理论自信', '制度自信', '文化自信'],
    run: shaped('[\\u4e00-\\u9fa5]{2}自信'),
    item: /[\u4e00-\u9fa5]{2}自信/g,
    byShape: true,
  },
  {
    name: '四个全面',
    members: [
      '全面建设社会主义现代化国家',
      '全面建成小康社会',
      '全面深化改革',
      '全面依法治国',
      '全面从严治党',
    ],
    run: shaped('全面[\\u4e00-\\u9fa5]{2,13}'),
    item: /全面[\u4e00-\u9fa5]{2,13}/g,
    byShape: false,
    listed: 4,
  },
  {
    // after final197: 自治、法治、智治“三治融合” — 智治 belongs to the four of 四治融合, not the three
    name: '三治融合',
    members: ['自治', '法治', '德治'],
    run: shaped('[\\u4e00-\\u9fa5]治'),
    item: /[\u4e00-\u9fa5]治/g,
    byShape: false,
  },
  {
    // after final203: 能源消费革命、能源供给革命、能源技术革命、能源价格革命
    name: '四个革命',
    members: ['能源消费革命', '能源供给革命', '能源技术革命', '能源体制革命'],
    run: shaped('能源[\\u4e00-\\u9fa5]{2}革命'),
    item: /能源[\u4e00-\u9fa5]{2}革命/g,
    byShape: true,
  },
  {
    // after final204: “四个面向”，即面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民群众
    name: '四个面向',
    members: ['面向世界科技前沿', '面向经济主战场', '面向国家重大需求', '面向人民生命健康'],
    run: shaped('面向[\\u4e00-\\u9fa5]{2,8}'),
    item: /面向[\u4e00-\u9fa5]{2,8}/g,
    byShape: true,
  },
  {
    // after final206: “节水优先、统筹兼顾、系统治理、两手发力”治水思路
    name: '治水思路',
    members: ['节水优先', '空间均衡', '系统治理', '两手发力'],
    // listed with 、 only: a comma may end the list and run on into the sentence
    run: guard(/[\u4e00-\u9fa5]{4}(?:、\s*[\u4e00-\u9fa5]{4}){2,}/g),
    item: /[\u4e00-\u9fa5]{4}/g,
    byShape: false,
    exact: true,
  },
  {
    // after final213: 经济建设、政治建设、文化建设、法治建设、生态文明建设“五位一体”
    name: '五位一体',
    members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    run: shaped('(?:生态文明|[\\u4e00-\\u9fa5]{2})建设'),
    item: /(?:生态文明|[\u4e00-\u9fa5]{2})建设/g,
    byShape: false,
    shapeMembers: 4,
    besides: ['党的建设'],
  },
  {
    // after final211: 建好、管好、护好、用好农村公路
    name: '四好农村路',
    members: ['建好', '管好', '护好', '运营好'],
    run: shaped('(?:运营|[\\u4e00-\\u9fa5])好'),
    item: /(?:运营|[\u4e00-\u9fa5])好/g,
    byShape: false,
    aliases: ['农村公路'],
  },
  {
    // after final212: 爱国、敬业、诚信、友爱 as the core socialist values
    name: '社会主义核心价值观',
    members: [
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
    ],
    run: guard(/[\u4e00-\u9fa5]{2}(?:[、，,]\s*[\u4e00-\u9fa5]{2}(?=[^\u4e00-\u9fa5]|的|$)){7,}/g),
    item: /[\u4e00-\u9fa5]{2}/g,
    byShape: false,
    shapeMembers: 8,
  },
];

/** How far before a run the formulation's name may stand (“四个意识”——, 即). */
const NAME_REACH = 8;

export function findFormulationIntruders(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const family of FAMILIES) {
    for (const run of guardedMatches(family.run, text)) {
      const items = [...run[0].matchAll(family.item)].map((m) => ({
        text: m[0],
        start: run.index + m.index,
        member:
          family.members.some((member) => m[0].startsWith(member) || m[0].endsWith(member)) ||
          (family.besides?.includes(m[0]) ?? false),
      }));
      const members = new Set(items.filter((i) => i.member).map((i) => i.text)).size;
      const intruders = items.filter((i) => !i.member);
      if (intruders.length === 0) continue;
      if (family.exact && items.length !== family.members.length) continue;
      const end = run.index + run[0].length;
      const named = [family.name, ...(family.aliases ?? [])].some(
        (name) =>
          text.slice(Math.max(0, run.index - NAME_REACH - name.length), run.index).includes(name) ||
          text.slice(end, end + NAME_REACH + name.length).includes(name),
      );
      const byShape =
        (family.byShape && items.length === 4 && members === 3) ||
        (family.shapeMembers !== undefined &&
          members >= family.shapeMembers &&
          intruders.length === 1 &&
          items.length <= family.members.length);
      if (!byShape && !(named && members >= 2)) continue;
      for (const intruder of intruders)
        out.push({
          gate: 'political',
          rule: 'political.formulation-member',
          severity: 'warn',
          start: intruder.start,
          end: intruder.start + intruder.text.length,
          message: `“${family.name}”是${family.members.slice(0, family.listed).join('、')}，“${intruder.text}”不在其中，请核实`,
        });
    }
  }
  return out;
}
