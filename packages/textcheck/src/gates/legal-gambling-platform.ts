// A gambling brand's platform pointed to as the place to watch or bet: 想看全部比赛直播的球迷朋友，可登录
// 皇冠体育平台观看并参与在线竞猜; 下载开云体育APP边看边玩; 注册沙巴体育官网账号即可参与竞猜. These brands
// name offshore betting sites and nothing else, so a post that sends readers there — to log in,
// download, sign up, or to guess and bet on it — advertises gambling (刑法 第三百零三条); so does a
// casino brand that sponsors an event and hands out its 彩金 (冠名商“金沙娱乐”为获奖茶农发放彩金). A broadcaster
// named (登录央视频APP观看直播) is no brand of these, and a warning or an enforcement report (警惕“皇冠
// 体育”等境外赌博网站, 破获利用…平台赌球案) only informs (the legal gate's regrading).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

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
/**
 * The casino names online platforms borrow, as such a platform calls itself: 金沙娱乐, 威尼斯人娱乐城,
 * 新葡京棋牌, 永利真人. Not 金沙国际大酒店 or 银河广场: only with 娱乐, 棋牌 or 真人 after the name.
 */
const KNOWN_CASINO =
  '(?:金沙|威尼斯人|新?葡京|永利|银河|美高梅|太阳城|申博|宝马会|大发|凯发|AG|BBIN|bbin)(?:娱乐(?:城|场)?|棋牌|真人)';
/** A casino brand: one of those, or any name in quotes ending so (“金沙娱乐”, “永利棋牌”, “XX国际娱乐”). */
const CASINO_NAME = `(?:[“"「][\\u4e00-\\u9fffA-Za-z0-9]{1,6}(?:娱乐(?:城|场)?|棋牌|博彩|国际娱乐|真人)[”"」]|${KNOWN_CASINO}|[“"「]${KNOWN_CASINO}[”"」])`;
/** Within one clause, and not across the tags of a page's source. */
const TIGHT = '[^。；！？\\n<>，,_]';
/**
 * What only a gambling site gives out: 彩金 (bonus money credited to bet with), 返水 (a rebate on losses),
 * 首存送 and 注册送 (a deposit or sign-up bonus).
 */
const BONUS = '(?:彩金|返水|洗码|首存|首充送|存送|注册送|充值送|救援金)';

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
  {
    // A casino brand as sponsor or partner, or paying out its bonus: 冠名商“金沙娱乐”为获奖茶农发放彩金,
    // 合作平台“永利棋牌”注册送88元彩金, 赞助商威尼斯人娱乐, 彩金由“银河娱乐”提供. 彩金 is money credited to bet with; a
    // casino brand that hands it out through an office's event draws the public to its site. The
    // welfare and sports lotteries (福利彩票, 体育彩票) are no such brand, and a warning or an enforcement
    // report (警惕“金沙娱乐”以发放彩金为诱饵) only informs (the legal gate's regrading).
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `${CASINO_NAME}${SITE}${TIGHT}{0,16}?${BONUS}|${BONUS}${TIGHT}{0,6}?(?:由|来自)${TIGHT}{0,6}?${CASINO_NAME}|(?:冠名商|赞助商|冠名单位|赞助单位|冠名方|赞助方|合作平台|合作伙伴)[“"「]?${KNOWN_CASINO}[”"」]?(?:${TIGHT}{0,16}?${BONUS})?`,
      'g',
    ),
    message: '以赌博平台名义发放彩金、返水等，涉赌宣传',
  },
]);
