// A claim in quotation marks that the post sets as the goal of a business, not one it cites: 倾力打造
// “中国第一品牌”酱香白酒, 争创“全省销量第一”, 叫响“天下第一米”. Quotation marks usually turn an
// advertising term into a mention (商家宣传“全市第一”被查处); after a verb of building a brand they only
// set off the slogan, which the post then claims for the product itself. So do they after a verb of
// selling to the audience (副县长向网友推介清溪黑茶：“我们的清溪黑茶全国销量第一”, 主播在直播间吆喝：
// “全网最低价”): the pitch the post relays is the advert, unless the post names it an offence. So do
// they after a word of acclaim that the post repeats as the product's repute (富硒大米被誉为“全国最好吃
// 的大米”, 素有“天下第一茶”之称, 号称“全省最正宗的烤鸭”), again unless an offence is named (号称“全网最低价”，
// 实为虚假宣传, 被查处).
import type { Span } from '../rules/lexicon-scan.ts';

/** A verb of building a brand or a name right before the opening mark: 打造, 争创, 叫响. */
const BUILT_BEFORE =
  /(?:打造|争创|创建|创出|建成|铸就|树立|叫响|打响|塑造|做成|做大|培育|擦亮|争当|争做|跻身)(?:成|为|出|起)?[“"「『]$/;
const OPEN = '“"「『';
const CLOSE = /[”"」』\n]/;

/** A verb of selling to the audience a few words before the opening mark: 向网友推介黑茶：“. */
const PITCHED_BEFORE =
  /(?:推介|推荐|带货|代言|吆喝|叫卖|卖货|种草)[^。！？\n“"「『]{0,12}?(?:说|道|称|表示)?[：:，,]?[“"「『]$/;
/** A word of acclaim right before the opening mark: 被誉为“, 素有“, 号称“. */
const ACCLAIMED_BEFORE =
  /(?:被誉为|誉为|被称为|被称作|被赞为|被冠以|素有|享有|号称|堪称|自称|自诩为?)[“"「『]$/;
/** The pitch named an offence: 涉嫌虚假宣传, 被查处. */
const OFFENCE = /违法|违规|涉嫌|查处|处罚|虚假|夸大|误导/;

/** Whether the span lies in a quotation opened right after a verb of building a brand. */
export function quotedSlogan(text: string, span: Span): boolean {
  const open = openingMark(text, span, 20);
  return open >= 0 && BUILT_BEFORE.test(text.slice(Math.max(0, open - 6), open + 1));
}

/** Whether the span lies in a sales pitch quoted after a verb of selling, not named an offence. */
export function quotedPitch(text: string, span: Span): boolean {
  const open = openingMark(text, span, 40);
  if (open < 0 || !PITCHED_BEFORE.test(text.slice(Math.max(0, open - 24), open + 1))) return false;
  const sentence = text.slice(Math.max(0, open - 24), span.end + 40);
  return !OFFENCE.test(sentence);
}

/** Whether the span lies in an acclaim repeated after 被誉为, 素有, 号称, not named an offence. */
export function quotedAcclaim(text: string, span: Span): boolean {
  const open = openingMark(text, span, 30);
  if (open < 0 || !ACCLAIMED_BEFORE.test(text.slice(Math.max(0, open - 6), open + 1))) return false;
  return !OFFENCE.test(text.slice(Math.max(0, open - 40), span.end + 40));
}

/** Where the quotation holding the span opens (within `reach` characters), or -1. */
function openingMark(text: string, span: Span, reach: number): number {
  let open = -1;
  for (let i = span.start - 1; i >= 0 && i >= span.start - reach && text[i] !== '\n'; i--) {
    if (CLOSE.test(text[i]!)) return -1;
    if (OPEN.includes(text[i]!)) {
      open = i;
      break;
    }
  }
  if (open < 0) return -1;
  const close = text.slice(span.end).search(CLOSE);
  if (close < 0 || text[span.end + close] === '\n') return -1;
  return open;
}
