// A listed term quoted as a word not to use — a civility or style guide's 避免使用“残废”“瞎子”“聋子”等
// 带有歧视色彩的称呼, 不得使用“最佳”“第一”等绝对化用语, 应称“残疾人”而不是“残废”, “卫计委”“国土局”等
// 旧称不再使用 — teaches the rule and breaks none: the finding only informs, in every gate whose term
// lists a guide can quote this way. The quoted word must stand in a run of quotations (“a”“b”、“c”)
// opened right after an avoiding verb (避免使用, 不要使用, 不得使用, 禁用, 不应称, 杜绝, 而不是, 不能叫)
// or closed right before one (…等说法应避免使用). A term used, not quoted (避免使用残废一词 is rare;
// 不要相信“包过” advises against a scam, not a word), is left as it is.
import type { GateCheck, GateFinding } from './gate-context.ts';

const OPEN = '“‘「『"';
const CLOSE = '”’」』"';
/** How far a quotation of a term reaches (a quoted term is short). */
const QUOTE_REACH = 16;
/** Between two quotations of a run: nothing, a list mark or a conjunction. */
const RUN_GLUE = /^(?:[、，,/]|和|或|及|与|以及|或者)?$/;

/** Right before the run: the avoiding verb, with a few words of lead-in (诸如, 类似, 称其为). */
const AVOID_BEFORE =
  /(?:(?:避免|不要|不得|不能|不宜|不应|不应该|不可|不准|严禁|禁止|切忌|忌|慎|勿|别|不再|停止|不)(?:使用|再用|用|说|称|称呼|称为|叫|叫做|写|写成|写作)|禁用|停用|弃用|杜绝|摒弃|而(?:不是|非)(?:称|叫|说|用)?)(?:诸如|类似|像|如|例如|比如|其为|他们为|她们为|为)?[：:]?\s*$/;
/** Right after the run: …等带有歧视色彩的称呼应避免使用, “卫计委”等旧称不再使用, …是错误的称呼. */
const AVOID_AFTER =
  /^(?:等|之类)?[^。；！？\n“”]{0,12}?(?:用语|说法|称呼|称谓|词语|字眼|表述|提法|词汇|字样|叫法|旧称)[，,]?(?:都|均|一律)?(?:应|应当|要|须|必须)?(?:避免|禁止|不得|不宜|不要|杜绝|不再|不能|停止|摒弃)(?:使用|出现|再用|说)?/;
/**
 * Or told replaced right after the run, with or without a noun for it: “一带一路战略”应改为…,
 * 将“中港”统一表述为“内地与香港”, “卫计委”等说法一律更正为…. Only a replacing verb counts: “放管服”
 * 改革 and “清单”更新为 name a thing, not a word to drop, so 更新/改革 are no such verb. A correction
 * notice's “美仑美奂”应为“美轮美奂” is one too (应 + 为, 是, 写作), in the text gate as in the others.
 */
const REPLACED_AFTER =
  /^(?:等|之类)?(?:的)?(?:用语|说法|称呼|称谓|表述|提法|写法|叫法|旧称)?[，,]?(?:都|均|一律|统一)?(?:应|应当|要|须|必须|需|请)?(?:一律|统一)?(?:改为|改成|改称|改用|更正为|更改为|替换为|修改为|纠正为|规范为|表述为|调整为|(?<=应|应当|应该)(?:为|是|写作|写为))[“"「]/;

/** [open, close) of the quotation holding the span on its line, or null. */
function quotationAround(text: string, start: number, end: number): [number, number] | null {
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - QUOTE_REACH; i--) {
    const c = text[i]!;
    if (c === '\n' || CLOSE.includes(c)) break;
    if (OPEN.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = end; i < text.length && i < end + QUOTE_REACH; i++) {
    const c = text[i]!;
    if (c === '\n' || OPEN.includes(c)) return null;
    if (CLOSE.includes(c)) return [open, i + 1];
  }
  return null;
}

/** Whether the span is a quoted term named as one not to use. */
export function namedToAvoid(text: string, start: number, end: number): boolean {
  const around = quotationAround(text, start, end);
  if (!around) return false;
  // Walk back over the earlier quotations of the run, then forward over the later ones.
  let first = around[0];
  for (;;) {
    const lead = text.slice(Math.max(0, first - 4), first);
    const at = lead.search(/[”’」』"][^”’」』"]*$/);
    if (at < 0) break;
    const close = first - lead.length + at;
    if (!RUN_GLUE.test(text.slice(close + 1, first))) break;
    const prev = quotationAround(text, close, close);
    if (!prev) break;
    first = prev[0];
  }
  if (AVOID_BEFORE.test(text.slice(Math.max(0, first - 12), first))) return true;
  let last = around[1];
  for (;;) {
    const rest = text.slice(last, last + 4);
    const open = rest.search(/[“‘「『"]/);
    if (open < 0 || !RUN_GLUE.test(rest.slice(0, open))) break;
    const next = quotationAround(text, last + open + 1, last + open + 1);
    if (!next) break;
    last = next[1];
  }
  const after = text.slice(last, last + 30);
  return AVOID_AFTER.test(after) || REPLACED_AFTER.test(after);
}

/**
 * The gate's check, with its block and warn findings on terms named to avoid made info — and on the
 * same term elsewhere in the post, which quotes the fault the post corrects (“竹编作品美仑美奂”一句有误，
 * “美仑美奂”应为“美轮美奂”).
 */
export const withNamedToAvoid =
  (check: GateCheck): GateCheck =>
  (ctx) => {
    const text = ctx.doc.text;
    const findings = check(ctx);
    const named = new Set(
      findings
        .filter((f) => !f.inSource && namedToAvoid(text, f.start, f.end))
        .map((f) => text.slice(f.start, f.end)),
    );
    if (named.size === 0) return findings;
    return findings.map((f): GateFinding =>
      f.severity !== 'info' && !f.inSource && named.has(text.slice(f.start, f.end))
        ? { ...f, severity: 'info' }
        : f,
    );
  };
