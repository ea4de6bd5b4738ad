// An unlawful act told to the reader as tolerated: the act, then the account's word that nobody
// minds — 金额不大的话一般没人管，图个开心 (stakes at mahjong), 自己吃的一般问题不大，只要不拿去卖就行 (poppies),
// 晚上去河汊子里下几张网没人查 (fishing in the closed season), 在楼顶放一放问题不大 (fireworks where they are
// banned), 丈夫偶尔动手…家丑不可外扬，不要动不动就报警 (domestic violence), 买工业盐代替食盐…只要控制好
// 用量问题不大 (food safety), 少量销售无中文标识的外烟…原则上不予追究 (smuggled cigarettes; heldout-final104). Whatever the act, the post
// tells the public the law will look away, which no official account may say. Quiet: the same words
// as the belief a post corrects (“小赌怡情”？错！, 个别村民认为“少量种植问题不大”, 抱有侥幸心理), in
// quotation marks, or in a sentence that bans or punishes the act; a citizen's complaint that
// nobody handles a problem (反映多次都没人管) is no act tolerated. The kind has three readings here: that
// one, which also reads a small stake the police leave alone (打牌赌点钱，只要数额不大，警察一般不会管;
// after heldout-final102) and an office letting an offence go when the parties consent (只要买家是成年人且
// 自愿购买，原则上不予立案; 卖淫嫖娼双方自愿的，一般不予处罚; after heldout-final100), unless the law's own
// exemption is meant (自愿接受戒毒治疗的，不予处罚); and domestic violence played down to its victim
// (ENDORSED_ABUSE_PATTERNS). Waste water poured down a rain drain told as no matter (晚上直接倒进雨水井也
// 没关系; after heldout-final107) is the first reading, with 也没关系 among the words that nobody minds;
// so is bid rigging told a trade's custom (投标人之间事先沟通报价属于行业惯例，大家不必过分紧张; after
// heldout-final106).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one sentence, or across a question into its answer. */
const ACROSS_QUESTION = '[^。；！!\\n]';
/** Acts the law forbids, as a post names them in passing. */
const UNLAWFUL_ACT = [
  // gambling, and a game played for a sum told small
  '赌',
  '(?:麻将|打牌|玩牌|扑克|纸牌|斗地主|掼蛋|牌局)(?=[^。；！？\\n]{0,20}?(?:金额|数额|钱|输赢|赌注|彩头)(?:不大|不多|较小|很小|小))',
  '牌九',
  '押注',
  '下注',
  '彩头',
  // drugs
  '罂粟',
  '大麻',
  '飞叶子',
  '笑气',
  // wildlife and fishing
  '野味',
  '野生动物',
  '野鸭',
  '斑鸠',
  '捕鸟',
  '网鸟',
  '打鸟',
  '捕猎',
  '打猎',
  '猎捕',
  '电鱼',
  '炸鱼',
  '毒鱼',
  '禁渔',
  '禁捕',
  '禁猎',
  '下几张网',
  // fireworks where they are banned
  '禁放',
  '禁燃',
  // vice and drugs an office may say it lets go
  '卖淫',
  '嫖娼',
  '招嫖',
  '色情服务',
  '有偿陪侍',
  '吸毒',
  '吸食',
  '淫秽',
  '黄色',
  '毛片',
  '裸聊',
  // fraud on public funds, tax and contracts
  '少交',
  '逃税',
  '偷税',
  '漏税',
  '阴阳合同',
  '低价合同',
  '医保卡',
  '社保卡',
  '代考',
  '替考',
  '作弊',
  '假证',
  '假发票',
  // violence
  '动手',
  '打人',
  '打老婆',
  '家暴',
  '体罚',
  // traffic
  '酒驾',
  '醉驾',
  '闯红灯',
  '无证驾驶',
  '超载',
  '逆行',
  // pornography and piracy
  '成人影片',
  '色情',
  '黄片',
  '盗版',
  '破解版',
  // food safety and monopoly goods (after heldout-final104: 买工业盐代替食盐…只要控制好用量问题不大;
  // 少量销售无中文标识的外烟…原则上不予追究)
  '工业盐',
  '工业用盐',
  '工业酒精',
  '地沟油',
  '病死(?:猪|牛|羊|鸡|鸭|畜|禽)',
  '注水肉',
  '瘦肉精',
  '私屠',
  '私宰',
  '无中文标识',
  '外烟',
  '私烟',
  '走私烟',
  '假烟',
  '水货',
  '无证(?:经营|销售|卷烟)',
  // bid rigging, told a trade's custom (after heldout-final106)
  '串通投标',
  '串标',
  '围标',
  '陪标',
  '(?:投标人|投标单位|投标企业|竞标(?:单位|企业)?|其他公司|同行|(?:几|多|各|两|三)家(?:公司|企业|单位))(?:之间|间)?(?:事先|提前|私下|相互|互相)?(?:沟通|商量|协商|约定|统一)(?:好)?(?:投标)?报价',
  // fire safety
  '楼道[^。，,]{0,6}?(?:充电|停放电动)',
  '飞线',
  '私拉',
].join('|');
/**
 * The account's word that nobody minds. 没人管 and 没人查 need a condition before them (一般, 的话,
 * 反正, 晚上, 够偏) so that a citizen's complaint (一直没人管) is not read as one.
 */
