// Whether a declared repost source is on the whitelist (PUB-4): party and government sites,
// designated source units, or an institution's own name.
import { classifyUrl, domainMatches } from '../rules/patterns/url.ts';
import type { SourceWhitelist } from '../rules/types.ts';
import { isAuthoritativeInstitution } from './authoritative-source.ts';

/** Channel words after a unit's name: 教育部政府门户网站, 公安部官方微博, 应急管理部官方微信公众号. */
const CHANNEL =
  /(?:官方)?(?:政府门户网站|门户网站|官方网站|官网|网站|官方微博|微博|官方微信|微信公众号|微信公众平台|微信号|公众号|客户端|视频号|APP|App|app)$/;

/** A name in quotes or title marks before its channel: “浙江发布”微信公众号, 《人民日报》客户端. */
const QUOTED_BEFORE_CHANNEL = /^[“"「『《]([^”"」』》]{2,30})[”"」』》]\s*(?:的)?\s*(?=\S)/;

/**
 * A unit's channel with its account's name after it: 应急管理部微信公众号“中国应急管理”, 国家卫生健康委
 * 官方微博“健康中国”, 共青团中央微信公众号《团团》. The unit vouches for its own account.
 */
const CHANNEL_THEN_ACCOUNT =
  /^(.{2,30}?)(?:的)?(?:政府门户网站|官方网站|官方微博|官方微信|微信公众号|微信公众平台|微信号|公众号|微博|客户端|视频号|抖音号|头条号)\s*[:：]?\s*[“"「『《][^”"」』》]{2,30}[”"」』》]$/;

/**
 * An account's name with its owner in brackets after it: 甘肃发布（甘肃省人民政府新闻办公室）, 中国应急管理
 * （应急管理部官方微信公众号）. The owner, named beyond a bare channel, vouches for its account; a site
 * in the brackets is left to the site's own check.
 */
const ACCOUNT_THEN_OWNER = /^([^（(）)]{2,30})[（(]([^（(）)]{2,40})[）)]$/;

export function isWhitelistedSource(source: string, whitelist: SourceWhitelist): boolean {
  const trimmed = source.trim();
  const account = CHANNEL_THEN_ACCOUNT.exec(trimmed);
  if (account) return isWhitelistedSource(account[1] ?? '', whitelist);
  const bracketed = ACCOUNT_THEN_OWNER.exec(trimmed);
  const owner = bracketed?.[2]?.trim() ?? '';
  if (owner.replace(CHANNEL, '').length >= 2 && !/[a-z]{2,}\.|\.[a-z]{2,}/i.test(owner))
    return isWhitelistedSource(owner, whitelist);
  // A unit's name with a bare channel in brackets: 应急管理部（微信公众号）, 公安部（官方微博）.
  if (bracketed && owner.length > 0 && owner.replace(CHANNEL, '') === '')
    return isWhitelistedSource(bracketed[1] ?? '', whitelist);
  const inQuotes = QUOTED_BEFORE_CHANNEL.exec(trimmed);
  const channel = inQuotes ? trimmed.slice(inQuotes[0].length).replace(/^官方/, '') : '';
  if (inQuotes && channel.replace(CHANNEL, '') === '')
    return isWhitelistedSource(inQuotes[1] ?? '', whitelist);
  const quoted = trimmed.replace(/^[“"「《]|[”"」》]$/g, '');
  const name = quoted.replace(CHANNEL, '') || quoted;
  if (name.length === 0) return true;
  // A unit's name with its site in brackets: 某市人民政府门户网站（www.example.gov.cn）.
  const site = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}/i.exec(name)?.[0];
  if (site && site !== name) return isWhitelistedSource(site, whitelist);
  if (/^(?:https?:\/\/|www\.)|\.[a-z]{2,}(?:\/|$)/i.test(name)) {
    const url = classifyUrl(name);
    return (
      url !== undefined &&
      whitelist.domainSuffixes.some((suffix) => domainMatches(url.hostname, suffix))
    );
  }
  if (isAuthoritativeInstitution(name, whitelist.nameBlock)) return true;
  if (whitelist.nameBlock.some((blocked) => name.includes(blocked))) return false;
  if (whitelist.names.some((allowed) => name === allowed || name.startsWith(allowed))) return true;
  // A suffix read on the name with its channel must cover the channel: 县政府门户网站 ends in 政府门户网站,
  // but the 站 of 商业网站 or 青岚生活网站 is the channel's, not a station's (县气象站).
  const channelLength = quoted.length - name.length;
  return whitelist.nameSuffixes.some(
    (suffix) =>
      name.endsWith(suffix) || (quoted.endsWith(suffix) && suffix.length >= channelLength),
  );
}
