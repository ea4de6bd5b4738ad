// A host that poses as a public service or a bank on a throwaway TLD: etc-rzzx.top (ETC 认证中心),
// 12123-jf.top, shebao-rz.xyz, chinatax-tuishui.vip, icbc-jd.top. The real services live under
// gov.cn or their own names on .cn or .com; a notice sending the public to such a host to verify a
// card or claim a refund is the phishing text itself. A service's real site is on no cheap TLD.
import { parse } from 'tldts';
import { isCheapTld } from '../rules/patterns/suspicious-host.ts';

/** Runs that name a public service, a hotline or a bank. */
const SERVICE_RUNS = new Set([
  ...'etc gov govcn tax chinatax shebao sbk yibao ybj gjj gongjijin 12123 12306 12333 12345 12366 95588 95599 95533 95566 icbc ccb boc abchina cmb bankcomm psbc alipay unionpay jiaoguan jtgl'.split(
    ' ',
  ),
]);

export function isPhishingHost(hostname: string): boolean {
  const info = parse(hostname);
  if (!info.domain || !info.publicSuffix || info.publicSuffix.endsWith('gov.cn')) return false;
  if (!isCheapTld(info.publicSuffix.split('.').pop() ?? '')) return false;
  const name = info.domain.slice(0, -info.publicSuffix.length - 1).toLowerCase();
  return (name.match(/[a-z]+|\d+/g) ?? []).some((r) => SERVICE_RUNS.has(r));
}
