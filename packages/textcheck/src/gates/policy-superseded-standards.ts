// A national standard cited by an edition a newer one has replaced, as the ground of today's work:
// 依据《环境空气质量标准》（GB 3095-1996）评价, 按《生活饮用水卫生标准》（GB 5749-2006）106项指标检测,
// 方案编制须符合《开发建设项目水土保持技术规范》（GB 50433-2008）. A standard is cited by its number and
// the year of its edition; once the new edition is in force the old one is void, and a monitoring
// result, a test or a design judged by it is judged by a void rule. The table holds standards
// offices cite (environment, water, soil, food, planning, official documents), each with the edition
// now in force and the day it took effect. Quiet: the current edition, an older one told as replaced
// (GB 5749-2006 已被 GB 5749-2022 代替; 原标准, 旧版), both editions compared in one post, and a
// sentence dated before the change (2014年全市空气质量按GB 3095-1996评价), and a design code cited for
// a building of its day, not imposed on work to do (IMPOSED). Read with the policy tense
// rules as the other stale statements are (stale-statements.ts).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

/** Standard number → the edition in force and the day it took effect. */
const IN_FORCE: ReadonlyMap<string, readonly [year: number, since: string]> = new Map([
  ['3095', [2012, '2016-01-01']], // 环境空气质量标准
  ['3096', [2008, '2008-10-01']], // 声环境质量标准
  ['3838', [2002, '2002-06-01']], // 地表水环境质量标准
  ['5749', [2022, '2023-04-01']], // 生活饮用水卫生标准
  ['5084', [2021, '2021-07-01']], // 农田灌溉水质标准
  ['12348', [2008, '2008-10-01']], // 工业企业厂界环境噪声排放标准
  ['13223', [2011, '2012-01-01']], // 火电厂大气污染物排放标准
  ['13271', [2014, '2014-07-01']], // 锅炉大气污染物排放标准
  ['14848', [2017, '2018-05-01']], // 地下水质量标准
  ['15618', [2018, '2018-08-01']], // 土壤环境质量 农用地土壤污染风险管控标准
  ['18597', [2023, '2023-07-01']], // 危险废物贮存污染控制标准
  ['18599', [2020, '2021-07-01']], // 一般工业固体废物贮存和填埋污染控制标准
  ['18883', [2022, '2023-02-01']], // 室内空气质量标准
  ['18920', [2020, '2021-02-01']], // 城市污水再生利用 城市杂用水水质
  ['4284', [2018, '2019-11-01']], // 农用污泥污染物控制标准
  ['2760', [2024, '2025-02-08']], // 食品添加剂使用标准
  ['2761', [2017, '2017-09-17']], // 食品中真菌毒素限量
  ['2762', [2022, '2023-06-30']], // 食品中污染物限量
  ['2763', [2021, '2021-09-03']], // 食品中农药最大残留限量
  ['2626', [2019, '2020-07-01']], // 呼吸防护 自吸过滤式防颗粒物呼吸器
  ['7258', [2017, '2018-01-01']], // 机动车运行安全技术条件
  ['1589', [2016, '2016-07-26']], // 汽车、挂车及汽车列车外廓尺寸、轴荷及质量限值
  ['18218', [2018, '2019-03-01']], // 危险化学品重大危险源辨识
  ['30871', [2022, '2022-10-01']], // 危险化学品企业特殊作业安全规范
  ['50016', [2014, '2015-05-01']], // 建筑设计防火规范
  ['50013', [2018, '2019-08-01']], // 室外给水设计标准
  ['50014', [2021, '2021-10-01']], // 室外排水设计标准
  ['50180', [2018, '2018-12-01']], // 城市居住区规划设计标准
  ['50325', [2020, '2020-08-01']], // 民用建筑工程室内环境污染控制标准
  ['50352', [2019, '2019-10-01']], // 民用建筑设计统一标准
  ['50378', [2019, '2019-08-01']], // 绿色建筑评价标准
  ['50433', [2018, '2019-04-01']], // 生产建设项目水土保持技术标准
  ['9704', [2012, '2012-07-01']], // 党政机关公文格式
  ['15834', [2011, '2012-06-01']], // 标点符号用法
  ['15835', [2011, '2012-06-01']], // 出版物上数字用法
  ['16159', [2012, '2012-10-01']], // 汉语拼音正词法基本规则
  ['7714', [2015, '2015-12-01']], // 信息与文献 参考文献著录规则
  ['4754', [2017, '2017-10-01']], // 国民经济行业分类
  ['21010', [2017, '2017-11-01']], // 土地利用现状分类
  ['19001', [2016, '2017-07-01']], // 质量管理体系 要求
  ['24001', [2016, '2017-05-01']], // 环境管理体系 要求及使用指南
]);

