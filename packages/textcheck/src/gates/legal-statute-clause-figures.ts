// A figure of a named statute's clause told wrongly (after final190): the hours a unit's head has to
// report a work-safety accident (《生产安全事故报告和调查处理条例》第九条: 1小时内, not 24小时内), the
// days an office has to decide a licence (《行政许可法》第四十二条: 二十日内, not 三十日内), the age below
// which no one may be hired (《劳动法》第十五条: 十六周岁, not 十八), and the owners' vote on rebuilding,
// a lift, raising repair funds or a change of common parts (《民法典》第二百七十八条: 四分之三, not
// 过半数). Each is read only where the statute or its subject is named. A rumour refuted, an old rule
// or a question is a mention (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Inside a clause, no other figure in digits or numerals: the figure matched is the claim's. */
const NO_FIGURE = '[^。；！？!?\\n\\d一二两三四五六七八九十]';
/** A whole number in digits or Chinese numerals. */
const NUMBER = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';

export const STATUTE_CLAUSE_FIGURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The unit's head reporting a work-safety accident in more than one hour: 单位负责人接到报告后，应当
    // 于24小时内向…报告, 事故单位须在12小时内上报. The departments' 2小时 per level is another clause.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:单位(?:主要)?负责人|事故(?:发生)?单位)(?<=(?:生产安全事故|安全生产|事故报告和调查)[^]{0,200}?(?:单位(?:主要)?负责人|事故(?:发生)?单位))${NO_FIGURE}{0,20}?(?!(?:1|一)(?:个)?小时)${NUMBER}(?:个)?小时(?:内|以内|之内)`,
      'g',
    ),
    message:
      '事故报告时限表述错误：单位负责人接到报告后，应当于1小时内向有关部门报告（《生产安全事故报告和调查处理条例》第九条）',
  },
  {
    // A licence decided in other than twenty days under the Administrative Licensing Law: 依据《行政
    // 许可法》，应当自受理申请之日起三十日内作出决定. An extension, a joint handling or a local promise
    // (承诺…个工作日) is another figure.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `受理(?:行政许可)?(?:申请)?之日起(?<=行政许可法[^。；\\n]{0,80}?受理(?:行政许可)?(?:申请)?之日起)(?!(?:二十|20)日)${NUMBER}日(?:内|以内)作出(?:行政许可)?(?:决定)?(?![^。；\\n]*(?:延长|四十五|45))`,
      'g',
    ),
    message:
      '行政许可决定期限表述错误：除当场作出决定的外，应当自受理申请之日起二十日内作出决定，经批准可延长十日（《行政许可法》第四十二条）',
  },
  {
    // Hiring barred under eighteen, where the law bars it under sixteen: 用人单位不得招用未满18周岁的
    // 未成年人. Under eighteen the law bars only certain work (从事…作业) and places (娱乐场所, 网吧).
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不得|禁止|严禁|不准|不能)(?<=(?:用人单位|任何单位|劳动法|童工|未成年人保护法)[^。\\n]{0,40}?(?:不得|禁止|严禁|不准|不能))(?<!(?:娱乐|网吧|上网|酒吧|歌舞|KTV|危险|井下)[^。\\n]{0,40})(?:招用|招收|雇用|雇佣|录用|使用)(?:未满|不满)(?:十八|18)周岁的?(?:未成年人|少年|儿童|人员|孩子|学生)?(?![^，,。；\\n]{0,12}?(?:从事|担任|岗位|作业|工作|下井|井下))`,
      'g',
    ),
    message:
      '招工年龄表述错误：禁止用人单位招用未满十六周岁的未成年人（《劳动法》第十五条），十六至十八周岁的未成年工受特殊保护',
  },
  {
    // A simple majority said to decide what needs three quarters of the owners: 加装电梯…经参与表决专有
    // 部分面积过半数且参与表决人数过半数的业主同意 (rebuilding, raising repair funds, changing the use of
    // common parts or running a business on them).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:改建|重建|加装电梯|增设电梯|筹集[^，,。；\\n]{0,12}?维修资金|改变共有部分(?:的)?用途|利用共有部分从事经营)[^。；\\n]{0,100}?)(?<!四分之三[^。；\\n]{0,100})(?:参与表决)?(?:专有部分)?面积(?:占比)?过半数[^。；，,\\n]{0,16}?人数(?:占比)?过半数(?![^。；\\n]*四分之三)`,
      'g',
    ),
    message:
      '业主表决比例表述错误：改建、重建建筑物及其附属设施，筹集维修资金，改变共有部分用途等，应当经参与表决专有部分面积四分之三以上且人数四分之三以上的业主同意（《民法典》第二百七十八条）',
  },
]);
