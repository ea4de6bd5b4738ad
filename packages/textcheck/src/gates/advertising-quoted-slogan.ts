// A claim in quotation marks that the post sets as the goal of a business, not one it cites: 倾力打造
// “中国第一品牌”酱香白酒, 争创“全省销量第一”, 叫响“天下第一米”. Quotation marks usually turn an
// advertising term into a mention (商家宣传“全市第一”被查处); after a verb of building a brand they only
// set off the slogan, which the post then claims for the product itself.
import type { Span } from '../rules/lexicon-scan.ts';

/** A verb of building a brand or a name right before the opening mark: 打造, 争创, 叫响. */
const BUILT_BEFORE =
  /(?:打造|争创|创建|创出|建成|铸就|树立|叫响|打响|塑造|做成|做大|培育|擦亮|争当|争做|跻身)(?:成|为|出|起)?[“"「『]$/;
const OPEN = '“"「『';
const CLOSE = /[”"」』\n]/;

/** Whether the span lies in a quotation opened right after a verb of building a brand. */
export function quotedSlogan(text: string, span: Span): boolean {
  let open = -1;
  for (let i = span.start - 1; i >= 0 && i >= span.start - 20 && text[i] !== '\n'; i--) {
    if (CLOSE.test(text[i]!)) return false;
    if (OPEN.includes(text[i]!)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.slice(span.end).search(CLOSE);
  if (close < 0 || text[span.end + close] === '\n') return false;
  return BUILT_BEFORE.test(text.slice(Math.max(0, open - 6), open + 1));
}
