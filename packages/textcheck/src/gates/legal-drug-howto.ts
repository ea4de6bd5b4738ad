// How to buy drugs, told to the reader: 在二手交易平台搜索“小树枝”“咖啡豆”等暗语，再私聊卖家就能买到;
// 输入暗号就能找到卖家下单; the trade name to search for laughing gas or another drug the post is about
// (笑气…搜索“奶油气弹”就能下单). The way in is an instruction whatever frame the post puts round it (禁毒科普,
// 提高警惕): only its own sentence can disown it, naming it a crime or a case (不法分子…已被抓获, 殊不知
// 警方早已布控). Code words named as a warning (毒贩常用“小树枝”等暗语交易) tell no way to buy. Telling
// the reader how easily the drug is had (笑气…价格便宜，网上就能买到; 在电商平台很容易买到; 随处可买) points
// the way in too, and is disowned the same way (不法商家…已被查处, 千万不要); a sale that is no longer
// possible (网上已买不到, 不能再随意购买) points nowhere.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { SALE_NOT_REPORTED } from './legal-framing.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Ways of saying the reader gets it at once. */
const AT_ONCE = '(?:就能|就可以|就可|即可|便能|便可|都能|马上就能|立马就能)';
/**
 * Drugs and drug-like gases: a quoted name searched for is one of them when one stands inside the
 * quotes, or within 80 characters of the search in the same paragraph.
 */
const DRUG =
  '(?:笑气|一氧化二氮|毒品|冰毒|大麻|海洛因|摇头丸|K粉|麻古|迷药|迷幻药|催情药|听话水|神仙水|上头电子烟|依托咪酯|合成大麻素|恰特草|芬太尼|三唑仑|羟基丁酸|GHB)';
const SEARCH = '(?:搜索|搜|输入)';
/** A quoted name to search for or type in, then the purchase: 搜索“奶油气弹”就能下单. */
const QUOTED_BUY = `${IN}{0,6}?[“"「『][^”"」』\\n]{1,12}[”"」』]${IN}{0,12}?${AT_ONCE}(?:买到|购买|购得|下单|买|找到卖家|联系上卖家)`;

/** Where it is had online or in the street: 网上, 电商平台上, 便利店里. */
const OUTLET =
  '(?:在)?(?:网上|网店|线上|电商平台|网购平台|购物平台|外卖平台|社交平台|朋友圈|微商|小卖部|便利店|超市|商店|KTV|酒吧|夜店)(?:上|里|中)?';
/** How easily: 随便, 轻松, 很容易. */
const EASILY = '(?:随处|到处|随时|随便|随意|轻松|轻易|很容易|非常容易|容易|一搜|很轻松|简单)地?';
/** Had: 买到, 搞到, 到手. */
const GOT = '(?:买到|买得到|购买到|购得|搞到|弄到|到手|下单)';
/** Cheap, said first: 价格便宜，…. */
const CHEAP = '(?:(?:价格|售价)?(?:便宜|低廉|不贵|实惠)[，,、]\\s*)?';
/** Had easily: 网上就能买到, 随便都能搞到, 随处可买, perhaps after 价格便宜. */
const EASY_TO_GET = `${CHEAP}(?:${OUTLET}(?:${EASILY})?|${EASILY})${AT_ONCE}?${GOT}|${CHEAP}随处(?:可|能)(?:买|购买|买到)`;

/** A tool of taking drugs: 锡纸, 吸管, 冰壶, 针管. */
const TOOL =
  '(?:锡纸|锡箔纸?|吸管|冰壶|溜冰壶|水壶|打火机|针管|注射器|矿泉水瓶|玻璃管|玻璃壶|卷烟纸|烟斗)';
/**
 * A dose and its effect: 一次放半粒就够劲, 每次吸两口就能嗨, 一回用一克就上头. The step the reader could
 * follow, not the harm (一次吸食过量就可能致死 tells a death, not a high).
 */
const DOSE_HIGH =
  '(?:一次|每次|一回|每回|一口气)(?:只)?(?:放|用|吸|抽|来|吃|磕|溜|加|烤|吞|打)(?:个|上)?[半一两二三四五六七八九十0-9０-９.]+(?:粒|颗|克|片|口|包|g|小包|点)(?:就|便)?(?:够劲|够了|够|能嗨|嗨|上头|飘|飘了|带劲|过瘾|爽|很爽|舒服)';

