// URLs and bare domain names in text, with the registrable domain classified by tldts.
import { parse } from 'tldts';
import type { PatternHit } from './span.ts';
import { memoByText } from '../../text-memo.ts';

export interface UrlHit extends PatternHit {
  /** Host name, lower case. */
  hostname: string;
  /** Registrable domain (`taobao.com` for `item.taobao.com`), or the host when there is none. */
  domain: string;
}

const URL_PATTERN =
  /(?:https?:\/\/|www\.)[^\s"'<>，。；！？（）【】]+|(?<![A-Za-z0-9@._-])(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,12}(?:\/[^\s"'<>，。；！？（）【】]*)?/g;

/** Parses one URL or domain; undefined when tldts finds no known public suffix. */
export function classifyUrl(raw: string): { hostname: string; domain: string } | undefined {
  const info = parse(raw.toLowerCase());
  if (!info.hostname || (!info.isIcann && !info.isIp)) return undefined;
  return { hostname: info.hostname, domain: info.domain ?? info.hostname };
}

/**
 * Full-width letters, digits and the marks of an address (ｗｗｗ．８８８ｂｅｔ．ｃｏｍ) as ASCII, one unit
 * for one, so offsets stay. Full-width punctuation (，（) still ends an address.
 */
const FULL_WIDTH_ADDRESS = /[０-９Ａ-Ｚａ-ｚ．／－＿]/g;
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ADDRESS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A host (with scheme or www.) and the Chinese run into it: group 1 is the address. */
const HAN_AFTER_HOST = /^((?:https?:\/\/)?[A-Za-z0-9.-]+)[\u3400-\u9fff].*$/s;

/**
 * URLs and domains in `original` (the same array for a text asked again: do not change it); several
 * gates ask of the same post, the hijack gate of its parts too.
 */
export const findUrls: (original: string) => readonly UrlHit[] = memoByText(searchUrls, 4);

function searchUrls(original: string): UrlHit[] {
  const hits: UrlHit[] = [];
  const text = halfWidth(original);
  for (const m of text.matchAll(URL_PATTERN)) {
    let raw = m[0].replace(/[.,;:!?)]+$/, '');
    if (text[m.index - 1] === '@' || /^\d+(\.\d+)+$/.test(raw)) continue;
    let parsed = classifyUrl(raw);
    // An address run into the Chinese after it (登录www.example.com观看直播): the host ends where the
    // Chinese begins. Only when the whole run is no address, so a path in Chinese stays whole.
    if (!parsed && HAN_AFTER_HOST.test(raw)) {
      raw = raw.replace(HAN_AFTER_HOST, '$1').replace(/[.,;:!?)]+$/, '');
      parsed = classifyUrl(raw);
    }
    if (!parsed) continue;
    const end = m.index + raw.length;
    hits.push({ start: m.index, end, value: original.slice(m.index, end), ...parsed });
  }
  return hits;
}

/** True when `domain` is `suffix` or a subdomain of it. */
export function domainMatches(hostname: string, suffix: string): boolean {
  return hostname === suffix || hostname.endsWith(`.${suffix}`);
}
