// A wrong wording forbidden by a style rule in the same clause — an editors' guide's 不得将台湾与其他国家
// 并列称为“国家”, 严禁把港澳台列入外国, 避免将香港、澳门与中国并列 — teaches the rule and breaks none.
// The ban must govern the wording: a ban verb and the object marker or verb of naming (将, 把, 称, 列为 …)
// open its clause right before it; a ban on something else (不要错过日本、台湾等国家的美食) does not.
import type { Span } from '../rules/lexicon-scan.ts';

const BAN_BEFORE =
  /(?:不得|不能|不可|不要|不应|不宜|严禁|禁止|切勿|切忌|避免|杜绝|防止|勿)(?:再|擅自|随意)?(?:将|把|称|使用|写成|写作|说成|列为|列入|视为|表述为|混称)[^，,。；;！？!?\n]{0,6}$/;
/** Or named wrong after it in its clause: …并列的说法是错误的, …的表述不规范. */
const WRONG_AFTER =
  /^[”"’]?[^，,。；;！？!?\n“”]{0,6}?(?:等|之类)?(?:的)?(?:说法|提法|表述|写法|称谓|叫法)(?:都|均)?(?:是)?(?:错误|不规范|不妥|不准确|不当)/;

/** Whether the political finding at `span` is a wording a style rule forbids. */
export function forbiddenByStyleRule(text: string, span: Span): boolean {
  return (
    BAN_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) ||
    WRONG_AFTER.test(text.slice(span.end, span.end + 16))
  );
}
