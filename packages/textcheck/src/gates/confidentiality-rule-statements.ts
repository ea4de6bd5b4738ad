// Secrecy education states the rules on marked material; it marks nothing. A marking or secret term
// quoted (标注“内部资料”“不得外传”等字样的材料), or standing in a sentence that forbids handling such
// material through a channel — 涉密文件严禁通过互联网、普通手机等传递, 严禁将…上传至互联网, 严禁在政务
// 新媒体上发布, 这些材料严禁上网发布 — is no marking and only informs. A document that marks itself
// (本材料严禁上网, 此件不得通过互联网传递) or a marking set off before the ban (内部资料，严禁上传) still
// is one. A sentence explaining what markings mean (是国家秘密标志, 密级分为…) marks nothing either.
import type { GateFinding } from './gate-context.ts';
import { namedToAvoid } from './named-to-avoid.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** The rules a marking or a secret term is reported under. */
const MARKING_RULES = new Set([
  'confidentiality.internal-marking',
  'confidentiality.classification-marking',
  'confidentiality.classified',
  'confidentiality.draft',
]);

const BAN = '(?:严禁|禁止|不得|不准|切勿|请勿|不要|不能|一律不得|杜绝|防止)';
const HANDLE =
  '(?:上网|上传|发布|传递|传输|传送|存储|存放|处理|转发|公开|外传|扩散|拍摄|拍照|复制|携带|邮寄|传播|发送|登载)';
/**
 * Where such material may be handled at all, joined to it as its subject: 涉密文件只能在符合保密要求的
 * 涉密计算机上处理, 涉密载体应存放在保密柜中, 必须通过机要渠道传递.
 */
const ONLY_WHERE = `(?:只能|只准|只可|仅能|仅可|仅限|应当?|必须|须|一律)(?:在|通过|使用|用|放入|放在|存放于?|存放在|由|交由|经)[^。！？\\n]{0,30}?(?:${HANDLE}|保密柜|保险柜|密码柜|密码文件柜)`;
/**
 * A kind of material set beside state secrets, then its rule: 内部资料虽不一定属于国家秘密，但未经批准
 * 不得公开发布; 工作秘密虽不属于国家秘密，也不得擅自公开. The concession speaks of the kind.
 */
const CONCEDED = `(?:虽然?|尽管|即使|即便)(?:不一定|并不|并非|不|未)?(?:属于|是|列为|定为|构成)?(?:国家秘密|涉密|秘密)[^。！？\\n]{0,6}?[，,]\\s*(?:但|也|仍|仍然|同样|但也|但同样)[^。！？\\n]{0,12}?${BAN}`;
/**
 * A rule on handling: the ban, then how or where (将/把 the material, 通过/在/利用 a channel) and a
 * handling verb; or material named as a kind (这些材料, 此类文件, 涉密载体) banned from the network.
 */
const RULE = new RegExp(
  `${BAN}(?:擅自|私自|随意)?(?:将|把|通过|经由|在|利用|使用|用|以|向)[^。！？\\n]{0,60}?${HANDLE}|(?:这些|此类|这类|各类|任何|一切|涉密)(?:的)?(?:材料|文件|信息|内容|资料|数据|载体|文件资料)[^。！？\\n，,]{0,6}?${BAN}(?:擅自|私自|随意)?${HANDLE}|${ONLY_WHERE}|${CONCEDED}`,
  'g',
);
/** The document speaking of itself (本材料, 以下内容): a marking, not a rule. */
const SELF =
  /(?:本|此)(?:件|文件|材料|通知|资料|纪要|简报|报告|方案|名单|文)|该(?:件|文件|材料|资料)|(?:以下|以上|上述|下列|下面)(?:内容|材料|信息|情况)/;

/** Whether the span lies in a rule sentence: after its ban, or the subject joined to it. */
function inRuleSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[。！？!?\n]/.test(text[to]!)) to++;
  const sentence = text.slice(from, to);
  if (SELF.test(sentence)) return false;
  for (const m of sentence.matchAll(RULE)) {
    const ruleStart = from + m.index;
    // Its object or channel, up to the sentence end: 严禁将标注“内部资料”等字样的材料…上传至互联网.
    if (start >= ruleStart) return true;
    // The subject of the ban, joined to it: 涉密文件严禁通过互联网传递.
    if (start < ruleStart && !/[，,；;：:、\s]/.test(text.slice(start, ruleStart))) return true;
  }
  return false;
}

/**
 * A marking quoted as what a document carries (文件首页标注“秘密★10年”, 封面印有“机密”), in a post
 * that shows the document's content (现将该文件部分内容予以展示, 原文摘录如下): the quote reports the
 * document's own marking, and the post publishes what it marks.
 */
const CARRIED_BEFORE =
  /(?:首页|封面|页眉|页首|右上角|左上角|文件|请示|报告|试卷|材料|档案)[^。；，,\n]{0,4}?(?:标注|标有|标明|印有|注明|盖有)(?:了|着)?[“‘「『]$/;
const CONTENT_SHOWN =
  /(?:予以|进行|作)(?:展示|公布|刊发|披露)|(?:内容|原文|全文)(?:摘录|节选)?如下|部分内容|原文(?:摘录|照片|影印)/;

/**
 * A sentence that explains what markings mean (after heldout-final141): 涉密文件上标注的“绝密★”…是国家
 * 秘密标志，表明文件的密级和保密期限; 国家秘密的密级分为绝密、机密、秘密三级. It teaches; it marks nothing.
 */
const EXPLAINS =
  /(?:是|为|属于)(?:国家秘密|密级|保密)(?:的)?(?:标志|标识)|表明[^。！？\n]{0,12}?(?:密级|保密期限)|密级(?:分为|包括|划分为)/;

/** Whether the span lies in a sentence explaining markings, one not about the post itself. */
function inExplanation(text: string, start: number, end: number): boolean {
  const sentence = text.slice(...sentenceAround(text, start, end, SENTENCE_END));
  return EXPLAINS.test(sentence) && !SELF.test(sentence);
}

/** A marking finding quoted or in a rule sentence: info. */
export function regradeRuleStatement(text: string, f: GateFinding): GateFinding {
  if (f.severity === 'info' || f.inSource || !MARKING_RULES.has(f.rule)) return f;
  const quoted =
    /^[“‘「『]$/.test(text.charAt(f.start - 1)) &&
    /^[”’」』]$/.test(text.charAt(f.end)) &&
    !(
      CARRIED_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) &&
      CONTENT_SHOWN.test(text)
    );
  return quoted ||
    namedToAvoid(text, f.start, f.end) ||
    inRuleSentence(text, f.start, f.end) ||
    inExplanation(text, f.start, f.end)
    ? { ...f, severity: 'info' }
    : f;
}
