// Pattern family of the political gate for a route that leaves Taiwan to enter "the country", after
// final202 (a typhoon that 登陆台湾岛…之后将穿过台湾海峡进入我国): moving from Taiwan, its island or its
// strait into 我国, 中国 or 国内 (境内) puts Taiwan outside the country. The other end is 大陆, a
// province or its coast (进入大陆, 登陆福建, 进入我国东南沿海), which is not matched; nor is a route
// that ends in a part of the country named after 我国 (进入我国南海, 我国福建沿海).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Taiwan as a place on a route: 台湾, 台湾岛, 台湾海峡, 台湾以东洋面. */
const TAIWAN = '台湾(?:本岛|岛|海峡|地区)?';
/** Entering: 进入, 移入, 登陆, 抵达, 入境. */
const ENTER = '(?:进入|移入|进到|登陆|抵达|到达|入境|侵入)';
/** The country as the route's end, nothing after it but its border words (境内) or 后, 并, 时. */
const COUNTRY =
  '(?:我国|中国|国内)(?:境内|领土|国境|本土)?(?:(?![\\u4e00-\\u9fff])|(?=后|以后|之后|时|并|再))';

export const TAIWAN_ROUTE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?<span>(?:穿过|经过?|越过|横穿|穿越|掠过|途经|从|自|由|离开)${TAIWAN}[^。；;！？!?\\n，,]{0,12}?${ENTER}${COUNTRY})`,
      'g',
    ),
    message:
      '台湾是中国的一部分，从台湾（台湾海峡）“进入我国”的表述有误：应称“进入大陆”“登陆福建”等',
  },
]);
