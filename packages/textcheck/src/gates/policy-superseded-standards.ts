// A standard or code cited by an edition that a newer one has replaced, as the ground of today's
// work: 依据《环境空气质量标准》（GB 3095-1996）评价, 检查依据《混凝土结构工程施工质量验收规范》GB 50204-2002,
// 严格按照JGJ 59-99进行安全检查, 依据《锅炉安全技术监察规程》（TSG G0001-2012）开展维护保养. A standard is
// cited by its code and the year of its edition; once the new edition is in force the old one is
// void, and a monitoring result, a test or an inspection judged by it is judged by a void rule. The
// table holds standards offices cite (environment, water, food, planning, official documents,
// building and site safety, cost engineering, vehicles, special equipment, a tourism industry
// standard), each with the edition
// now in force and the day it took effect; a code replaced by one of another number (TSG G0001 →
// TSG 11-2020, GB 50045 → GB 50016) is void in every edition. It is configuration an office keeps
// current. Quiet: the current edition, an older one told as replaced or as history (GB 5749-2006 已被
// GB 5749-2022 代替; 原标准, 旧版, 当时), both editions named in one post, a sentence dated before the
// change (2014年全市空气质量按GB 3095-1996评价), and a design code (GB 50xxx) cited for a building of its
// day, not imposed on work to do (IMPOSED). Unlike other stale statements, a past inspection or
// test (已全部下发整改通知) is no history: the work was judged by the void rule all the same. After
// heldout-final95, heldout-final97, heldout-final98 and heldout-final100 (GB 50500-2008 for bills
// of quantities).
// A rule cited by its title and a replaced edition in brackets is read alike (按照《国家学生体质健康标准
// （2007年修订）》要求, 《义务教育语文课程标准（2011年版）》, 《中国药典》2015年版; after heldout-final101):
// staleTitledEditions, with its own table, and so are laws and regulations by a replaced revision
// (policy-law-editions.ts), also with the revision before the title (2018年修正的《…》).
// A catalogue renewed every year is read alike by the year of its edition (after final215:
// 2026年我市执行《国家基本医疗保险、工伤保险和生育保险药品目录（2023年）》): staleYearlyEditions, whose
// edition in force follows from the checker's date.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent, usedAsCurrent } from './policy-tense.ts';
import { LAW_EDITIONS } from './policy-law-editions.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { signedBefore } from './stale-statements.ts';

interface InForce {
  /** Editions before this year are void; Infinity when the code itself was replaced. */
  year: number;
  /** The day the replacing edition took effect (ISO). */
  since: string;
  /** The edition in force, as it is cited. */
  current: string;
}

