// A wrong form cited as wrong in a lesson on usage: “再接再厉”不能写成“再接再励”, 常把“一筹莫展”误写为
// “一愁莫展”, “按部就班”而不是“按步就班”, 错误写法：“迫不急待”. The slip is quoted after a word that
// names it as the wrong way to write (写成, 误写为, 而不是 …) or before one that calls it wrong (是错误的,
// 系误写), so the detector's finding inside the quotation marks is the lesson's example, not the
// writer's slip. A slip quoted with no such word (开展“再接再励”主题活动) is still the detector's.

/** Right before the opening quote: the word that names what follows as the wrong form. */
const NAMED_WRONG_BEFORE =
  /(?:写成|写作|写为|误写(?:成|为|作)?|错写(?:成|为)?|误作|误用(?:成|为)?|错用(?:成|为)?|混(?:淆|用)(?:成|为)|而不是|而非|并非|错误写法(?:是|为)?[：:]?|错误[：:]|错字[：:]|误[：:]|[×✗✘])\s*[“"「『]$/;
/** Right after the closing quote: the form called wrong. */
const CALLED_WRONG_AFTER =
  /^[”"」』]\s*(?:是|为|属于?|系|就是)?(?:错误|错别字|误写|别字|不规范|不对|错)(?:的|写法|用法)?/;
/** Inside one quotation on the finding's line: the quote's content from its open to its close. */
const OPEN = /[“"「『]/;
const CLOSE = /[”"」』]/;

/** Whether the finding at [start, end) lies in a quotation cited as a wrong form. */
export function isCitedSlip(text: string, start: number, end: number): boolean {
  let open = start;
  while (open > 0 && start - open < 12 && !OPEN.test(text[open - 1]!) && text[open - 1] !== '\n')
    open--;
  if (open === 0 || !OPEN.test(text[open - 1]!)) return false;
  let close = end;
  while (
    close < text.length &&
    close - end < 12 &&
    !CLOSE.test(text[close]!) &&
    text[close] !== '\n'
  )
    close++;
  if (close >= text.length || !CLOSE.test(text[close]!)) return false;
  return (
    NAMED_WRONG_BEFORE.test(text.slice(Math.max(0, open - 12), open)) ||
    CALLED_WRONG_AFTER.test(text.slice(close, close + 12))
  );
}
