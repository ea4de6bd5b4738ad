// Prize-paying game machines and pirated films offered to watch. A 有奖游戏机 or 捕鱼机 (“捕鱼达人”有奖
// 游戏机, 带奖电子游戏机, 兑奖游戏机) pays out by chance: it is a gambling machine the law bans from
// arcades, whatever night-economy news brings it in; an arcade's 体感游戏机 pays nothing. A film in
// cinemas offered free in full on a site (在“蓝光盒子”影视网免费观看全片, 网盘免费下载高清完整版) is a
// pirated copy, and so is a film still showing offered free (免费下载正在热映的院线电影); a library's
// free screening (免费放映老电影) names no site and no film in cinemas. A film's full copy handed out
// for a keyword after the post spoke of the film (后台回复“长空”即可获取高清完整版网盘资源) is pirated too,
// and so is a film site of a private name with its address or its kind of site after the name
// (登录“星辰影院”网站（www.xcyy88.com）免费观看), whatever films it offers: only a cinema's own screening
// (到“星光影院”免费观看) is no site.
// A printed book's pirated copy is handed out the same way: the whole set scanned or as a PDF, to be
// fetched from a cloud drive or a chat group (家长们可以先进“绘本侠”网盘群下载全套扫描版，群号见评论区;
// after heldout-final101). A library's own digital platform or a free e-book it licenses names no
// private drive, and a scan with no group or drive (古籍扫描版可在本馆数字资源平台阅览) is the
// library's.
// Enforcement reports and warnings only inform (the legal gate's regrade).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** The whole film for free: 免费观看全片, 免费下载高清完整版. */
const FREE_FULL =
  '免费(?:在线)?(?:观看|看|下载|收看)(?:到)?(?:全片|完整版|全集|高清完整版|高清版|正片|抢先版|枪版|全部剧集)';
/** A film still in cinemas: 正在热映的院线电影, 最新上映的大片, 院线新片. */
const NEW_FILM =
  '(?:到)?(?:正在|最新|刚刚|近期)?(?:热映|上映|首映|院线|上映中)(?:的)?(?:院线)?(?:电影|影片|大片|新片|片子)';
/**
 * Such a film free: downloaded (免费下载正在热映的院线电影), or watched online or where no cinema
 * offers it (免费观看最新上映的大片; a cinema's, a union's or a culture centre's free screening, 影院…
 * 市民可免费观看热映电影, 公益观影活动…地点：市文化馆放映厅, is a show, not a copy).
 */
const FREE_NEW = `免费下载${NEW_FILM}|(?=免费)(?<!(?:影院|影城|电影院|放映|观影|电影票|惠民|公益|赠票|包场|文化馆|图书馆)${IN}{0,40}?)免费(?:在线)?(?:观看|看|收看)${NEW_FILM}(?!${IN}{0,30}?(?:放映|影院|影城|地点))`;
/** A site or an app that hosts it: 影视网, 电影网, 网盘, 影视APP, 盒子. */
const SITE = '(?:影视网|电影网|影院网|视频网|资源网|影视站|网盘|影视|盒子|影院APP|影视APP|影视app)';

/**
 * A film site by its own name in quotes, then its kind (网站, APP) or its address in brackets, then
 * watching free: 登录“星辰影院”网站（www.xcyy88.com）免费观看.
 */
const NAMED_FILM_SITE = `(?:在|上|到|去|通过|用|登录|登陆|打开|访问)[“"「][^”"」\\n]{1,8}?(?:影院|影视|电影网|影吧|影城|影视网|剧场|追剧)[”"」](?:网站|网|APP|app|App|平台|客户端|小程序)(?:[（(][^（()）\\n]{3,40}[）)])?${IN}{0,4}?免费(?:在线)?(?:观看|看|收看|下载)`;

/** A private drive or group: 网盘群, 百度云, 资源群, 群号, 评论区 (where the link waits). */
const PRIVATE_DRIVE =
  '(?:网盘群?|云盘|百度云|百度网盘|夸克网?盘?|阿里云盘|迅雷云盘|资源群|书友群|分享群|QQ群|qq群|微信群|TG群|电报群|网盘链接|云盘链接|网盘地址|提取码)';
