// Private punishment allowed: a rule, notice or reply telling people they may tie up, parade, beat or
// lock up an offender (村规民约: 对偷盗者村民可将其捆绑游街示众; 抓到小偷一律挂牌游街; 可以把他绑起来
// 关一夜), or hands whoever is caught to such a punishment (一经抓获，由治安巡逻队捆绑后在村口示众一天). Only the police and courts may detain or punish; a village rule that permits it invites
// unlawful detention and humiliation (刑法 第二百三十八条、第二百四十六条). A ban (严禁捆绑游街示众,
// 不得将其关押) and history (旧社会地主将农民捆绑游街) permit nothing. A school's corporal punishment
// allowed is the same fault at a teacher's hand. So is a beating, a binding or a parade by a crowd or by
// bystanders told with applause (众人将其围住一顿暴打，大快人心; 村民把小偷痛打一顿，真解气; 抓住后把人吊在
// 树上狠狠打了一顿，人人叫好), and a suspect seized or beaten by villagers on their own praised in an
// office's reply (村民自发扣押并殴打嫌疑人的做法值得肯定): the post approves an assault or an unlawful
// detention that only the police could answer. A beating
// told as wrong (看似大快人心，实则违法), one suffered (被敌人吊在树上毒打, a red story) and a lawful
// arrest applauded (小偷落网，大快人心: no beating between) approve nothing. So is a person held by
// patrol or management staff until money comes (将二人扣留在管理所内，直至家属送来罚款后才放行; 把摊贩关在
// 值班室，交了罚款才放人): no administrative body may hold a person to collect a fine (行政处罚法 第
// 九条 lists no such measure; 刑法 第二百三十八条 of unlawful detention). A vehicle or goods held
// (暂扣车辆，缴纳罚款后放行) are no person.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/** What lets it happen: 可, 可以, 准许, 有权, 一律. */
const ALLOWED = '(?<![不无严禁止准许得])(?:可以?|准许|允许|有权|一律|就地)';
/** The gap up to the act, with no ban and no lawful authority in it (可将其, 一律对其当众). */
const GAP =
  '(?:(?!严禁|禁止|杜绝|不得|不准|不许|防止|避免|反对|依法|公安|警方|派出所|民警|司法|法院|机关)[^。；;！!？?\\n，,]){0,6}?';
/** The same gap, wide enough for whom it is done to (允许老师对调皮学生进行体罚). */
const WIDE_GAP = GAP.replace('{0,6}', '{0,10}');
/** The act done to a person; 捆绑 only as a punishment (捆绑游街, 捆绑起来), not a bundle (利益捆绑). */
const ACT =
  '(?:捆绑(?=游街|示众|起来|殴打|吊打|关押)|绑起来|捆起来|绑在树上|挂牌游街|游街|示众|殴打|暴打|关押|关起来|罚跪|剃阴阳头|吊起来|私设公堂)';

/**
 * Violence called for against a person (这种老赖就该拉到广场上打断腿, 小偷抓到了就应该往死里打, 真该
 * 拉出去游街): a comment urging it, left standing or pinned by an official account, incites assault.
 * A lawful word in the gap (就该依法严惩, 就应该曝光) calls for nothing of the kind.
 */
const CALLED_FOR = '(?:就该|就应该|就应当|都该|都应该|真该|活该被|就得|必须)';
const CALL_GAP = '(?:(?!依法|法律|法院|公安|警方|曝光|惩戒|处罚|严惩)[^。；;！!？?\\n，,]){0,10}?';
const HARM =
  '(?:打断(?:他|她|他们)?的?(?:腿|手|胳膊)|打死|弄死|砍死|往死里打|吊起来打|暴打一顿|揍一顿|拉出去(?:枪)?毙了?|游街示众|挂牌游街)';

/**
 * A beating, a binding or a parade given (一顿暴打, 痛打一顿, 围殴, 打得鼻青脸肿, 吊在树上打, 狠狠教训了他
 * 一顿, 游街示众), not suffered (被…毒打, 遭到…围殴).
 */
const BEATING =
  '(?<!被|遭|遭到|受到|敌人|匪徒|日军|鬼子)(?:一顿(?:暴打|痛打|毒打|狠揍|猛揍|胖揍|好打)|(?:吊|绑|捆|拴)(?:在|到|起来)[^。；！？，,\\n]{0,8}?(?:打|揍|抽|示众)|(?:狠狠|狠狠地|往死里|结结实实)?(?:暴打|痛打|毒打|狠揍|胖揍|揍|打|教训|收拾|修理)了?(?:他|她|他们|对方|小偷|那人)?一顿|痛揍|暴揍|围殴|群殴|暴打|痛打|毒打|拳打脚踢|游街示众|拉去游街|打得(?:鼻青脸肿|头破血流|跪地求饶|满地找牙)|(?:自发|私自|擅自|自行|合力|一拥而上)[^。；！？，,\\n]{0,6}?(?:扣押|扣留|关押|拘禁|殴打|捆绑|绑了))';
/** Applause for it, not put as a seeming (看似大快人心) or denied (并不解气). */
const APPLAUSE =
  '(?<!看似|似乎|貌似|虽然|虽|表面上|并非|不是|并不|不能|不应|不该|不算|不)(?:大快人心|打得好|打得漂亮|干得漂亮|干得好|活该|真解气|太解气|很解气|解气|真痛快|痛快|就该这样|好样的|值得点赞|为他点赞|人人叫好|拍手称快|拍手叫好|值得(?:大家|我们|群众|全村)?(?:肯定|提倡|鼓励|学习|表扬|称赞|赞扬|推广)|应(?:予|当|该)?(?:肯定|提倡|鼓励|表扬)|予以(?:肯定|表扬))';

