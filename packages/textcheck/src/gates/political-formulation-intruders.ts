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
// After final214 and final216, two more. The three spirits of labour of the speech at the national
// conference commending model workers and advanced workers (24 November 2020): 劳模精神 (爱岗敬业、
// 争创一流、艰苦奋斗、勇于创新、淡泊名利、甘于奉献), 劳动精神 (崇尚劳动、热爱劳动、辛勤劳动、诚实劳动) and
// 工匠精神 (执着专注、精益求精、一丝不苟、追求卓越), read with a spirit's name beside the run: only a
// sibling spirit's member is its intruder (勇于创新的工匠精神), the writer's own words are not (敬业、
// 精益、专注、创新), and a run beside two of the names is read as neither. And the training words given
// with the flag to the 中国人民警察 (26 August 2020: 对党忠诚、服务人民、执法公正、纪律严明 — 执法为民 is
// none), read with 训词 or 总要求 beside a run of exactly four that holds three of them: the fire and
// rescue force's 对党忠诚、纪律严明、赴汤蹈火、竭诚为民 holds two, and the older core values of the police
// (忠诚、为民、公正、廉洁) are words of two characters.
import { CORE_SOCIALIST_VALUES } from './fixed-sequences.ts';
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

interface Sibling {
  name: string;
  members: readonly string[];
}

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
  /**
   * Sibling formulations (the spirits of labour): only their members are intruders, and a run
   * beside a sibling's name too is read as none of them.
   */
  siblings?: readonly Sibling[];
  /** Fewest distinct members that make a run beside the name the formulation (2 unless given). */
  namedMembers?: number;
}

const SEP = '[、，,]\\s*';
const shaped = (item: string): RegExp => guard(new RegExp(`${item}(?:${SEP}${item}){2,}`, 'g'));
/** Items of four characters listed with 、 only: a comma may end the list and run on into the sentence. */
const FOUR_CHARACTER_RUN = guard(/[\u4e00-\u9fa5]{4}(?:、\s*[\u4e00-\u9fa5]{4}){2,}/g);
const FOUR_CHARACTERS = /[\u4e00-\u9fa5]{4}/g;

/** The three spirits of labour (speech of 24 November 2020), each the others' sibling. */
const LABOUR_SPIRITS: readonly Sibling[] = [
  {
    name: '劳模精神',
    members: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
  },
  { name: '劳动精神', members: ['崇尚劳动', '热爱劳动', '辛勤劳动', '诚实劳动'] },
  { name: '工匠精神', members: ['执着专注', '精益求精', '一丝不苟', '追求卓越'] },
];

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
    run: FOUR_CHARACTER_RUN,
    item: FOUR_CHARACTERS,
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
    members: CORE_SOCIALIST_VALUES,
    run: guard(/[\u4e00-\u9fa5]{2}(?:[、，,]\s*[\u4e00-\u9fa5]{2}(?=[^\u4e00-\u9fa5]|的|$)){7,}/g),
    item: /[\u4e00-\u9fa5]{2}/g,
    byShape: false,
    shapeMembers: 8,
  },
  // after final214: 执着专注、精益求精、一丝不苟、勇于创新的工匠精神
  ...LABOUR_SPIRITS.map((spirit): Family => ({
    name: spirit.name,
    members: spirit.members,
    run: FOUR_CHARACTER_RUN,
    item: FOUR_CHARACTERS,
    byShape: false,
    siblings: LABOUR_SPIRITS.filter((other) => other !== spirit),
  })),
  {
    // after final216: 授旗训词“对党忠诚、服务人民、执法为民、纪律严明”
    name: '人民警察授旗训词',
    members: ['对党忠诚', '服务人民', '执法公正', '纪律严明'],
    run: FOUR_CHARACTER_RUN,
    item: FOUR_CHARACTERS,
    byShape: false,
    exact: true,
    aliases: ['训词', '总要求'],
    namedMembers: 3,
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
      const intruders = items.filter(
        (i) =>
          !i.member &&
          (!family.siblings || family.siblings.some((other) => other.members.includes(i.text))),
      );
      if (intruders.length === 0) continue;
      if (family.exact && items.length !== family.members.length) continue;
      const end = run.index + run[0].length;
      const beside = (names: readonly string[]) =>
        names.some(
          (name) =>
            text
              .slice(Math.max(0, run.index - NAME_REACH - name.length), run.index)
              .includes(name) || text.slice(end, end + NAME_REACH + name.length).includes(name),
        );
      const named = beside([family.name, ...(family.aliases ?? [])]);
      if (family.siblings && beside(family.siblings.map((other) => other.name))) continue;
      const byShape =
        (family.byShape && items.length === 4 && members === 3) ||
        (family.shapeMembers !== undefined &&
          members >= family.shapeMembers &&
          intruders.length === 1 &&
          items.length <= family.members.length);
      if (!byShape && !(named && members >= (family.namedMembers ?? 2))) continue;
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
