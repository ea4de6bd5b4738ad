// Words that are someone else's, not the account's: a term inside a quotation on its line, in a
// clause that reports a citizen's words (居民直呼太过分了, 网友表示，…), or in a quoted citizen
// message before the reply (网友留言：… 回复：…). Such opinion hits only inform — unless the
// account itself speaks there (我们只想说：“爱信不信”, 对此，小编认为 …).
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateContext, GateFinding } from './gate-context.ts';

const OPEN = '“「『';
const CLOSE = '”」』';
const SPEAKER =
  '(?:网友|市民|居民|群众|村民|游客|家长|当事人|受害人|消费者|业主|乘客|患者|来信人|留言人|读者|粉丝|有人|不少人|很多人|大家|他们|他|她)';
const VERB =
  '(?:表示|称|说|直呼|感叹|吐槽|坦言|反映|留言|直言|认为|觉得|问道|发问|反馈|投诉|抱怨|怒斥|痛斥|质问)';
/** A citizen's speech verb whose clause runs on to the hit (one comma or colon right after the verb). */
const REPORTED = new RegExp(
  `${SPEAKER}[^。！？\\n，,]{0,10}${VERB}[：:，,]?“?[^。！？\\n，,“”：:]*$`,
);
const MESSAGE = new RegExp(
  `(?:${SPEAKER}|来信|留言|来电)[^。！？\\n]{0,8}(?:留言|来信|提问|问|反映|投诉|说|表示|称|来电)[：:]`,
  'g',
);
/** A third person opening the clause of an emotion word: the account describes someone's feelings. */
const THIRD_PERSON = new RegExp(
  `(?:^|[，,：:])(?:有|一位|一名|该|这位|不少|很多|部分|当地|多名|几位)?(?:${SPEAKER}|老人|大爷|大妈|阿姨|家属|师傅|司机|女士|先生|同学|孩子|记者|民警)[^。！？\\n，,]{0,16}$`,
);
const EMOTION_RULE = 'opinion.emotion';
/**
 * Internet slang reported without quotation marks (居民直呼yyds, after final170) is the account's own
 * choice of words, not a citizen's quoted: only a quotation or a citizen's message makes it someone else's.
 */
const SLANG_RULE = 'opinion.slang';
/** The account speaking: a reply label, the account's own first person, or 对此. */
const ACCOUNT = /(?:回复|答复|回应|答)[：:]|我们|小编|本号|本台|我局|我单位|笔者|对此/;

/** Whether the span lies inside a quotation that opens and closes on its line. */
export function insideQuotes(text: string, span: Span): boolean {
  return quoteStart(text, span) >= 0;
}

/** Offset of the opening mark of the quotation around the span on its line, or -1. */
function quoteStart(text: string, span: Span): number {
  let depth = 0;
  for (let i = span.start - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (CLOSE.includes(text[i]!)) depth++;
    else if (OPEN.includes(text[i]!)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const rest = text.slice(span.end);
      const close = rest.search(/[”」』\n]/);
      return close >= 0 && rest[close] !== '\n' ? i : -1;
    }
  }
  return -1;
}