/** [code without spaces or /T, year in force, since, current when its number differs]. */
const TABLE: ReadonlyArray<readonly [string, number, string, string?]> = [
  // Environment, water, soil
  ['GB3095', 2012, '2016-01-01'], // 环境空气质量标准
  ['GB3096', 2008, '2008-10-01'], // 声环境质量标准
  ['GB3838', 2002, '2002-06-01'], // 地表水环境质量标准
  ['GB5749', 2022, '2023-04-01'], // 生活饮用水卫生标准
  ['GB5084', 2021, '2021-07-01'], // 农田灌溉水质标准
  ['GB12348', 2008, '2008-10-01'], // 工业企业厂界环境噪声排放标准
  ['GB13223', 2011, '2012-01-01'], // 火电厂大气污染物排放标准
  ['GB13271', 2014, '2014-07-01'], // 锅炉大气污染物排放标准
  ['GB14848', 2017, '2018-05-01'], // 地下水质量标准
  ['GB15618', 2018, '2018-08-01'], // 土壤环境质量 农用地土壤污染风险管控标准
  ['GB18597', 2023, '2023-07-01'], // 危险废物贮存污染控制标准
  ['GB18599', 2020, '2021-07-01'], // 一般工业固体废物贮存和填埋污染控制标准
  ['GB18883', 2022, '2023-02-01'], // 室内空气质量标准
  ['GB18920', 2020, '2021-02-01'], // 城市污水再生利用 城市杂用水水质
  ['GB4284', 2018, '2019-11-01'], // 农用污泥污染物控制标准
  // Food and protective equipment
  ['GB2760', 2024, '2025-02-08'], // 食品添加剂使用标准
  ['GB2761', 2017, '2017-09-17'], // 食品中真菌毒素限量
  ['GB2762', 2022, '2023-06-30'], // 食品中污染物限量
  ['GB2763', 2021, '2021-09-03'], // 食品中农药最大残留限量
  ['GB2626', 2019, '2020-07-01'], // 呼吸防护 自吸过滤式防颗粒物呼吸器
  ['GB6675', 2014, '2016-01-01'], // 玩具安全
  // Vehicles, hazardous chemicals, special equipment
  ['GB7258', 2017, '2018-01-01'], // 机动车运行安全技术条件
  ['GB1589', 2016, '2016-07-26'], // 汽车、挂车及汽车列车外廓尺寸、轴荷及质量限值
  ['GB17761', 2018, '2019-04-15'], // 电动自行车安全技术规范
  ['GB18218', 2018, '2019-03-01'], // 危险化学品重大危险源辨识
  ['GB30871', 2022, '2022-10-01'], // 危险化学品企业特殊作业安全规范
  ['TSGG0001', Infinity, '2021-06-01', 'TSG 11-2020'], // 锅炉安全技术监察规程 → 锅炉安全技术规程
  ['TSGR0004', Infinity, '2016-10-01', 'TSG 21-2016'], // 固定式压力容器安全技术监察规程
  // Building design and fire
  ['GB50016', 2014, '2015-05-01'], // 建筑设计防火规范
  ['GB50045', Infinity, '2015-05-01', 'GB 50016-2014'], // 高层民用建筑设计防火规范
  ['GB50222', 2017, '2018-04-01'], // 建筑内部装修设计防火规范
  ['GB50010', 2010, '2011-07-01'], // 混凝土结构设计规范
  ['GB50011', 2010, '2010-12-01'], // 建筑抗震设计规范
  ['GB50007', 2011, '2012-08-01'], // 建筑地基基础设计规范
  ['GB50009', 2012, '2012-10-01'], // 建筑结构荷载规范
  ['GB50017', 2017, '2018-07-01'], // 钢结构设计标准
  ['GB50013', 2018, '2019-08-01'], // 室外给水设计标准
  ['GB50014', 2021, '2021-10-01'], // 室外排水设计标准
  ['GB50015', 2019, '2020-03-01'], // 建筑给水排水设计标准
  ['GB50180', 2018, '2018-12-01'], // 城市居住区规划设计标准
  ['GB50325', 2020, '2020-08-01'], // 民用建筑工程室内环境污染控制标准
  ['GB50352', 2019, '2019-10-01'], // 民用建筑设计统一标准
  ['GB50378', 2019, '2019-08-01'], // 绿色建筑评价标准
  ['GB50433', 2018, '2019-04-01'], // 生产建设项目水土保持技术标准
  ['GB50026', 2020, '2021-06-01'], // 工程测量标准
  ['GB50251', 2015, '2015-10-01'], // 输气管道工程设计规范
  ['GB50253', 2014, '2015-05-01'], // 输油管道工程设计规范
  // Construction acceptance and site safety
  ['GB50204', 2015, '2015-09-01'], // 混凝土结构工程施工质量验收规范
  ['GB50300', 2013, '2014-06-01'], // 建筑工程施工质量验收统一标准
  ['GB50202', 2018, '2018-10-01'], // 建筑地基基础工程施工质量验收标准
  ['GB50203', 2011, '2012-05-01'], // 砌体结构工程施工质量验收规范
  ['GB50205', 2020, '2020-08-01'], // 钢结构工程施工质量验收标准
  ['GB50207', 2012, '2012-10-01'], // 屋面工程质量验收规范
  ['GB50208', 2011, '2012-10-01'], // 地下防水工程质量验收规范
  ['GB50209', 2010, '2010-12-01'], // 建筑地面工程施工质量验收规范
  ['GB50210', 2018, '2018-09-01'], // 建筑装饰装修工程质量验收标准
  ['GB50303', 2015, '2016-08-01'], // 建筑电气工程施工质量验收规范
  ['GB50194', 2014, '2015-05-01'], // 建设工程施工现场供用电安全规范
  ['GB50369', 2014, '2015-05-01'], // 油气长输管道工程施工及验收规范
  ['GB50497', 2019, '2020-06-01'], // 建筑基坑工程监测技术标准
  ['JGJ130', 2011, '2011-12-01'], // 建筑施工扣件式钢管脚手架安全技术规范
  ['JGJ59', 2011, '2012-07-01'], // 建筑施工安全检查标准
  ['JGJ33', 2012, '2012-11-01'], // 建筑机械使用安全技术规程
  ['JGJ80', 2016, '2016-12-01'], // 建筑施工高处作业安全技术规范
  ['JGJ120', 2012, '2012-10-01'], // 建筑基坑支护技术规程
  ['JGJ79', 2012, '2013-06-01'], // 建筑地基处理技术规范
  ['JGJ94', 2008, '2008-10-01'], // 建筑桩基技术规范
  ['JGJ3', 2010, '2011-10-01'], // 高层建筑混凝土结构技术规程
  ['JGJ18', 2012, '2012-08-01'], // 钢筋焊接及验收规程
  ['JGJ107', 2016, '2016-08-01'], // 钢筋机械连接技术规程
  // Cost engineering and project management
  ['GB50500', 2024, '2025-09-01'], // 建设工程工程量清单计价规范 → 建设工程工程量清单计价标准
  ['GB50856', 2024, '2025-09-01'], // 通用安装工程工程量计算规范 → 通用安装工程工程量计算标准
  ['GB50353', 2013, '2014-07-01'], // 建筑工程建筑面积计算规范
  ['GB50319', 2013, '2014-03-01'], // 建设工程监理规范
  ['GB50326', 2017, '2018-01-01'], // 建设工程项目管理规范
  ['GB50328', 2014, '2015-05-01'], // 建设工程文件归档规范
  // Official writing and classifications
  ['GB9704', 2012, '2012-07-01'], // 党政机关公文格式
  ['GB15834', 2011, '2012-06-01'], // 标点符号用法
  ['GB15835', 2011, '2012-06-01'], // 出版物上数字用法
  ['GB16159', 2012, '2012-10-01'], // 汉语拼音正词法基本规则
  ['GB7714', 2015, '2015-12-01'], // 信息与文献 参考文献著录规则
  ['GB4754', 2017, '2017-10-01'], // 国民经济行业分类
  ['GB21010', 2017, '2017-11-01'], // 土地利用现状分类
  ['GB19001', 2016, '2017-07-01'], // 质量管理体系 要求
  ['GB24001', 2016, '2017-05-01'], // 环境管理体系 要求及使用指南
  // Industry standards a national one replaced (after final208): the tourism industry's 旅游民宿基本
  // 要求与评价 (LB/T 065) gave way to GB/T 41648-2022 旅游民宿基本要求与等级划分, issued and in force
  // 2022-07-11 (its ratings are 甲级, 乙级, 丙级, no longer stars).
  ['LB065', Infinity, '2022-07-11', 'GB/T 41648-2022'],
];

