// A gambling brand's platform pointed to as the place to watch or bet: 想看全部比赛直播的球迷朋友，可登录
// 皇冠体育平台观看并参与在线竞猜; 下载开云体育APP边看边玩; 注册沙巴体育官网账号即可参与竞猜. These brands
// name offshore betting sites and nothing else, so a post that sends readers there — to log in,
// download, sign up, or to guess and bet on it — advertises gambling (刑法 第三百零三条). A broadcaster
// named (登录央视频APP观看直播) is no brand of these, and a warning or an enforcement report (警惕“皇冠
// 体育”等境外赌博网站, 破获利用…平台赌球案) only informs (the legal gate's regrading).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one sentence. */
const IN = '[^。；！？\\n]';
/**
 * Offshore betting brands, each only ever a gambling site (not 中华体育会: 华体会 after 中 is none). The
 * casino resorts of Macao (威尼斯人, 葡京) are left out: a travel post may send readers there.
 */
const BRAND =
  '(?:皇冠(?:体育|足球|现金网|娱乐)|沙巴体育|开云体育|(?<!中)华体会|乐鱼体育|亚博体育|雷竞技|爱游戏体育|米乐体育|九游体育|188金宝博|金宝博|伟德体育|必发体育|利记体育|明升体育|bet365|BET365|Bet365)';
/** Sent there: log in, download, sign up, go to, open. */
const GO = '(?:登录|登陆|下载|注册|访问|进入|打开|前往|关注|上|用|安装)';
/** What the site is called after the brand: 平台, 官网, APP. */
const SITE = '(?:平台|官网|官方网站|网站|APP|app|App|客户端|账号|账户)?';
/** What is done there: watch, guess, bet, top up. */
const PLAY = '(?:竞猜|投注|下注|押注|买球|赌球|充值|开户|领彩金|赢奖金|赢大奖|赢钱|边看边玩)';

export const GAMBLING_PLATFORM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `${GO}${IN}{0,2}?[“"「]?${BRAND}[”"」]?${SITE}(?:${IN}{0,16}?${PLAY})?|${BRAND}[”"」]?${SITE}${IN}{0,16}?${PLAY}`,
      'g',
    ),
    message: '引导登录、下载境外赌博网站平台观看或竞猜，涉赌内容',
  },
]);
