// A banned pesticide or rodenticide recommended: a post telling farmers to buy or use a poison whose
// sale and use are banned outright (农户可到店购买毒鼠强、溴敌隆等药剂; 可选用甲胺磷、氯虫苯甲酰胺等药剂
// 喷雾防治; 推荐使用对硫磷拌种). 毒鼠强, 氟乙酰胺 and the other acute rodenticides, 甲胺磷, 对硫磷, 久效磷,
// 磷胺 and the other highly toxic organophosphates, 六六六, 滴滴涕 and 百草枯 are on the Ministry of
// Agriculture's list of pesticides banned from production, sale and use (农业农村部 禁限用农药名录; 农药
// 管理条例 第三十四条、第六十条); advice to use them leads readers into an offence (刑法 第一百二十五条 for the
// rodenticides) and into poisoning. What it leaves: a ban, a seizure or a poisoning told
// (严禁销售、使用甲胺磷等禁用农药; 查获毒鼠强2公斤; 误食毒鼠强中毒), the name in quotes, and lawful
// poisons recommended (溴敌隆, 氯虫苯甲酰胺 alone).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/**
 * Pesticides banned from sale and use in China. 林丹 is left out (a person's name as often as a
 * pesticide), and so are poisons only restricted to some crops (氧乐果, 克百威 before their ban dates).
 */
const BANNED =
  '(?:毒鼠强|毒鼠硅|氟乙酰胺|氟乙酸钠|甘氟|甲胺磷|甲基对硫磷|对硫磷|久效磷|磷胺|苯线磷|地虫硫磷|甲基硫环磷|硫线磷|蝇毒磷|治螟磷|特丁硫磷|甲拌磷|甲基异柳磷|水胺硫磷|灭线磷|杀扑磷|六六六|滴滴涕|毒杀芬|杀虫脒|除草醚|三氯杀螨醇|硫丹|百草枯|福美胂|福美甲胂)';
/** Told to get or use it: 可选用, 可到店购买, 推荐使用, 备足. */
const ADVISED =
  '(?<![不别勿禁止])(?:可选用|选用|可用|可以用|可使用|可以使用|推荐|建议|购买|选购|备足|备有|喷施|喷洒|施用|使用|用)';
/** Its use told as the method: 甲胺磷兑水喷雾, 毒鼠强拌毒饵. */
const METHOD = '(?:兑水|对水|喷雾|喷施|拌种|拌毒饵|配制毒饵|灌根|防治)';

export const BANNED_PESTICIDE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(`${ADVISED}${IN}{0,10}?${BANNED}|${BANNED}(?=${IN}{0,14}?${METHOD})`, 'g'),
    message: '推荐购买、使用毒鼠强、甲胺磷等国家明令禁用的农药，涉嫌违法',
  },
]);

/** A ban, a seizure, a poisoning or a case in the sentence, up to the poison's clause. */
const BAN =
  /禁止|禁用|严禁|不得|不准|不要|切勿|停止|禁售|违禁|禁限用|取缔|淘汰|撤销|查处|查获|收缴|没收|违法|非法|涉嫌|案|中毒|误食|投毒|剧毒禁|曾经|过去|以前|替代/;

/** Quoted, in a ban, a case, a poisoning or a warning: info; otherwise the advice stands. */
export const regradeBannedPesticide: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  // The sentence up to the end of the poison's clause: a later clause's 不得排水 bans no poison.
  const clauseEnd = text.slice(span.end, to).search(/[，,]/);
  const read = text.slice(from, clauseEnd < 0 ? to : span.end + clauseEnd);
  return insideQuotes(text, span) || BAN.test(read) || inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
