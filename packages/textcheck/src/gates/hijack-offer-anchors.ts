// External anchors whose visible text offers goods that may not be sold online or freely:
// tobacco (烟草批发一手货源, 香烟代购, 外烟批发 — online sale of tobacco is banned under the tobacco
// monopoly law), invoices (代开发票), prescription drugs and guns. On a government page such a link
// was injected, whatever its host. A link to the tobacco monopoly bureau (国家烟草专卖局) or to a
// report about smuggled cigarettes offers nothing.
import type { HtmlDocument, Link } from '../html/html-document.ts';
import { guard } from './regex-guard.ts';

/** Restricted goods. */
const GOODS = '(?:烟草|香烟|卷烟|外烟|烟酒|免税烟|电子烟|雪茄|发票|处方药|枪支|仿真枪|气枪)';
/** Words of a trade offer. */
const OFFER =
  '(?:批发|一手货源|货源|代购|直销|出售|低价|零售|厂家|工厂|微商|代发|一件代发|现货|代开|专卖店|商城|折扣)';
const OFFER_ANCHOR = guard(new RegExp(`${GOODS}[^<]{0,6}?${OFFER}|${OFFER}[^<]{0,6}?${GOODS}`));
/** A report or the regulator, not an offer. */
const NOT_OFFER = /专卖局|专卖管理|案|查获|查处|打击|走私|警方|公安|海关|提醒|谨防|科普|控烟|戒烟/;

/** External links whose anchor text offers restricted goods. */
export function findOfferAnchors(source: string, html: HtmlDocument): Link[] {
  const out: Link[] = [];
  for (const link of html.links) {
    if (link.tag !== 'a' || !/^(?:https?:)?\/\//i.test(link.href)) continue;
    const open = source.indexOf('>', link.end);
    const close = source.indexOf('</a', open);
    if (open < 0 || close < 0 || close - open > 200) continue;
    const anchor = source.slice(open + 1, close).replace(/<[^>]*>/g, '');
    if (OFFER_ANCHOR.test(anchor) && !NOT_OFFER.test(anchor)) out.push(link);
  }
  return out;
}
