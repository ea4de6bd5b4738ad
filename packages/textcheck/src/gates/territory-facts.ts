// The extreme points of the territory told wrong: the southernmost point of China's territory is
// 曾母暗沙 in the Nansha Islands, not Hainan Island or Sanya (我国领土最南端为海南岛南端的三亚市,
// 三亚是我国国土的最南端) — the wording leaves the South China Sea islands out of the territory.
// The mainland's southern tip (我国大陆最南端在徐闻县) and 曾母暗沙 itself are right.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const TERRITORY = '(?:我国|中国|祖国)(?:的)?(?:领土|疆域|国土|版图|领土版图)(?:的)?最南端';
/** Places north of the territory's southern tip. */
const HAINAN =
  '(?:海南岛|海南省?|三亚市?|天涯海角|南山角|鹿回头|亚龙湾|西沙群岛|永兴岛|雷州半岛|徐闻|湛江)';

export const TERRITORY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.territory',
    severity: 'warn',
    pattern: new RegExp(
      `${TERRITORY}(?:的?(?:城市|地方|岛屿|点))?(?:是|为|在|位于|就是|就在|处于|——|—|：|:)?(?:(?!曾母|南沙|三沙)[^。；，,！？\\n]){0,6}?${HAINAN}|${HAINAN}[^。；，,！？\\n]{0,8}?(?:是|为|位于|地处|作为|处在|处于)${TERRITORY}`,
      'g',
    ),
    message: '我国领土最南端是南沙群岛的曾母暗沙，不是海南岛或三亚，此表述遗漏了南海诸岛',
  },
]);
