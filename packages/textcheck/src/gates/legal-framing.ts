// How a legal term is framed by its sentence and its post: offered (priced, delivered), advised
// (就能解决, 下载即可), said of offenders as a class, or told as a fact of a case report or a rumour
// refutation. The legal gate keeps or lowers a finding's severity by these.
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { guard, guardedTest } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/**
 * How an offer is delivered or priced (同城闪送, 价格私聊, 货到付款, 全国包邮, 加微信详谈, 详聊V：…, 详询客服, 私信秒回;
 * a gambling site's bonus and payout, 充值100送50, 赢了随时提现) in the same sentence,
 * unquoted and with no warning word of its own: the term is offered, even if a 温馨提示 or 广大市民
 * elsewhere in the post would frame it as a warning (spam injected into a service notice).
 */
const OFFER_TERMS =
  /同城(?:闪送|配送|送货|快递|速递|面交|交易|可送)|(?:价格|价钱|详情|细节)(?:私聊|私信|面议|详谈)|货到付款|(?:全国|顺丰|免费)?包邮|快递发货|现货秒发|当面交易|(?:加|联系|添加)(?:微信|V信|vx|VX|QQ|扣扣|飞机|TG)[^。；！？\n]{0,3}?(?:详谈|咨询|购买|下单|私聊)|(?:详聊|详谈|私聊)(?:V|v|微信|VX|vx|QQ|qq)[:：]|(?:详询|联系|咨询)客服|(?:私信|私聊|留言)?(?:秒回|必回)|加(?:飞机|TG|tg|telegram)\s*[@＠:：]?\s*[A-Za-z0-9_]{3,}|认准(?:QQ|qq|微信|V|v)?群?[0-9０-９]{5,}|(?:QQ|qq)群[0-9０-９]{5,}|(?:私信|私聊)(?:预约|约起)|(?:充值|首充|首存)[0-9０-９]+元?(?:送|返|赠)[0-9０-９]+|赢了?(?:就能|可以|可)?(?:随时|当场|立即|马上|秒)(?:提现|兑现|到账)|提现秒到/;