/**
 * A rule's sanction for whoever is caught (一经抓获，由治安巡逻队捆绑后在村口示众一天; 一经发现，交由村民
 * 将其绑起来): the rule itself hands the offender to a private punishment. A rule that hands them to the
 * police (一经抓获，由公安机关依法处理) names no such act.
 */
const CAUGHT =
  '(?:一经(?:抓获|抓住|抓到|发现|查实|查获)|抓(?:获|住|到)一个|发现一个)[，,]?(?:一律|立即|当场)?(?:由|交由|交给|将其?|把其?)?';
/** The act after such a handover, 捆绑 also as its first step (捆绑后在村口示众). */
const HANDED_ACT = `(?:${ACT}|捆绑(?=后|并))`;

/** A person held: 二人, 其, 该男子, 摊贩. */
const HELD_PERSON =
  '(?:[一二两三四五六七八九十几0-9０-９]+(?:人|名[\\u4e00-\\u9fff]{0,4})|其|他|她|他们|她们|该男子|男子|当事人|摊贩|村民|司机|驾驶员|车主|钓鱼者|游客|学生|小偷|嫌疑人)';
/** Held: 扣留, 关在, 扣押, 控制在. */
const HOLD = '(?:扣留|扣押|关押|关在|关进|留在|控制在|看管在|羁押)';
/** Until money comes, then let go: 直至家属送来罚款后才放行, 交了罚款才放人. */
const UNTIL_PAID =
  '(?:直至|直到|等到|待|要求|让)?[^。；;！!？?\\n]{0,8}?(?:送来|送|交清|缴纳|交纳|缴清|交了|缴了|交齐|付清|拿来|凑齐)(?:了)?(?:罚款|罚金|罚没款|赔偿金?|押金|保证金|钱)(?:后)?(?:才|方|再|后)?(?:放行|放人|释放|让其离开|准许离开|放其离开|放走)';

export const PRIVATE_PUNISHMENT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(`${ALLOWED}${GAP}${ACT}[^。；;！!？?\\n，,]{0,6}`, 'g'),
    message: '允许私自捆绑、游街示众、殴打或关押他人，涉嫌非法拘禁、侮辱',
  },
  {
    // Corporal punishment allowed at school (班主任可适当体罚, 允许老师对学生进行体罚, 体罚学生是可以的):
    // 义务教育法 第二十九条 and 未成年人保护法 第二十七条 forbid it; lawful 教育惩戒 is another word.
    // A ban (严禁体罚, 不得体罚或变相体罚) is no permission.
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `${ALLOWED}${WIDE_GAP}(?:适当|适度|酌情|轻微)?(?:体罚|变相体罚)|(?<![严禁止不得准许防杜绝])体罚(?:学生|孩子|幼儿|违纪学生)?(?:是|也是)?(?:可以的|允许的|被允许的|没问题的|无妨|不违法|不算违法)`,
      'g',
    ),
    message: '允许体罚学生，违反义务教育法、未成年人保护法',
  },
  {
    // Violence called for against a person (就该把他拉到广场上打断腿, 吊起来打).
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(`${CALLED_FOR}${CALL_GAP}${HARM}`, 'g'),
    message: '鼓吹对他人施暴，涉嫌煽动殴打、侮辱',
  },
]);

/**
 * The rule's sanction on whoever is caught, read apart from the enforcement regrade: its 一经抓获 is
 * the rule's condition, not a report of an arrest. Only a warning frame makes it a mention.
 */
export const RULED_PUNISHMENT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A village rule's sanction carried out by private hands (一经抓获，由治安巡逻队捆绑后在村口示众一天).
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(`${CAUGHT}${WIDE_GAP}${HANDED_ACT}[^。；;！!？?\\n，,]{0,8}`, 'g'),
    message: '村规民约等规定由群众、巡逻队私自捆绑、示众或关押违规者，涉嫌非法拘禁、侮辱',
  },
]);

/**
 * A beating told with applause (众人将其围住一顿暴打，大快人心), read as the post's own voice: a
 * reminder to call the police elsewhere in it does not take the applause back. Only quotes do.
 */
export const APPLAUDED_BEATING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(`${BEATING}[^。；;！!？?\\n]{0,12}?${APPLAUSE}`, 'g'),
    message: '对私自殴打他人叫好，宣扬以暴制暴，涉嫌鼓励违法',
  },
]);

/**
 * A person held until money comes, read with its own regrade: the fine the sentence names is what
 * the legal gate's mention words would take for a warning.
 */
export const HELD_FOR_FINE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A person held until a fine or money is brought: 将二人扣留在管理所内，直至家属送来罚款后才放行.
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `(?:将|把|对)${HELD_PERSON}${HOLD}[^。；;！!？?\\n]{0,12}?[，,]?${UNTIL_PAID}`,
      'g',
    ),
    message: '扣留人员直至交纳罚款才放行，属非法限制人身自由，违反行政处罚法、刑法',
  },
]);

/** The sentence bans, exposes or punishes the holding. */
const HOLDING_DISOWNED =
  /严禁|禁止|不得|不准|不许|违法|非法|违规|查处|通报|问责|纠正|曝光|投诉|举报|被(?:查|处理|处分|停职|免职)/;

/**
 * Private or corporal punishment allowed informs only where its sentence disowns it or it is quoted:
 * a warning of theft around it (【治安提醒】…请村民们提高警惕…大伙可以先把人绑起来教训一顿) warns of
 * the theft, not of the punishment it allows.
 */
export const regradePermittedPunishment: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return HOLDING_DISOWNED.test(text.slice(from, to)) || insideQuotes(text, span)
    ? 'info'
    : severity;
};

export const regradeHeldForFine: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return HOLDING_DISOWNED.test(text.slice(from, to)) || inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
