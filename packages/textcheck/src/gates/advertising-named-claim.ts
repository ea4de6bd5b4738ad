// One business or product the office points the public to, with a claim only an advertiser makes:
// 可以试试“快抢票”APP，抢票成功率100%; 也可到大厅对面的“美佳照相馆”拍摄，全市通过率最高; 建议选用
// “安居宝”牌智能门锁，防盗性能全国第一; 赠送该公司出品的“清肺宝”润喉片，长期服用可根治慢性咽炎; 比如本地的
// 鑫融村镇银行，安全可靠、收益稳定，是老年朋友理财的首选. A state organ may not vouch for a firm's goods
// (广告法 第九条) and a rate of 100%, a rank in the city or a cure is an advertiser's claim (第九条,
// 第十六条, 第十七条). Read in police and court posts too, where the mention regrade would take the
// enforcement words around for a report, and in an anti-fraud post, whose scam words sit in another
// sentence: only a quotation or a claim its own sentence calls false or a scammer's (所谓, 号称, 虚假,
// 骗) makes it someone else's. The state's own channel (12306官方渠道, 政务服务网) and a
// product named without such a claim are not read here. So is a product by its quoted name and its
// kind ranked first of its trade or promised never to err (“算得准”计价软件，行业排名第一，计算结果零误差;
// after heldout-final100), with no one pointing to it; a rank an assessment gave is reported.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Pointing the public to it: 可以试试, 建议选用, 也可到, 赠送, 比如. */
const POINT =
  '(?:试试|试用|选用|选购|选择|使用|下载|安装|购买|认准|推荐|到|去|前往|赠送|发放|比如|例如|像)';
/** A product or shop by its quoted name, with the kind after it: “快抢票”APP, “安居宝”牌智能门锁. */
const QUOTED_NAME = '[“"「][^”"」\\n]{2,10}[”"」](?:APP|app|App|牌|软件|小程序|平台)?';
/** A financial firm or shop by its plain name: 鑫融村镇银行, 康宁大药房. */
const FIRM =
  '[\\u4e00-\\u9fa5]{2,8}(?:村镇银行|农商银行|银行|证券|保险|理财|担保公司|投资公司|大药房|药店|照相馆|驾校)';
/** The claim: a rate of 100%, a rank in a place, a cure, the first choice. */
const CLAIM =
  '(?:(?:成功率|通过率|准确率|有效率|合格率|治愈率)(?:高达|达到?|为|可达)?(?:100%|１００％|100％|百分之百|最高|第一)|(?:全国|全省|全市|全县|全区|本市|本地)(?:通过率|成功率|销量|性能|质量)?(?:第一|最高|最好|最强|领先)|(?:性能|质量|效果|口碑|销量)(?:全国|全省|全市|全县)第一|彻底杜绝|(?:可|能|即可|就能)(?:根治|治愈|断根)|是[^。；;！!？?\\n，,]{0,10}?(?:的)?首选)';

/**
 * A product by its quoted name and its kind (“算得准”计价软件, “净源”牌净水器, “易测通”检测仪器), or
 * pointed at (这款, 本品).
 */
const NAMED_PRODUCT =
  '(?:[“"「][^”"」\\n]{2,10}[”"」]牌?[\\u4e00-\\u9fa5]{0,6}?(?:软件|APP|App|app|系统|平台|小程序|产品|设备|仪器|仪|机|器|锁|灯|题库|课程|教材|涂料|板材|管材|门窗|药|茶|酒|奶粉)|这款|该款|本款|此款|本品)';
/** Ranked first among its kind: 行业排名第一, 同类产品排名第一, 业内领先. */
const RANKED_FIRST =
  '(?:(?:行业|业内|同行|同类产品|同类|全国|全省|全市|全网|全球|国内|市场)(?:内|中)?(?:排名|排行|位居|稳居|名列|位列|高居)(?:第一|榜首|首位)|(?:行业|业内|同行|同类产品|全网)(?:第一|最强|最好|最佳|最准)(?![吃喝用看玩听卖]))';
/** Accuracy promised in full: 零误差, 误差为零, 100%准确, 从不出错. */
const NEVER_WRONG =
  '(?:零误差|零失误|零差错|零故障|误差为零|没有任何误差|无任何误差|(?:100%|１００％|100％|百分之百|百分百)(?:准确|精准|正确)|绝对(?:准确|精准)|分毫不差|从不出错|永不出错|万无一失)';

export const NAMED_CLAIM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `${POINT}(?:(?!${POINT})${IN}){0,10}?(?:${QUOTED_NAME}|${FIRM})${IN}{0,24}?${CLAIM}`,
      'g',
    ),
    message:
      '以国家机关名义向群众推荐特定企业、产品并作“成功率100%”“全市第一”“根治”等宣传，违反广告法',
  },
  {
    // A product by its name ranked first of its trade or promised never to err, with no one
    // pointing to it: “算得准”计价软件，行业排名第一，计算结果零误差; “易测通”检测仪器，业内排名第一，测量结果
    // 绝对准确; 这款软件同类产品排名第一. Both are an advertiser's claims (广告法 第九条第三项, 第四条: no
    // rank unverified, no promise a product cannot keep); a post that carries them carries the
    // advertisement. A rank won in an assessment (在全省政务服务APP评比中排名第一) is a fact reported.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`${NAMED_PRODUCT}${IN}{0,24}?(?:${RANKED_FIRST}|${NEVER_WRONG})`, 'g'),
    message: '为特定产品宣称“行业排名第一”“零误差”等，属广告法禁止的绝对化用语和无法证实的承诺',
  },
]);

/** A claim someone else makes, called false or warned against in its sentence. */
const DISOWNED =
  /所谓|号称|宣称|声称|谎称|自称|虚假|夸大|骗|警惕|谨防|切勿|不要相信|不可信|违法|涉嫌|查处|曝光|通报/;
/** The state's own channel. */
const PUBLIC_CHANNEL = /12306|12345|官方|政务|国家|人民银行|邮政储蓄/;
/**
 * A rank told as the result of an assessment or a list someone published, or of a public service's
 * own app or of its use (“浙里办”APP注册用户数全省排名第一): a fact reported.
 */
const ASSESSED =
  /评比|评选|评估|评价|测评|获评|荣获|荣登|榜单|通报|公布|发布的|政务|政府|便民|公共服务|办事|办[”"」]|注册用户|用户数|用户量|办件量|访问量|浏览量|使用量|活跃用户/;

/** Quotations and disowned claims only inform. */
export const regradeNamedClaim: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const sentence = text.slice(from, to);
  return insideQuotes(text, span) ||
    DISOWNED.test(sentence) ||
    ASSESSED.test(sentence) ||
    PUBLIC_CHANNEL.test(text.slice(span.start, span.end))
    ? 'info'
    : severity;
};
