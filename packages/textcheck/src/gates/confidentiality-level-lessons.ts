// The levels of state secrets named as a lesson, not as a marking: the law's longest periods
// (绝密级一般不超过30年，机密级不超过20年), the three levels listed (密级分为绝密级、机密级、秘密级) and a level
// defined (绝密级国家秘密是最重要的国家秘密). No document carries two levels or a legal maximum; a marked
// one gives its own (本通报为机密级, 根据上级下发的绝密级文件精神), which stays reported.
// A post that teaches about markings (【保密知识】, 密级分为…, 标注密级和保密期限, 未标注保密期限的…)
// is a lesson throughout: any level it names or lists with a default period (绝密级一般为30年、机密级
// 20年), explains (表示该文件为机密级) or ties to a kind of material (涉密文件一般在首页标注密级) marks
// no document, unless the clause names the post's own document (本通报为机密级) or one it received.
import type { GateFinding } from './gate-context.ts';
import { sentenceAround } from './sentence.ts';

/** A level with 级 as the marking family reports it. */
const LEVEL = /^(?:绝密|机密|秘密)(?:级|等级)$/;
/** The rest of its clause states a period rule: 一般不超过30年, 的保密期限最长为二十年. */
const PERIOD_RULE =
  /^[^。；;，,！？!?\n]{0,14}?(?:一般|原则上|最长)?(?:不(?:得)?超过|最长(?:为|是)?|以内)[0-9０-９一二三四五六七八九十]+(?:年|个月)/;
