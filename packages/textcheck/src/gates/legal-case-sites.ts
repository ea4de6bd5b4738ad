// The address of a gambling, porn or fraud site spelt out unmasked in a case report or after a
// casino brand: a report should name the site, not hand out its address.

/**
 * A gambling, porn or fraud site named right before its address: 涉案赌博网站为, 诈骗平台网址：, also
 * with the site's name between (境外赌博网站“金沙娱乐”（www.…）).
 */
export const NAMED_CASE_SITE =
  /(?:赌博|博彩|涉赌|色情|涉黄|淫秽|诈骗|涉诈|钓鱼|虚假投资)(?:类)?(?:网站|网址|平台|APP|app)(?:[“"「][^”"」。；\n]{1,12}[”"」])?(?:的)?(?:网址|域名|地址|链接)?(?:为|是|系|[：:])?\s*[“"「（(]?$/;
const CASE_SITE_REACH = 28;

/** An address given unmasked as the site of a case (not www.js88**.com): it spreads the site. */
export function unmaskedCaseSite(text: string, span: { start: number; end: number }): boolean {
  return (
    !/[*＊×]{2,}|[xX]{3,}/.test(text.slice(span.start, span.end)) &&
    NAMED_CASE_SITE.test(text.slice(Math.max(0, span.start - CASE_SITE_REACH), span.start))
  );
}

/** A casino brand in quotation marks, then its site's address in brackets: “金沙娱乐城”网站（www.…）. */
const BRAND_BEFORE_SITE = /[”"」](?:网站|网址|平台|官网)?[（(]\s*$/;

/** An address given unmasked right after a quoted casino brand (not www.js88**.vip). */
export function unmaskedBrandSite(text: string, span: { start: number; end: number }): boolean {
  const site = text.slice(span.start, span.end);
  return (
    /^(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}/i.test(site) &&
    !/[*＊×]{2,}|[xX]{3,}/.test(site) &&
    BRAND_BEFORE_SITE.test(text.slice(Math.max(0, span.start - 6), span.start))
  );
}
