// 登陆 (to land, as a typhoon or troops do) written for 登录 (to log in) before what one logs in to:
// 登陆县人民政府门户网站, 登陆“粤省事”小程序, 登陆个人账号. The word it logs in to must follow in the same
// clause (网站, 平台, 系统, 客户端, 小程序, 账号 …), so a landing (台风在广东登陆，气象网站…, 登陆舰,
// 抢滩登陆) is never read: its clause names no site. The regex starts at the literal 登陆. The slip is
// common in real replies and help desks (登陆官网, 登陆账号), so it only informs; the typo detector's
// own rows decide what warns. One form warns: 登陆 right before a quoted name that itself ends in a site
// word (登陆“全国校外教育培训监管与服务综合平台”, 登陆“浙里办”APP, 登陆“个人所得税”客户端) — a
// quoted platform is never landed on.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

const LOGIN_TYPO = guard(
  /(?<!台风|飓风|抢滩|强行|成功)登陆(?!舰|艇|场|点|战|部队|作战)(?=[^。，,；;！!？?\n]{0,14}?(?:网站|官网|网页|门户|平台|系统|客户端|APP|App|app|小程序|公众号|账号|帐号|账户|邮箱|网址|网上办事大厅|政务服务网|页面))/g,
);

/** 登陆 before a quoted name that is a site: the name or the word after the quote ends in a site word. */
function quotedSite(text: string, at: number): boolean {
  const m = /^登陆[“"《「]([^”"》」\n]{1,30})[”"》」](.{0,3})/.exec(text.slice(at));
  if (!m) return false;
  const site = /(?:网站|官网|网|平台|系统|客户端|APP|App|app|小程序|公众号)$/;
  return (
    site.test(m[1] ?? '') ||
    /^(?:网站|官网|平台|系统|客户端|APP|App|app|小程序|公众号)/.test(m[2] ?? '')
  );
}

export function findLoginTypos(text: string): GateFinding[] {
  if (!text.includes('登陆')) return [];
  const starts = new Set([...text.matchAll(LOGIN_TYPO)].map((m) => m.index));
  for (const m of text.matchAll(/登陆/g)) if (quotedSite(text, m.index)) starts.add(m.index);
  return [...starts]
    .sort((a, b) => a - b)
    .map((at) => ({
      gate: 'text',
      rule: 'text.wrong-word',
      severity: quotedSite(text, at) ? 'warn' : 'info',
      start: at,
      end: at + 2,
      message: '“登陆”指（台风、部队）从海上登上陆地；登入网站、系统应写作“登录”',
      suggestion: '登录',
    }));
}
