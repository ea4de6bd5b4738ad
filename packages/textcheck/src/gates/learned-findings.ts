// Sentences the learned classifier (src/classifier/) flags where no rule of the same gate spoke:
// the open-ended gates meet wording no family lists. A flag warns when its score clears the gate's
// threshold by the gate's margin and informs below it: 1 log10-odds unit for coercion, privacy and
// confidentiality, 1.5 for opinion (chosen so that real official replies get about as many learned
// warns as before these gates were learned), 2 for advertising (at 1 the model of 2026-11-30 warned
// on a sale contract's 绝对值超出3%部分…双倍返还 in official replies), 2 for legal (3 until the model
// trained through final133, whose legal threshold came out stricter; earlier models read an offer
// that skips a procedure, 无需处方即可在药店购买, as one at 2) — unless the sentence words advice
// to the unlawful act itself (legal-advised.ts: 直接换锁, 一般不会查, 代开证明, 输赢别超过一百块), which
// makes a legal flag warn from four units under the threshold; a legal flag on a sentence that gives
// someone a pseudonym (化名), that tells what a statute provides (根据《…》规定) or that clears up an
// incident as an inquiry found it — no one hurt, no one identified (经查，…未造成人员受伤) — only informs.
// Privacy wants a cue in the flagged sentence, a private person (村民, 其妻子, 本人, 某): alone, the
// model read an office's contact line as one; it only informs on a sentence that masks names and
// numbers (李*福（尾号6732）).
// Confidentiality warns at 1 unit over its threshold with a word of secrecy, drafts, exams or
// cases in the sentence (内部, 勿外传, 试题, 案情), at 2 without one (a convoy's day and road, a reserve
// price, a successor named: most leaks name no secrecy, and the wider margin keeps plans and routes
// told in replies quiet); a flag whose word of secrecy is only quoted (a scam's “内部漏洞” in a
// warning) only informs, and so does one in a post that says the exam or the case is over.
// An advertising flag needs a word of trade in the post and a coercion flag an interaction in its
// sentence: the model alone reads statistics (全国最大的脐橙产区) as boasts. A coercion flag in a post
// that calls the interaction voluntary (本次投票由市民自愿参与) informs unless its sentence compels, and
// so does one on a sentence that only bans the coercion (不得强制群众下载…) or only warns of an
// applicant's own loss (否则视为放弃); an opinion flag on a citizen's words after their label
// (网友：…) or inside someone else's quotation informs as the rules' findings there do.
import type { Classifier } from '../classifier/classify.ts';
import type { ClassifierModel } from '../classifier/model.ts';
import type { Gate, Severity } from '../finding.ts';
import type { GateFinding } from './gate-context.ts';
import { advisedUnlawfully } from './legal-advised.ts';
import { PROGRAMME_SALE } from './sales-post.ts';
import { onCitizenLine, quotedNotByAccount } from './opinion-reported.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { SURNAME_CHAR } from './person-names.ts';

interface Learned {
  severity: Severity;
  message: string;
  /** Log-odds above the gate's threshold a flag needs to warn (below it, it informs). */
  margin: number;
  /** The flag only informs where this holds of the flagged sentence (its [start, end) in the text). */
  informs?: (text: string, span: { start: number; end: number }) => boolean;
  /** A word that must occur, in the post (`post`) or in the flagged sentence. */
  cue?: { re: RegExp; in: 'post' | 'sentence' };
  /** A flag without the cue is kept (and warns) from this far over the threshold; unset, never. */
  uncuedMargin?: number;
  /**
   * A post of this kind (`post`) makes a flag only inform, unless its sentence has a word of `still`:
   * the model cannot tell the trade it reads from a sanctioned one.
   */
  sanctioned?: { post: RegExp; still: RegExp };
  /**
   * A second test of the flagged sentence: where it holds, the flag warns whatever its margin, from
   * `below` log-odds under the threshold. Under the threshold, a flag it does not confirm is dropped.
   */
  confirmed?: {
    below: number;
    test: (text: string, span: { start: number; end: number }) => boolean;
  };
}

const TRADE =
  /下单|购买|选购|订购|抢购|特价|价格|售价|[0-9０-９]元|优惠|折扣|[一二三四五六七八九]折|包邮|联系|咨询|电话|微信|私信|店|公司|品牌|产品|商家|推荐|开业|直播间|专卖/;
/**
 * The programmes' posts (sales-post.ts: PROGRAMME_SALE) make an advertising flag
 * inform; a price cut, a gift or a rush in the flagged sentence keeps the warn, and the model reads a
 * programme's falling prices as a seller's otherwise.
 *
 * A price told as a bargain (仅需9.9元, 低至5元, 券后19元, 9.9元秒杀), not a price as such (零售价每斤68元):
 * a programme states what its produce costs.
 */
