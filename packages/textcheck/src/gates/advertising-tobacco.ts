// Tobacco advertised (after heldout-final104): a cigarette brand's taste praised or readers invited to
// buy it (“云岭·细支”卷烟本月在我市上市，口感醇和、烟气细腻，欢迎广大消费者到各持证零售户选购品鉴; 这款
// 雪茄香气浓郁、回味绵长; 欢迎烟民朋友品鉴新款爆珠). 广告法 第二十二条 forbids tobacco advertising in mass
// media and in public, and 烟草专卖法 第十八条 the same, so even the tobacco monopoly's own account may
// not praise or push a brand. Only in the sentence that names the tobacco product. Quiet: the harm of
// smoke (烟气中含有多种有害物质), enforcement against fake cigarettes, and a quotation (regrade).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

const TOBACCO =
  '(?:卷烟|香烟|烟草制品|雪茄|电子烟|烟弹|烟杆|细支烟?|中支烟?|粗支烟?|爆珠|烟丝|旱烟|新品烟)';
/** How a smoke is praised. */
const SMOKE = '(?:口感|烟气|香气|吸味|余味|回味|烟香|劲头|抽吸感|吸食感|烟味|入口)';
const PRAISED =
  '(?:醇和|醇厚|细腻|柔和|饱满|浓郁|纯正|绵长|舒适|顺滑|怡人|清香|甘甜|丰富|干净|清雅|优雅|适中|舒顺)';
/** Readers invited to buy or taste it. */
const INVITED = '(?:选购|品鉴|购买|品尝|品吸|抢购|订购|尝鲜|体验)';

export const TOBACCO_AD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${TOBACCO}${IN}{0,60}?)(?:${SMOKE}${IN}{0,4}?${PRAISED}|欢迎${IN}{0,24}?${INVITED})|${SMOKE}${IN}{0,4}?${PRAISED}(?=${IN}{0,40}?${TOBACCO})`,
      'g',
    ),
    message: '宣传烟草制品口感、邀请选购，属《广告法》第二十二条禁止的烟草广告',
  },
]);