/** Recommended standards (GB/T), to name the edition in force as such. */
const RECOMMENDED = new Set([
  '14848',
  '18883',
  '18920',
  '50378',
  '9704',
  '15834',
  '15835',
  '16159',
  '7714',
  '4754',
  '21010',
  '19001',
  '24001',
]);

/**
 * GB 3095-1996, GB/T 9704—1999, GB3096-93, ＧＢ 5749－2006: the number and the edition's year (two
 * digits for editions before 2000). Not a part number (GB 5009.3) nor a year run into more digits.
 */
const STANDARD = guard(
  /(?<![A-Za-z])(?:GB|ＧＢ)(?:\s*[/／]\s*[TtＴ])?\s*([0-9０-９]{4,5})(?![0-9０-９.．])\s*[-—–－]\s*((?:19|20)[0-9]{2}|[0-9]{2})(?![0-9０-９])/g,
);
/** Told replaced: the new edition or its succession named around it. */
const REPLACED =
  /代替|替代|取代|替换|废止|作废|失效|停止执行|(?:新|旧|老)(?:版|标准)|修订(?:版|后)|原标准|原(?:国家)?标准|升级为|更新为|改为/;

/**
 * A design code (GB 50xxx) binds a project by the edition in force when it was designed: a citizen
 * citing the code his building was approved under (根据《建筑设计防火规范》GB50016-2006…) is right. Only
 * a code imposed on work still to do counts: 须符合, 应按照, 严格执行 before it in its sentence.
 */
const IMPOSED =
  /(?:须|需|应当?|必须|务必|要求|一律|严格)(?:[^。；！？\n]{0,4}?)(?:符合|满足|执行|按照|按|依照|依据|遵照|遵循|参照|采用|达到)[^。；！？\n]*$|(?:执行|按照|依照|遵照)[^。；！？\n]{0,30}$/;

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function editionYear(raw: string): number {
  const y = Number(raw);
  return raw.length === 2 ? 1900 + y : y;
}

export function staleStandards(text: string): GateFinding[] {
  if (!/GB|ＧＢ/.test(text)) return [];
  const out: GateFinding[] = [];
  // Each number cited by an outdated edition, read once per number with its own day of change.
  const cited = new Map<string, number>();
  for (const m of text.matchAll(STANDARD)) {
    const number = toAscii(m[1]!);
    cited.set(number, Math.max(cited.get(number) ?? 0, editionYear(m[2]!)));
  }
  for (const [number, latestCited] of cited) {
    const inForce = IN_FORCE.get(number);
    if (!inForce) continue;
    const [year, since] = inForce;
    const name = `${RECOMMENDED.has(number) ? 'GB/T' : 'GB'} ${number}-${year}`;
    // The edition in force named too: the post compares or tells the change.
    if (latestCited >= year) continue;
    out.push(
      ...staleStatements(text, {
        re: STANDARD,
        supersededOn: since,
        span: (m) => {
          const start = m.index + m[0].search(/GB|ＧＢ/);
          return [start, m.index + m[0].length];
        },
        toldChanged: (t, start, end) => {
          const m = new RegExp(STANDARD.source).exec(t.slice(start, end));
          if (!m || toAscii(m[1]!) !== number || editionYear(m[2]!) >= year) return true;
          if (
            number.startsWith('50') &&
            !IMPOSED.test(t.slice(sentenceAround(t, start, end)[0], start))
          )
            return true;
          return REPLACED.test(t.slice(Math.max(0, start - 30), Math.min(t.length, end + 30)));
        },
        message: `该国家标准已有新版本（${name}，${since}起实施），旧版本已废止，不应再作为现行依据`,
        suggestion: name,
      }),
    );
  }
  return out;
}
