// 登陆 (to land, as a typhoon or troops do) written for 登录 (to log in) before what one logs in to:
// 登陆县人民政府门户网站, 登陆“粤省事”小程序, 登陆个人账号. The word it logs in to must follow in the same
// clause (网站, 平台, 系统, 客户端, 小程序, 账号 …), so a landing (台风在广东登陆，气象网站…, 登陆舰,
// 抢滩登陆) is never read: its clause names no site. The regex starts at the literal 登陆. The slip is
// common in real replies and help desks (登陆官网, 登陆账号), so it only informs; the typo detector's
// own rows decide what warns.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

const LOGIN_TYPO = guard(
  /(?<!台风|飓风|抢滩|强行|成功)登陆(?!舰|艇|场|点|战|部队|作战)(?=[^。，,；;！!？?\n]{0,14}?(?:网站|官网|网页|门户|平台|系统|客户端|APP|App|app|小程序|公众号|账号|帐号|账户|邮箱|网址|网上办事大厅|政务服务网|页面))/g,
);

export function findLoginTypos(text: string): GateFinding[] {
  if (!text.includes('登陆')) return [];
  return [...text.matchAll(LOGIN_TYPO)].map((m) => ({
    gate: 'text',
    rule: 'text.wrong-word',
    severity: 'info',
    start: m.index,
    end: m.index + 2,
    message: '“登陆”指（台风、部队）从海上登上陆地；登入网站、系统应写作“登录”',
    suggestion: '登录',
  }));
}
