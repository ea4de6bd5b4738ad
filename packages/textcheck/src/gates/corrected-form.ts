// A wrong form quoted in a correction (更正说明: “再接再励”系编辑错误，正确写法应为“再接再厉”; “截止9月2日”
// 应为“截至9月2日”; 将“按排”更正为“安排”; 文中误写为“既日起”): the post names the slip to withdraw it,
// so the typo detector's finding on it is no slip of the post. The wrong form must stand inside its
// own quotation marks and the correcting words must follow the closing mark in the same clause (or a
// verb of correcting or of a slip open the quotation): an unquoted slip, and a quoted slogan with a
// slip that nothing corrects (“再接再励，勇创佳绩”), are still reported.

/** The quotation the span lies in: [open, close) on its line, or undefined. */
function quotationAround(text: string, start: number, end: number): [number, number] | undefined {
  const open = text.lastIndexOf('“', start - 1);
  if (open < 0 || text.slice(open, start).includes('”') || text.slice(open, start).includes('\n'))
    return undefined;
  const close = text.indexOf('”', end);
  if (close < 0 || text.slice(end, close).includes('“') || text.slice(end, close).includes('\n'))
    return undefined;
  return [open, close + 1];
}

/** After the closing mark: 系编辑错误, 应为, 正确写法应为, 有误, 应改为, 为笔误. */
const CORRECTED_AFTER =
  /^[^。；;！!？?\n“]{0,12}?(?:(?:正确|规范)(?:的)?(?:写法|表述|用法|用字|名称)?(?:应|应当)?(?:为|是)|(?:应|应当|均应)(?:为|是|改为|更正为|修改为|写作|写为)|(?:更正|修改|改正|订正|纠正)(?:为|成)|有误|系(?:编辑|笔误|排版|录入|输入|校对)?(?:错误|失误|笔误)|为笔误|属笔误|是错别字|系错别字|写错)/;
/** Before the opening mark: 将…更正, 误写为, 误作, 错写成. */
const CORRECTED_BEFORE = /(?:误写为|误写成|误作|误为|错写为|错写成|错写作|错打成|错印为)$/;
const REPLACED_AFTER = /^[^。；;！!？?\n“]{0,4}?(?:更正|修改|改正|订正|纠正|改)(?:为|成)/;

/** Whether the detector's finding at [start, end) lies in a quoted wrong form that the post corrects. */
export function isCorrectedForm(text: string, start: number, end: number): boolean {
  const quote = quotationAround(text, start, end);
  if (!quote) return false;
  const [open, close] = quote;
  const after = text.slice(close, close + 24);
  if (CORRECTED_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, open - 6), open);
  return CORRECTED_BEFORE.test(before) || (/将$|把$/.test(before) && REPLACED_AFTER.test(after));
}
