// Pattern families of the legal gate for what a post hands its readers against the law on their
// own supply: a phone card sold without real-name registration (大流量卡免实名、到手即用, 手机卡无需
// 实名即可办理 — 反电信网络诈骗法 第二十一条, 网络安全法 第二十四条); a book or workbook printed whole
// from an electronic copy instead of bought (热门教辅电子版代打印服务，整本仅收15元 — 著作权法 第五十三条);
// relics dug up that the finder may keep or sell (村民可自行保留或出售 — 文物保护法: what is found
// underground belongs to the state and must be handed in); old trees offered to the trade (有意收购
// 古树的苗木商可与村委会协商购买 — 古树名木 may not be bought or sold); and where to buy a device for cheating or
// spying (在购物平台搜索“考试隐形耳机”即可找到卖家 — 刑法 第二百八十四条), and the search word that still
// finds counterfeits (此类商品在平台搜索“复刻”仍能买到 — 商标法 第五十七条). Quiet: the registration
// required (须持本人身份证实名办理), printing one's own files (自带文件打印每页0.5元), relics handed in
// (村民主动上交), and a ban or a warning in the clause (严禁销售作弊器材).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** An old or named tree: 古树, 古树名木, 古银杏, 古樟树, 百年老树 (not 古树茶, the tea of old tea trees). */
const OLD_TREE =
  '(?:古树名木|古树(?!茶)|名木古树|古(?:银杏|樟|香樟|柏|松|榕|槐|黄连木|枫|桂|朴|榆|皂荚|楠|红豆杉)树?|百年(?:老|古)树|(?:老|古)(?:大)?树桩)';

export const UNLAWFUL_SUPPLY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:流量卡|手机卡|电话卡|上网卡|物联网卡|号卡|SIM卡|sim卡|电话号码|手机号)${IN}{0,6}?(?:免实名|不用实名|无需实名|不需要?实名|不实名|无须实名|免身份证|不用身份证|无需身份证)|(?:免实名|无需实名|不用实名|无须实名)(?:办理|开通|激活)?的?(?:流量卡|手机卡|电话卡|上网卡|号卡|SIM卡)`,
      'g',
    ),
    message: '电话卡、物联网卡须实名登记，宣传“免实名”办卡违反反电信网络诈骗法',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:教辅|教材|图书|书籍|课本|练习册|试卷汇编|真题|辅导书|考研资料|小说)${IN}{0,4}?(?:电子版|PDF|pdf|扫描版|电子书)${IN}{0,4}?(?:代打印|代印|打印|复印|装订)${IN}{0,20}?(?:整本|全本|全套|成册|一本)|(?:整本|全本|全套)(?:教辅|教材|图书|书籍|辅导书)?(?:代打印|代印|复印|打印)${IN}{0,16}?(?:无需|不用|不必|省去)(?:购买|买)(?:原书|正版)`,
      'g',
    ),
    message: '整本复制、打印他人出版的图书、教辅出售，侵犯著作权',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:挖出|出土|发现|挖到|掘出|捞出|打捞)${IN}{0,12}?(?:古钱币|铜钱|钱币|古币|文物|瓷器|陶器|青铜器|石刻|古墓|墓砖|银锭|玉器)[^\\n]{0,80}?)(?:村民|发现者|群众|当事人|施工方|业主|个人)${IN}{0,4}?(?:可以?|可自行|能够?|允许|尽可)(?:自行)?(?:保留|收藏|留存|出售|售卖|变卖|买卖|交易)(?:或|或者|和|、)?(?:出售|售卖|变卖|买卖|交易|收藏)?`,
      'g',
    ),
    message: '地下出土的文物属国家所有，应上交文物部门，不得私自保留或买卖（文物保护法）',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:搜索|搜)[“"][^”"\\n]{0,8}?(?<![防反测])(?:作弊|隐形耳机|针孔摄像|针孔相机|窃听|偷拍|屏蔽器|干扰器|伪基站|迷药|仿真枪|管制刀具)[^”"\\n]{0,6}?[”"](?:即可|就能|就可以|便可|可以)(?:找到|买到|购买|搜到|下单)(?:卖家|商家|店铺|货源)?|(?:网上|网店|购物平台|电商平台|二手平台)${IN}{0,6}?(?:即可|就能|就可以|便可|可以|都能)(?:买到|购得|找到卖家)${IN}{0,6}?(?<![防反测])(?:作弊器|作弊设备|隐形耳机|针孔摄像头|窃听器|屏蔽器|干扰器)`,
      'g',
    ),
    message: '告知作弊、窃听等专用器材的购买途径，为违法犯罪提供便利',
  },
  {
    // Old and named trees offered for sale to the trade: 有意收购古树的苗木商可与村委会协商购买, 想购买古银杏
    // 的客商可联系村委会, 村里的两株古樟可以对外出售. Old and named trees are protected where they stand
    // (古树名木保护管理办法, the provinces' 古树名木保护条例): buying, selling or moving one away for sale is
    // banned. Adoption (有意认养古树的单位可与我办联系), a report (收购古树可向林业站举报) and a ban (严禁
    // 买卖古树) sell nothing.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:有意|想要?|欲|需要|打算|计划)(?:收购|购买|购置|求购|买|采购|移植)${OLD_TREE}${IN}{0,12}?(?:可|可以|请|欢迎|尽可)${IN}{0,12}?(?:协商|洽谈|商谈|议价|联系|购买|收购|交易|商议|面议)(?:购买|收购|价格|事宜|交易)?|${OLD_TREE}${IN}{0,10}?(?<![禁止不得严])(?:可|可以|允许|欢迎|均可|现)(?:对外|公开|有偿)?(?:出售|转让|售卖|变卖|买卖|交易|收购|拍卖)`,
      'g',
    ),
    message: '古树名木受法律保护，严禁买卖、转让或移植出售',
  },
  {
    // Counterfeits still to be had by a search word: 此类商品在平台搜索“复刻”仍能买到, 搜“高仿”“1:1”就能
    // 找到卖家, 输入“A货”即可下单. The search word is the way in (商标法 第五十七条, 刑法 第二百一十四条);
    // a note that the listings are gone (搜索“复刻”已无结果) or a ban points nowhere.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:搜索|搜|输入|检索)(?:关键词|关键字)?[“"][^”"\\n]{0,6}?(?:复刻|高仿|精仿|原单|A货|a货|一比一|1比1|1:1|１:１|仿品|仿版|超A|顶级复刻)[^”"\\n]{0,6}?[”"](?:[“"][^”"\\n]{1,8}[”"])*(?:等关键词)?(?:仍|仍然|还|依然|照样)?(?:即可|就能|就可以|便可|可以|能|都能)(?:找到|买到|购买|搜到|下单)`,
      'g',
    ),
    message: '告知假冒商品的搜索暗语和购买途径，为侵犯商标权提供便利',
  },
]);
