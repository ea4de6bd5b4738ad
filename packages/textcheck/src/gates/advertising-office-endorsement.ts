// Pattern family of the advertising gate for a product vouched for by the office or its staff: 推荐
// 使用“清泉”牌家用净水器，…我局干部职工家中都在用; 这款护眼台灯，我们单位同事人手一台; 局领导家里也在用
// 这个牌子. An advertisement may not use the name or image of a state organ or its staff (广告法 第九条
// 第二项), and an office's own use sells the product to the public it serves. Staff using a public
// service or the office's own system (我局干部职工都在用“浙政钉”办公) sell nothing: the product must be
// named as a brand or recommended in the same sentence.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** The office or its staff: 我局干部职工, 本单位同事, 局领导, 机关干部. */
const STAFF =
  '(?:(?:我局|本局|我委|本委|我办|本办|我厅|我单位|本单位|我们单位|我所|本所|我中心|我站|局里|单位里|机关|局)(?:的)?(?:全体|不少|很多|许多|大部分|大多数)?(?:干部职工|干部|职工|工作人员|同事|领导|民警|干警|党员|公务员|同志)(?:们)?|局领导|单位领导|机关干部)';
/** Using it at home or all of them: 家中都在用, 都在喝, 人手一台, 也在用. */
const USE =
  '(?:(?:家中|家里|自己家)?(?:都|也|也都|全都|一直|早就)(?:在)?(?:用|使用|喝|吃|买了|装了|选|用上了|在买)|人手一(?:台|个|件|瓶|盒|套))';
/** The product named as a brand or recommended in the sentence. */
const PRODUCT =
  '(?:[“"「][^”"」\\n]{1,12}[”"」]牌|品牌|牌子|这款|该款|本款|这种产品|产品|推荐(?:使用|购买|大家)?|选购|购买)';

export const OFFICE_ENDORSEMENT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${PRODUCT}${IN}{0,40}?)${STAFF}${IN}{0,4}?${USE}|${STAFF}${IN}{0,4}?${USE}(?=${IN}{0,30}?${PRODUCT})`,
      'g',
    ),
    message: '以国家机关及其工作人员的名义推荐商品，违反广告法第九条',
  },
]);
