// Pattern families of the legal gate for what a post hands its readers: where to buy prescription
// stimulants sold as "smart drugs" (聪明药…本号整理了几个购买渠道), cannabis recommended abroad (大麻软糖，
// 游客可适量体验), a recipe for gunpowder or another explosive mixture (硝酸钾、硫磺和木炭按比例自行
// 配制), a civil-service place bought (通过内部名额保过面试, 交钱就能进编) and a school place bought
// (交2万元“协调费”保证安排入学名额, 花5万元就能进市一中实验班). Each is an
// instruction or an offer whatever a post says elsewhere (禁放, 境外注意安全): only a warning against
// scams (a tip list, 温馨提示, may hold the offer itself) or a ban, a crime or a scam named in its
// own sentence (严禁私自配制, 所谓内部名额都是骗局) makes it a mention (regradeHazard).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import { inScamWarning } from './warning-frame.ts';

/** Prescription stimulants and the names they are sold under. */
const STIMULANT =
  '(?:聪明药|聪明丸|学霸药|提分药|专注药|利他林|专注达|哌甲酯|莫达非尼|阿德拉|安非他命|苯丙胺)';
/** Ways to buy … */
const CHANNEL = '(?:购买|购药|入手|拿货|获取|代购)(?:渠道|途径|链接|方式|地址|方法)';
/** … handed out: 整理了几个购买渠道, 购买链接本号附上了, 私信获取渠道. */
const CHANNEL_OFFER = `(?:(?:整理|汇总|附上?|放在|提供|分享|推荐|列出)(?:了)?(?:几个|一些|多个|常用的?|靠谱的?|可靠的?)?${CHANNEL}|${CHANNEL}(?:本号|小编|我们|都)?(?:已经?)?(?:附上|附在|放在|整理|汇总|贴在|列在|见文末|在文末)|私信(?:获取|领取)(?:购买)?(?:渠道|链接|方式))`;
/** Cannabis in any form. */
const CANNABIS = '(?:大麻|大麻软糖|大麻烟|大麻油|大麻糖|大麻饼干|大麻巧克力|大麻制品)';
/** An inside way into a post. */
const INSIDE =
  '(?:内部名额|内部指标|内定名额|内部渠道|特殊渠道|内部关系|特殊关系|找关系|托关系|走关系|内部推荐|特殊通道|内部通道)';
/** The post: 入编, 编制录用, 进事业单位. */
const POST = '(?:编制|入编|进编|在编|录用|录取|上岸|进事业单位|进机关|考编|进体制)';
/** The post promised: 保过, 包录用, 保证编制录用, 直接入编, 安排进编. */
const HIRED = `(?:保过|包过|保面试|包面试|(?:可|能|就能|即可)?(?:保证|确保|包|保|直接|安排)(?:能)?${POST})`;
/** A sum or a fee paid: 缴纳3000元服务费, 交8000元中介费, 花十万块, 付好处费. */
const PAID_FOR_POST =
  '(?:交|缴|缴纳|交纳|付|支付|花|出|给)(?:上|了)?(?:[0-9０-９.一二三四五六七八九十两百千]+(?:万|千)?(?:元|块)?(?:的)?(?:服务费|好处费|中介费|辛苦费|打点费|介绍费|保证金|费用|钱)|[0-9０-９.一二三四五六七八九十两百千]+(?:万|千)?(?:元|块)|(?:服务费|好处费|中介费|辛苦费|打点费|介绍费))';
/** The post promised outright: 保证入编, 包录用, 稳上岸, 就能进事业单位. */
const POST_PROMISED = `(?:保证|确保|包|稳|直接|百分百|100%|就能|就可以|即可|便可)(?:能|可以)?${POST}`;
/**
 * Money paid for a school place: an amount or a fee's name (交2万元“协调费”, 花5万元, 缴纳赞助费,
 * 给好处费), the name in quotation marks or not.
 */
const SCHOOL_FEE =
  '(?:交|缴纳?|付|花|出|给|送)(?:(?:[0-9０-９.一二三四五六七八九十两]+万?元)(?:的)?[“"]?(?:协调费|赞助费|择校费|好处费|关系费|打点费|活动费|服务费|建校费|感谢费)?|[“"]?(?:协调费|赞助费|择校费|好处费|关系费|打点费|活动费|建校费|感谢费))[”"]?';
/** The place: 入学名额, 学位, 重点班, 进实验中学, 上名校. */
const SCHOOL_PLACE =
  '(?:入学名额|入学指标|入学资格|就读名额|借读名额|学位|重点班|实验班|尖子班|火箭班|名校|(?:进|入|上|读)[\\u4e00-\\u9fff]{0,8}?(?:中学|小学|学校|幼儿园|重点班|实验班|附中|附小|一中|二中|实验)|入学|就读|插班)';
/** Ingredients of black powder and other explosive mixtures. */
const OXIDIZER = '(?:硝酸钾|氯酸钾|高氯酸钾|硝酸铵|硫磺|硫黄|镁粉|铝粉|黑火药|火药)';

