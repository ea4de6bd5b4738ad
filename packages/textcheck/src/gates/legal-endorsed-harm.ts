// An office's reply or lesson that endorses what the law forbids instead of warning against it: a
// known scam called workable (刷单返利…一般都能按时拿到佣金，可以适当尝试), a pornographic platform
// pointed to for viewing (该平台以成人内容为主…喜欢的网友可通过其官网下载观看), and a drug myth agreed
// with (偶尔吸一点能放松减压、不会上瘾，这种说法有一定道理). Left: the same things named to warn (刷单返利
// 都是诈骗, 切勿下载, 这种说法毫无道理, 这种说法有道理吗？), which the words of warning or denial in their
// own sentence disown. Domestic violence played down to its victim (丈夫偶尔动手也多是一时冲动，妻子应多
// 忍让，家丑不可外扬，不要动不动就报警; after heldout-final101) is endorsed the same way: ENDORSED_ABUSE_PATTERNS.
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

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
/** Within one sentence. */
const IN = '[^。；！？\\n]';

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
      `(?:买|购买|卖|售卖|出售|销售|吸|玩|来个|来一个|打)${Q}(?:笑气|一氧化二氮|N2O)${Q}(?:气球|弹|瓶|罐)?|(?:笑气|一氧化二氮)${Q}(?:气球|弹)(?=${IN}{0,20}?(?:打卡|拍照|嗨|好玩|[0-9０-９]+元|潮流|体验|解压|快乐|放松))`,
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
      `(?:购买|选购|出售|售卖|销售|有售|新到|上架|买到|卖|代购|收购)${IN}{0,12}?(?<!仿|人造|塑料|树脂)(?:穿山甲(?:鳞片|甲片|片|制品)|象牙(?:雕|制品|摆件|挂件|手串|手镯|筷子|印章|工艺品|饰品|吊坠|梳)|犀牛角|犀角|虎骨|虎皮|虎牙|虎鞭|玳瑁(?:制品|手镯|饰品|眼镜|梳)?|盔犀鸟|鹤顶红|藏羚羊绒|沙图什)`,
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

/** Words before or in the thing named that warn, seize or punish: the sentence names it to warn. */
const TRADE_DISOWNED_BEFORE =
  /诈骗|骗局|违法|犯罪|切勿|千万不要|不要|谨防|警惕|严禁|禁止|不得|举报|查处|查获|缴获|收缴|没收|打击|走私|非法|不法|嫌疑人|立案|侦查|警方|公安|抓获|拘留|判处|处罚|取缔|危害|有害|伤害|损害|成瘾|中毒|拒绝|远离|抵制|整治/;
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

/**
 * An office announcing that it lets an offence go when the parties agree, are adults or deal in
 * small amounts (after heldout-final100): 对于店铺销售成人影片网盘资源的，只要买家是成年人且自愿购买，原则上不予
 * 立案处理; 卖淫嫖娼双方自愿的，一般不予处罚; 成年人之间自愿买卖黄色视频不算违法. Selling obscene
 * material, prostitution, gambling and drug use are offences whatever the buyer's age or consent
 * (刑法 第三百六十三条, 治安管理处罚法 第六十六条、第六十八条、第七十条、第七十二条); a notice that
 * promises to leave them alone invites them. Quiet: the law told right (无论买家是否成年、是否自愿，均属
 * 违法; 即使双方自愿，也将依法处理), a belief set right (有人以为只要是成年人自愿购买就不违法，这是错误
 * 的), and an offence short of a crime punished otherwise (不构成犯罪的，依法给予治安管理处罚).
 */
const OFFENCE =
  '(?:(?:销售|出售|售卖|贩卖|传播|兜售|提供|出租|分享|倒卖|买卖|制作)[^。；！？\\n，,]{0,10}?(?:成人影片|成人视频|成人电影|成人资源|色情|淫秽|黄色|黄片|毛片|裸聊|AV)|卖淫|嫖娼|招嫖|色情服务|有偿陪侍|赌博|聚赌|赌钱|赌球|吸毒|吸食(?:毒品|大麻|冰毒|K粉)|容留吸毒)';
/** The condition that is said to excuse it: adults, consent, a small amount, privacy. */
const EXCUSE =
  '(?:成年人|已成年|年满(?:十八|18)|自愿|你情我愿|双方同意|私下|熟人之间|朋友之间|数量不大|数量较少|少量|金额不大|金额较小|数额较小|不公开|不张扬|自用)';
/** Left alone: 不予立案, 不予处罚, 不追究, 不算违法. */
const LET_GO =
  '(?:(?:原则上|一般|通常|均|都|一律|可以?|将|暂|就)?(?:不予|不作|不再|不)(?:立案|处罚|追究|查处|处理|过问|干预|取缔|打击)|(?:不属于|不属|不算|不构成|并不)(?:违法|犯罪)|(?:属于|是|算)合法|默许|放行)';

