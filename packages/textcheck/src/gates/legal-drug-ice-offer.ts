// Methamphetamine offered by its street name 冰 (ice): 需要冰的兄弟私聊，同城当天送货; 有要冰货的老铁加V，
// 保密发货; 想要冰的朋友私信，量大从优. 冰 alone is an everyday word, so it is read only as the thing
// wanted or sold (需要/要/出/卖 + 冰 + 的 and a buyer, or 冰货) and only with a word of the drug trade
// (私聊, 私信, 加V, 同城, 送货, 发货, 量大从优, 货好, 保真) after it in the sentence. A drink served cold
// (需要冰的饮品请告知店员), skates hired (需要冰鞋的朋友可租借) or ice sports name no buyer and no trade;
// an anti-drug notice quoting the pitch only informs (the legal gate's warning regrade).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const WANTED = '(?:需要|想要|要|想买|求购|有需要|出|卖|有)';
const BUYER = '(?:兄弟|朋友|老铁|哥们|姐妹|老板|老哥|大哥|来|私)';
const TRADE =
  '(?:私聊|私信|加(?:我|微信|V|v|vx|VX|QQ|qq)|同城|送货|发货|闪送|量大从优|货好|保真|纯度|面交)';

export const DRUG_ICE_OFFER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.drug-slang-offer',
    severity: 'block',
    pattern: new RegExp(`${WANTED}冰(?:货|的${BUYER})(?=${IN}{0,40}?${TRADE})`, 'g'),
    message: '以“冰”等毒品黑话兜售毒品，涉嫌贩卖毒品罪',
  },
]);