export const DRUG_HOWTO_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // How to take the drug, told step by step with a dose: 用锡纸把麻古烤热，再用吸管吸烟雾，一次放半粒
    // 就够劲; 把冰毒放进冰壶里烤，每次吸两口就能嗨. A story of how someone was taught (朋友手把手教他…)
    // still hands the reader the method; only its own sentence can disown it (regradeDrugHowTo). The
    // drug named up to 80 characters before in the paragraph, or in the step itself; a tool told alone
    // (吸毒者常用锡纸烫吸) gives no dose and is not read.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${DRUG}[^\\n]{0,80}?)(?:(?:用|拿|把|将)${TOOL}${IN}{0,30}?)?${DOSE_HIGH}|(?:用|拿|把|将)${TOOL}${IN}{0,8}?${DRUG}${IN}{0,30}?${DOSE_HIGH}`,
      'g',
    ),
    message: '传授吸食毒品的方法和用量，涉毒内容',
  },
  {
    // How easily the drug is had: 笑气…价格便宜，网上就能买到; 这种“上头电子烟”在网上很容易买到; 网上随便就能
    // 买到的笑气弹. The drug named up to 80 characters before in the paragraph, or right after.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${DRUG}[^\\n]{0,80}?)(?:${EASY_TO_GET})|(?:${EASY_TO_GET})(?=的?${IN}{0,8}?${DRUG})`,
      'g',
    ),
    message: '宣扬毒品、笑气等违禁品容易买到，变相指引购买渠道',
  },
  {
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `(?:搜索|搜|输入|发送|报出?|对上)${IN}{0,24}?(?:暗语|黑话|暗号|隐语|切口)${IN}{0,20}?(?:就能|就可以|就可|即可|便能|便可|都能|马上就能|立马就能)(?:买到|购买|购得|拿到货?|到手|下单|买|找到卖家|联系上卖家)`,
      'g',
    ),
    message: '传授以暗语购买毒品等违禁品的方法，涉毒内容',
  },
  {
    // The drug before the search (tried only where a search word stands), after it, or in its quotes.
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `${SEARCH}(?<=${DRUG}[^\\n]{0,80}?${SEARCH})${QUOTED_BUY}|${SEARCH}${QUOTED_BUY}(?=[^\\n]{0,80}?${DRUG})|${SEARCH}${IN}{0,6}?[“"「『][^”"」』\\n]{0,6}?${DRUG}[^”"」』\\n]{0,6}?[”"」』]${IN}{0,12}?${AT_ONCE}(?:买到|购买|购得|下单|买)`,
      'g',
    ),
    message: '传授搜索商品名购买笑气、毒品等违禁品的方法，涉毒内容',
  },
  {
    // The drug offered by a business as part of its service (派对套餐…另可提供“笑气”气球助兴, 现场供应笑气
    // 气球, 笑气气球免费畅吸): a sale or treat, in either order. Not its harm or a lesson on it
    // (提供笑气危害科普), and a sentence naming the crime disowns it (regradeDrugHowTo).
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `${SALE_NOT_REPORTED}(?:提供|供应|出售|销售|售卖|有售|配送|赠送|附送|免费送|加购|无限量?供应)${IN}{0,4}?[“"「]?${DRUG}[”"」]?(?:气球|气弹|气瓶|钢瓶|奶油气)?(?!${IN}{0,2}(?:危害|知识|科普|检测|的危害|成瘾|中毒))|${DRUG}[”"」]?(?:气球|气弹|气瓶|钢瓶)?${IN}{0,6}?(?:有售|现货|批发|零售|可提供|免费送|免费吸|畅吸|任吸|无限畅玩|随便吸)`,
      'g',
    ),
    message: '商家提供或出售笑气等违禁品，涉毒内容',
  },
  {
    // The reader invited to buy it (年轻人还可以在入口处购买“笑气”气球, 欢迎来店选购笑气气弹) or sold
    // it by its high (笑气气球…吸一口快乐加倍, 吸一口嗨翻天). A warning's own sentence disowns it (严禁,
    // 不要: regradeDrugHowTo), and its harm told plainly (吸一口就可能导致缺氧) sells nothing.
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `(?:可以?|能|欢迎|快来|都来|来)${IN}{0,8}?(?:购买|选购|抢购|买到|领取|体验)${IN}{0,2}?[“"「]?${DRUG}[”"」]?(?:气球|气弹|气瓶|钢瓶|奶油气)?|${DRUG}[”"」]?(?:气球|气弹|气瓶|钢瓶)?${IN}{0,14}?(?:吸一口|吸上一口|来一口)(?:就)?(?:快乐加倍|快乐翻倍|嗨翻天?|爽翻天?|飘飘欲仙|烦恼全消|超嗨|超爽)`,
      'g',
    ),
    message: '招揽购买、吸食笑气等违禁品，涉毒内容',
  },
]);

/** A sentence that tells the way in as a crime or a caught case. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|违法|犯罪|不法分子|毒贩|查处|查获|抓获|打击|涉嫌|落网|警方|民警|殊不知/;

export const regradeDrugHowTo: Regrade = informsWhenSentence(DISOWNED);