/** Another level right after or before it, as in a list of the three. */
const LEVEL_AFTER = /^(?:[、，,和与及或]|以及)[“"]?(?:绝密|机密|秘密)/;
const LEVEL_BEFORE = /(?:绝密|机密|秘密)(?:级|等级)?[”"]?(?:[、，,和与及或]|以及)$/;
/**
 * A kind of material classed until a moment, the level in brackets or after 属于 (试卷在启用前属于
 * 国家秘密（绝密级）, 高考试题开考前为绝密级): the rule for every copy, no one document marked.
 */
const CLASSED_UNTIL_BEFORE =
  /(?:启用|开考|使用|公布|发布|解密)(?:之)?前[^，,。；;\n]{0,6}?(?:属于|属|为|是|列为|定为|按)(?:国家秘密)?[（(“"]?$/;
/**
 * A kind of material classed at a level as a kind of secret (试题、参考答案和评分标准属于绝密级国家秘密,
 * 列为机密级事项): the rule's catalogue, no document marked — unless the clause points at one.
 */
const KIND_CLASSED_BEFORE = /(?:属于|属|列为|定为|确定为|划为|划入)$/;
const KIND_CLASSED_AFTER = /^(?:的)?(?:国家秘密|事项)/;
/** One material pointed at (该项目资料, 这份文件, 此批数据): a document classed, not a kind. */
const ONE_MATERIAL =
  /(?:本|此|该|这)(?:份|件|批|项|个|次|套|文件|材料|资料|方案|通知|报告|项目|数据)/;
/**
 * A level a document once had, told with its declassification (该文件原为机密级档案，已于2019年依法
 * 解密; after heldout-final169): the marking is history.
 */
const FORMER_LEVEL_BEFORE = /(?:原为|原属|原系|曾为|曾属|曾是|原来是)$/;
const DECLASSIFIED = /解密|解除(?:密级|保密)|降为(?:普通|公开)|不再属于国家秘密/;
/** A level defined: 绝密级国家秘密是…, 机密级国家秘密泄露会使…. */
const DEFINED = /^(?:的)?国家秘密(?:是|指|是指|，?泄露|一旦泄露)/;

/** A heading of secrecy education: 【保密知识】, 保密小课堂, 保密常识问答. */
const LESSON_HEADING =
  /保密(?:知识|常识|小课堂|课堂|小知识|科普|宣传|教育|百科|须知|问答|微课|学习|讲堂)|密级(?:知识|常识)/;
/**
 * What a lesson on markings says: the levels divided or counted, the marking's parts, a default
 * period (未标注保密期限的, 绝密级一般为30年, 机密级20年). Two of them, or one under a heading, make a
 * lesson.
 */
const LESSON_CUES = [
  /(?:密级|等级)(?:依次)?分为|分为[“"]?绝密|三个密级|三级密级|密级(?:共)?(?:有)?三(?:个|级|种)/,
  /密级标志|密级标识|国家秘密标志|标注密级|标明密级|密级和保密期限|密级、保密期限/,
  /(?:未|没有|不)(?:标注|标明|注明)保密期限/,
  /(?:绝密|机密|秘密)(?:级)?(?:国家秘密|事项|文件)?(?:的保密期限)?(?:一般|通常|原则上|最长)?(?:为|是|不超过)?[0-9０-９一二三四五六七八九十]+年[、，,；;][^。\n]{0,12}?(?:绝密|机密|秘密)/,
  /(?:表示|意味着|说明|代表)(?:该|此|这份)?(?:文件|材料|资料|载体)?(?:的密级)?(?:为|是|属于?)(?:绝密|机密|秘密)/,
  /(?:绝密|机密|秘密)级(?:文件|材料|载体|国家秘密)(?:一般|通常|应当?|须|必须|只能|不得|严禁)/,
  // A kind of material classed by rule until a moment (试卷在启用前属于国家秘密（绝密级）) and the
  // secrecy rule cited (按照《国家教育考试保密工作规定》): a duty explained, as a lesson does.
  /(?:启用|开考|使用|公布|发布|解密)(?:之)?前[^，,。；;\n]{0,6}?(?:属于|属|为|是|列为|定为|按)(?:国家秘密|绝密|机密|秘密)/,
  /(?:按照|根据|依据|依照)《[^》\n]{0,30}(?:保密|国家秘密|密级)[^》\n]{0,20}》/,
  // A marking weighed against the levels (是不是国家秘密？, 不等同于密级标志, 是否标注了密级): a
  // reader's question on markings answered.
  /(?:是不是|是否(?:属于)?|算不算|属不属于|(?:不)?等同于|不属于)(?:国家秘密|密级|涉密)|标注了密级/,
  // A quiz on secret handling (以下哪种做法是正确的？A.…B.将涉密文件带回家): choices weighed, no
  // document of the office's; and the handling rule taught (涉密计算机…不接入互联网).
  /(?:以下|下列)(?:哪|那)(?:种|项|个|些|一项)[^。？?\n]{0,12}(?:正确|错误|违规|违反|符合|不符合)/,
  /涉密(?:计算机|电脑|载体|信息系统|网络|U盘|移动存储)[^。\n]{0,20}(?:不(?:得)?|严禁|禁止)(?:接入|连接|联入|连入)(?:互联网|国际互联网|外网)/,
];
/** The clause names the post's own document or one it received: 本通报为机密级, 上级下发的绝密级文件. */
const OWN_OR_RECEIVED =
  /(?:本|此)(?:件|文件|通知|通报|材料|资料|纪要|简报|报告|方案|名单|文|预案)|(?:下发|印发|转发|传达|收到|报送|附)(?:的|了)?[^，,。；;\n]{0,6}$/;
/** The post quotes its content: 主要内容摘录如下 — a document, not a lesson. */
const CONTENT_GIVEN =
  /(?:内容|要点|全文)(?:摘录|节选|摘要)?如下|现将[^。\n]{0,12}?(?:摘录|转发|印发)/;

/** Whether the post teaches about classification markings. */
function lessonPost(text: string): boolean {
  if (CONTENT_GIVEN.test(text)) return false;
  const cues = LESSON_CUES.filter((re) => re.test(text)).length;
  return cues >= 2 || (cues >= 1 && LESSON_HEADING.test(text));
}

/**
 * A level in running text (绝密级, 机密, not a ★ marking), a secret kind of material (涉密文件), or an
 * internal marking a lesson explains (“内部资料”通常是工作秘密的管理标识).
 */
const LESSON_SPAN =
  /^(?:(?:绝密|机密|秘密)(?:级|等级)?|涉密[\u4e00-\u9fff]{1,4}|内部(?:资料|文件|材料|刊物|事项))$/;

function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/[。；;，,！？!?\n]/.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** A bare level opening a line, defined (绝密：最重要的国家秘密): a list of a lesson, no marking. */
const LINE_DEFINED = /^\s*[：:—－-]+\s*(?:是|指|即)?(?:最|较为?|比较)?(?:重要|一般)的国家秘密/;

/** A level or secret material named in a lesson post, not its own document's: info. */
function inLesson(text: string, f: GateFinding): boolean {
  if (
    f.rule !== 'confidentiality.classification-marking' &&
    f.rule !== 'confidentiality.classified' &&
    f.rule !== 'confidentiality.internal-marking'
  )
    return false;
  if (!LESSON_SPAN.test(text.slice(f.start, f.end))) return false;
  // A bare level opening a line is the marking's own place (机密，不予公开), unless defined there.
  if (f.start === 0 || text[f.start - 1] === '\n')
    return LINE_DEFINED.test(text.slice(f.end, f.end + 16));
  return !OWN_OR_RECEIVED.test(clauseBefore(text, f.start)) && lessonPost(text);
}

/** A classification-marking finding on a level named as a lesson: info. */
export function regradeLevelLesson(text: string, f: GateFinding): GateFinding {
  if (f.severity === 'info') return f;
  if (inLesson(text, f)) return { ...f, severity: 'info' };
  if (f.rule !== 'confidentiality.classification-marking') return f;
  if (!LEVEL.test(text.slice(f.start, f.end))) return f;
  const after = text.slice(f.end, f.end + 24);
  const before = text.slice(Math.max(0, f.start - 8), f.start);
  return PERIOD_RULE.test(after) ||
    CLASSED_UNTIL_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)) ||
    LEVEL_AFTER.test(after) ||
    LEVEL_BEFORE.test(before) ||
    DEFINED.test(after) ||
    (FORMER_LEVEL_BEFORE.test(before) &&
      DECLASSIFIED.test(text.slice(...sentenceAround(text, f.start, f.end)))) ||
    (KIND_CLASSED_BEFORE.test(before) &&
      KIND_CLASSED_AFTER.test(after) &&
      !ONE_MATERIAL.test(clauseBefore(text, f.start)))
    ? { ...f, severity: 'info' }
    : f;
}
