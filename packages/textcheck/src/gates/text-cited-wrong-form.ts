// A wrong form quoted as wrong: in a lesson on usage (“一鼓作气”常被误写为“一股作气”, 不要写成“迫在眉捷”,
// 正确写法是“按部就班”，而不是“按步就班”, “再接再励”是错误写法, “迫在眉捷”（×）) or in a correction notice
// (“再接再励”系编辑错误，正确写法应为“再接再厉”; “截止9月2日”应为“截至9月2日”; 将“既日起”更正为“即日起”;
// 文中误写为“既日起”), also a phrase one must not say (不能说“截止目前”，应说“截至目前”). The post names the slip to teach or to withdraw it, so the typo detector's
// finding inside the quotation only informs. The wrong form must stand in its own quotation marks,
// with a word naming it wrong right before the opening mark or right after the closing one: a quoted
// slogan with a slip that nothing names (举办“一股作气”主题活动, “再接再励，勇创佳绩”是我们的口号) and an
// unquoted slip are still reported.

const OPEN = '“"「『‘';
const CLOSE = '”"」』’';
/** Where the search for a quotation's marks stops: the other marks, a line or a sentence end. */
const STOP = `${OPEN}${CLOSE}\n。`;
/** How far from the finding a quotation's marks may be: a quoted example sentence runs longer than a
 * word (把后者写成“截止5月31日，已有3000人报名”，是常见的错误). */
const QUOTE_REACH = 40;

/** Right before the opening mark: a word naming what follows as the wrong form (误写为, 不要写成, ×). */
const NAMED_WRONG_BEFORE =
  /(?:误写|错写|误作|误用|写错|错用|误为|讹为|混写|混淆|混用|写作|写成|写为|错成|错打成|错印为|而非|而不是|并非|不是|不能[写说用]?|不要[写说用]?|不应[写说用]?|不可[写说用]?|不宜[写说用]|切勿[写说用]?|勿[写说]|错误写法(?:是|为)?|错误|错字|误|[×✗✘])(?:为|成|作)?[：:]?\s*$/;
/** Right after the closing mark: the form called wrong (是错误的, 属错别字, 系编辑错误, （×）, 的写法是错误的). */
const CALLED_WRONG_AFTER =
  /^\s*(?:[（(]\s*[×xX✗✘]|(?:的)?(?:写法|用法|表述|说法|提法|用字)?(?:是|为|属于?|系|就是|均为|都是)?(?:编辑|排版|录入|输入|校对)?(?:错误|错别字|别字|不规范|误写|错字|常见错误|错误写法|不正确|不对|笔误|失误|有误))/;
/** Within the clause after the closing mark: the right form given (应为, 正确写法应为, 更正为, 应改为). */
const CORRECTED_AFTER =
  /^[^。；;！!？?\n“]{0,12}?(?:(?:正确|规范)(?:的)?(?:写法|表述|用法|用字|名称)?(?:应|应当)?(?:为|是)|(?:应|应当|均应)(?:为|是|改为|更正为|修改为|写作|写为)|(?:更正|修改|改正|订正|纠正)(?:为|成)|写错)/;
/** 将“既日起”更正为…, 把“按排”改成…: a verb of replacing after the quotation that 将 or 把 opened. */
const REPLACED_AFTER = /^[^。；;！!？?\n“]{0,4}?(?:更正|修改|改正|订正|纠正|改)(?:为|成)/;

/** Whether the detector's finding at [start, end) is a wrong form quoted and named as wrong. */
export function citedAsWrong(text: string, start: number, end: number): boolean {
  // The quotation may hold more than the flagged characters (“迫在眉捷”, flagged at 眉捷).
  let open = start - 1;
  while (open >= 0 && start - open <= QUOTE_REACH && !STOP.includes(text[open]!)) open--;
  if (open < 0 || !OPEN.includes(text[open]!)) return false;
  let close = end;
  while (close < text.length && close - end < QUOTE_REACH && !STOP.includes(text[close]!)) close++;
  if (close >= text.length || !CLOSE.includes(text[close]!)) return false;
  const before = text.slice(Math.max(0, open - 12), open);
  const after = text.slice(close + 1, close + 25);
  return (
    NAMED_WRONG_BEFORE.test(before) ||
    CALLED_WRONG_AFTER.test(after) ||
    CORRECTED_AFTER.test(after) ||
    (/[将把]$/.test(before) && REPLACED_AFTER.test(after))
  );
}
