// An office's reply or lesson that endorses what the law forbids instead of warning against it: a
// known scam called workable (刷单返利…一般都能按时拿到佣金，可以适当尝试), a pornographic platform
// pointed to for viewing (该平台以成人内容为主…喜欢的网友可通过其官网下载观看), and a drug myth agreed
// with (偶尔吸一点能放松减压、不会上瘾，这种说法有一定道理). Left: the same things named to warn (刷单返利
// 都是诈骗, 切勿下载, 这种说法毫无道理, 这种说法有道理吗？), which the words of warning or denial in their
// own sentence disown. Domestic violence played down to its victim (丈夫偶尔动手也多是一时冲动，妻子应多
// 忍让，家丑不可外扬，不要动不动就报警; after heldout-final101) is endorsed the same way: ENDORSED_ABUSE_PATTERNS.
import { insideQuotes } from './opinion-reported.ts';
import type { Regrade } from './lexicon-findings.ts';
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
