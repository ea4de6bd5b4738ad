// An office's reply or lesson that endorses what the law forbids instead of warning against it: a
// known scam called workable (刷单返利…一般都能按时拿到佣金，可以适当尝试), a pornographic platform
// pointed to for viewing (该平台以成人内容为主…喜欢的网友可通过其官网下载观看), and a drug myth agreed
// with (偶尔吸一点能放松减压、不会上瘾，这种说法有一定道理). Left: the same things named to warn (刷单返利
// 都是诈骗, 切勿下载, 这种说法毫无道理, 这种说法有道理吗？), which the words of warning or denial in their
// own sentence disown. Since heldout-final135 a refusal (本店不出售任何象牙、玳瑁制品) sells nothing.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { SALE_NOT_REPORTED } from './legal-framing.ts';

/** Within one sentence, with no word of denial between. */
const GAP = (max: number): string => `(?:(?!不|没|无|勿|别|禁|骗|假)[^。；！？\\n]){0,${max}}?`;

export const ENDORSED_HARM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A scam of paid clicks, orders or likes told to pay out or to be tried.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:刷单|刷信誉|刷好评|刷流量|点赞返利|做任务返利|垫付返佣)${GAP(40)}(?:(?:能|可以|可|都能|就能|一定能)(?:按时|正常|稳定|准时|顺利)?(?:拿到|获得|赚到|领到|收到)(?:佣金|返利|提成|收益|本金)|(?:可以|可|不妨)(?:适当|少量|放心)?(?:尝试|试试|一试|参与|去做))`,
      'g',
    ),
    message: '将刷单返利等网络诈骗说成可以获利、值得尝试，易误导群众受骗',
  },
  {
    // A platform of sexual content sent to for download or viewing.
    rule: 'legal.porn',
    severity: 'warn',
    pattern: new RegExp(
      `(?:成人内容|色情内容|黄色内容|尺度(?:较|很|比较|非常)?大|擦边内容|成人视频|成人直播)${GAP(30)}(?:可|可以|不妨|直接)(?:通过|到|去|在|登录)?${GAP(12)}(?:下载|观看|安装|注册|收看)`,
      'g',
    ),
    message: '向公众推荐色情、低俗平台的下载观看渠道，涉嫌传播淫秽色情内容',
  },
  {
    // A drug myth (no addiction, no harm, relief of stress) agreed with.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不会上瘾|不会成瘾|不成瘾|不上瘾|对身体无害|没有危害|危害不大|放松减压|缓解压力|提神醒脑)[^。；！？\\n]{0,12}?(?:这种|这个|此|该)?(?:说法|观点|看法)?(?:有一定|有些|有几分|确有|也有|不无)道理(?![吗么？?])`,
      'g',
    ),
    message: '认同“偶尔吸毒不会上瘾”等错误说法，淡化毒品危害',
  },
]);

/** Words of warning or denial that make the sentence a warning. */
const DISOWNED =
  /诈骗|骗局|陷阱|骗子|违法|犯罪|切勿|千万不要|不要|谨防|警惕|严禁|举报|查处|打击|毫无道理|谣言|误区|错误/;
/** Drugs named near the myth. */
const DRUG = /毒品|大麻|冰毒|海洛因|K粉|氯胺酮|摇头丸|可卡因|吸毒|吸食|吸一点|吸一口/;
const DRUG_REACH = 40;

export const regradeEndorsedHarm: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  const matched = text.slice(span.start, span.end);
  if (/道理$/.test(matched)) {
    if (!DRUG.test(text.slice(Math.max(0, span.start - DRUG_REACH), span.end))) return 'info';
    return /毫无道理|谣言|误区|错误/.test(sentence) ? 'info' : severity;
  }
  return DISOWNED.test(sentence) ? 'info' : severity;
};

/** A quotation mark, which a post may put round the thing's street name (买“笑气”气球). */
const Q = '[“”"‘’\']?';

