// Host names built like porn or gambling sites that no list knows yet: av98kk.xyz, sex88vip.top,
// bet9988.vip. The registrable name is cut into letter and digit runs; a porn or gambling token
// counts on an adult TLD, on a cheap TLD used for throwaway sites, or next to a digit run; on a
// cheap TLD, digits with a filler run (kk, xx, vip) count too. A registrable name that sells a way
// round the firewall (sf-vpn-free.xyz, v2ray-node.com, fanqiang.net) counts on any TLD: a VPN the
// state has not licensed is illegal to offer, and a campus VPN lives under its school's own name
// (vpn.example.edu.cn), which this test never reads.
import { parse } from 'tldts';

/** TLDs that name the business. */
const ADULT_TLDS = new Set(['xxx', 'porn', 'sex', 'adult', 'casino', 'bet', 'poker', 'sexy']);
/** Cheap TLDs favoured by throwaway spam sites. */
const CHEAP_TLDS = new Set([
  ...'xyz top vip club cc win icu buzz fun live site online shop work loan pw tk ml ga cf gq ws la bid men party date racing app'.split(
    ' ',
  ),
]);
/** Runs that read as porn or gambling (whole runs only: travel and java do not contain "av"). */
const TOKENS = new Set([
  ...'av jav sex sexy xxx porn porno hentai nude se sese seqing huang av18 bet bets casino poker slot slots bocai dubo duchang xpj pj amxpj yabo bwin kk vip sp dy'.split(
    ' ',
  ),
]);
/**
 * Lottery and betting brands: lhc (六合彩) and liuhecai count like bet, and so does 6hc (六合彩 with
 * its 六 as a digit, alone or run into what follows: 6hc-kj88, 6hckj); hg (皇冠) counts before a run
 * of four digits that is no year (hg8868, hg0088; not hg2024); tk (图库) and kj (开奖) after a digit run name the result pages of
 * an illegal lottery (lhc-49tk, 118kj); casino brands count like hg.
 */
const LOTTERY = new Set(['lhc', 'liuhecai', 'xglhc', 'amlhc']);
/**
 * Casino brands in pinyin initials: tyc (太阳城), amjs (澳门金沙), wnsr (威尼斯人), bjl (百家乐), dafa (大发),
 * counted before or after a run of three or more digits that is no year (tyc8866, 8888amjs; not tyc2024).
 */
const CASINO = new Set(['tyc', 'amjs', 'wnsr', 'amwnsr', 'bjl', 'dafa', 'bbin']);
function lotteryName(runs: readonly string[]): boolean {
  return runs.some(
    (r, i) =>
      LOTTERY.has(r) ||
      (r.startsWith('hc') && runs[i - 1] === '6') ||
      (r === 'hg' && /^(?!19|20)\d{4}$/.test(runs[i + 1] ?? '')) ||
      ((r === 'tk' || r === 'kj') && /^\d{2,}$/.test(runs[i - 1] ?? '')) ||
      (CASINO.has(r) &&
        [runs[i - 1], runs[i + 1]].some((d) => /^(?!19\d\d$|20\d\d$)\d{3,}$/.test(d ?? ''))),
  );
}
/**
 * A porn word run into a plain one (sexvideo, pornhub, xxxmovie, sextube): strong as the word alone.
 * Only at a run's start and before a listed word, so essex, sextant and sussex stay plain.
 */
const COMPOUND =
  /^(?:sex|porn|porno|xxx|hentai|jav)(?:video|videos|movie|movies|tube|hub|cam|cams|chat|girl|girls|tv|film|films|pic|pics|photo|photos)$/;
/**
 * Offshore betting brands sold as sports sites, in pinyin or initials: kaiyun (开云), leyu (乐鱼),
 * huatihui and hth (华体会), xinpujing (新葡京), jinsha (金沙), mkty (MK体育); also run into ty or tiyu
 * (体育: kaiyuntiyu). They count on a cheap TLD, beside a ty, tiyu, sports or a digit run, or run into
 * ty: kaiyun-ty.vip, leyu88.com, hth-sports.cc. A museum of 金沙 (jinsha-museum.cn) stays plain.
 */
const BETTING_BRAND = /^(?:kaiyun|leyu|huatihui|hth|xinpujing|jinsha|mkty)(ty|tiyu|sports?)?$/;
const SPORT_RUN = /^(?:ty|tiyu|sports?|\d{2,})$/;
function bettingBrand(runs: readonly string[], cheap: boolean): boolean {
  return runs.some((r, i) => {
    const m = BETTING_BRAND.exec(r);
    if (!m) return false;
    return (
      cheap || m[1] !== undefined || [runs[i - 1], runs[i + 1]].some((n) => SPORT_RUN.test(n ?? ''))
    );
  });
}

/** Tokens too common to count without a second sign (sp 视频 and dy 电影 as in 9393sp, 88dy). */
const WEAK = new Set(['kk', 'vip', 'se', 'sp', 'dy']);

/** Circumvention tools in a registrable name, inside a longer run too (letsvpn, freevpn). */
const CIRCUMVENTION = /vpn|v2ray|shadowsocks|shadowrocket|fanqiang|kexueshangwang/;

/** Whether a TLD is one favoured by throwaway sites. */
export const isCheapTld = (suffix: string): boolean => CHEAP_TLDS.has(suffix);

export function isSuspiciousHost(hostname: string): boolean {
  const info = parse(hostname);
  if (!info.domain || !info.publicSuffix || info.publicSuffix.endsWith('gov.cn')) return false;
  const suffix = info.publicSuffix.split('.').pop() ?? '';
  if (ADULT_TLDS.has(suffix)) return true;
  const name = info.domain.slice(0, -info.publicSuffix.length - 1);
  if (CIRCUMVENTION.test(name.toLowerCase())) return true;
  const runs = name.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
  if (lotteryName(runs) || bettingBrand(runs, CHEAP_TLDS.has(suffix))) return true;
  const strong = runs.some((r) => (TOKENS.has(r) && !WEAK.has(r)) || COMPOUND.test(r));
  // kk, xx, vip: filler runs of throwaway names (av98kk, yy69xx, sex88vip).
  const weak = runs.some((r) => WEAK.has(r) || /^([a-z])\1$/.test(r));
  const digits = runs.some((r) => /^\d{2,}$/.test(r));
  // Lucky repeated digits (js8888, 6666dh): a throwaway name on a cheap TLD.
  const lucky = runs.some((r) => /^\d*(\d)\1{2,}\d*$/.test(r));
  if (CHEAP_TLDS.has(suffix)) return strong || lucky || (weak && digits);
  return strong && digits;
}
