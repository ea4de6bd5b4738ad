// The opinion gate's emotional exclamations (opinion.emotion): outrage (太过分了, 气炸了), tears
// (感动哭了), the account's own frustration or grievance (小编也很无奈, 心寒，老百姓根本不理解我们)
// and violence cheered (太解气了).
import type { PatternRule } from './pattern-findings.ts';

/** What a finding of a personal emotion says. */
const EMOTION = '个人情绪表述，政务新媒体不得发布代表个人情绪的言论';
/** A feeling of being wronged, and the public not understanding the account (parts of one rule). */
const GRIEF = '(?:心寒|寒心|委屈|憋屈|心累|伤心|心酸)';
const NOT_RESOLVED = `(?<!(?:不能|不要|不会|不必|不怕|别|莫|不该)${GRIEF})`;
const UNGRATEFUL =
  '(?:老百姓|百姓|群众|居民|村民|市民|网友)(?:根本|压根|一点也|一点都|完全|从来|都|也)?(?:不|不太)(?:理解|体谅|领情|买账|感恩|念好)';

/** Outrage in the account's voice: 太过分了, 真让人恶心, 无知到可笑, 气炸了, 早该关门, 素质呢？ */
export const OUTRAGE: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:真是|简直|实在是?|也太|太|真|好)(?:过分|离谱|可恶|无耻|恶心|气人|不要脸|丢人|荒唐|可笑|让人生气|令人气愤|令人愤怒|令人作呕|让人恶心|让人无语)(?:了|啦|吧|至极)|(?:简直|真是|真的|实在是?|太|真|好|特别|着实)(?:是)?(?:让人|令人|叫人|使人)(?:恶心|作呕|想吐|反胃|无语|窝火|来气|火大|心塞|膈应|生气|气愤)(?=[了啊呀啦吧！!。，,；;？?…\s]|$)|(?:简直|真是|实在是)(?:恶心|无耻|可恶|离谱|过分|荒唐|不要脸)(?=[！!。，,；;？?…\s]|$)|(?:无知|愚蠢|愚昧|荒唐|荒谬|幼稚|可笑|离谱|无耻|蠢|傻|懒)(?:得|到)(?:了)?(?:可笑|可怜|极点|家|令人发指|不可理喻|没边|没救|没眼看|离谱)|(?:”|")?得可以(?:啊|呀|哈|哦|嘛)|也(?:真)?是够了|真有你(?:们)?的|(?<![天空湿暖冷脾])(?:气炸|气疯|气晕|气坏|气哭|气死)(?:了|我了|我们了|人了|啦)|(?:丢|羞|笑|吓|急|累|烦|气)死(?:人|我们?)了|早(?:就)?该(?:关门|取缔|滚蛋|下台|撤职|关停|被查|滚)|终于(?:老实|消停|服软|怂)了|(?:咋|怎么)就(?:记不住|听不懂|学不会|改不了|不听)(?:呢|啊|吗)|(?:你|你们|您)(?:又)?为[\u4e00-\u9fff]{1,8}做(?:过|了)什么|得(?:没法看|没眼看|不像样|不像话)|头发都(?:快)?掉光了|(?:素质|教养|良心|底线|脸|常识|公德心?)呢[？?]|连(?:常识|基本常识|脑子|良心|底线|基本的素质)都没有|(?<=^|[。！？!?，,\s])(?:笑话|可笑|荒唐|荒谬|扯淡|胡扯|放屁)[！!]|拜托[，,]\s*都|都[0-9０-９]{4}年了[，,]?(?:怎么|还有人|居然|竟然)|(?:小学|幼儿园|初中)(?:都)?没(?:毕业|上过|读完)|(?:那|那么)?我们也(?:没办法|没有办法|无能为力|管不了)|吃饱了(?:撑的|撑着|没事干|没事做)|闲(?:得|的)(?:没事干|没事做|发慌|慌|蛋疼|难受)/g,
  message: EMOTION,
};

/**
 * Moved to tears in internet slang: 感动哭了, 暖哭了, 感动到想哭, 心疼得泪目, 泪奔了. Tears told of
 * someone else (老人感动得哭了) are reported, not the account's own (regradeReported).
 */
