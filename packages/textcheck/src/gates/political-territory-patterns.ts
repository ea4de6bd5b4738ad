// Pattern families of the political gate for the country's territory and people: the southern end
// of the territory put anywhere but 曾母暗沙 (我国领土最南端位于海南岛南部的三亚, 祖国疆域最南端是西沙
// 群岛, 三亚天涯海角是我国国土的最南端, also after another end of the same territory: 我国领土最北端在…，最南端
// 位于海南省三亚市, after final171); Hong Kong, Macao or Taiwan residents counted among foreigners
// (外国人（含港澳台居民）, 港澳台及其他外籍人士, 港澳台等外籍选手, 外籍选手（含港澳台）, 港澳台选手视为
// 外籍选手, 来自港澳台及其他国家的旅客, 台湾等其他国家, 接待外国游客1.2万人次，其中香港游客3200人次,
// 前往台湾旅游属于出国旅游); Taipei
// called a capital (东京、首尔、台北等亚洲各国首都, 台湾的首都台北); and islands of China called disputed
// (东海的中日争议岛屿钓鱼岛, 钓鱼岛是中日之间存在争议的领土, 南沙群岛等争议岛礁): 钓鱼岛及其附属岛屿, the
// Nansha and Xisha islands are China's inherent territory. The mainland's southern tip (我国大陆最南端位于
// 徐闻), the southernmost city (三亚是我国最南端的城市), 境外人员（含港澳台）, 外国人和港澳台居民 listed
// apart, 港澳台及其他国家和地区, Taipei among cities (台北、台中等地) and a dispute denied or held at a
// distance (钓鱼岛不存在争议, 日方所谓“争议”) are right.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const HMT = '(?:港澳台|港澳|香港|澳门|台湾)';
/** Not 国家和地区 (港澳台及其他国家和地区 lists the regions apart). */
const NOT_AND_REGIONS = '(?![和与及或、]?地区|[（(]地区)';
/** Islands and reefs of China others claim. */
const ISLANDS =
  '(?:钓鱼岛|赤尾屿|黄尾屿|南海诸岛|南沙群岛|西沙群岛|中沙群岛|黄岩岛|美济礁|仁爱礁|永暑礁|华阳礁|渚碧礁|曾母暗沙)';
/** Called disputed: 中日争议岛屿, 存在争议的领土, 主权争议岛礁 (not 不存在争议, 所谓争议). */
const DISPUTED =
  '(?<!不存在|没有|并无|所谓|否认|并非|不是|不|无)(?:中日|中菲|中越|中马|两国)?(?:之间)?(?:有争议|存在争议|主权争议|争议)(?:的)?(?:岛屿|岛礁|领土|海岛|岛|礁|群岛)';
const FOREIGNER =
  '(?:外国人|外国籍人员|外国籍人士|外籍人员|外籍人士|外籍人|外国公民|外国友人|外宾|外国留学生|外籍员工|外籍教师|外籍劳工|外国专家|(?:外籍|外国籍?)(?:选手|运动员|参赛者|跑者|游客|旅客|学生|考生|来宾|嘉宾|客商|居民|员工|职工|人才|专家|教师|友人|朋友|患者|人口))';
/** People of Hong Kong, Macao or Taiwan as a group: 港澳台选手, 台湾同胞. */
const HMT_PEOPLE =
  '(?:居民|同胞|人员|人士|籍人员|旅客|游客|客商|选手|运动员|参赛者|跑者|学生|考生|青年|嘉宾|来宾|员工|职工|人才|专家|患者)';

export const POLITICAL_TERRITORY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.territory',
    severity: 'warn',
    pattern:
      /(?:我国|中国|祖国)(?:的)?(?:领土|国土|疆域|版图)(?:的)?(?:最[北东西]端[^。；;\n]{0,40}?[，,；;])?最南端(?:是|为|位于|在|地处|就是|就在)(?![^。；，,\n]{0,16}曾母暗沙)[^。；，,\n]{1,16}|(?:我国|中国|祖国)最南端(?:是|为|位于|地处|就是|就在)(?:我国|中国)?(?:的)?(?:海南|三亚|天涯海角|永兴岛|西沙|南沙群岛(?!的?曾母暗沙))[^。；，,\n]{0,12}|(?:海南岛|海南省?|三亚市?|天涯海角|南山角|鹿回头|亚龙湾|西沙群岛|永兴岛|雷州半岛|徐闻|湛江)[^。；，,！？\n]{0,8}?(?:是|为|位于|地处|作为|处在|处于)(?:我国|中国|祖国)(?:的)?(?:领土|疆域|国土|版图)(?:的)?最南端/g,
    message: '我国领土最南端是南沙群岛的曾母暗沙，表述有误',
  },
  {
    // The land area given as the whole territory (after final179): 我国国土面积960万平方公里. 960万平方千米
    // is the land area; the territory also holds some 300万平方千米 of sea under the country's
    // jurisdiction, so the figure is 陆地面积 or 陆地国土面积.
    rule: 'political.territory',
    severity: 'warn',
    pattern: /(?<!陆地|陆域)国土(?:总)?面积(?:约|为|达|有|是|共)?(?:约)?960万平方(?:公里|千米)/g,
    message: '960万平方千米是我国陆地面积，应表述为“陆地面积（陆地国土面积）约960万平方千米”',
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
      `${FOREIGNER}[（(]?(?:含|包括|包含|如)[^）)。；，,\\n]{0,4}?${HMT}|${HMT}(?:地区)?${HMT_PEOPLE}?(?:及|和|与|以及|或|、|等)(?:世界)?(?:其他|其它|其余)(?:外国|外籍|国外|(?:各国|国家)${NOT_AND_REGIONS})|${HMT}(?:地区)?${HMT_PEOPLE}?等(?:外国|外籍|国外)(?!地区)|${HMT}(?:地区)?${HMT_PEOPLE}?(?:属于|视为|视同|算作|归为|列为)(?:外国|外籍)|${FOREIGNER}[^。；！？\\n]{0,16}?[，,]其中(?:来自)?${HMT}|(?:前往|去|赴|到)${HMT}(?:地区)?[^。；！？\\n，,不非]{0,6}?(?:属于|算|算作|视为|视同|按|也是|就是)(?:出国|国外)`,
      'g',
    ),
    message:
      '港澳台居民不是外国人，不得将其归入外国人、外籍人员；应称“境外人员（含港澳台）”或分别列明',
  },
  {
    // Taipei listed among the capitals of states, or Taiwan given one: 东京、首尔、台北、曼谷等亚洲各国
    // 首都, 各国首都如东京、台北, 台湾的首都台北, 台北是台湾的首都.
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `台北(?:市)?(?:[、，,和及与][\\u4e00-\\u9fff]{1,6}?){0,6}?等?(?:亚洲|欧洲|东亚|东南亚|世界|周边|其他|邻近|邻国)*(?:各国|国家|多国|诸国|各个国家)(?:的)?(?:首都|首府|国都)|(?:各国|国家|诸国)(?:的)?(?:首都|国都)(?:城市)?[，,]?(?:如|有|包括|包含|[：:（(])[^。；！？\\n]{0,24}?台北|台湾(?:地区)?(?:的)?(?:首都|国都)|(?:首都|国都)台北|台北(?:市)?(?:是|为|作为)台湾(?:地区)?(?:的)?(?:首都|国都)`,
      'g',
    ),
    message: '台湾是中国的一部分，台北不是“首都”，不能与各国首都并列',
  },
]);