const PROMOTION =
  /(?:仅|只|才|低至|不到|券后|到手|活动价|秒杀价|特惠价)[^。；！？\n，]{0,4}?[0-9０-９](?:\.[0-9０-９]+)?元|[0-9０-９](?:\.[0-9０-９]+)?元(?:起|抢|秒|包邮)|立减|直降|[0-9０-９一二三四五六七八九]折|优惠|秒杀|抢购|限时|限量|送[0-9０-９一二三四五六七八九十两]|赠|包邮|特价|福利|红包|券|最|第一|冲鸭|手慢无/;
/**
 * A post that calls the interaction voluntary (本次投票由市民自愿参与, 不作强制要求): the model reads
 * the vote's rules (每个微信号每天可投1票) as a quota. A sanction or a must in the flagged sentence
 * keeps the warn.
 */
const VOLUNTARY =
  /自愿|(?:不|非|不作|不做|并非|并不)(?:强制|硬性)|自由参与|自主参与|不纳入(?:考核|考评|评比)|不与[^。；！？\n]{1,8}?挂钩/;
const COMPELLED =
  /必须|务必|须|一律|考核|通报|排名|扣分|扣除|评优|评先|挂钩|纳入|名单|截图|未完成|未参与|不予|暂停|取消/;
const INTERACTION =
  /下载|安装|注册|关注|点赞|转发|分享|评论|投票|打卡|积分|学习|观看|直播|填写|填报|问卷|截图|扫码|激活/;
/**
 * A ban on compelling and the clause it governs (不得强制群众下载政务APP、关注公众号, 严禁将点赞量作为考核
 * 指标, 不得要求…截图打卡): a rule against the coercion, as a notice that lightens the load of grassroots
 * cadres (为基层减负) states it. A ban that is the sanction (未投票的不得参加评选) governs no compelling.
 */
const BANNED_CLAUSE =
  /(?:不得|严禁|禁止|杜绝|不准|不许|不再)(?:强制|强迫|硬性|要求|摊派|层层|变相|将|把|以|下达|指定|规定|搞|对)[^，,；;。！？!?\n]*/g;
/**
 * A coercion flag on a sentence that only bans the coercion: with its banned clauses taken out, no
 * interaction or no compulsion is left (不得强制…下载…，不得将点赞量…作为考核指标). A must outside them
 * (不得强制，但必须下载…并截图上报) keeps the warn.
 */
function onlyBans(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end);
  const rest = sentence.replace(BANNED_CLAUSE, '');
  return rest !== sentence && !(INTERACTION.test(rest) && COMPELLED.test(rest));
}

/** The public at large (欢迎居民前来办事, 市民可拨打): no one in particular. */
const THE_PUBLIC = new Set(['居民', '市民', '群众']);
/**
 * A private person the sentence speaks of: a role (村民, 患者), kin (其妻子), 本人, a masked name (王某) —
 * a surname before 某, not 某 as "a certain" (在某网络游戏中, 向某公司; after final188) — or a name
 * given as such (姓名陈建国, not 姓名、联系电话 listed as fields).
 */
const PRIVATE_PERSON = new RegExp(
  `${alternation(PRIVATE_PERSON_ROLES.filter((role) => !THE_PUBLIC.has(role)))}|[其该](?:家|妻|夫|子|女|父|母|儿|孙|本人)|本人|丈夫|妻子|儿子|女儿|儿媳|女婿|父亲|母亲|孙[子女]|${SURNAME_CHAR}某|姓名[:：]?${SURNAME_CHAR}`,
);
/**
 * Secrecy, drafts, exams and cases: the confidentiality gate's subject (内部, 密, 勿外传, 暂不得对外,
 * 征求意见稿, 试题, 题库, 案情, 侦查, 坐标 …).
 */
const SECRECY =
  /密|秘|内部|外传|外泄|扩散|勿转|对外(?:发布|公布|公开|提供)|不(?:得|宜|予)?公开|未(?:经)?(?:公开|公布|发布|审定|定稿)|暂不|仅(?:供|限)|发至|草案|意见稿|讨论稿|送审稿|初稿|试题|考题|试卷|题库|答案|考点|抽考|底价|标底|评标|侦查|侦办|案情|嫌疑|供述|口供|线索|东经|北纬|坐标/;

/**
 * A deadline whose only consequence is the applicant's own loss (否则视为放弃, 逾期不予受理): the
 * procedure of an exam or a service, not coercion — unless the sentence ties it to appraisal.
 */
const OWN_LOSS = /视为(?:自动)?(?:放弃|弃权)|不予(?:受理|办理|审核|录取)|逾期不(?:候|予)|后果自负/;
const APPRAISAL = /考核|通报|评优|评先|排名|扣分|绩效|挂钩/;