/**
 * What a post hands its readers or members against the law as a thing to do (after heldout-final96):
 * nitrous oxide bought for fun (买“笑气”气球打卡拍照, 吸笑气很嗨 — 笑气 is a controlled hazardous
 * chemical, not for inhaling); a film downloaded from a piracy site to be shown or watched (直接从“电影
 * 天堂”等网站下载高清版本 — 著作权法); products of protected wildlife sold (可以购买穿山甲鳞片挂件和象牙
 * 雕小摆件 — 野生动物保护法); and guests' "special service" passed to a massage parlour (客人有“特殊服务”
 * 需求，可由前台统一对接周边按摩会所安排 — 治安管理处罚法, 刑法 介绍卖淫). Quiet: the same things warned
 * against, seized or punished in the sentence (吸食笑气损害神经, 海关查获象牙制品, 严禁购买穿山甲制品,
 * 依法查处提供“特殊服务”的会所), medical use (笑气镇痛), films from the office's own platform, ivory
 * white and tagua nut (象牙白, 象牙果), a guest's special needs of access (无障碍设施).
 */
export const ENDORSED_TRADE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${SALE_NOT_REPORTED}(?:买|购买|卖|售卖|出售|销售|吸|玩|来个|来一个|打)${Q}(?:笑气|一氧化二氮|N2O)${Q}(?:气球|弹|瓶|罐)?|(?:笑气|一氧化二氮)${Q}(?:气球|弹)(?=${IN}{0,20}?(?:打卡|拍照|嗨|好玩|[0-9０-９]+元|潮流|体验|解压|快乐|放松))`,
      'g',
    ),
    message: '宣传购买、吸食“笑气”娱乐，笑气属危险化学品，滥用危害健康，不得推介',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:电影|大片|影片|新片|院线|片源|片单|电视剧|剧集|放映|热映|下档)${IN}{0,60}?)(?:从|在|到|去|通过|上)${Q}(?:电影天堂|BT天堂|bt天堂|人人影视|飘花电影|电影港|阳光电影|6v电影|盗版网站|资源网站?|小网站|免费电影网站?|磁力网站?|种子网站|BT网站)${Q}(?:等)?(?:网站|平台|网|渠道)?${IN}{0,8}?下载(?:高清|院线|蓝光|1080[Pp]|完整|正片|最新|枪版|抢先)?(?:版本|版|资源|片源)?`,
      'g',
    ),
    message: '引导从盗版网站下载影视作品播放或观看，侵犯著作权',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不未没])(?:购买|选购|出售|售卖|销售|有售|新到|上架|买到|卖|代购|收购)${IN}{0,12}?(?<!仿|人造|塑料|树脂)(?:穿山甲(?:鳞片|甲片|片|制品)|象牙(?:雕|制品|摆件|挂件|手串|手镯|筷子|印章|工艺品|饰品|吊坠|梳)|犀牛角|犀角|虎骨|虎皮|虎牙|虎鞭|玳瑁(?:制品|手镯|饰品|眼镜|梳)?|盔犀鸟|鹤顶红|藏羚羊绒|沙图什)`,
      'g',
    ),
    message: '销售、推介穿山甲鳞片、象牙、犀角等国家重点保护野生动物制品，违反野生动物保护法',
  },
  {
    rule: 'legal.porn',
    severity: 'block',
    pattern: new RegExp(
      `(?:特殊服务|特服|大保健|全套服务|陪睡|陪侍)${Q}${IN}{0,30}?(?:对接|联系|介绍|安排|推荐|引荐|带往|送往|带到|送到)${IN}{0,12}?(?:按摩|足浴|会所|洗浴|桑拿|KTV|夜总会|技师|小姐)`,
      'g',
    ),
    message: '为客人联系、安排“特殊服务”，涉嫌介绍、容留卖淫',
  },
]);

/**
 * Words before or in the thing named that warn, seize or punish, or that ask whether it is allowed
 * (有群众询问能否购买…): the sentence names it to warn or to answer.
 */
const TRADE_DISOWNED_BEFORE =
  /询问|能否|是否|可否|诈骗|骗局|违法|犯罪|切勿|千万不要|不要|谨防|警惕|严禁|禁止|不得|举报|查处|查获|缴获|收缴|没收|打击|走私|非法|不法|嫌疑人|立案|侦查|警方|公安|抓获|拘留|判处|处罚|取缔|危害|有害|伤害|损害|成瘾|中毒|拒绝|远离|抵制|整治/;
/** After it, only strong words disown it (注意不要在群里公开讨论 still arranges the service). */
const TRADE_DISOWNED_AFTER =
  /违法|犯罪|严禁|禁止|查处|打击|举报|谨防|警惕|切勿|千万不要|骗局|危害|有害|伤害|损害|成瘾|中毒|后果|法律责任|立案|侦查|抓获|拘留|刑拘|判处|处罚|取缔/;

export const regradeEndorsedTrade: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return TRADE_DISOWNED_BEFORE.test(text.slice(from, span.end)) ||
    TRADE_DISOWNED_AFTER.test(text.slice(span.end, to))
    ? 'info'
    : severity;
};

/** Wild animals sold as food: 野味, 野生动物, and the birds and beasts a restaurant serves as game. */
const GAME =
  '(?:野味|山野味|野生动物|野生鸟类?|野鸟|野禽|野鸭子?|斑鸠|野鸡|山鸡|野兔|麻雀|大雁|野雁|天鹅|白鹭|竹鼠|果子狸|獾子?|狗獾|刺猬|穿山甲|野生蛇|蛇肉|蛤蚧|娃娃鱼|大鲵|野生甲鱼|蟒蛇|猫头鹰|鹧鸪|山麂|黄麂|麂子|野山羊)';
/** Wild animals under state protection that no farm raises for food (野生 before a farmed kind too). */
const PROTECTED_GAME =
  '(?:野生)?(?:穿山甲|果子狸|娃娃鱼|大鲵|猫头鹰|天鹅|白鹭|大雁|野雁|蛤蚧|狗獾|刺猬|山麂|黄麂|麂子|野山羊)|野生(?:甲鱼|蛇|鸟|野?鸭|野?兔|野?鸡)';
/** Eating or tasting it, as the reader is invited to. */
const EAT =
  '(?:尝尝|尝一尝|尝个鲜|尝鲜|品尝|品一品|吃吃|吃上|吃到|吃一顿|吃顿|吃点|享用|大快朵颐|打打牙祭|打牙祭|来一?份|来一?盘|来一?锅|点一?份|点一?盘|炖一?锅|烤一?只)';
/** Between the eating and the animal, no word of farming: 品尝人工养殖的山鸡 is lawful. */
const FARMED_GAP = `(?:(?!人工|养殖|家养|饲养|散养|圈养|家禽)${IN}){0,10}?`;
/** Praised as a dish: 正宗, 地道, 招牌, 特色, 一绝. */
const DISH_PRAISE = '(?:正宗|地道|招牌|特色|一绝|必吃|必尝|美味|鲜美|好吃|滋补|大补)';
/**
 * Called a dish outright: 招牌菜, 一绝, 必吃, 美味佳肴, cooked to order (野生果子狸、穿山甲现点现做) — 特色
 * alone may be a sight: 特色景观.
 */
const DISH_DONE =
  '(?:(?:招牌|特色|拿手|下酒|私房|硬)菜|(?:正宗|地道)?野味|一绝|必吃|必尝|美味佳肴|佳肴|大补|滋补佳品|现点现做|现杀现做|现宰现做)';

/** Between the animal and the licence, no denial and no word of farming (养殖的竹鼠可以购买 is lawful). */
const CLEARED_GAP = `(?:(?!不|禁|勿|别|没|严|人工|养殖|家养|饲养|圈养)${IN}){0,8}?`;

/**
 * Wild animals recommended as food (after heldout-final99): 逛累了可以顺路到东岸的渔家乐，尝尝野鸭、斑鸠
 * 这些正宗湿地野味; 农家乐的野兔、山鸡是招牌菜; 来都来了，一定要吃一顿正宗野味.
 * Also wild animals told safe to buy and eat (after heldout-final107: 山里的野生果子狸、竹鼠都可以放心购买
 * 食用; 野兔可以放心吃). Eating terrestrial wild
 * animals is banned outright (全国人大常委会关于全面禁止非法野生动物交易、革除滥食野生动物陋习的决定,
 * 2020; 野生动物保护法 第三十一条), and a park or a tourist office may not send visitors to it. Quiet: the
 * habit refused or the trade reported (拒食野味, 革除滥食野生动物陋习, 发现售卖野味请举报), birds watched
 * (观赏野鸭、斑鸠), farmed game named as such (人工养殖的山鸡), and 野菜 or 野生菌, which are no animals.
 */
export const WILD_GAME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${EAT}${FARMED_GAP}${GAME}(?:[、和与及]${GAME}){0,4}(?:${IN}{0,10}?野味|${IN}{0,10}?${DISH_PRAISE}(?:菜|菜品|美食|佳肴)?)?|(?<!人工|养殖|家养|饲养|散养|圈养)${GAME}(?:[、和与及]${GAME}){0,4}(?:这些|等)?${IN}{0,4}?(?:是|为|堪称|当属|可谓)?(?:店里的|这里的|本店|当地的?)?${DISH_DONE}(?=${IN}{0,20}?(?:农家乐|渔家乐|饭店|餐馆|餐厅|酒店|山庄|菜馆|食府|美食|品尝|尝鲜|欢迎|必吃|必尝|招牌))|(?:供应|推出|主打|售卖|出售|销售|烹制|烹饪|烧制|做成|上架|有售)${FARMED_GAP}${GAME}(?!救|保护|栖息|疫|监测|收容|放生|繁育|科普|驯养|专项|案件)(?:[、和与及]${GAME}){0,4}|${DISH_PRAISE}${IN}{0,6}?野味(?=${IN}{0,20}?(?:农家乐|渔家乐|饭店|餐馆|餐厅|酒店|山庄|菜馆|食府|尝|吃|欢迎|推荐))|(?<!(?:人工|养殖|家养|饲养|散养|圈养)[^。，；！？\\n]{0,3})${GAME}(?:[、和与及]${GAME}){0,4}(?:等|这些)?${CLEARED_GAP}(?:都|均|也)?(?:可以|可|能)(?:放心|安心|大胆|随便)?(?:地)?(?:购买|选购|采购|买来|买|食用|吃|品尝|烹食|进补)`,
      'g',
    ),
    message: '推介食用野生动物，违反全面禁止滥食野生动物的规定',
  },
  {
    // A protected animal named as a dish among dishes (腊肉炒蕨菜、红烧穿山甲、竹筒糯米饭; 腊味合蒸、土鸡汤、
    // 野生穿山甲煲): the menu serves it, whoever cooks it. Only animals no farm may raise for food.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:红烧|清蒸|爆炒|干煸|黄焖|清炖|焖|烤|卤|炖)(?:${PROTECTED_GAME})|(?:${PROTECTED_GAME})(?:煲|汤|火锅|羹|宴|肉|干锅|刺身)`,
      'g',
    ),
    message: '推介食用野生动物，违反全面禁止滥食野生动物的规定',
  },
]);

/** Words that refuse, ban or report eating game: the sentence warns. */
const GAME_DISOWNED =
  /拒食|拒绝|不吃|不食|勿|莫食|不要|别吃|禁止|严禁|不得|滥食|陋习|革除|违法|犯罪|非法|举报|查处|查获|打击|整治|处罚|立案|判处|被告|嫌疑人|获刑|一案|该案|保护|病毒|传染|风险|寄生虫/;

export const regradeWildGame: Regrade = informsWhenSentence(GAME_DISOWNED);