/** A book's pirated copy: 全套扫描版, 整套PDF, 高清影印版, 盗版电子书. */
const BOOK =
  '(?:图书|绘本|书籍|书|教材|教辅|课本|漫画|小说|丛书|套书|读物|期刊|杂志|练习册|习题集?|真题)';
const SCANNED_BOOK = `(?:(?:全套|整套|全本|全集|全册|全系列|整本)(?:的)?(?:${BOOK})?(?:的)?(?:高清)?(?:扫描版|扫描件|影印版)|(?:全套|整套|全本|全集|全册|全系列|整本)?(?:的)?${BOOK}(?:的)?(?:高清)?(?:电子版|电子书|PDF版?|pdf版?)|(?:全套|整套|全本|全集|全册|全系列)(?:的)?电子书|(?:高清)?(?:扫描版|影印版|盗版)(?:${BOOK}|电子书|PDF|pdf)?)`;
/** Taken: 下载, 领取, 获取. */
const FETCHED = '(?:下载|领取|获取|免费领|白嫖|拿到|保存|转存)';

export const GAMING_PIRACY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:有奖|带奖|兑奖|退币|赌博)(?:电子)?游戏机|捕鱼(?:游戏)?机(?!构|会|制)|(?<=[”"」])(?:有奖|兑奖)(?:电子)?游戏(?:机|厅)/g,
    message: '有奖游戏机、捕鱼机等以游戏为名赌博的机具属违法设施',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:在|上|到|去|通过|用|登录|登陆|打开|访问)${IN}{0,16}?${SITE}[”"」]?${IN}{0,6}?${FREE_FULL}|(?<=(?:热映|正在上映|院线|影院|首映|票房)${IN}{0,60}?)${FREE_FULL}|${FREE_NEW}|${NAMED_FILM_SITE}`,
      'g',
    ),
    message: '引导免费观看、下载院线影视作品的完整版，涉嫌传播盗版',
  },
  {
    // A film's full copy handed out for a keyword, a scan or a group (后台回复“长空”即可获取高清完整版网盘
    // 资源, 扫码进群领取全集链接), after the post has spoken of a film or a series: an account has no
    // right to hand out a film it screens. A lecture's or a study guide's full text is no film.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:影片|电影|大片|影城|影院|上映|热映|排片|电视剧|剧集|新片|院线|国庆档|春节档|暑期档)[^\\n]{0,120}?)(?:回复|私信|留言|扫码|扫描二维码|加群|进群|转发)${IN}{0,16}?(?:即可|就能|就可以|便可|可)?(?:获取|领取|下载|获得|拿到|观看)${IN}{0,6}?(?:高清|超清|蓝光|1080P|4K)?(?:(?:完整版|全片|全集|正片|抢先版|枪版|未删减版)${IN}{0,2}?(?:网盘|云盘|资源|链接|下载地址)|网盘资源|网盘链接|云盘链接)`,
      'g',
    ),
    message: '以回复关键词等方式提供影视作品完整版网盘资源，涉嫌传播盗版',
  },
  {
    // A book's pirated copy fetched from a private drive or group: 进“绘本侠”网盘群下载全套扫描版, 加资源群
    // 领取整套教材PDF, 全套扫描版已上传百度网盘，提取码见评论区.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${PRIVATE_DRIVE}${IN}{0,8}?${FETCHED}${IN}{0,6}?${SCANNED_BOOK}|${FETCHED}${IN}{0,4}?${SCANNED_BOOK}${IN}{0,16}?${PRIVATE_DRIVE}|${SCANNED_BOOK}${IN}{0,12}?(?:上传|放在|放到|存在|分享到|发到|发在)${IN}{0,4}?${PRIVATE_DRIVE}`,
      'g',
    ),
    message: '引导从网盘、群组下载图书的全套扫描版、电子版，涉嫌传播盗版、侵犯著作权',
  },
]);
