// A wrong wording forbidden by a style rule in the same clause — an editors' guide's 不得将台湾与其他国家
// 并列称为“国家”, 严禁把港澳台列入外国, 避免将香港、澳门与中国并列 — teaches the rule and breaks none.
// The ban must govern the wording: a ban verb and the object marker or verb of naming (将, 把, 称, 列为 …)
// open its clause right before it; a ban on something else (不要错过日本、台湾等国家的美食) does not.
// A bare 不 or a ban word of its own counts too (不使用“一带一路战略”, 禁用, 杜绝), and so does the
// wording told replaced right after it (一带一路战略应改为…).
import type { Span } from '../rules/lexicon-scan.ts';

const BAN_BEFORE =
  /(?:(?:不得|不能|不可|不要|不应|不宜|严禁|禁止|切勿|切忌|避免|杜绝|防止|勿|不)(?:再|擅自|随意)?(?:将|把|称|使用|用|写成|写作|说成|列为|列入|视为|表述为|混称)|禁用|停用|弃用|杜绝)[^，,。；;！？!?\n]{0,6}$/;
/** Or named wrong after it in its clause: …并列的说法是错误的, …的表述不规范. */
const WRONG_AFTER =
  /^[”"’]?[^，,。；;！？!?\n“”]{0,6}?(?:等|之类)?(?:的)?(?:说法|提法|表述|写法|称谓|叫法)(?:都|均)?(?:是)?(?:错误|不规范|不妥|不准确|不当)/;

/**
 * Or told replaced by the right one right after it: 一带一路战略应改为“共建‘一带一路’倡议”,
 * “中港”的提法一律更正为“内地与香港”. Only a replacing verb counts (改为, 更正为, 替换为 …).
 */
const REPLACED_AFTER =
  /^[”"’]?(?:等|之类)?(?:的)?(?:说法|提法|表述|写法|称谓|叫法)?[，,]?(?:都|均|一律|统一)?(?:应|应当|要|须|必须|需|请)?(?:一律|统一)?(?:改为|改成|改称|改用|更正为|更改为|替换为|修改为|纠正为|规范为|表述为|调整为)/;

/** Whether the political finding at `span` is a wording a style rule forbids. */
export function forbiddenByStyleRule(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 16);
  return (
    BAN_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) ||
    WRONG_AFTER.test(after) ||
    REPLACED_AFTER.test(after)
  );
}
