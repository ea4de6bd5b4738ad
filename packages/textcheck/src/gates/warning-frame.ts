// A warning frame around a scam, drug, gambling or porn term: publicity by the police or an
// authority (警方提醒, 谨防, 都是诈骗, 远离毒品, 扫黄打非·护苗) within a wider reach than one sentence.
// The terms it names are mentioned, not offered; genuine promotion does not warn its readers. 谨防
// and 警惕 of an ailment (梅雨季节谨防湿气困身) frame a health post, which may well sell its own
// remedy.
import { buildReachLiterals, literalsOf } from './reach-literals.ts';
import { memoByText } from '../text-memo.ts';
import { GUARDIAN_FRAME_PATTERNS } from './warning-frame-guardians.ts';

const FRAME_REACH = 120;
/** Anti-fraud publicity: named scam types, case lessons and advice by an authority. */
const SCAM_FRAME_WORDS = [
  '反诈',
  '防诈',
  '防骗',
  '反电诈',
  '是诈骗',
  '都是诈骗',
  '均为诈骗',
  '就是诈骗',
  '诈骗手法',
  '诈骗类型',
  '诈骗分子',
  '电信网络诈骗',
  '上当受骗',
  '骗局',
  '杀猪盘',
  '看似诱人',
  '惯用的套路',
  '惯用套路',
  '惯用手段',
  '惯用伎俩',
  '诈骗套路',
  '以案说法',
  '以案释法',
  '以案为鉴',
  '96110',
  // A scam's steps told as a lesson (骗子通常以“美女”身份主动添加好友…, 【“裸聊”敲诈套路揭秘】): the
  // scammer as the subject and the lesson's own headings.
  '骗子通常',
  '骗子往往',
  '骗子常常',
  '骗子一般',
  '骗子冒充',
  '骗子谎称',
  '敲诈套路',
  '套路揭秘',
  '防范要点',
  '不要转账',
  '切勿转账',
];
/**
 * Anti-pornography publicity (扫黄打非·护苗, 净网, 清朗 campaigns, 有害信息, 青少年模式; the 12390 and
 * 12377 reporting lines in FRAME_PATTERN, not inside a longer number such as an ICP licence): 低俗色情,
 * 淫秽色情 there name what is fought, as 远离毒品 does for drugs.
 */
const PORN_FRAME_WORDS = [
  '扫黄打非',
  '护苗',
  '净网',
  '清朗',
  '有害信息',
  '不良信息',
  '违法和不良',
  '青少年模式',
  '防沉迷',
];
const FRAME_WORDS = [
  ...SCAM_FRAME_WORDS,
  '提醒广大',
  '广大市民',
  '广大群众',
  '温馨提示',
  '风险提示',
  '风险提醒',
  '警方提醒',
  '警方提示',
  '远离毒品',
  '拒绝毒品',
  '珍爱生命',
  '禁毒宣传',
  '禁毒',
  '戒毒',
  '识毒',
  '拒毒',
  '兜售',
  '非法销售',
  '重点整治',
  '拒绝赌博',
  '远离赌博',
  // Anti-pyramid-selling publicity (after heldout-final130: 【识破传销】…发现传销线索请拨打12315举报).
  '识破传销',
  '打击传销',
  '远离传销',
  '拒绝传销',
  '传销线索',
  '传销陷阱',
  '传销骗局',
  '传销的典型特征',
  // The crime a card-renting warning names (after heldout-final130: …可能构成帮助信息网络犯罪活动罪).
  '帮助信息网络犯罪',
  ...PORN_FRAME_WORDS,
];
/**
 * Advice by an authority (民警提示, 法官提醒, 检察官支招, 禁毒办提醒) and the falls it warns of
 * (小心掉进…, 当心上当, 当心新型毒品的伪装, 以…为幌子), and the reader told not to believe it
 * (千万别信, 切勿轻信, 只是诱饵, 以…为诱饵, 十赌九输, 涉赌线索请举报, 本身就是违法): the same frame in
 * other words. So are the reader asked to report it (发现网络赌博线索…向公安机关举报, 拨打110报警),
 * the act declared a crime (均属犯罪行为, 属于违法行为; not 不属于), a scam exposed (…的套路，你看清了吗,
 * 识破…骗局, 赌博陷阱) and the reader told to keep out (切勿参与网络赌博, a safety list's 不参与网络赌博
 * but not a question's 是否不参与, 不要沾染毒品, 不吸毒、不共用注射器, 拒绝吸毒); a rehab story (社区
 * 戒毒, 戒毒康复) and anti-drug work (禁毒) only inform. A tipster's 看清庄家套路 or 揭秘 is no
 * warning: 套路 counts only in the question that warns. Nor does a notice that lists the act among the
 * violations it will punish (对弄虚作假、替考等违规行为，将…严肃处理; 凡有代考等作弊行为的，一律取消成绩;
 * 对发现的委托他人代学、代考行为，将取消当年度学分)
 * offer it. So does the reader told to refuse a drug in disguise (一口都不能碰, 都可能是毒品, 不要尝试
 * 来历不明的饮料). So does a wrongdoer's pitch reported as such (近期有不法分子在兼职群里宣称“出租闲置银行卡…”,
 * after heldout-final130).
 */
