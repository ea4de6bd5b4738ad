// Pattern families of the political gate for the country's territory and people: the southern end
// of the territory put anywhere but 曾母暗沙 (我国领土最南端位于海南岛南部的三亚, 祖国疆域最南端是西沙
// 群岛, 三亚天涯海角是我国国土的最南端), and Hong Kong, Macao or Taiwan residents counted among foreigners (外国人（含港澳台居民）,
// 港澳台及其他外籍人士), and islands of China called disputed (东海的中日争议岛屿钓鱼岛, 钓鱼岛是中日之间存在
// 争议的领土, 南沙群岛等争议岛礁): 钓鱼岛及其附属岛屿, the Nansha and Xisha islands are China's inherent
// territory; a dispute denied or held at a distance (钓鱼岛不存在争议, 日方所谓“争议”) is right. The mainland's southern tip (我国大陆最南端位于徐闻), the southernmost city (三亚
// 是我国最南端的城市), 境外人员（含港澳台） and 外国人和港澳台居民 listed apart are right.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const HMT = '(?:港澳台|港澳|香港|澳门|台湾)';
/** Islands and reefs of China others claim. */
const ISLANDS =
  '(?:钓鱼岛|赤尾屿|黄尾屿|南海诸岛|南沙群岛|西沙群岛|中沙群岛|黄岩岛|美济礁|仁爱礁|永暑礁|华阳礁|渚碧礁|曾母暗沙)';
/** Called disputed: 中日争议岛屿, 存在争议的领土, 主权争议岛礁 (not 不存在争议, 所谓争议). */
const DISPUTED =
  '(?<!不存在|没有|并无|所谓|否认|并非|不是|不|无)(?:中日|中菲|中越|中马|两国)?(?:之间)?(?:有争议|存在争议|主权争议|争议)(?:的)?(?:岛屿|岛礁|领土|海岛|岛|礁|群岛)';
const FOREIGNER =
  '(?:外国人|外国籍人员|外国籍人士|外籍人员|外籍人士|外籍人|外国公民|外国友人|外宾|外国留学生|外籍员工|外籍教师|外籍劳工|外国专家)';

export const POLITICAL_TERRITORY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.territory',
    severity: 'warn',
    pattern:
      /(?:我国|中国|祖国)(?:的)?(?:领土|国土|疆域|版图)(?:的)?最南端(?:是|为|位于|在|地处|就是|就在)(?![^。；，,\n]{0,16}曾母暗沙)[^。；，,\n]{1,16}|(?:我国|中国|祖国)最南端(?:是|为|位于|地处|就是|就在)(?:我国|中国)?(?:的)?(?:海南|三亚|天涯海角|永兴岛|西沙|南沙群岛(?!的?曾母暗沙))[^。；，,\n]{0,12}|(?:海南岛|海南省?|三亚市?|天涯海角|南山角|鹿回头|亚龙湾|西沙群岛|永兴岛|雷州半岛|徐闻|湛江)[^。；，,！？\n]{0,8}?(?:是|为|位于|地处|作为|处在|处于)(?:我国|中国|祖国)(?:的)?(?:领土|疆域|国土|版图)(?:的)?最南端/g,
    message: '我国领土最南端是南沙群岛的曾母暗沙，表述有误',
  },
  {
    // 中日争议岛屿钓鱼岛, 钓鱼岛是中日之间存在争议的领土, 黄岩岛属于争议岛礁.
    rule: 'political.territory',
    severity: 'warn',
    pattern: new RegExp(
      `${DISPUTED}[^。；！？\\n]{0,12}?${ISLANDS}|${ISLANDS}(?:及其附属岛屿)?[^。；！？\\n，,]{0,8}?(?:是|为|属于|系|作为|等)${DISPUTED}`,
      'g',
    ),
    message: '钓鱼岛、南海诸岛是中国固有领土，不得称为“争议岛屿”“争议领土”',
  },
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `${FOREIGNER}[（(]?(?:含|包括|包含|如)[^）)。；，,\\n]{0,4}?${HMT}|${HMT}(?:地区)?(?:居民|同胞|人员|人士|籍人员)?(?:及|和|与|以及|、)(?:其他|其它)(?:外国|外籍|国外)`,
      'g',
    ),
    message:
      '港澳台居民不是外国人，不得将其归入外国人、外籍人员；应称“境外人员（含港澳台）”或分别列明',
  },
]);