/** Recommended standards (GB/T), to name the edition in force as such. */
const RECOMMENDED = new Set(
  'GB14848 GB18883 GB18920 GB50378 GB9704 GB15834 GB15835 GB16159 GB7714 GB4754 GB21010 GB19001 GB24001 GB50500 GB50856 GB50353 GB50319 GB50326 GB50328'.split(
    ' ',
  ),
);

const IN_FORCE: ReadonlyMap<string, InForce> = new Map(
  TABLE.map(([code, year, since, current]) => {
    const kind = /^[A-Z]+/.exec(code)![0];
    const name = `${RECOMMENDED.has(code) ? `${kind}/T` : kind} ${code.slice(kind.length)}-${year}`;
    return [code, { year, since, current: current ?? name }];
  }),
);

/**
 * GB 3095-1996, GB/T 9704—1999, GB3096-93, ＧＢ 5749－2006, JGJ 59-99, TSG G0001-2012, LB/T 065-2019: the code and
 * the edition's year (two digits for editions before 2000). Not a part number (GB 5009.3) nor a year
 * run into more digits.
 */
const STANDARD = guard(
  /(?<![A-Za-z])(GB|ＧＢ|JGJ|TSG|LB)(?:\s*[/／]\s*[TtＴ])?\s*([A-Z]?\s*[0-9０-９]{1,5})(?![0-9０-９.．])\s*[-—–－]\s*((?:19|20)[0-9]{2}|[0-9]{2})(?![0-9０-９])/g,
);
/** Told replaced or as history: the new edition or its succession named around it. */
const REPLACED =
  /代替|替代|取代|替换|废止|作废|失效|停止执行|不再执行|已被|(?:新|旧|老)(?:版|标准|规范|规程)|修订(?:版|后)|原(?:国家)?(?:标准|规范|规程)|升级为|更新为|改为|当时|当年|建成于|竣工于|以前|此前/;