export const LEGAL_HAZARD_OFFER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Where to buy them: 聪明药…整理了几个购买渠道放在文末, 利他林的购买链接本号附上了, 专注达哪里能买…
    // 私信获取渠道. The drug within the same paragraph, before or after.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?<=${STIMULANT}[^\\n]{0,80}?)${CHANNEL_OFFER}|${CHANNEL_OFFER}(?=[^\\n]{0,80}?${STIMULANT})`,
      'g',
    ),
    message: '提供处方类精神药品（“聪明药”）购买渠道，涉嫌非法提供精神药品',
  },
  {
    // Cannabis recommended: 大麻软糖，游客可适量体验, 当地大麻烟值得一试, 不妨体验一下大麻巧克力.
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `${CANNABIS}${IN}{0,12}?(?:可(?:以)?(?:适量|少量|适当)?(?:体验|尝试|品尝|尝鲜|试试)|值得一试|不妨一试|不妨(?:体验|尝试|试试)|体验一下|尝尝|推荐(?:体验|尝试))|(?:可(?:以)?(?:适量|少量)|不妨|推荐|值得)(?:体验|尝试|品尝|试试)(?:一下)?(?:当地的?)?${CANNABIS}`,
      'g',
    ),
    message: '推荐体验大麻制品，宣扬吸毒，违反禁毒法',
  },
  {
    // A recipe for an explosive mixture: 硝酸钾、硫磺和木炭按比例自行配制, 把氯酸钾和镁粉研磨混合即可,
    // 用氯酸钾自行调配. A lesson that names a chemical and a solution made (溶液配制) gives no ratio,
    // no 自行 and no 即可; a lab reaction (混合即可制取氯气) makes a product, not a charge.
    rule: 'legal.dangerous-recipe',
    severity: 'block',
    pattern: new RegExp(
      `${OXIDIZER}${IN}{0,24}?(?:(?:按(?:照)?(?:一定)?(?:的)?比例|按[0-9０-９一二三四五六七八九十]+[:：比][0-9０-９一二三四五六七八九十]+)(?:自行|自己|在家)?(?:配制|调配|混合|研磨混合|研磨|混匀|拌匀)|(?:自行|自己|在家|私自)(?:配制|调配|混合|制作)|(?:混合|混匀|拌匀|研磨)(?:后)?(?:即可|就行|就能|点燃)(?!制取|制得|得到))`,
      'g',
    ),
    message: '传授自制烟花爆竹或爆炸物的配方、方法，涉嫌违法',
  },
  {
    // A civil-service or state place bought, not won in the exam: an inside channel that promises the
    // post (通过内部名额保过面试, 内部渠道可保证编制录用, 找关系直接入编), money that buys it (交5万元就能
    // 进编, 缴纳服务费即可安排入编) or the exam skipped (不用考试也能进编, 无需考试照样入编). A recruitment
    // notice's own 考试 and 录用 promise nothing, and a warning (凡声称可保证录用的都是骗局) informs.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `${INSIDE}${IN}{0,12}?${HIRED}|(?:(?:交钱|缴费|花钱|出钱|给钱|(?:交|缴纳?|付)(?:服务费|好处费|费用|[0-9０-９.一二三四五六七八九十两]+万?元))(?:就能|就可以|即可|就可|便可|可|包)|(?:不用|无需|无须|不必|不想|不需要)(?:参加)?(?:考试|考)(?:也能|也可以|也可|照样))(?:保证|确保|包|直接|安排)?${POST}`,
      'g',
    ),
    message: '以“内部名额”“内部渠道”或交钱承诺保过、包录用，涉嫌招录诈骗，扰乱考录秩序',
  },
  {
    // The same post bought, the price named by its sum or its kind of fee and the promise a clause
    // apart, in either order: 缴纳3000元服务费即可保证入编, 交8000元中介费，包录用, 保证上岸，只需缴纳2万元
    // 服务费, 包入编，费用面议.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `${PAID_FOR_POST}${IN}{0,10}?${POST_PROMISED}|${POST_PROMISED}${IN}{0,10}?(?:${PAID_FOR_POST}|(?:费用|价格|收费)(?:面议|从优|私聊|详谈|另议))`,
      'g',
    ),
    message: '以交钱承诺保证入编、包录用，涉嫌招录诈骗，扰乱考录秩序',
  },
  {
    // A school place bought the same way: a fee with an amount or a name (交2万元“协调费”, 花5万元,
    // 缴纳赞助费) or an inside channel, then the place promised (保证安排入学名额, 就能进市一中实验班,
    // 包上名校). A ban or a scam in the sentence (严禁收取择校费, 凡称交钱保证入学的都是骗局) informs, and
    // a school that denies it (不存在交钱保证入学) promises nothing.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?<!不|没有|不存在|杜绝)(?:${SCHOOL_FEE}|${INSIDE})${IN}{0,6}?(?:(?:就能|就可以|就可|便可|便能)(?:保证|确保|直接|安排){0,2}|(?:即可|可以?|能|包)?(?:保证|确保|包|直接|安排|搞定|办妥){1,2})(?:孩子|小孩|学生|子女)?${SCHOOL_PLACE}`,
      'g',
    ),
    message: '以交钱或“找关系”承诺保证入学、进重点班，涉嫌招生诈骗或行贿受贿',
  },
]);

/** A ban, a crime or a scam named in the sentence. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|(?<![特分个区识类级性告鉴辨差派离])别(?!人)|违法|违规|犯罪|非法|查处|查获|抓获|打击|涉嫌|骗|陷阱|谎称|虚构|冒充|所谓|谨防|警惕|小心|当心|拒绝|远离毒品|毒品/;

export const regradeHazard: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return inScamWarning(text, span.start, span.end) || DISOWNED.test(text.slice(from, to))
    ? 'info'
    : severity;
};
