// Confidentiality gate (保密关): classification markings (机密★1年), internal-only markings
// (内部资料, 不得外传) and classified document numbers; a marking quoted or in a rule sentence of
// secrecy education informs (confidentiality-rule-statements.ts).
import { findDocNumbers } from '../rules/patterns/doc-number.ts';
import { CANDIDATE_FAMILIES } from './confidentiality-candidates.ts';
import { CASE_DELIBERATION_FAMILIES } from './confidentiality-case-deliberation.ts';
import { AWAITING_DECISION_FAMILIES } from './confidentiality-awaiting-decision.ts';
import { BIDDER_NAME_FAMILIES } from './confidentiality-bidder-names.ts';
import { CASE_LEAK_FAMILIES } from './confidentiality-case-leaks.ts';
import { CLUE_REFERRAL_FAMILIES } from './confidentiality-clue-referrals.ts';
import { INTERNAL_CIRCULATION_FAMILIES } from './confidentiality-internal-circulation.ts';
import { EXPROPRIATION_FAMILIES } from './confidentiality-expropriation.ts';
import { EXAM_QUESTION_FAMILIES } from './confidentiality-exam-questions.ts';
import { EXTERNAL_LINE_FAMILIES } from './confidentiality-external-line.ts';
import { HANDLING_NOTE_FAMILIES } from './confidentiality-handling-notes.ts';
import { EARLY_FACT_FAMILIES, FORBIDS_AFTER } from './confidentiality-early-facts.ts';
import { EARLY_STATISTICS_FAMILIES } from './confidentiality-early-statistics.ts';
import { LEAKED_FIGURE_FAMILIES } from './confidentiality-leaked-figures.ts';
import type { GateCheck, GateFinding } from './gate-context.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { INTERNAL_FAMILIES, MEANING, MEANING_OF_LEVEL_BEFORE } from './confidentiality-internal.ts';
import { MILITARY_UNIT_FAMILIES } from './confidentiality-military-units.ts';
import { MINERAL_SITE_FAMILIES } from './confidentiality-mineral-sites.ts';
import { EXPOSED_SITE_FAMILIES } from './confidentiality-exposed-sites.ts';
import { MEETING_POSITION_FAMILIES } from './confidentiality-meeting-positions.ts';
import { MEETING_LEANING_FAMILIES } from './confidentiality-meeting-leanings.ts';
import { PLANNED_RAID_FAMILIES } from './confidentiality-planned-raids.ts';
import { RECRUIT_QUOTA_FAMILIES } from './confidentiality-recruit-quotas.ts';
import { UNRELEASED_CONTENT_FAMILIES } from './confidentiality-unreleased-content.ts';
import { SECURE_TRANSPORT_FAMILIES } from './confidentiality-secure-transport.ts';
import { SELF_TAG_FAMILIES } from './confidentiality-self-tags.ts';
import { GUARD_ARRANGEMENT_FAMILIES } from './confidentiality-guard-arrangements.ts';
import { TRIAL_FAMILIES } from './confidentiality-trials.ts';
import { PENDING_DECISION_FAMILIES } from './confidentiality-pending-decisions.ts';
import { PRELIMINARY_RESULT_FAMILIES } from './confidentiality-preliminary-results.ts';
import { INTERNAL_JUDGEMENT_FAMILIES } from './confidentiality-internal-judgements.ts';
import { regradeRuleStatement } from './confidentiality-rule-statements.ts';
import { regradeLevelLesson } from './confidentiality-level-lessons.ts';
import { regradeTradeSecret } from './confidentiality-trade-secrets.ts';
import { guard, guardedMatches, mayMatch } from './regex-guard.ts';
import { UNDECIDED_FAMILIES } from './undecided-matters.ts';
import { WATCH_LIST_FAMILIES } from './confidentiality-watch-lists.ts';
import { INVESTIGATION_MEANS_FAMILIES } from './confidentiality-investigation-means.ts';
import { SECURITY_DEPLOYMENT_FAMILIES } from './confidentiality-security-deployment.ts';
import { GUARD_ROUTE_FAMILIES } from './confidentiality-guard-routes.ts';