export const MOVED_TO_TEARS: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:感动|暖|心疼|燃|帅|甜|震撼|激动|馋)(?:得|到)?(?:直接|当场|瞬间|都|要)?(?:哭了|哭啦|哭惹|想哭|哭出来了|泪目|泪奔|破防了)|泪(?:目|奔)了/g,
  message: EMOTION,
};

/** The account's own frustration: 小编也很无奈啊, 我直接破防, 我们也是无语了, 看着就来气. */
export const ACCOUNT_FRUSTRATED: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:我们|小编|本号)(?:也|都|真的|实在|真)?(?:简直|差点|几乎)?(?:快要?|要)?(?:很|太|真|超|好|非常|有点)?(?:头大|心累|无奈|崩溃|郁闷|委屈|抓狂|火大|尴尬|无语|疯掉|发疯)(?:了|啊|呀|好吗|好不好|[！!])|(?:我|小编|本号)(?:直接|当场|瞬间|真的|已经)?(?:原地)?(?:破防|破大防|绷不住|emo|裂开|麻了|哭死|笑死)|(?:我们|小编|我)?也是(?:无奈|无语|醉|服|麻|裂开|佩服)了|(?:看着|看得|听着|听得|想想|想起来)(?:都|就|真|真是)?(?:想吐|恶心|难受|来气|上火|心烦|头疼|窝火|生气)/g,
  message: '个人情绪表述，政务新媒体不得发布代表个人情绪的言论',
};

/** Heartache and fury in the account's voice: 真是寒心, 气得够呛, 被他们气死了. */
export const DISHEARTENED: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:真是|真的|实在|太)(?:很|好|挺|特别)?(?:寒心|心寒|让人寒心|令人寒心|让人心寒)(?:了|啊)?|气得(?:够呛|要命|不行|半死|发抖|跳脚|直跺脚|肝疼|肺都炸了|牙痒痒)|(?:被|让)[^。，；！？\n]{1,8}?气(?:死|坏|炸|疯|晕)了?/g,
  message: EMOTION,
};

/**
 * The account's own grievance against the public: 心寒，老百姓根本不理解我们, 群众一点都不领情，
 * 挺委屈的. Not a resolve (群众不理解时，我们不能心寒) nor a narrative without the feeling (起初
 * 村民不理解，经过反复沟通…).
 */
export const PUBLIC_UNGRATEFUL: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern: new RegExp(
    `${GRIEF}${NOT_RESOLVED}[^。！？\\n]{0,12}?${UNGRATEFUL}|${UNGRATEFUL}[^。！？\\n]{0,12}?${GRIEF}${NOT_RESOLVED}`,
    'g',
  ),
  message: EMOTION,
};

/** Contempt at its height: 可笑至极, 荒唐透顶, 丢人到家了. */
export const CONTEMPT_AT_ITS_HEIGHT: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:可笑|荒唐|无耻|恶心|愚蠢|可恶|卑鄙|嚣张|狂妄|离谱|无语|丢人)(?:至极|透顶|到家了?|之极|到了极点)/g,
  message: '个人情绪表述，政务新媒体不得发布代表个人情绪的言论',
};

/** Cheering violence or punishment outside the law: 太解气了, 这种人就该这样收拾, 这号人就该被揍. */
export const VIOLENCE_CHEERED: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:太|真|好|真是|真是太|可真)解气(?:了|啊|呀)?|(?:这种|这样的|这类|这号|那种|这些)人就(?:该|应该|活该|得)(?:这样|这么|被)?(?:收拾|打|揍|教训|打死|弄死|治治?)/g,
  message: '赞许暴力、私刑的个人情绪表述，政务新媒体不得发布',
};

/**
 * A verdict in the account's voice: 纯属浪费钱, 简直是劳民伤财; and despair at society: 这社会到底
 * 怎么了. Not 纯属谣言 (rumour refutation).
 */
export const VERDICTS_AND_DESPAIR: PatternRule = {
  rule: 'opinion.emotion',
  severity: 'warn',
  pattern:
    /(?:纯属|纯粹是|完全是|简直是)(?:浪费钱|浪费时间|浪费资源|瞎折腾|劳民伤财|多此一举|作秀|摆设)|这(?:个)?社会(?:到底|究竟)?(?:是)?(?:怎么了|怎么啦|病了|还有救吗|没救了)/g,
  message: '个人评判或情绪化表述，政务新媒体不得发布',
};
