// A national or trade standard cited by an edition that a later one has replaced, as the ground of
// today's work: 检查依据《混凝土结构工程施工质量验收规范》GB 50204-2002, 严格按照JGJ 59-99进行安全检查,
// 出水水质符合GB 5749-2006. A standard's number stays and its year changes with each edition (GB
// 50204-2002 → GB 50204-2015); the old edition is void once the new one takes effect, so an
// inspection, an acceptance or a notice that cites it applies a dead rule. The table holds, per
// number, the year of the edition in force; any earlier edition of that number is reported (GB
// 50204-92 as well as -2002). Left alone: the edition in force or a later one, a number not in the
// table, and the old edition told as history or as replaced — a year in the sentence before the
// edition in force (该楼2005年按GB 50204-2002验收), or 原, 旧版, 废止, 代替, 修订 … in it.
// After heldout-final95.
import type { GateFinding } from './gate-context.ts';
import { SUPERSEDED_AS_CURRENT } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Number → [year of the edition in force, short name]. Written from the standards' own notices. */
const IN_FORCE: ReadonlyMap<string, readonly [number, string]> = new Map([
  ['GB 50204', [2015, '混凝土结构工程施工质量验收规范']],
  ['GB 50300', [2013, '建筑工程施工质量验收统一标准']],
  ['GB 50010', [2010, '混凝土结构设计规范']],
  ['GB 50011', [2010, '建筑抗震设计规范']],
  ['GB 50007', [2011, '建筑地基基础设计规范']],
  ['GB 50009', [2012, '建筑结构荷载规范']],
  ['GB 50017', [2017, '钢结构设计标准']],
  ['GB 50016', [2014, '建筑设计防火规范']],
  ['GB 50202', [2018, '建筑地基基础工程施工质量验收标准']],
  ['GB 50203', [2011, '砌体结构工程施工质量验收规范']],
  ['GB 50205', [2020, '钢结构工程施工质量验收标准']],
  ['GB 50207', [2012, '屋面工程质量验收规范']],
  ['GB 50208', [2011, '地下防水工程质量验收规范']],
  ['GB 50209', [2010, '建筑地面工程施工质量验收规范']],
  ['GB 50210', [2018, '建筑装饰装修工程质量验收标准']],
  ['GB 50303', [2015, '建筑电气工程施工质量验收规范']],
  ['GB 50352', [2019, '民用建筑设计统一标准']],
  ['GB 50180', [2018, '城市居住区规划设计标准']],
  ['GB 50222', [2017, '建筑内部装修设计防火规范']],
  ['GB 50015', [2019, '建筑给水排水设计标准']],
  ['GB 50013', [2018, '室外给水设计标准']],
  ['GB 50014', [2021, '室外排水设计标准']],
  ['GB 50026', [2020, '工程测量标准']],
  ['GB 50194', [2014, '建设工程施工现场供用电安全规范']],
  ['GB 50251', [2015, '输气管道工程设计规范']],
  ['GB 50253', [2014, '输油管道工程设计规范']],
  ['GB 50369', [2014, '油气长输管道工程施工及验收规范']],
  ['GB 50497', [2019, '建筑基坑工程监测技术标准']],
  ['GB 5749', [2022, '生活饮用水卫生标准']],
  ['GB 3095', [2012, '环境空气质量标准']],
  ['JGJ 130', [2011, '建筑施工扣件式钢管脚手架安全技术规范']],
  ['JGJ 59', [2011, '建筑施工安全检查标准']],
  ['JGJ 33', [2012, '建筑机械使用安全技术规程']],
  ['JGJ 80', [2016, '建筑施工高处作业安全技术规范']],
  ['JGJ 120', [2012, '建筑基坑支护技术规程']],
  ['JGJ 79', [2012, '建筑地基处理技术规范']],
  ['JGJ 94', [2008, '建筑桩基技术规范']],
  ['JGJ 3', [2010, '高层建筑混凝土结构技术规程']],
  ['JGJ 18', [2012, '钢筋焊接及验收规程']],
  ['JGJ 107', [2016, '钢筋机械连接技术规程']],
]);

/** A standard's number and edition: GB 50204-2002, GB/T 50107-2010, JGJ 59-99, GB50204－2002. */
const CITED = guard(
  /(?<![A-Za-z])(GB|JGJ)(?:\/T)?\s*([0-9]{1,5})\s*[-－—–]\s*([0-9]{4}|[0-9]{2})(?![0-9])/g,
);

/** The old edition told as history or as replaced. */
const TOLD_OLD =
  /原|旧版|旧标准|旧规范|老版|老标准|废止|作废|失效|代替|替代|取代|修订|新版|新标准|新规范|当时|当年|曾|建成于|竣工于|过去|以前|此前/;
const YEAR = /((?:19|20)[0-9]{2})\s*年/g;

const editionYear = (written: string): number =>
  written.length === 4 ? Number(written) : Number(written) + (Number(written) > 30 ? 1900 : 2000);

export function supersededStandards(text: string): GateFinding[] {
  if (!/GB|JGJ/.test(text)) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CITED, text)) {
    const entry = IN_FORCE.get(`${m[1]} ${m[2]}`);
    if (!entry) continue;
    const [current, name] = entry;
    if (editionYear(m[3]!) >= current) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const [from, to] = sentenceAround(text, start, end);
    const sentence = text.slice(from, to);
    if (TOLD_OLD.test(sentence)) continue;
    if ([...sentence.matchAll(YEAR)].some((y) => Number(y[1]) < current)) continue;
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start,
      end,
      message: `${m[1]} ${m[2]}-${m[3]}已被${m[1]} ${m[2]}-${current}《${name}》代替，应引用现行版本`,
      suggestion: `${m[1]} ${m[2]}-${current}`,
    });
  }
  return out;
}