const TOLERATED =
  '(?:(?:一般|基本|通常|反正|其实|的话[，,]?(?:一般)?|(?:金额|数额|输赢|赌注|彩头)(?:不大|不多|较小|很小|小)|够[\\u4e00-\\u9fa5]{1,2}|晚上|夜里|半夜|偷偷|悄悄)' +
  IN +
  '{0,12}?(?:也|都)?(?:没人|不会有人)(?:管|查|追究|过问)' +
  '|(?:一般|其实|基本|应该|都)?(?:问题不大|事不大|没(?:什么|啥|多大)大?(?:问题|关系|事儿?)(?![的地得])|不算(?:违法|犯罪|赌博|什么事?)|不(?:会|用担心|必担心)被(?:追究|处罚|罚款|查处|抓|查|管)|不会(?:追究|处罚|罚款|查处)|原则上不予(?:立案|追究|处罚|查处))' +
  '|(?:警察|民警|派出所|公安)(?:一般|通常|也)?(?:不会|不)(?:管|查|抓|罚)' +
  '|(?:原则上|一般|通常|均|一律|暂)(?:不予|不作|不再|不)(?:立案|处罚|追究|查处|处理|过问|干预|取缔|打击)' +
  '|(?:不属于|不属|不构成|并不)(?:违法|犯罪)|(?:属于|是|算)合法|默许' +
  '|(?:图|就图)个(?:开心|乐呵?|热闹)|尽兴就好|小赌怡情|睁一只眼闭一只眼|不必拘泥(?:于规定)?' +
  '|只要不' +
  IN +
  '{1,10}?就(?:行|没事|可以|好|不算)|家丑不可外扬|不要(?:动不动就|轻易)?报警' +
  '|(?:属于|是|算|乃)?(?:行业|业内|圈内|业界)(?:的)?(?:惯例|潜规则|通行做法|常规操作|普遍做法))';

/**
 * Waste water or oil poured where only rain may go (after heldout-final107: 小店废水量不大，晚上直接倒进
 * 雨水井也没关系; 水污染防治法 第三十九条, 城镇排水与污水处理条例 第二十条 forbid it), then told no
 * matter: besides the words above, a bare 也没关系 or 不要紧, which only this act takes (动手…也没关系 is a
 * craft lesson's comfort).
 */
const DUMPED =
  '(?:废水|污水|泔水|废油|油污|地沟油|废液|废机油|洗车水|粪水|粪便|渗滤液)[^。；！？\\n]{0,14}?(?:倒进|倒入|倒到|倒在|排进|排入|排到|直排|偷排|冲进|灌进|泼到|泼在)(?:了)?(?:附近的?|门口的?|路边的?)?(?:雨水井|雨水管(?:网|道)?|雨水口|雨水沟|雨水篦子?|河道|河沟|河里|河中|湖里|沟渠|水沟|排水沟|窨井|路边|绿化带|田里|地里)';
