// A firm's product or platform put before the public by an office: 推荐广大纳税人使用华税通公司开发的
// “智票宝”开票软件; 市民出行首选“快滴出行”网约车平台. A state organ may not vouch for one firm's goods
// (广告法 第九条), and naming its product the public's choice is an advertisement. Tools of the state
// itself (税务总局开发的“个人所得税”APP, 首选“12306”官方渠道) and kinds of service (出行首选公共交通)
// name no firm.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** The public an office addresses. */
const PUBLIC =
  '(?:广大)?(?:纳税人|缴费人|市民|群众|消费者|企业|商户|用户|家长|学生|网友|大家|居民|患者|游客|车主|农户|司机|驾驶员)(?:朋友们?)?';
/** A product's name in quotation marks. */
const QUOTED = '[“"「][^”"」\\n]{2,12}[”"」]';
/** What the quoted name must not hold: a public service or the state's own channel. */
const PUBLIC_NAME =
  /公交|地铁|政务|官方|国家|公共|铁路|12306|12345|绿色|低碳|电子税务局|个人所得税|国务院|人民/;

export const NAMED_PRODUCT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A firm's product recommended to the public: 推荐广大纳税人使用华税通公司开发的“智票宝”开票软件;
    // 建议市民下载某某科技公司推出的“e停车”APP.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议|欢迎)${PUBLIC}(?:积极|优先|放心)?(?:使用|选用|下载|安装|购买|选购|注册|体验)${IN}{0,16}?(?:公司|企业|集团|科技|厂家|厂商|商家)(?:开发|推出|研发|生产|出品|提供|打造)的${IN}{0,6}?${QUOTED}`,
      'g',
    ),
    message: '以国家机关名义向群众推荐特定企业产品，违反广告法第九条',
  },
  {
    // A branded product the public is told to pick for a need (after final196): 也可选用“清肺宝”牌
    // 草本戒烟贴缓解烟瘾, 建议选购“绿源”牌净水器. A mark of a kind (选用有“3C”标志的产品) and a brand
    // warned of (切勿购买“某某”牌保健品) put no brand forward.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!勿|不要|别|不得|禁止|切勿|谨慎)(?:选用|选购|使用|购买|服用|购置|换用|改用)${QUOTED}(?:牌|品牌)[\\u4e00-\\u9fff]{1,8}`,
      'g',
    ),
    message: '以国家机关名义建议群众选用特定品牌产品，属商业推广，违反广告法第九条',
  },
  {
    // One brand named the public's first choice: 出行首选“快滴出行”, 年货采购首选“鲜丰”超市.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(`首选${QUOTED}`, 'g'),
    message: '以国家机关名义将特定品牌称为“首选”，属商业推广，违反广告法第九条',
  },
]);

/** A recommendation of the state's own channel or a public service is no advertisement. */
export function publicChannel(match: string): boolean {
  return PUBLIC_NAME.test(match) || /首选[“"「][0-9０-９]+[”"」]/.test(match);
}