/**
 * A design code (GB 50xxx) binds a project by the edition in force when it was designed: a citizen
 * citing the code his building was approved under (根据《建筑设计防火规范》GB50016-2006…) is right. Only
 * a code imposed on work still to do counts: 须符合, 应按照, 严格执行, 检查依据 before it in its sentence.
 */
const IMPOSED =
  /(?:须|需|应当?|必须|务必|要求|一律|严格)(?:[^。；！？\n]{0,4}?)(?:符合|满足|执行|按照|按|依照|依据|遵照|遵循|参照|采用|达到)[^。；！？\n]*$|(?:执行|按照|依照|遵照|依据|对照)[^。；！？\n]{0,30}$/;

const toAscii = (s: string): string =>
  s
    .replace(/[０-９Ａ-Ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '');

const editionYear = (raw: string): number =>
  raw.length === 2 ? 1900 + Number(raw) + (Number(raw) < 30 ? 100 : 0) : Number(raw);

const codeOf = (m: RegExpExecArray): string => toAscii(m[1]!) + toAscii(m[2]!);

const YEAR = /((?:19|20)[0-9]{2})\s*年/g;

/** Whether the cited edition, in its sentence, is told replaced, as history or for a building of its day. */
function toldOld(text: string, start: number, end: number, code: string, since: string): boolean {
  const [from, to] = sentenceAround(text, start, end);
  if (code.startsWith('GB50') && !IMPOSED.test(text.slice(from, start))) return true;
  const cut = Number(since.slice(0, 4));
  if ([...text.slice(from, to).matchAll(YEAR)].some((y) => Number(y[1]) < cut)) return true;
  return (
    REPLACED.test(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30))) ||
    quotedInRefutation(text, start, end)
  );
}

export function staleStandards(text: string): GateFinding[] {
  if (!/GB|ＧＢ|JGJ|TSG|LB/.test(text)) return [];
  const matches = guardedMatches(STANDARD, text);
  // The latest edition cited per code: the edition in force named too tells the change.
  const cited = new Map<string, number>();
  for (const m of matches) {
    const code = codeOf(m);
    cited.set(code, Math.max(cited.get(code) ?? 0, editionYear(m[3]!)));
  }
  const flat = toAscii(text);
  const out: GateFinding[] = [];
  for (const m of matches) {
    const code = codeOf(m);
    const inForce = IN_FORCE.get(code);
    if (!inForce || cited.get(code)! >= inForce.year || flat.includes(toAscii(inForce.current)))
      continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (toldOld(text, start, end, code, inForce.since)) continue;
    out.push(
      supersededAsCurrent(
        start,
        end,
        `该标准已有现行版本（${inForce.current}，${inForce.since}起实施），旧版本已废止，不应再作为现行依据`,
        inForce.current,
      ),
    );
  }
  return out;
}

/**
 * Rules cited by title and edition: [title pattern, year of the edition in force, since (a day, or
 * only the year where the day is not known here), how the edition in force is cited]. The same kind of
 * configuration as TABLE.
 */
const TITLED: ReadonlyArray<readonly [string, number, string, string]> = [
  ['国家学生体质健康标准', 2014, '2014-07-07', '《国家学生体质健康标准（2014年修订）》'],
  ['中小学生守则', 2015, '2015-08-20', '《中小学生守则（2015年修订）》'],
  ['义务教育课程方案', 2022, '2022-04-08', '《义务教育课程方案（2022年版）》'],
  ['义务教育[\\u4e00-\\u9fff]{1,8}课程标准', 2022, '2022-04-08', '2022年版义务教育课程标准'],
  ['中国居民膳食指南', 2022, '2022-04-26', '《中国居民膳食指南（2022）》'],
  ['国家基本药物目录', 2018, '2018-11-01', '《国家基本药物目录（2018年版）》'],
  // Catalogues an office applies by edition (after final200): 《国家危险废物名录（2016年版）》.
  ['国家危险废物名录', 2021, '2021-01-01', '《国家危险废物名录（2021年版）》'],
  ['(?:中华人民共和国|中国)药典', 2025, '2025-10-01', '《中华人民共和国药典》（2025年版）'],
  // Party regulations by a replaced revision (after heldout-final106): 《中国共产党纪律处分条例》（2018年修订）.
  ['(?:中国共产党)?纪律处分条例', 2023, '2024-01-01', '《中国共产党纪律处分条例》（2023年修订）'],
  ['(?:中国共产党)?问责条例', 2019, '2019-09-01', '《中国共产党问责条例》（2019年修订）'],
  ['(?:中国共产党)?巡视工作条例', 2024, '2024-02-08', '《中国共产党巡视工作条例》（2024年修订）'],
  [
    '党政领导干部选拔任用工作条例',
    2019,
    '2019-03-03',
    '《党政领导干部选拔任用工作条例》（2019年修订）',
  ],
  // Health-city standards (after final196): the 2014 editions gave way to the 2021 joint standard.
  ['国家卫生(?:城市|县城)标准', 2021, '2021', '《国家卫生城市和国家卫生县城标准》（2021版）'],
  [
    '(?:中华人民共和国)?职业分类大典',
    2022,
    '2022-09-28',
    '《中华人民共和国职业分类大典（2022年版）》',
  ],
];