/** A coercion flag informs on a sentence that only bans it or only warns of the applicant's own loss. */
function notCoercion(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end);
  return onlyBans(text, span) || (OWN_LOSS.test(sentence) && !APPRAISAL.test(sentence));
}

/** A name or a number masked as the law asks: 李*福, 王××, 尾号6732, 138****5678. */
const MASKED =
  /(?<![\u4e00-\u9fff])[\u4e00-\u9fff][*＊×]{1,2}[\u4e00-\u9fff]?|尾号[0-9０-９]{3,4}|[0-9][*＊]{3,}[0-9]/;
/** A number long enough to be a phone, a card or an ID, or a home, told whole. */
const TOLD_WHOLE =
  /[0-9０-９]{7,}|家住|住址|住在|现住|居住在|门牌|[0-9０-９]+(?:栋|幢|号楼|单元|室)/;

/**
 * A privacy flag informs on a sentence that masks the people it names and tells no number or home (以下
 * 农户…未能发放：李*福（尾号6732）、王*兰（尾号1208）; after heldout-final140): the model reads the list,
 * not the masking.
 */
function maskedOnly(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end);
  return MASKED.test(sentence) && !TOLD_WHOLE.test(sentence);
}

/**
 * A person given a pseudonym (王小明（化名）) has been shielded as the law asks: the model trained
 * through final139 read a minor's age and school in such a report as an exposed identity.
 */
const PSEUDONYM = /化名/;
/**
 * A statute's rule told as the statute says it (根据《中华人民共和国民法典》规定，…可以向婚姻登记机关撤回离婚
 * 登记申请; after final177): a law explained offers nothing unlawful. A statute told wrong is the legal
 * proximity rules' to find.
 */
const STATUTE_CITED = /(?:根据|依据|按照|依照)《[^》\n]{2,30}》(?:的)?(?:有关|相关)?规定/;
/**
 * An incident cleared up as an inquiry found it (after final216: 经查，视频中系该校两名学生因琐事发生推搡，
 * 未造成人员受伤): the finding tells that no one was hurt and names no one, so it neither exposes a minor
 * nor tells a crime. A finding that identifies the people — an age, a class, a masked name, a name
 * after their role (学生陈子轩) — or calls them offenders stays with the model (经查，初二学生陈子轩（14岁）
 * 因琐事…致一名同学面部轻微擦伤).
 */
const INQUIRY_FINDING = /经(?:初步)?(?:调查|核查|核实|查实|查明|了解|查)/;
const NO_ONE_HURT =
  /未(?:造成|致|有|发生)(?:任何)?(?:人员)?(?:受伤|伤亡|人身伤害)|无(?:人员)?(?:受伤|伤亡)|(?:均|并)?无人(?:员)?(?:受伤|伤亡)/;
const IDENTIFIED = new RegExp(
  `[0-9０-９一二三四五六七八九十]岁|班|年级|某|家住|住址|犯罪|罪犯|凶手|嫌疑|作案|(?:学生|同学|少年|男子|女子|男孩|女孩|村民|居民|司机|驾驶人|当事人|人员)${SURNAME_CHAR}[\u4e00-\u9fff]{1,2}(?=[（(，,、因在与于系等])`,
);
function clearedIncident(sentence: string): boolean {
  return INQUIRY_FINDING.test(sentence) && NO_ONE_HURT.test(sentence) && !IDENTIFIED.test(sentence);
}
/** Quoted words: “内部漏洞” quoted from a scam's pitch is not the post's own secrecy. */
const QUOTED = /“[^”\n]*”|"[^"\n]*"/g;

/** The exam, the case or the process is over (统考已于1月18日结束, 考后, 已宣判): its papers are no secret. */
const OVER = /已(?:经)?(?:于[^。；！？\n]{0,12}?)?(?:结束|结案|宣判|判决)|考后|考试结束|结束后/;

/**
 * A confidentiality flag informs when its words of secrecy are all inside quotation marks, or when
 * the post says that what the secret concerned is over.
 */
function notSecret(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end);
  return (SECRECY.test(sentence) && !SECRECY.test(sentence.replace(QUOTED, ''))) || OVER.test(text);
}