/**
 * A document's level marked: 绝密★长期, 机密级, （秘密）, and a level in brackets with its reading
 * limit after a comma (《…方案》（绝密，仅限指挥部成员单位主要负责人阅）, （机密，不得翻印）) — not a
 * list of the levels (（绝密、机密、秘密）).
 */
const MARKING =
  /[★☆]\s*(?:绝密|机密|秘密)|(?:绝密|机密|秘密|涉密)\s*[★☆*＊]\s*(?:\d+\s*(?:年|个月)|长期)?|(?:绝密|机密)(?:文件|级|等级)|[（(](?:绝密|机密|秘密)[）)]|[（(](?:绝密|机密|秘密)(?:级)?[，,；;](?!绝密|机密|秘密)[^（）()\n]{0,30}?(?:仅|限|不得|严禁|禁止|保密期限|翻印|复制|外传|回收|收回)[^（）()\n]{0,30}?[）)]/g;

/**
 * A bare level as a marking: at a line start or an attachment's label (附件：秘密 2024年…方案), followed
 * by a separator, 期限 or the line end.
 */
const LINE_MARKING =
  /(?<=^|\n|附件[0-9０-９]{0,2}[：:][ \t\u3000]{0,2})[ \t\u3000【[（(]*(?:绝密|机密|秘密)(?=[ \t\u3000，,★☆*＊·】\]）)]|期限|$|\n)/g;
/** A circulation ban: 未经批准不得复制, 未经审批严禁上传. */
const CIRCULATION_BAN =
  /未经(?:批准|审批|审核批准|允许|授权|同意)[，,]?(?:不得|严禁|禁止|一律不得)(?:擅自)?(?:公开|复制|翻印|上传|外传|扩散|传播|摘抄|对外|转载|泄露)/g;

const EXAM_QUESTION =
  /(?:试卷|试题|考题|卷)[^。；！？\n]{0,8}?第[0-9０-９一二三四五六七八九十]+(?:道)?(?:大)?题(?:考查|考察|考|为|是|涉及|主要考)[^。；！？\n]{0,30}|(?:今年|本次|这次)?(?:语文|英语|综合)?(?:作文|写作|申论|面试)(?:题目|题)(?:已)?(?:确定为|定为|是|为|[：:])[^。；！？\n，,]{1,30}|(?:最后|压轴|第[0-9０-９一二三四五六七八九十]+)(?:一)?(?:道)?大题(?:考|是|为|考查)[^。；！？\n，,]{1,30}|(?:据)?(?:出题组|命题组|出题人|命题人|出题老师|命题老师)(?:透露|表示|称)[^。；！？\n]{0,40}|(?:案例分析题|作文题|论述题|申论题|大题|压轴题|材料题)(?:考的是|将围绕|围绕|考|为|是)[^。；！？\n，,]{1,30}|第[一二三四五六七八九十0-9０-９]+道(?:题|大题)(?:已经?(?:确定|定了?))?[，,]?(?:是|为|考)(?:关于)?[^。；！？\n]{1,30}|(?:面试|笔试|申论|公考|考试|试卷)[^。；！？\n，,]{0,4}?第[一二三四五六七八九十0-9０-９]+(?:道)?(?:大)?题(?:已经?(?:确定|定了?))?[，,]?(?:是|为|考)(?:关于)?[^。；！？\n]{1,30}/g;
/**
 * The exam still ahead: 启用前, 距离考试还有, 明天（6月20日）上午进行…语文科目考试, 下周一笔试, 将于/将在…
 * 进行…考试. A date in brackets may stand between the day and the exam. Students drilled for it
 * (请各班抓紧组织学生进行针对性练习, 提前准备) are before it too.
 */