function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(...['。', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  return before.slice(start);
}

/**
 * Contempt for the public quoted from the body's own official (街道负责同志回应称：“老百姓懂什么…”,
 * 窗口工作人员说：“你们懂什么”): the government's voice, which the post publishes — unless the post
 * reports it as misconduct (被停职, 纪委介入, 公开道歉). Not words said to an official (对干部说：…).
 */
const LEI_YU_RULE = 'opinion.lei-yu';
const COLD_REPLY_RULE = 'opinion.cold-reply';
const OFFICIAL_SAYS =
  /(?<![向对跟和给找问])(?:负责同志|负责人|工作人员|干部|领导|书记|主任|局长|镇长|乡长|县长|区长|所长|站长|科长|队长|窗口人员|办事员)[^。！？\n，,“”：:]{0,4}?(?:回应|答复|回答|表示|解释|强调|称|说|道)[称说道]?[：:，,]?$/;
const MISCONDUCT =
  /纪委|监委|处分|问责|停职|免职|撤职|道歉|不当言论|调查|曝光|网传|热议|引发|批评教育|诫勉|核查|整改/;

/**
 * Contempt by the body's own official that the reply plays down (工作人员只是说了一句“你算老几”，并无
 * 其他过激言行, 该干部不过回了句“爱办不办”): the account excuses it as nothing, whatever it did
 * about it. Not a citizen's words (网友只是说了一句…).
 */
const DOWNPLAYED =
  /(?:负责同志|负责人|工作人员|干部|领导|书记|主任|局长|镇长|乡长|所长|站长|科长|队长|窗口人员|办事员|网格员|民警|辅警|协管员|城管队员|队员)[^。！？\n“”]{0,8}?(?:只是|只|仅|仅仅|仅是|不过|不过是|无非是?|就)(?:随口|顺口|情急之下)?(?:说|讲|回|答|嘟囔|抱怨|怼)了?(?:一|两|几)?句[：:，,]?$/;

/** Quoted, and not by the account itself (我们只想说：“…”) nor by its own official (above). */
function quotedByOthers(text: string, span: Span, rule: string): boolean {
  const open = quoteStart(text, span);
  if (open < 0) return false;
  const before = sentenceBefore(text, open);
  if (ACCOUNT.test(before.slice(-12))) return false;
  if ((rule === LEI_YU_RULE || rule === COLD_REPLY_RULE) && DOWNPLAYED.test(before)) return false;
  return !(rule === LEI_YU_RULE && OFFICIAL_SAYS.test(before) && !MISCONDUCT.test(text));
}

/**
 * A sentence the learned classifier flags inside someone else's quotation (“这下下雨天再也不怕出门
 * 了！”王奶奶高兴地说): read as the rules read contempt quoted — the body's own official speaking
 * (工作人员说：“…”) or the account (我们只想说：“…”) still counts.
 */
export function quotedNotByAccount(text: string, span: Span): boolean {
  return quotedByOthers(text, span, LEI_YU_RULE);
}

function inCitizenMessage(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const line = text.slice(lineStart, span.start);
  for (const m of line.matchAll(MESSAGE)) {
    const after = line.slice(m.index + m[0].length);
    // A message quoted in full (答网友问：“…”这种问题…): the words after its closing mark are the account's.
    if (after.startsWith('“') && after.includes('”')) continue;
    // A question asked, then answered on the same line (有网友问：…还能戒掉吗？经过科学戒治，…): the words
    // after its question mark are the account's (after final173) — not after the citizen's own 请问：
    // inside a long message (…商讨决定，请问：…).
    if (/(?<!请)问[：:]$/.test(m[0]) && /[？?]/.test(after)) continue;
    if (!ACCOUNT.test(after)) return true;
  }
  return false;
}

/**
 * A line opened by a citizen's label (网友：你们这些当官的…, 市民“老张”：…, 村民留言：…) with the reply on a
 * later line (回复：…): the words after the label are the citizen's, as a message column prints them
 * before the reply. Without a reply after it, 网友“夜猫子”： is the salutation that opens the reply itself.
 * Not 他/她/有人, which a story uses for anyone.
 */
const CITIZEN_LABEL =
  /^\s*(?:【[^】\n]{0,12}】)?(?:网友|市民|居民|群众|村民|游客|家长|业主|乘客|患者|消费者|来信人|留言人|来电人|读者|粉丝|用户)(?:[“"][^”"\n]{1,16}[”"])?(?:留言|来信|提问|问|反映|投诉|说)?[：:]/;
const REPLY_LINE = /\n\s*(?:【)?(?:[^\n：:】]{0,12}?)(?:回复|答复|回应)(?:】)?[：:]?/;

/** Whether the span lies on a citizen's labelled line before the reply, the account not speaking between. */
export function onCitizenLine(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const label = CITIZEN_LABEL.exec(text.slice(lineStart, span.end));
  if (!label) return false;
  const lineEnd = text.indexOf('\n', span.start);
  if (lineEnd < 0 || !REPLY_LINE.test(text.slice(lineEnd))) return false;
  const spoken = text.slice(lineStart + label[0].length, span.start);
  return !ACCOUNT.test(spoken);
}

/**
 * The account's own name opening the clause (网友在后台留言吐槽，小编个人觉得…, 对此，笔者认为…): no
 * citizen calls himself 小编, so the words after it are the account's, whoever spoke before.
 */
const OWN_VOICE = /(?:^|[，,；;：:])(?:对此[，,]?)?(?:小编|本号|笔者|本台)[^。！？\n，,；;：:]*$/;
/**
 * A reply's own heading (【网友留言回复】呵呵，…, 【留言答复】): the words after it are the account's, though
 * the heading names the citizen's message.
 */
const REPLY_HEADING = /(?:回复|答复|回应)[】\]][^。！？\n，,]{0,2}$/;

/** Characters of a user's handle after @: letters, digits, Chinese, _ and -. */
const HANDLE_CHAR = /[\p{L}\p{N}_-]/u;
/** Most characters a handle runs before the hit. */
const HANDLE_REACH = 20;

/**
 * Whether the span lies inside a user's handle (@打工人阿伟, after final174): the name is the user's,
 * quoted to address them, not the account's words. Read for slang only: abuse in a handle (@联通是傻逼)
 * is still abuse the post carries.
 */
function insideHandle(text: string, span: Span): boolean {
  for (let i = span.start - 1; i >= Math.max(0, span.start - HANDLE_REACH); i--) {
    if (text[i] === '@' || text[i] === '＠') return true;
    if (!HANDLE_CHAR.test(text[i]!)) return false;
  }
  return false;
}

/**
 * An opinion finding that quotes or reports others, or slang in a user's handle, is information only;
 * so is an emotion word whose clause names a third person (老人气得直跺脚).
 */
export function regradeReported(finding: GateFinding, ctx: GateContext): GateFinding {
  if (finding.severity === 'info') return finding;
  const text = ctx.doc.text;
  const before = sentenceBefore(text, finding.start);
  const ownVoice =
    OWN_VOICE.test(before + text.slice(finding.start, finding.end)) || REPLY_HEADING.test(before);
  const reported =
    (finding.rule === SLANG_RULE && insideHandle(text, finding)) ||
    quotedByOthers(text, finding, finding.rule) ||
    (!ownVoice && finding.rule !== SLANG_RULE && REPORTED.test(before)) ||
    inCitizenMessage(text, finding) ||
    onCitizenLine(text, finding) ||
    (!ownVoice && finding.rule === EMOTION_RULE && THIRD_PERSON.test(before));
  return reported ? { ...finding, severity: 'info' } : finding;
}
