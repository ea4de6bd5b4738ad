// A wrong form cited as wrong, in a lesson on usage: “一鼓作气”常被误写为“一股作气”, 不要写成“迫在眉捷”,
// “再接再励”是错误写法. The post teaches the right form; the wrong one stands in quotation marks beside
// a word that names it wrong. Such a finding of the typo detector only informs. A wrong form in
// quotation marks with no such word (举办“一股作气”主题活动) is still a slip.
const OPEN = /[“"「『‘]$/;
const CLOSE = /^[”"」』’]/;
/** Naming the form that follows as a slip: 误写为, 常被写成, 不要写作, 错写成, 而非. */
const WRONG_BEFORE =
  /(?:误写|错写|误作|误用|写错|错用|误为|讹为|混写|写作|写成|写为|错成|而非|而不是|不是|不能写?|不要写?|不应写?|不可写?|切勿写?|勿写)(?:为|成|作)?[：:]?\s*[“"「『‘]$/;
/** …or the form just quoted: 是错误的, 属错别字, 为误写, （×）. */
const WRONG_AFTER =
  /^[”"」』’]\s*(?:[（(]\s*[×xX✗✘]|(?:是|为|属于?|系|均为|都是)?(?:错误|错别字|不规范|误写|错字|常见错误|错误写法|不正确))/;
const REACH = 24;

/** Whether the finding at [start, end) is a wrong form quoted and named as wrong. */
export function citedAsWrong(text: string, start: number, end: number): boolean {
  // The quotation may hold more than the flagged characters (“迫在眉捷”, flagged at 眉捷).
  let from = start;
  while (from > 0 && start - from < 8 && !/[“"「『‘”"」』’\n。]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 8 && !/[“"「『‘”"」』’\n。]/.test(text[to]!)) to++;
  const before = text.slice(Math.max(0, from - REACH), from);
  const after = text.slice(to, to + REACH);
  if (!OPEN.test(before) || !CLOSE.test(after)) return false;
  return WRONG_BEFORE.test(before) || WRONG_AFTER.test(after);
}
