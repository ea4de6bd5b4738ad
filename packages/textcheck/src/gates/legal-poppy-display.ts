// Opium poppy shown as a garden's or a scenic spot's flower (after final172): 公园东区花境新引入观赏罂粟、
// 花菱草、矢车菊等20余个品种, 罂粟花海迎来盛花期. No garden may grow it without a licence (禁毒法 第十九条);
// what parks show is 虞美人 (Papaver rhoeas) or 冰岛虞美人, which the post should name. A family or a
// genus (罂粟科, 罂粟属), the husk of a case (罂粟壳) and a plant rooted out are none; a sentence that
// bans, reports or corrects it (严禁引种观赏罂粟, 铲除, 并非罂粟) only informs — the post's unrelated
// reminders (温馨提示：请勿攀折花木) do not.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';

export const POPPY_DISPLAY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.drugs',
    severity: 'warn',
    pattern:
      /(?:观赏(?:用|性)?的?|(?:新)?引入|引种|栽种|种植了|种下|盛开的|花境[^。；！？\n]{0,8}?)罂粟(?:花)?(?![科属壳籽])|罂粟花?(?:花海|花田|花境|盛开|竞相开放|正当时|迎来盛花期)/g,
    message: '罂粟属毒品原植物，未经批准不得种植、展示；观赏花卉应为虞美人等，请核实',
  },
]);

export const regradePoppyDisplay = informsWhenSentence(
  /严禁|禁止|不得|非法|违法|铲除|查处|举报|谣言|不实|并非|不是|[？?]/,
);