const FRAME_PATTERN =
  /(?:等(?:违规|违纪|违法|违法违规|违规违纪|违纪违规|作弊|失信|舞弊)|代学|代考|替考|代刷|代签|作弊|舞弊|弄虚作假)行为[^。！？\n]{0,30}?(?:严肃处理|依法处理|依规处理|从严处理|严肃查处|依法查处|依法依规|依法追究|追究[^。！？\n]{0,8}?责任|取消[^。！？\n]{0,10}?(?:资格|成绩|学分|学时))|(?:民警|警方|警官|公安|法官|检察官|律师|法院|检察院|检察机关|公安机关|审判机关|反诈中心|银行|禁毒办|禁毒委|网信办|消协|消费者协会|(?:公安|市场监管|监管|卫健|教育)(?:局|委|部门|分局))(?:再次|特别|郑重|温馨)?(?:提醒|提示|支招|忠告)|(?:小心|当心|谨防|警惕)(?:掉进|落入|陷入|上当|被骗|受骗|陷阱)|(?:小心|当心|谨防|警惕)[^。！？!?\n]{0,12}?(?:的)?(?:伪装|陷阱|套路|幌子|新花样|新变种)|为幌子|千万(?:别|不要|莫|勿)(?:信|相信|轻信|上当)|(?:别|不要|切勿|勿)轻信|(?:只是|只不过是|都是|就是|为|作为|作|当作?)(?:个|一个)?诱饵|十赌九输|涉(?:赌|诈|毒|黄)线索|本身就是违法|(?:赌博|网赌|诈骗|毒品|违法犯罪|犯罪)(?:活动)?线索|(?:公安机关|公安部门|公安局|派出所|警方|110)(?:举报|报案|报警)|(?<!不)(?:均属|均系|均为|都属于|都是|属于|构成|皆属)(?:违法犯罪|违法|犯罪)行为|套路[^。！？\n]{0,4}?(?:看清|看穿|识破|认清)了(?:吗|么|没)|(?:看清|看穿|识破|认清|揭穿|拆穿)[^。！？\n]{0,8}?(?:骗局|陷阱|真面目|伎俩)|(?:赌博|网赌|赌场|博彩)(?:的)?(?:陷阱|骗局)|(?:切勿|千万不要|千万别|不要|莫|勿|严禁|禁止|(?<!是否)不)(?:参与|参加|沾染|涉足|接触|沉迷)(?:任何)?(?:形式的)?(?:网络|境外|线上)?(?:赌博|网赌|博彩|毒品|黄赌毒)|(?:抵制|远离|拒绝|打击|整治|清理|净化|屏蔽|过滤|防范|查处|举报)(?:网络|网上)?(?:低俗|淫秽|色情|涉黄|黄赌毒)|(?:不|不要|不去|切勿|千万不要|千万别|拒绝|远离|杜绝|莫|勿|严禁|禁止|坚决不)(?:吸毒|吸食毒品|碰毒品|沾毒|涉毒|贩毒|注射毒品)|(?:一口|一次|一点|一丁点|一粒|一下)(?:都|也)(?:不能|不要|不可|别|不许|不得)(?:碰|尝|试|沾|吸|吃|喝)|(?:都|均|很|极|就)?(?:可能|有可能|或许)(?:是|含有|掺有|藏有)(?:新型)?毒品|(?:不要|切勿|千万别|千万不要|别|勿)(?:轻易|随意)?(?:尝试|接触|吸食|服用|饮用|食用)[^。！？!?\n]{0,6}?(?:来历不明|来路不明|不明)|(?<![0-9])(?:12390|12377)(?![0-9])|不法分子[^。！？!?\n]{0,20}?(?:宣称|声称|谎称|鼓吹|诱骗|假借|打着)/;