/** A sentence that opens with a quotation mark, read from just inside it. */
function afterOpeningQuote(text: string, span: { start: number; end: number }) {
  const start = /^[“「『"]/.test(text.slice(span.start, span.end)) ? span.start + 1 : span.start;
  return { start, end: span.end };
}

const LEARNED: Partial<Record<Gate, Learned>> = {
  advertising: {
    severity: 'warn',
    margin: 2,
    message: '疑似商业推广或广告用语（模型判断），请人工核实',
    cue: { re: TRADE, in: 'post' },
    sanctioned: {
      post: PROGRAMME_SALE,
      still: PROMOTION,
    },
  },
  opinion: {
    severity: 'warn',
    margin: 1.5,
    message: '疑似个人观点、情绪化或不当回复用语（模型判断），请人工核实',
    // A citizen's words on a line opened by their label (网友：…), before the account's reply, or
    // inside a quotation that is not the account's or its official's (“…”王奶奶高兴地说), also when
    // the flagged sentence is the quotation's first (“没想到…真是太及时了！”小刘说).
    informs: (text, span) =>
      onCitizenLine(text, span) || quotedNotByAccount(text, afterOpeningQuote(text, span)),
  },
  coercion: {
    severity: 'warn',
    margin: 1,
    message: '疑似强制群众下载、注册、点赞、转发等（模型判断），请人工核实',
    cue: { re: INTERACTION, in: 'sentence' },
    sanctioned: { post: VOLUNTARY, still: COMPELLED },
    informs: notCoercion,
  },
  legal: {
    severity: 'warn',
    margin: 2,
    message: '疑似违法违规内容（模型判断），请人工核实',
    informs: (text, span) => {
      const sentence = text.slice(span.start, span.end);
      return PSEUDONYM.test(sentence) || STATUTE_CITED.test(sentence) || clearedIncident(sentence);
    },
    confirmed: { below: 4, test: advisedUnlawfully },
  },
  privacy: {
    severity: 'warn',
    margin: 1,
    message: '疑似公开公民个人信息或隐私（模型判断），请人工核实',
    cue: { re: PRIVATE_PERSON, in: 'sentence' },
    informs: maskedOnly,
  },
  confidentiality: {
    severity: 'warn',
    margin: 1,
    message: '疑似公开内部或涉密信息（模型判断），请人工核实',
    cue: { re: SECRECY, in: 'sentence' },
    uncuedMargin: 2,
    informs: notSecret,
  },
};

/** Fewer Chinese characters than this (ids, links, markup debris) is too little to judge. */
const MIN_HAN = 6;
const HAN = /[\u4e00-\u9fff]/g;

const thresholdOf = (model: ClassifierModel, gate: Gate) =>
  model.thresholds[model.gates.indexOf(gate)] ?? 0;

/** How far under its threshold each gate's flags are asked for: the reach of its second test. */
export const LEARNED_BELOW: Partial<Record<Gate, number>> = Object.fromEntries(
  Object.entries(LEARNED).flatMap(([gate, learned]) =>
    learned.confirmed ? [[gate, learned.confirmed.below]] : [],
  ),
);

/** Learned findings for the requested gates, in offsets of `text`, beside the rules' `found`. */
export function learnedFindings(
  classifier: Classifier,
  model: ClassifierModel,
  text: string,
  gates: readonly Gate[],
  found: readonly GateFinding[],
): GateFinding[] {
  const out: GateFinding[] = [];
  for (const hit of classifier.classify(text)) {
    const learned = LEARNED[hit.gate];
    if (!learned || !gates.includes(hit.gate)) continue;
    const sentence = text.slice(hit.start, hit.end);
    if ((sentence.match(HAN)?.length ?? 0) < MIN_HAN) continue;
    const over = hit.score - thresholdOf(model, hit.gate);
    const cued = !learned.cue || learned.cue.re.test(learned.cue.in === 'post' ? text : sentence);
    if (!cued && over < (learned.uncuedMargin ?? Infinity)) continue;
    // A rule's warning anywhere on the sentence speaks for it; a rule's mere mention only when it
    // starts in the sentence (an info reaching in from the sentence before judged other words), and
    // not when the second test reads the sentence as advice (a term read as a mention, 证件办理, in
    // 可以先砍后补…顶多罚个款了事).
    const overlapping = found.filter(
      (f) => f.gate === hit.gate && !f.inSource && f.start < hit.end && f.end > hit.start,
    );
    if (overlapping.some((f) => f.severity !== 'info')) continue;
    // The second test, asked at most once per flag.
    let advised: boolean | undefined;
    const confirmedBySecondTest = () => (advised ??= learned.confirmed?.test(text, hit) ?? false);
    const mentioned = overlapping.some((f) => f.start >= hit.start);
    if (mentioned && !confirmedBySecondTest()) continue;
    const sanctioned =
      learned.sanctioned !== undefined &&
      learned.sanctioned.post.test(text) &&
      !learned.sanctioned.still.test(sentence);
    const informs = learned.informs?.(text, hit) ?? false;
    // The second test matters only under the margin: over it, the flag warns anyway.
    const confirmed = over < learned.margin && confirmedBySecondTest();
    if (over < 0 && !confirmed) continue;
    const warns = (over >= learned.margin || confirmed) && !sanctioned && !informs;
    out.push({
      gate: hit.gate,
      rule: `${hit.gate}.learned`,
      severity: warns ? learned.severity : 'info',
      start: hit.start,
      end: hit.end,
      message: learned.message,
    });
  }
  return out;
}