const PRE_EXAM =
  /启用前|距离?(?:考试|开考|中考|高考|笔试)还有|(?:明天|明日|后天|明早|下周[一二三四五六日天]?|本周[一二三四五六日天])[^。；！？\n]{0,20}?(?:数学|语文|英语|物理|化学|政治|历史|综合)?(?:卷|试卷|科目|笔试|面试|中考|高考|考试|统考|联考|开考)|将于[^。；！？\n]{0,12}?(?:进行|举行|开考)|将(?:在)?[^。；！？\n，,]{0,8}?(?:进行|举行)[^。；！？\n，,]{0,8}?(?:考试|中考|高考|笔试|统考|联考)|印制|印发|考前|即将(?:开考|举行|进行)|尚未开考|开考前|押题|复习|(?:明天|明日|后天)(?:就是|就)?(?:要)?[^。；！？\n]{0,10}?(?:笔试|面试|中考|高考|考试|开考)|透个底|提前(?:透露|告诉|剧透)|(?:针对性|提前|抓紧)[^。；！？\n]{0,6}?(?:练习|训练|准备|辅导)/;
const POST_EXAM = /考后|考试结束|已结束|落下帷幕|阅卷|评卷|解析|点评|答案|回顾|真题分析/;
/**
 * A question quoted whole after an exam's question named before it in the clause (压轴题考查…，题目为：
 * “如图，抛物线…”): the text of the paper itself.
 */
const QUOTED_QUESTION =
  /(?:题目|原题|题干)(?<=(?:压轴题|大题|作文题|考题|试题|第[0-9０-９一二三四五六七八九十]+(?:道)?题)[^。；！？\n]{0,30}?(?:题目|原题|题干))(?:为|是|如下)?[：:]\s*[“"][^”"\n]{1,80}[”"]?/g;
/**
 * An exam told finished a little before the question (2025年中考语文科目考试顺利结束。今年作文题为…), with
 * no exam still ahead told between (下午将进行数学科目考试 after it speaks of the next one): the
 * paper of the finished exam is public.
 */
const EXAM_ENDED =
  /(?:考试|科目|中考|高考|笔试|面试|语文|数学|英语)[^。；！？\n]{0,6}?(?:已经?|已)?(?:顺利|圆满|平稳|正式)?(?:结束|收官|落幕|考完)/g;
const ENDED_REACH = 80;
function examEndedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - ENDED_REACH), start);
  let last = -1;
  for (const m of before.matchAll(EXAM_ENDED)) last = m.index + m[0].length;
  return last >= 0 && !PRE_EXAM.test(before.slice(last));
}

/** A family of wording: a global expression, and what a match of it reports. */
export interface Family {
  re: RegExp;
  rule: string;
  severity: 'block' | 'warn';
  message: string;
  /** Only texts passing this are searched (exam questions: before the exam, not after). */
  when?: (text: string) => boolean;
  /** A match is reported only if it passes this. */
  accept?: (match: string) => boolean;
  /** A match is reported only if this passes, given the post and where the match starts. */
  acceptAt?: (text: string, start: number) => boolean;
  /** Up to eight characters before the match, matched by this (anchored at $), join the finding. */
  widenLeft?: RegExp;
  /** Only the match's last `tail` characters are reported. */
  tail?: number;
  /** A match right after text matching this (anchored at $) is not reported. */
  notAfter?: RegExp;
}

/**
 * A marking quoted as an example of the format (国家秘密标志由密级和保密期限组成，例如“机密★10年”, 例如
 * 标注“绝密★长期”), or the next in a run of quoted examples (“机密★5年”“秘密★1年”): secrecy publicity
 * explains it, no document carries it. A paper described as marked (试卷首页标注“绝密★启用前”) carries it.
 */
const EXAMPLE_BEFORE =
  /(?:例如|比如|譬如|例|如|即|格式为|格式是|写作|写为|写成|标注为|标为|形如|样式为)[：:]?\s*[“"「『]$|(?:例如|比如|譬如)[^“”"「」『』。；\n]{1,4}[“"「『]$|[★☆][^“”"「」『』]{0,5}[”"」』](?:[、，,]|和|或|及|与)?[“"「『]$/;

const MARKING_MESSAGE = '含国家秘密密级标志，涉密内容严禁公开发布';

/**
 * A telegram named right before a document number, with its urgency (特急明传电报（, 明电：), or a
 * title that calls the document a telegram (《关于做好春运客运组织工作的电报》（济铁客电〔2024〕356号）).
 */
