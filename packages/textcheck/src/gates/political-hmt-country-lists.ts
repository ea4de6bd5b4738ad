// Pattern family of the political gate for Hong Kong, Macao or Taiwan listed under a heading of
// countries: 主要客源国依次为韩国、日本、香港和美国, 出口目的国包括美国、台湾, 前五大国家为…、澳门.
// They are part of China, so such a list is of 国家和地区 (客源国和地区, 出口国家和地区), which is not
// matched, nor a list whose heading names regions already (客源地, 来源地区).
// After final202 and final205 (香港、澳门和台湾等国家和地区, 海外及台湾等国家和地区): a list of Hong Kong,
// Macao or Taiwan alone (or after the vague 海外/境外/国外) summed up as 国家和地区 calls them countries
// too — 港澳台地区, 海外及港澳台地区. With a foreign country in the list (美国、日本、香港等国家和地区)
// 国家和地区 is right and not matched.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A heading of countries: 客源国, 出口国家, 留学目的国, 前五大国家 — not followed by 和地区. */
const COUNTRIES =
  '(?:(?:客源|来源|生源|出口|进口|目的地?|伙伴|参赛|参展|投资|留学)国|[0-9一二三四五六七八九十]+(?:个|大)国(?=家))(?!家?[和及与、]?(?:地区|[（(]地区))(?:家)?';
/** What introduces the list: 依次为, 主要有, 包括, a colon. */
const INTRO = '[^。；;！？!?\\n，,（(]{0,6}?(?:依次|分别)?(?:为|是|有|包括|包含|涵盖|：|:)';
/** The places listed before the one of Hong Kong, Macao or Taiwan (no 地区 among them). */
const LISTED = '(?:(?:(?!地区)[^。；;！？!?\\n]){0,30}?[、和及与，,])?';
const HMT = '(?:香港|澳门|台湾|港澳台|港澳)(?!地区|特别行政区)';

/** One of the three by any of its names: 香港, 中国香港, 香港特别行政区, 台湾地区, 港澳台. */
const HMT_ITEM = '(?:中国|我国)?(?:港澳台|港澳|港台|香港|澳门|台湾)(?:特别行政区|特区|地区|省)?';
/** A list joiner: 、 和 及 与 以及. */
const JOIN = '(?:[、和及与]|以及)';

export const HMT_COUNTRY_LIST_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(`${COUNTRIES}${INTRO}${LISTED}${HMT}`, 'g'),
    message:
      '香港、澳门、台湾是中国的一部分，不能列入“国家”：应称“客源国家和地区”“出口国家和地区”等',
  },
  {
    // …and Hong Kong, Macao or Taiwan in a list summed up as N countries (after heldout-final104):
    // 开通至东京、首尔、香港、新加坡等8个国家的航线, 台湾、日本等国. A later 地区 in the sentence
    // (…国家的国际及地区航线) does not undo the count; 等8个国家和地区 is right, 香港等地区 is no list of
    // countries, and 粤港澳等国家重大战略 names no countries (国家 must end the phrase); nor does a list
    // that closes its regions with 地区 before the countries (香港、澳门、台湾地区以及美国、新加坡等11个国家).
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?<!粤)(?<span>${HMT})(?:[、和及与](?:(?!地区)[^、。；;，,！？!?\\n]){1,8}?){0,8}?等(?:[0-9０-９一二三四五六七八九十百几多余]+个|众多|诸多)?(?:国外|外国|国(?:家)?)(?=[的，,。、；;：:）)！？!?\\s]|$|之间|间|[和与及](?!地区))`,
      'g',
    ),
    message: '香港、澳门、台湾是中国的一部分，不能计入“国家”：应称“国家和地区”',
  },
  {
    // A list of the three alone (after vague 海外, 境外 at most) summed up as 国家和地区: no list item
    // joined before it (日本、台湾等国家和地区 has a country), nor 其他 (港澳台及其他国家和地区).
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?:(?<![、和及与]|以及)(?:海外|境外|国外)${JOIN}|(?<![、和及与]|以及|海外|境外|国外|其他|其它|中国|我国|粤))(?<span>${HMT_ITEM}(?:${JOIN}${HMT_ITEM}){0,4}等(?:[0-9一二三四五六七八九十]+个)?国家(?:[和或及与、]|以及)地区)`,
      'g',
    ),
    message:
      '香港、澳门、台湾是中国的一部分，单独列举时不能称“国家和地区”：应称“港澳台地区”或“香港特别行政区、澳门特别行政区和台湾地区”',
  },
]);