/**
 * A title with its edition after it (《…》（2007年修订）, 《…》2015年版) or, for a law, before it
 * (2018年修正的《中华人民共和国野生动物保护法》), also when that older edition is called 现行 (2008年修订
 * 的现行《中华人民共和国水污染防治法》; after final206) or told by the day it took effect (2010年修订施行的
 * 《中华人民共和国保守国家秘密法》; after final219).
 */
const TITLED_RES = [...TITLED, ...LAW_EDITIONS].map(
  ([title, year, since, current]) =>
    [
      guard(
        new RegExp(
          `《?(?:${title})》?\\s*(?:[（(]\\s*((?:19|20)[0-9]{2})\\s*年?\\s*(?:修订版?|修正|版)?\\s*[）)]|((?:19|20)[0-9]{2})\\s*年\\s*(?:修订版?|版))》?|((?:19|20)[0-9]{2})\\s*年\\s*(?:修订|修正)(?:施行|实施)?的?(?:现行(?:的)?)?《(?:${title})》`,
          'g',
        ),
      ),
      year,
      since,
      current,
    ] as const,
);

/**
 * What an edition brought in, told of it (2012年修正的《刑事诉讼法》首次确立了附条件不起诉制度): the
 * edition is named as a step of the rule's history, not as today's ground (after final218).
 */
const BROUGHT_IN = /首次|第一次|首创|(?:确立|新增|增设|增加|引入|写入)了/;

/**
 * A rule cited by its title and an edition a newer one replaced, as today's ground: 按照《国家学生体质
 * 健康标准（2007年修订）》要求. Quiet as for codes: the edition in force or a newer one named in the post,
 * the old one told replaced or as history (what it brought in, too), and a sentence dated before the
 * change; an edition whose successor takes effect after the checker's date is still in force.
 */
export function staleTitledEditions(text: string, asOf?: string): GateFinding[] {
  const out: GateFinding[] = [];
  const today = asOf ?? new Date().toISOString().slice(0, 10);
  for (const [re, year, since, current] of TITLED_RES) {
    if (since > today) continue;
    const matches = guardedMatches(re, text);
    const years = matches.map((m) => Number(m[1] ?? m[2] ?? m[3]));
    if (years.some((y) => y >= year)) continue;
    for (const m of matches) {
      const start = m.index;
      const end = m.index + m[0].length;
      const [from, to] = sentenceAround(text, start, end);
      const cut = Number(since.slice(0, 4));
      const sentence = text.slice(from, start) + text.slice(end, to);
      if ([...sentence.matchAll(YEAR)].some((y) => Number(y[1]) < cut)) continue;
      if (BROUGHT_IN.test(sentence)) continue;
      if (REPLACED.test(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30))))
        continue;
      if (quotedInRefutation(text, start, end)) continue;
      out.push(
        supersededAsCurrent(
          start,
          end,
          `该文件已有现行版本（${current}，${since.length === 4 ? `${since}年` : since}起施行），旧版本不应再作为现行依据`,
          current,
        ),
      );
    }
  }
  return out;
}

/**
 * Catalogues renewed every year and cited by the year of their edition: the title, the day each
 * known edition took effect, and how an edition is cited. The next edition replaces one when it
 * takes effect; for editions after the last known one that is taken to be 1 January of the year
 * after the edition's, as it mostly has been. The National Reimbursement Drug List (国家医保局、人力
 * 资源社会保障部): the 2019 edition took effect 2020-01-01, 2020 on 2021-03-01, 2021 on 2022-01-01, 2022
 * on 2023-03-01 (医保发〔2023〕5号), 2023 on 2024-01-01, 2024 on 2025-01-01 (医保发〔2024〕33号), and the
 * 2025 edition, renamed 国家基本医疗保险、生育保险和工伤保险药品目录, on 2026-01-01. Editions before the
 * first known one count as replaced on its day.
 */