const TELEGRAM_BEFORE =
  /(?:特急|加急|特提|急件)?(?:明传电报|明电|密电|电报)[》」”]?\s*[（(：:，,]?\s*$/;
/**
 * The minutes of a party committee's or a party group's meeting named right before its number
 * (《市委常委会会议纪要》（常纪〔2024〕11号）, 局党组会议纪要（党组纪〔2024〕8号）): such minutes are
 * internal, and so is their number. A government executive meeting's minutes (政府常务会议纪要) are
 * often published and are not matched.
 */
const MINUTES_BEFORE =
  /(?:委常委会|常委会|常委|党组|党委|党工委|党组会|党委会)(?:会议)?纪要[》」”]?\s*[（(：:，,]?\s*$/;
/**
 * An internal sign-off report named right before its number, or a number of the sign-off series
 * (局内部签报（审办签〔2024〕45号）, 《关于开展专项检查的签报》（财办签〔2024〕12号）, 呈批件（市监呈〔2024〕3号）):
 * a 签报 or 呈批件 goes from a department to its head and never out. A request answered in a published
 * reply (你局《关于…的请示》（某政〔2024〕5号）收悉) is not one.
 */
const SIGNOFF_BEFORE = /(?:签报|呈批件|呈阅件|办文单|内部请示)[》」”]?\s*[（(：:，,]?\s*$/;
const SIGNOFF_SERIES = /签\s*[〔[【(（]/;
/**
 * A plain telegram cited in brackets right after its full published title, issuer included
 * (根据《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）): such a 明电 was released to
 * the public under that title (holiday arrangements, emergency notices), so its number is no internal
 * one. An internal 明电 is cited by its number alone, or marked 内部 (《关于…的通报》（市委办内部明电…）),
 * and a coded telegram (密电) never is.
 */
const PUBLISHED_TITLE_BEFORE =
  /《[^《》\n]{0,20}?(?:国务院|办公厅|办公室|人民政府|委员会|指挥部)[^《》\n]{0,8}?关于[^《》\n]{2,60}》\s*[（(]\s*$/;
const PLAIN_TELEGRAM_NUMBER = /^[^内密]{1,8}明电\s*[〔[【(（]/;

/**
 * Families of internal markings and circulation limits (block unless noted):
 * - a bracketed level or internal tag: 【内部】, （内部件）, 〔涉密〕nly one side, so both are needed.
 */
const SCREENSHOT_BAN =
  /(?:严禁|禁止|不得|请勿|切勿|不准|不要|勿)(?:擅自|私自|随意|对外)?(?:转发|外传|扩散|复制|转载|拍照|翻拍|截图|截屏|录屏)(?:[、，,和或及/]?(?:转发|外传|扩散|复制|转载|拍照|翻拍|截图|截屏|录屏))+/g;

/**
 * Personnel candidates before any announcement: 研究了干部调整初步人选名单, 拟提拔人选建议名单,
 * 乡镇党政正职调整酝酿名单已初步形成, 干部调整方案（讨论稿）.
 * A 公示 of 拟任人选 is public by design and is not listed.
 */
const PERSONNEL =
  /(?:干部调整|干部任免|人事调整|提拔任用|干部选拔|书记调整|领导调整|班子调整|换届|交流轮岗|调整)[^。；;！？!?\n]{0,6}?(?:初步人选|酝酿人选|建议人选|拟提拔人选|初步方案|初步名单|酝酿名单|酝酿方案|建议名单|人选名单)|(?:干部|人事|班子|领导)(?:任免|调整|调配)(?:建议|酝酿)?(?:方案|名单|人选)[（(](?:讨论稿|征求意见稿|初稿|草案|草稿|送审稿|酝酿稿)[）)]/g;
/**
 * A classification marking written as a field of the document: 密级：机密, 文件密级为秘密, 保密期限：10年.
 */
const LEVEL_FIELD =
  /密级\s*(?:[：:]|为|是)\s*(?:绝密|机密|秘密)|保密期限\s*[：:]\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:年|个月)|长期)/g;
/**
 * The fields of a marking explained, not given: secrecy publicity reads 机密★10年 as 表示该文件密级为
 * 机密、保密期限为10年. A clause opened by 表示, 意味着, 即 … up to the field gives no document's level.
 */
const EXPLAINED_BEFORE = new RegExp(`${MEANING}[^。；;，,！？!?\\n：:]{0,12}$`);
/** 保密期限 in a sentence that explains the level before it (意味着该文件的密级是绝密，保密期限为30年). */
const EXPLAINED_SENTENCE = new RegExp(`${MEANING}[^。；;！？!?\\n]{0,8}?密级[^。；;！？!?\\n]*$`);
/**
 * A document that may not be reproduced or passed out: 不得翻印, 严禁翻印、转借, 阅后收回, 会后退回,
 * 用后销毁, 阅后勿转发, 工作秘密，注意保管, 以下数据属工作秘密，请勿转载 (the post's own content pointed
 * at: not 此次会议讨论情况属于工作秘密, a rule about an event), a bracketed （不对外公开）, the
 * meeting's own people told to keep it secret (请与会人员严格保密, 请参会同志注意保密; not 对举报人信息
 * 严格保密, a promise to the public). Website footers say 不得复制 or 翻印必究 (copyright), which are not listed.
 */
const NO_REPRODUCTION =
  /(?:不得|严禁|禁止|不准|请勿|切勿|一律不得)(?:擅自|私自|自行)?(?:翻印|翻录|外借|转借|外传)|(?:阅后|会后|用后|学习后|传达后|阅毕)(?:即|请|予以|及时|一律)?(?:收回|退回|销毁|交回)|(?:阅后|会后|阅毕|传达后)(?:请|即)?(?:勿|不得|不要|切勿|严禁|请勿)(?:转发|外传|扩散|转传|传阅|截图)|工作秘密[，,、。\s]{0,2}(?:请|务必)?(?:注意|妥善)保管|(?:以下|以上|上述|下述|下列|附件|(?:本|此|该)(?:文|表|条|帖|页|篇|通报|通知|材料|资料|信息|数据|内容|文件|名单|报告|方案|计划))[\u4e00-\u9fff]{0,8}?(?:属|系|为|属于)工作秘密[，,、。\s]{0,2}(?:请勿|切勿|不得|严禁|禁止|不要|请不要)(?:对外|擅自)?(?:转载|外传|转发|扩散|传播|公开|泄露)|(?:不对外公开|不予公开|内部传阅|仅供内部参阅|内部参阅)[）)]|(?:请|望|要求)(?:全体|各位)?(?:与会|参会|列席)(?:人员|同志|代表|领导|单位)(?:务必|严格|注意|切实|认真)?(?:做好|遵守)?保密(?:纪律|要求)?/g;
/**
 * 用后销毁 of a thing used up, not of a paper: 一次性无菌耗材，一人一针一袋，用后销毁; 采血针用后即销毁;
 * 包装用后予以销毁. A disposable item, a needle or a consumable named before it in the sentence.
 */
const DISPOSED_ITEM =
  /(?:一次性|耗材|针头|针具|采血针|采血袋|注射器|输液器|器械|器具|试剂|试纸|检测盒|棉签|手套|口罩|包装|容器|医疗废物|一人一针|一针一袋)[^。；;！？!?\n]*$/;
const disposedItem = (text: string, start: number): boolean =>
  text.slice(start, start + 2) === '用后' &&
  DISPOSED_ITEM.test(text.slice(Math.max(0, start - 40), start));

/**
 * A secret term in a clause that forbids handling it (不在微信群中传递涉密文件, 严禁在互联网上发布
 * 内部资料, 不用手机拍摄涉密文件), the items of a secrecy pledge too (不擅自复制、拍摄涉密文件, 不私自
 * 携带涉密材料外出, 不复制涉密文件), and one to be cleared out in a secrecy check (请大家清理个人办公
 * 电脑中存储的内部资料, 删除手机中的涉密文件): publicity about secrecy rules, not a leak. A ban after
 * the term (内部资料，请勿外传) still marks the material.
 */
const FORBIDS_BEFORE =
  /(?:清理|删除|清除|清退|销毁|移除|上交|交回|收缴)[^。；;，,！？!?\n]{0,16}$|(?:不在|不用|不将|不把|不得|严禁|禁止|不要|切勿|请勿|不准|不能|防止|杜绝|严防|避免|不(?:擅自|私自|随意|违规|私下)|不(?:复制|拍摄|翻拍|携带|存储|存放|传递|传输|转发|上传|外借|带回|打印|扫描|摘抄))[^。；;，,！？!?\n]*$/;

/**
 * 保密期限 with no period after it names the concept (★后标保密期限, 标注密级和保密期限): secrecy
 * publicity explains the marking; a document gives the period (保密期限为10年, 保密期限 5年).
 */
const PERIOD_AFTER =
  /^\s*(?:[：:]|为|是)?\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:年|个月)|长期)/;

const regradeConfidentiality: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  let from = span.start;
  while (from > 0 && !/[。；;，,！？!?\n：:]/.test(text[from - 1]!)) from--;
  if (
    text.slice(span.start, span.end) === '保密期限' &&
    (!PERIOD_AFTER.test(text.slice(span.end, span.end + 12)) ||
      EXPLAINED_SENTENCE.test(text.slice(Math.max(0, span.start - 60), span.start)))
  )
    return 'info';
  return FORBIDS_BEFORE.test(text.slice(from, span.start)) ||
    FORBIDS_AFTER.test(text.slice(span.end, span.end + 40))
    ? 'info'
    : severity;
};

/** Every family, in the order their findings are listed. */
const FAMILIES: Family[] = [
  {
    re: LEVEL_FIELD,
    notAfter: EXPLAINED_BEFORE,
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
  {
    re: PERSONNEL,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    re: NO_REPRODUCTION,
    acceptAt: (text, start) => !disposedItem(text, start),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标有不得翻印、阅后收回等限制的文件不宜公开发布，请核实',
  },
  {
    re: MARKING,
    notAfter: new RegExp(`${EXAMPLE_BEFORE.source}|${MEANING_OF_LEVEL_BEFORE.source}`),
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
  // The level word itself, at the end of what LINE_MARKING matched.
  {
    re: LINE_MARKING,
    tail: 2,
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
  // Questions of an exam paper told before the exam (试卷已完成印制…第22题考查…); an analysis after
  // it (考后, 阅卷, 解析) is public.
  {
    re: EXAM_QUESTION,
    when: (text) => PRE_EXAM.test(text) && !POST_EXAM.test(text),
    acceptAt: (text, start) => !examEndedBefore(text, start),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
  {
    re: QUOTED_QUESTION,
    when: (text) => PRE_EXAM.test(text) && !POST_EXAM.test(text),
    acceptAt: (text, start) => !examEndedBefore(text, start),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
  {
    re: CIRCULATION_BAN,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '标有知悉范围或传播限制的材料不得公开发布',
  },
  {
    re: SCREENSHOT_BAN,
    accept: (match) => /截图|截屏|翻拍|录屏/.test(match) && /转发|外传|扩散|转载|复制/.test(match),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标有禁止转发、截图的材料通常不宜公开发布，请核实',
  },
  ...INTERNAL_FAMILIES,
  ...UNDECIDED_FAMILIES,
  ...EARLY_FACT_FAMILIES,
  ...SECURE_TRANSPORT_FAMILIES,
  ...GUARD_ARRANGEMENT_FAMILIES,
  ...LEAKED_FIGURE_FAMILIES,
  ...MILITARY_UNIT_FAMILIES,
  ...RECRUIT_QUOTA_FAMILIES,
  ...MINERAL_SITE_FAMILIES,
  ...EXPOSED_SITE_FAMILIES,
  ...EARLY_STATISTICS_FAMILIES,
  ...CLUE_REFERRAL_FAMILIES,
  ...INTERNAL_CIRCULATION_FAMILIES,
  ...SELF_TAG_FAMILIES,
  ...CANDIDATE_FAMILIES,
  ...TRIAL_FAMILIES,
  ...UNRELEASED_CONTENT_FAMILIES,
  ...MEETING_POSITION_FAMILIES,
  ...MEETING_LEANING_FAMILIES,
  ...WATCH_LIST_FAMILIES,
  ...INVESTIGATION_MEANS_FAMILIES,
  ...PLANNED_RAID_FAMILIES,
  ...CASE_DELIBERATION_FAMILIES,
  ...EXAM_QUESTION_FAMILIES,
  ...EXTERNAL_LINE_FAMILIES,
  ...PENDING_DECISION_FAMILIES,
  ...EXPROPRIATION_FAMILIES,
  ...CASE_LEAK_FAMILIES,
  ...BIDDER_NAME_FAMILIES,
  ...AWAITING_DECISION_FAMILIES,
  ...PRELIMINARY_RESULT_FAMILIES,
  ...INTERNAL_JUDGEMENT_FAMILIES,
  ...HANDLING_NOTE_FAMILIES,
  ...SECURITY_DEPLOYMENT_FAMILIES,
  ...GUARD_ROUTE_FAMILIES,
];

for (const family of FAMILIES) guard(family.re);

export const checkConfidentiality: GateCheck = (ctx) => {
  const text = ctx.doc.text;
  const findings = lexiconFindings(ctx, 'confidentiality', regradeConfidentiality).map((f) =>
    regradeTradeSecret(f, text),
  );
  for (const family of FAMILIES) {
    // The family's own expression rules a post out cheaply (regex-guard.ts); its condition may not.
    if (!mayMatch(family.re, text) || (family.when && !family.when(text))) continue;
    for (const m of guardedMatches(family.re, text)) {
      if (family.accept && !family.accept(m[0])) continue;
      if (family.acceptAt && !family.acceptAt(text, m.index)) continue;
      if (family.notAfter?.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const end = m.index + m[0].length;
      const widen = family.widenLeft?.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const start = family.tail ? end - family.tail : m.index - (widen?.[0].length ?? 0);
      findings.push({
        gate: 'confidentiality',
        rule: family.rule,
        severity: family.severity,
        start,
        end,
        message: family.message,
      });
    }
  }
  const numberFinding = (start: number, end: number, message: string): GateFinding => ({
    gate: 'confidentiality',
    rule: 'confidentiality.classified-document-number',
    severity: 'warn',
    start,
    end,
    message,
  });
  for (const hit of findDocNumbers(ctx.doc.text)) {
    if (
      hit.classified &&
      PLAIN_TELEGRAM_NUMBER.test(hit.value) &&
      PUBLISHED_TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start))
    )
      continue;
    if (!hit.classified) {
      // A telegram named and then numbered by another series (特急明传电报（省防电〔2024〕17号）):
      // the number is the internal telegram's, whatever its issuer's code.
      const before = text.slice(Math.max(0, hit.start - 14), hit.start);
      const telegramBefore = TELEGRAM_BEFORE.exec(before.slice(-12));
      // A titled telegram by a government office, published under its title (《国务院办公厅关于…的
      // 电报》), is no internal one.
      const telegram =
        telegramBefore &&
        /[》」”]/.test(telegramBefore[0]) &&
        PUBLISHED_TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start))
          ? null
          : telegramBefore;
      const minutes = MINUTES_BEFORE.test(before);
      const signoff =
        SIGNOFF_BEFORE.test(before) || SIGNOFF_SERIES.test(text.slice(hit.start, hit.end));
      if (signoff && !minutes)
        findings.push(
          numberFinding(
            hit.start,
            hit.end,
            '签报、呈批件属机关内部办文，其文号不宜公开引用，请核实能否公开',
          ),
        );
      else if (minutes)
        findings.push(
          numberFinding(
            hit.start,
            hit.end,
            '党委（党组）会议纪要属内部文件，其文号不宜公开引用，请核实能否公开',
          ),
        );
      else if (telegram)
        findings.push(
          numberFinding(
            hit.start - telegram[0].length,
            hit.end + (/[（(]\s*$/.test(telegram[0]) && /[）)]/.test(text[hit.end] ?? '') ? 1 : 0),
            '明传电报等内部电报及其文号不宜公开发布，请核实能否公开',
          ),
        );
      continue;
    }
    findings.push(numberFinding(hit.start, hit.end, '疑似涉密或内部文件文号，请核实能否公开'));
  }
  return findings.map((f) => regradeLevelLesson(text, regradeRuleStatement(text, f)));
};