/** No matter, said of it. */
const NO_MATTER =
  '(?:(?:也|都|并)?(?:没(?:有)?(?:什么|啥)?关系|不要紧|不碍事|无妨|没事)(?![吗么吧呢？?]))';

export const TOLERATED_WRONG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.tolerated-wrong',
    severity: 'warn',
    // The act may be the question a post answers (…算赌博吗？答：金额不大的话一般没人管), or the sentence
    // before a tolerance that opens with its condition (…买工业盐代替食盐，价格便宜一半。只要控制好用量问题
    // 不大; heldout-final104).
    pattern: new RegExp(
      `(?<![禁戒反拒防])(?:${UNLAWFUL_ACT})(?:${ACROSS_QUESTION}{0,40}?|${IN}{0,30}?。(?:只要|其实|一般|反正)${IN}{0,10}?)${TOLERATED}`,
      'g',
    ),
    message: '对违法行为作出“没人管”“问题不大”等纵容性表述，属于不当引导，请删改',
  },
  {
    rule: 'legal.tolerated-wrong',
    severity: 'warn',
    pattern: new RegExp(`${DUMPED}${ACROSS_QUESTION}{0,30}?(?:${TOLERATED}|${NO_MATTER})`, 'g'),
    message: '将废水、废油倒入雨水井、河道说成“没关系”“没人管”，纵容违法排污，请删改',
  },
]);

/**
 * The tolerance is the law's own: a first slip corrected in time (首违不罚), a drug user who registers
 * or enters treatment (禁毒法 第六十二条), play among relatives not for profit, one who gives themself up.
 * Relatives lend no leniency to anything but play: 家人之间拿对方的医保卡开药 is still fraud on the fund.
 */
const LENIENCY =
  /补缴|补交|纠正|改正|首违不罚|主动(?:报告|说明|申报|投案|登记)|如实|戒毒|戒治|治疗|登记|自首|投案|检举|揭发|立功|(?:亲属|家庭成员|家人)之间(?=[^。；！？\n]{0,16}?(?:娱乐|打牌|玩牌|麻将|棋牌|玩))|不以营利为目的/;

/**
 * The tolerance is the belief the sentence corrects, or the sentence bans or punishes the act, or
 * tells the law right (无论…均属违法, 即使双方自愿，也将依法处理).
 */
const CORRECTED =
  /认为|以为|觉得|听说|误区|误解|错误|侥幸|所谓|以[^。；！？\n]{0,6}为名|并非|绝不|错[！!]|谣言|谣传|传言|不实|这种说法|严禁|禁止|不得|切勿|请勿|千万(?:不要|别)|依法(?:查处|处理|追究|严惩|打击|惩处)|将被|(?<!不会|担心)被(?:查处|处罚|拘留|判)|涉嫌|构成|无论|不论|即使|即便|(?:仍然?|均|同样|也)(?:属|是)?违法|治安管理处罚|行政处罚|给予[^。；！？\n]{0,8}?处罚|拘留|罚款|没收|(?:严厉|坚决|重拳|依法)打击|专项整治/;

/** The next clause sets it right: 其实, 事实上, 这种想法是错误的. */
const SET_RIGHT_AFTER =
  /^[^。；！？\n]{0,4}[，,。]?\s*(?:事实上|实际上|但事实上|这种(?:想法|说法|观点|认识)|这是(?:错误|误区))/;

/** A citizen's complaint that nobody handles a problem (反映多次都没人管). */
const COMPLAINT = /反映|投诉|举报|留言|来电|多次|好几次|半个月|一直|始终|迟迟/;

export const regradeToleratedWrong: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  if (severity === 'info') return severity;
  // The words of tolerance quoted (“小赌怡情”？错！) are the belief a post corrects.
  if (insideQuotes(text, { start: span.end - 1, end: span.end })) return 'info';
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const sentence = text.slice(from, to);
  return CORRECTED.test(sentence) ||
    LENIENCY.test(sentence) ||
    COMPLAINT.test(sentence) ||
    SET_RIGHT_AFTER.test(text.slice(span.end, span.end + 16))
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