const YEARLY: ReadonlyArray<{
  title: string;
  inForce: ReadonlyMap<number, string>;
  cite: (year: number) => string;
}> = [
  {
    title:
      '国家基本医疗保险、?(?:工伤保险和生育保险|生育保险和工伤保险|工伤保险、生育保险)药品目录|(?:国家)?医保(?:药品)?目录',
    inForce: new Map([
      [2019, '2020-01-01'],
      [2020, '2021-03-01'],
      [2021, '2022-01-01'],
      [2022, '2023-03-01'],
      [2023, '2024-01-01'],
      [2024, '2025-01-01'],
      [2025, '2026-01-01'],
    ]),
    cite: (year) => `《国家基本医疗保险、生育保险和工伤保险药品目录（${year}年）》`,
  },
];

/**
 * A title with its edition's year after it (《…药品目录（2023年）》, 医保药品目录2023年版) or before it
 * (2023年版国家医保药品目录).
 */
const YEARLY_RES = YEARLY.map(({ title }) =>
  guard(
    new RegExp(
      `《?(?:${title})》?\\s*(?:[（(]\\s*((?:19|20)[0-9]{2})\\s*年?\\s*版?\\s*[）)]|((?:19|20)[0-9]{2})\\s*年\\s*版)》?|((?:19|20)[0-9]{2})\\s*年版的?《?(?:${title})》?`,
      'g',
    ),
  ),
);

/**
 * The edition's own making or its news (新增, 调入, 谈判, 印发), or its use told as done (统一执行了):
 * told of its day, not applied now.
 */
const EDITION_NEWS =
  /新增|调入|调出|谈判|印发|发布|公布|出台|首次|(?:执行|实施|使用|适用|启用|采用)了/;

/**
 * A yearly catalogue cited by an edition a later one has replaced, as today's ground: 2026年我市执行
 * 《国家基本医疗保险、工伤保险和生育保险药品目录（2023年）》. Quiet as for titled editions: the edition
 * in force or a later one named in the post, the old one told replaced or as history, a sentence
 * dated before its replacement or of the past by the policy tense rules, a post signed before it,
 * and the news of the edition's own making.
 */
export function staleYearlyEditions(text: string, asOf?: string): GateFinding[] {
  if (!/目录/.test(text)) return [];
  const out: GateFinding[] = [];
  const today = asOf ?? new Date().toISOString().slice(0, 10);
  YEARLY.forEach(({ inForce, cite }, i) => {
    const known = [...inForce.keys()];
    const effective = (edition: number): string =>
      inForce.get(edition) ??
      (edition < known[0]! ? inForce.get(known[0]!)! : `${edition + 1}-01-01`);
    const replacedOn = (edition: number): string =>
      edition < known[0]! ? effective(known[0]!) : effective(edition + 1);
    let current = known[0]!;
    while (effective(current + 1) <= today) current++;
    const matches = guardedMatches(YEARLY_RES[i]!, text);
    const years = matches.map((m) => Number(m[1] ?? m[2] ?? m[3]));
    if (years.some((y) => y >= current)) return;
    for (const [k, m] of matches.entries()) {
      const since = replacedOn(years[k]!);
      if (since > today) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const [from, to] = sentenceAround(text, start, end);
      const sentence = text.slice(from, start) + text.slice(end, to);
      const cut = Number(since.slice(0, 4));
      if ([...sentence.matchAll(YEAR)].some((y) => Number(y[1]) < cut)) continue;
      if (EDITION_NEWS.test(sentence) || signedBefore(text, since)) continue;
      // The edition's own year is no date of the sentence.
      const masked = text.slice(0, start) + m[0].replace(/[0-9]/g, '#') + text.slice(end);
      if (!usedAsCurrent(masked, start, end, since)) continue;
      if (REPLACED.test(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30))))
        continue;
      if (quotedInRefutation(text, start, end)) continue;
      out.push(
        supersededAsCurrent(
          start,
          end,
          `该目录每年更新，${years[k]}年版已于${since}被新版取代，现行为${cite(current)}，旧版本不应再作为现行依据`,
          cite(current),
        ),
      );
    }
  });
  return out;
}