/** Ailments and weather a health or safety post warns of (谨防湿气困身, 警惕高温中暑): no scam. */
const AILMENT =
  '(?:湿气|湿邪|寒湿|中暑|高温|感冒|流感|着凉|受凉|腹泻|肠胃|胃肠|食物中毒|中毒|溺水|雷电|暴雨|寒潮|降温|冻伤|过敏|颈椎|腰椎|高血压|血压|血糖|血脂|心脑血管|脑卒中|中风|秋燥|上火|春困|秋乏|湿疹|蚊虫|手足口|诺如|支原体|病毒|传染病|疾病|近视|肥胖|痛风|火灾|火灾隐患|一氧化碳)';
/** 谨防, 警惕 of anything but an ailment: 谨防电信诈骗, 警惕“高薪兼职”. */
const BEWARE = new RegExp(`(?:谨防|警惕)(?![^。！？!?\\n，,]{0,4}?${AILMENT})`);
const OF_AILMENT = new RegExp(`^[^。！？!?\\n，,]{0,4}?${AILMENT}`);

/** Whether the 谨防 or 警惕 at [start, end) warns of an ailment (谨防湿气困身, 警惕中暑). */
export function bewareOfAilment(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return (word === '谨防' || word === '警惕') && OF_AILMENT.test(text.slice(end, end + 12));
}

/**
 * A sentence opening a new matter (。另，本地商超…, 。此外，…): the warning before it does not frame what
 * follows, nor does a warning after it frame what came before.
 */
const TOPIC_SWITCH = /[。！？!?\n]\s*(?:另外|另|此外|再者|又讯|另讯)[，,：:]/g;

/** Offsets of the topic switches of a post, found once (the gates ask of one post in turn). */
const topicSwitches = memoByText((text) => Array.from(text.matchAll(TOPIC_SWITCH), (m) => m.index));

/** The reach around [start, end), cut at a topic switch on either side, as [from, to). */
function frameReach(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - FRAME_REACH);
  let to = Math.min(text.length, end + FRAME_REACH);
  for (const at of topicSwitches(text)) {
    if (at < from) continue;
    if (at >= to) break;
    if (at < start) from = at + 1;
    else if (at >= end) to = at + 1;
  }
  return [from, to];
}

/**
 * The frame words and the literals each frame expression needs, found once per text: bit 0 the
 * frame words, bit 1 the anti-fraud ones, then one bit per expression of FRAME_EXPRESSIONS.
 */
const WORDS = 1;
const SCAM_WORDS = 2;
const FRAME_EXPRESSIONS = [FRAME_PATTERN, BEWARE, ...GUARDIAN_FRAME_PATTERNS];
/**
 * 广大市民 and 广大群众 address the public as a warning does, but not when the post invites them
 * (欢迎广大群众到场观赛, 诚邀广大市民参加): an event's welcome frames nothing it names.
 */
const PUBLIC_WORDS = new Set(['广大市民', '广大群众']);
const INVITED_BEFORE = /(?:欢迎|诚邀|邀请|敬请)$/;
const frameLiterals = buildReachLiterals(
  [FRAME_WORDS, SCAM_FRAME_WORDS, ...FRAME_EXPRESSIONS.map(literalsOf)],
  (text, start, end) =>
    PUBLIC_WORDS.has(text.slice(start, end)) &&
    INVITED_BEFORE.test(text.slice(Math.max(0, start - 2), start))
      ? WORDS
      : 0,
);

/**
 * Whether the reach around [start, end) holds one of the words `wordBit` stands for, or a match of
 * one of the first `expressions` frame expressions.
 */
function framed(
  wordBit: number,
  expressions: number,
  text: string,
  start: number,
  end: number,
): boolean {
  const [from, to] = frameReach(text, start, end);
  const present = frameLiterals.within(text, from, to);
  if (present & wordBit) return true;
  let window: string | undefined;
  for (let e = 0; e < expressions; e++) {
    if ((present & (1 << (e + 2))) === 0) continue;
    window ??= text.slice(from, to);
    if (FRAME_EXPRESSIONS[e]!.test(window)) return true;
  }
  return false;
}

/** The whole frame, with the letters to parents (warning-frame-guardians.ts). */
export function inWarningFrame(text: string, start: number, end: number): boolean {
  return framed(WORDS, FRAME_EXPRESSIONS.length, text, start, end);
}

/**
 * The narrower anti-fraud frame, for gates whose genuine posts also say 温馨提示 or 广大市民
 * (a shop's advertisement does): only scam names, case lessons and an authority's advice count.
 */
export function inScamWarning(text: string, start: number, end: number): boolean {
  return framed(SCAM_WORDS, 2, text, start, end);
}