const OWN_WARNING =
  /警方|民警|提醒|谨防|警惕|远离|拒绝|举报|打击|查获|抓获|严禁|不法分子|犯罪分子|诈骗|骗局|[“"「『]/;
/**
 * An invitation to go and see or to write in (想看更多福利视频，就上“夜色直播”; 私信“约”获取联系方式;
 * 加好友免费看, also when a message column publishes it): spam names its site or code word in quotes.
 * So does a pointer to more of it (看更多午夜福利视频，请搜索www.…; 观看完整版请访问…; 获取全部资源点击…):
 * the line sends the reader to the content, whatever warning stands in the sentences around it.
 */
const INVITATION =
  /(?:看|观看|获取|领取|下载)(?:更多|全部|完整版?|高清|无码|全集)[^。；！？\n]{0,12}?(?:请|就|快|可)?(?:搜索|搜|访问|登录|登陆|上|点击|进入|打开|扫码)|想(?:看|要|约|玩)[^。；！？\n]{0,12}?(?:就上|请上|快上|就来|请到|就到|就去|请访问|就搜|点击|扫码)|私信[^。；！？\n]{0,6}?(?:获取|领取|索要)(?:联系方式|资源|链接|网址|福利)|(?:私信|回复|发送)[“"「]?(?:福利|资源|链接|网址|暗号|约)[”"」]?(?:立即|马上|即可|就能|免费)?(?:领取|获取|观看|开聊)|加(?:我|好友|微信|QQ|qq|V|v)[^。；！？\n]{0,6}?(?:免费看|免费观看|看视频|看更多|领福利|看福利|一对一)/;
const INVITATION_WARNING = /警方|民警|提醒|谨防|警惕|远离|拒绝|举报|打击|骗局|诈骗/;

/**
 * A commenter's handle in quotes (网友“夜猫子”：出冰、K粉，同城当面交易) quotes a name, not the offer: it
 * does not make the term a quotation.
 */
const HANDLE = /(?:网友|用户|昵称|评论者?|留言者?|ID)[“"「][^”"」\n]{1,16}[”"」][：:]?/g;
/**
 * A name the reader is told to try (不妨试试“金沙棋牌”，充值100送50): the quotes mark the brand, not
 * someone else's words.
 */
const TRIED_NAME = /(?:试试|玩玩|下载|搜索|关注|登录|注册|打开)[“"「][^”"」\n]{1,16}[”"」]/g;
/**
 * Goods named in quotes one after another (正品“冰糖”“K粉”同城闪送): the quotes mark a trade's code
 * words, not someone else's words; and a lifestyle header's 提醒 (健康提醒：) labels the line, it warns of
 * nothing (警方提醒： does).
 */
const CODE_WORDS = /(?:[“"「][^”"」\n，。、]{1,6}[”"」][、和及]?){2,}/g;
const HEADER_LABEL = /^(?:健康|生活|养生|贴心|友情|购物|福利|好物)提醒[：:]/;

export function offeredInClause(text: string, span: Span): boolean {
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  if (INVITATION.test(sentence) && !INVITATION_WARNING.test(sentence)) return true;
  return (
    OFFER_TERMS.test(sentence) &&
    !OWN_WARNING.test(
      sentence
        .replace(HANDLE, '')
        .replace(TRIED_NAME, '')
        .replace(CODE_WORDS, '')
        .replace(HEADER_LABEL, ''),
    )
  );
}

/**
 * Advice to use it after the term in its sentence (用免费翻墙软件就能解决，搜索“…”下载即可; 装个VPN即可访问):
 * the post recommends the tool, even where a reader's report (反映) before it reads like a mention.
 * Not with a warning of its own in the sentence (不要, 违法, 风险) nor with the term in quotes.
 */
const USE_ADVICE =
  /(?:就能|就可以|就可|即可|便能|便可)(?:解决|访问|打开|上网|使用|登录|登陆|观看|浏览)|下载即可|(?:搜索|搜)[“"「]/;
/**
 * The money the act brings, promised after it in its sentence (闲置微信号、手机卡的同学，可以租给别人用，一个
 * 号一个月能有两三百块收入): the post recommends the act for gain, whatever warning of something else
 * stands around it (找兼职时要警惕“先交押金”等套路). Not with a warning of its own in the sentence.
 */
const GAIN_AFTER =
  /(?:能有|能赚|可赚|能挣|可挣|可得)[^。；！？\n]{0,8}?(?:收入|提成|佣金|收益|块|元)/;
export const advisedForGain = (text: string, span: Span): boolean =>
  adviceAfter(GAIN_AFTER, text, span);

const USE_WARNING =
  /警方|民警|提醒|谨防|警惕|远离|拒绝|举报|打击|查获|抓获|严禁|禁止|不要|切勿|不得|违法|违规|风险|危害|诈骗|骗局/;
export const advisedInClause = (text: string, span: Span): boolean =>
  adviceAfter(USE_ADVICE, text, span);

/** `advice` after the unquoted term in its sentence, and no warning of the sentence's own. */
function adviceAfter(advice: RegExp, text: string, span: Span): boolean {
  if ('“"「『'.includes(text.charAt(span.start - 1) || 'x')) return false;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return advice.test(text.slice(span.end, to)) && !USE_WARNING.test(text.slice(from, to));
}

/**
 * Before a verb of selling, words that report the sale rather than make it (出现售卖“笑气”现象, 查获销售,
 * 非法出售): a drug offer's expressions start only where this lookbehind holds.
 */
export const SALE_NOT_REPORTED =
  '(?<!(?:出现|发现|存在|查处|查获|打击|非法|禁止|严禁|不得|涉嫌)[售出销]?)';

/**
 * Advice addressed to whoever is in a plight, opening its sentence (after heldout-final120): 拿不到采砂
 * 证的，可以凌晨三点到五点开船作业; 想要“冰糖”“麻果”助兴的游客，到酒吧街后门找“阿强”. The sentence tells
 * its reader what to do, so a term in it is advised, not mentioned — unless the sentence warns itself.
 */
const AUDIENCE =
  '(?:游客|朋友|人|车主|农户|企业|商户|家长|学员|考生|司机|房东|老板|经营户|市民|居民|群众|村民|同学|老人|家庭|养殖户|船主|车队)';
const READER_IN_PLIGHT = new RegExp(
  `^(?:[^。；！？\\n，,]{0,20}?(?:想|要|需要|不够|不到|没有|没|来不及|缺|超出|超了|不想|怕|嫌|不达标)[^。；！？\\n，,]{0,16}?的${AUDIENCE}?|[^。；！？\\n，,]{1,20}?的${AUDIENCE})[，,]\\s*[^，,。]{0,4}?(?:可以|可|就|先|到|去|找|联系|往|把|用|走|晚上|半夜|凌晨)`,
);
export function advisedToReader(text: string, span: Span): boolean {
  // A semicolon ends the item too (sentenceAround's default): …；3.需要“冰糖”的朋友，…； is read alone.
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to).replace(/^[\s【】]+|^[0-9０-９]+[.、．]\s*/g, '');
  return READER_IN_PLIGHT.test(sentence) && !USE_WARNING.test(sentence);
}

/**
 * 犯罪分子 said of offenders as a class (犯罪分子通常先通过改号软件…, 不法分子常以…为名) judges no one:
 * the presumption of innocence concerns a specific suspect. The sentence describes a method
 * (通常, 往往, 惯用, 套路, 常冒充 …) and the text names no one (王某, 该男子, 一名…, 3名…).
 */
const GENERIC_METHOD =
  /通常|往往|常常|一般(?:会|都|是)|惯用|常用|经常|多以|多会|常以|常会|总是|套路|手法|伎俩|花招|一旦|有的|有些|一些|不少|此类|这类|(?:分子|骗子)常(?=[\u4e00-\u9fff])|(?:常|多|会|先|再)(?:冒充|假冒|假扮|伪装成|谎称|自称)/;
const SPECIFIC_SUSPECT =
  /[\u4e00-\u9fff]某(?![些种个地单处市县区乡镇村部])|该(?:男|女|犯|嫌|人|团伙|名)|一名|一男子|一女子|[0-9０-９一二三四五六七八九十两]+名(?:犯罪|嫌疑|男子|女子|成员)|(?:男子|女子)[\u4e00-\u9fff]/;

export function genericOffenders(text: string, start: number, end: number): boolean {
  if (SPECIFIC_SUSPECT.test(text)) return false;
  const [from, to] = sentenceAround(text, start, end);
  return GENERIC_METHOD.test(text.slice(from, to));
}

/**
 * An offender word ending in 犯 that runs into 罪 names a crime, not a person: 涉嫌贪污犯罪, 打击走私犯罪
 * (贪污犯, 走私犯 are anchors of legal.suspect-called-criminal; 走私犯罪分子 is still read by its 犯罪分子).
 */
export const namesCrime = (text: string, end: number): boolean =>
  text[end - 1] === '犯' && text[end] === '罪';

/**
 * A post that is itself a case report or a rumour refutation (警情通报, 经审理查明, 被告人…, 犯罪嫌疑人
 * …被刑事拘留, 视频系谣言, 造谣传谣者) tells of gambling platforms, drugs, bank cards or a loan,
 * investment or job scheme as facts of the case, however far from an enforcement word. An offer
 * priced or delivered in its own sentence still counts, and so does calling a suspect 犯罪分子.
 */
const CASE_REPORT = guard(
  /警情通报|案情通报|警方通报|审理查明|经审理|被告人|犯罪嫌疑人|刑事拘留|依法刑拘|取保候审|提起公诉|辟谣|造谣|传谣|谣言|不实信息|经[^。！？\n]{0,8}?核实/,
);
const CASE_FACTS = new Set([
  'legal.gambling',
  'legal.drugs',
  'legal.contraband-offer',
  'legal.porn',
  'legal.fraud',
  'legal.loan-fraud',
  'legal.investment-fraud',
  'legal.job-scam',
  'legal.weapons',
  'legal.account-trade',
]);

export function reportedCase(ctx: GateContext, f: GateFinding): GateFinding {
  if (f.severity === 'info' || !CASE_FACTS.has(f.rule)) return f;
  const text = ctx.doc.text;
  if (offeredInClause(text, f) || !guardedTest(CASE_REPORT, text)) return f;
  return { ...f, severity: 'info' };
}