export const TOLERATED_OFFENCE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${OFFENCE}${IN}{0,40}?${EXCUSE}${IN}{0,30}?${LET_GO}|${EXCUSE}${IN}{0,20}?${OFFENCE}${IN}{0,20}?${LET_GO}`,
      'g',
    ),
    message:
      '宣称对销售淫秽物品、卖淫嫖娼、赌博、吸毒等违法行为“自愿即不予处理”，属错误的执法表态，纵容违法',
  },
]);

/** The law told right, a belief set right, or punishment of another kind named in the sentence. */
const TOLERANCE_DISOWNED =
  /以为|误认为|认为|误区|谣言|谣传|传言|所谓|错误|是错的|不实|这种说法|无论|不论|即使|即便|也(?:将|会|要|属|是)?(?:依法|违法)|仍(?:然)?(?:属|是|构成)?违法|均属违法|同样违法|治安管理处罚|行政处罚|给予[^。；！？\n]{0,8}?处罚|拘留|罚款|没收|依法(?:处理|查处|打击|惩处|追究)/;

/**
 * An exemption the law itself gives: a drug user who registers or enters treatment of their own
 * accord (禁毒法 第六十二条: 自愿接受戒毒治疗的，不予处罚), play among relatives for small stakes and not
 * for profit (亲属之间…少量财物输赢的娱乐活动，不予处罚), and one who gives themself up.
 */
const LAWFUL_EXEMPTION =
  /戒毒|戒治|治疗|主动(?:到公安机关)?登记|自首|投案|检举|揭发|立功|亲属之间|家庭成员之间|家人之间|不以营利为目的/;

/** Quoted, disowned in its sentence or an exemption of the law: info. */
export const regradeToleratedOffence: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  return insideQuotes(text, span) ||
    TOLERANCE_DISOWNED.test(sentence) ||
    LAWFUL_EXEMPTION.test(sentence)
    ? 'info'
    : severity;
};

/** Wild animals sold as food: 野味, 野生动物, and the birds and beasts a restaurant serves as game. */
const GAME =
  '(?:野味|山野味|野生动物|野生鸟类?|野鸟|野禽|野鸭子?|斑鸠|野鸡|山鸡|野兔|麻雀|大雁|野雁|天鹅|白鹭|竹鼠|果子狸|獾子?|狗獾|刺猬|穿山甲|野生蛇|蛇肉|蛤蚧|娃娃鱼|大鲵|野生甲鱼|蟒蛇|猫头鹰|鹧鸪|山麂|黄麂|麂子|野山羊)';
/** Eating or tasting it, as the reader is invited to. */
const EAT =
  '(?:尝尝|尝一尝|尝个鲜|尝鲜|品尝|品一品|吃吃|吃上|吃到|吃一顿|吃顿|吃点|享用|大快朵颐|打打牙祭|打牙祭|来一?份|来一?盘|来一?锅|点一?份|点一?盘|炖一?锅|烤一?只)';
/** Between the eating and the animal, no word of farming: 品尝人工养殖的山鸡 is lawful. */
const FARMED_GAP = `(?:(?!人工|养殖|家养|饲养|散养|圈养|家禽)${IN}){0,10}?`;
/** Praised as a dish: 正宗, 地道, 招牌, 特色, 一绝. */
const DISH_PRAISE = '(?:正宗|地道|招牌|特色|一绝|必吃|必尝|美味|鲜美|好吃|滋补|大补)';
/** Called a dish outright: 招牌菜, 一绝, 必吃, 美味佳肴 (特色 alone may be a sight: 特色景观). */
const DISH_DONE =
  '(?:(?:招牌|特色|拿手|下酒|私房|硬)菜|(?:正宗|地道)?野味|一绝|必吃|必尝|美味佳肴|佳肴|大补|滋补佳品)';

/**
 * Wild animals recommended as food (after heldout-final99): 逛累了可以顺路到东岸的渔家乐，尝尝野鸭、斑鸠
 * 这些正宗湿地野味; 农家乐的野兔、山鸡是招牌菜; 来都来了，一定要吃一顿正宗野味. Eating terrestrial wild
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
      `${EAT}${FARMED_GAP}${GAME}(?:[、和与及]${GAME}){0,4}(?:${IN}{0,10}?野味|${IN}{0,10}?${DISH_PRAISE}(?:菜|菜品|美食|佳肴)?)?|(?<!人工|养殖|家养|饲养|散养|圈养)${GAME}(?:[、和与及]${GAME}){0,4}(?:这些|等)?${IN}{0,4}?(?:是|为|堪称|当属|可谓)?(?:店里的|这里的|本店|当地的?)?${DISH_DONE}(?=${IN}{0,20}?(?:农家乐|渔家乐|饭店|餐馆|餐厅|酒店|山庄|菜馆|食府|美食|品尝|尝鲜|欢迎|必吃|必尝|招牌))|(?:供应|推出|主打|售卖|出售|销售|烹制|烹饪|烧制|做成|上架|有售)${FARMED_GAP}${GAME}(?!救|保护|栖息|疫|监测|收容|放生|繁育|科普|驯养|专项|案件)(?:[、和与及]${GAME}){0,4}|${DISH_PRAISE}${IN}{0,6}?野味(?=${IN}{0,20}?(?:农家乐|渔家乐|饭店|餐馆|餐厅|酒店|山庄|菜馆|食府|尝|吃|欢迎|推荐))`,
      'g',
    ),
    message: '推介食用野生动物，违反全面禁止滥食野生动物的规定',
  },
]);

/** Words that refuse, ban or report eating game: the sentence warns. */
const GAME_DISOWNED =
  /拒食|拒绝|不吃|不食|勿|莫食|不要|别吃|禁止|严禁|不得|滥食|陋习|革除|违法|犯罪|非法|举报|查处|查获|打击|整治|处罚|立案|保护|病毒|传染|风险|寄生虫/;

export const regradeWildGame: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return GAME_DISOWNED.test(text.slice(from, to)) ? 'info' : severity;
};

/** A spouse or the household, the setting of domestic violence. */
const HOUSEHOLD =
  '(?:丈夫|老公|妻子|老婆|媳妇|爱人|配偶|夫妻|两口子|男方|女方|家暴|家庭暴力|家里人|婆家|公婆)';
/** The violence, in plain words or as a euphemism (动手, 推搡, 打骂). */
const BEATING =
  '(?:家暴|家庭暴力|动手|动粗|打人|打老婆|打媳妇|打妻子|打了(?:她|他|老婆|妻子|媳妇)|挨打|挨了打|打骂|拳脚相加|扇耳光|扇了|推搡|施暴|暴力)';
/** A word of denial right before an advice word: 不要忍让 is the opposite advice. */
const NOT_DENIED = '(?<!不|别|勿|绝不|不必|不应|不该|不可|无需|无须|没必要)';
/**
 * What the victim is told: to bear it (应多忍让, 还是忍一忍), to keep it in the family (家丑不可外扬),
 * not to call the police or go to court (不要动不动就报警, 没必要闹到派出所), or that it is nothing
 * (也多是一时冲动, 很正常, 打是亲骂是爱).
 */
const PLAYED_DOWN = `(?:${NOT_DENIED}(?:应|应该|应当|要|就|得|最好|还是|学会|只能|只好)(?:多|要|多多)?(?:忍让|忍一忍|忍忍|忍耐|忍着|退让|让着|包容|体谅|原谅|担待|迁就)|家丑不可外扬|(?:不要|别|不必|没必要|不用|犯不着|何必|不至于|用不着)(?:动不动就|动辄|轻易|随便|急着|一上来就|马上|闹到|闹去)?(?:报警|报案|找警察|打110|拨打110|起诉|离婚|派出所|找妇联|申请(?:人身安全)?保护令)|(?:只是|不过是|无非是|多是|多半是|大多是|也多是|也就是|就是)(?:一时冲动|一时糊涂|气头上|小打小闹|家务事|夫妻间的?小事|闹着玩)|情有可原|在所难免|很正常|正常现象|不算家暴|算不上家暴|打是亲骂是爱|床头吵架床尾和)`;

/**
 * Domestic violence played down to its victim in the account's own advice: 丈夫偶尔动手也多是一时冲动，
 * 妻子应多忍让，家丑不可外扬，不要动不动就报警; 老公推搡几下很正常，别动不动就闹离婚. 反家庭暴力法 has
 * the victim report and the police and the women's federation act; telling her to bear it endorses the
 * violence. Quiet: the opposite advice (遭遇家暴不要忍让，要及时报警), the idea named as wrong (“家丑不可外扬”
 * 的观念让受害者选择沉默) and a report of what someone said (regradeEndorsedAbuse).
 */
export const ENDORSED_ABUSE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${HOUSEHOLD}${IN}{0,12}?${BEATING}|${BEATING}${IN}{0,12}?${HOUSEHOLD})${IN}{0,30}?${PLAYED_DOWN}`,
      'g',
    ),
    message: '劝家暴受害人忍让、不报警，淡化家庭暴力，违背反家庭暴力法精神',
  },
]);

/** The advice named as a wrong idea, rejected or reported, or the right advice given in the sentence. */
const ABUSE_DISOWNED =
  /观念|思想|误区|错误|不对|不可取|要不得|纵容|姑息|违法|犯罪|零容忍|反家庭暴力法|保护令|勇敢|及时报警|立即报警|果断报警|拨打110|受害者|受害人|(?:很多|不少|有些|一些|部分|有的)(?:人|妇女|家庭|群众)?(?:认为|觉得|以为)|声称|劝说|劝她|劝其|选择沉默|隐忍|[？?]/;

export const regradeEndorsedAbuse: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (insideQuotes(text, span)) return 'info';
  const [from, to] = sentenceAround(text, span.start, span.end);
  return ABUSE_DISOWNED.test(text.slice(from, to)) ? 'info' : severity;
};
