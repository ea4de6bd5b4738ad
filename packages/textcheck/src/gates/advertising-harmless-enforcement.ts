// An advertising claim near an enforcement word (提醒, 谨防, 公安 …) is read as mentioned in a warning
// by the mention regrade. These checks find where every enforcement word near the claim is of one
// harmless kind — a cure claim's 不再复发, an ailment's 谨防, a chore's 清理, another list item's
// word, a code's 识别, a filing's 公安 — so that the claim stays the post's own.
import type { Span } from '../rules/lexicon-scan.ts';
import { contextGroup, type GateContext } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { bewareOfAilment } from './warning-frame.ts';

const REACH = 40;

/**
 * Whether some enforcement word lies within REACH of the span (and, with `sentenceOnly`, in its
 * sentence), and every such word is of the kind `harmless` accepts.
 */
function enforcementWordsAllOfKind(
  ctx: GateContext,
  span: Span,
  sentenceOnly: boolean,
  harmless: (word: Span, text: string) => boolean,
): boolean {
  const text = ctx.doc.text;
  const [from, to] = sentenceOnly
    ? sentenceAround(text, span.start, span.end, SENTENCE_END)
    : [0, text.length];
  const near = (ctx.scan.groups.get(contextGroup('enforcement')) ?? []).filter(
    (s) =>
      s.end > span.start - REACH && s.start < span.end + REACH && s.start >= from && s.end <= to,
  );
  return near.length > 0 && near.every((s) => harmless(s, text));
}

/** 不再复发, 绝不复发 are a cure claim, though 不再 and 绝不 are enforcement words elsewhere (不再保留, 绝不姑息). */
const curedForGood = (word: Span, text: string): boolean => text.startsWith('复发', word.end);

/** 谨防湿气困身, 警惕中暑: a health post warns of an ailment, then may sell its own remedy. */
const ofAilment = (word: Span, text: string): boolean =>
  bewareOfAilment(text, word.start, word.end);

/**
 * 清理 as a chore (及时清理、沥干厨余水分, 定期清理滤网, 清理干净): a household tip that then sells a
 * product is no enforcement post; 清理整顿, 清理违规广告 stay enforcement.
 */
const CHORE_BEFORE = /(?:及时|定期|经常|勤|随手|每天|每日|每周|彻底|自行|注意)$/;
const CHORE_AFTER =
  /^(?:干净|垃圾|积水|杂物|厨余|卫生|淤泥|油污|灰尘|污垢|水垢|滤网|冰箱|下水道|落叶|积雪)/;
const chore = (word: Span, text: string): boolean =>
  text.slice(word.start, word.end) === '清理' &&
  (CHORE_BEFORE.test(text.slice(Math.max(0, word.start - 2), word.start)) ||
    CHORE_AFTER.test(text.slice(word.end, word.end + 3)));

/** A break between items of a numbered list: ；4., ；（二）. */
const ITEM_BREAK = /[；;]\s*[（(]?[0-9０-９一二三四五六七八九十]{1,2}[.．、）)]/;
/**
 * A digest of notices in one sentence (…土鸡蛋出售，➕薇…订购；4.镇派出所提醒：…): an enforcement word
 * of another numbered item says nothing of this one.
 */
const inOtherItem =
  (span: Span) =>
  (word: Span, text: string): boolean =>
    ITEM_BREAK.test(
      word.start >= span.end ? text.slice(span.end, word.start) : text.slice(word.end, span.start),
    );

/**
 * 识别 is an enforcement word (识别诈骗), and 长按识别二维码 reads a code. A reminder in the next
 * sentence (…即可下单。另提醒各位业主，入冬前…) frames nothing of the offer: read in the sentence only.
 */
const CODE = /^识别(?:下方|上方|图中|图片|文末|海报)?(?:的)?(?:二维码|小程序码|太阳码)/;
const readsCode = (word: Span, text: string): boolean =>
  CODE.test(text.slice(word.start, word.start + 12));

/**
 * 公安 is an enforcement word (公安机关提醒), but a seal, a website or a shop filed with the police
 * (刻制完成后同步完成公安备案, 已在公安机关备案) names a registration, not a warning (after final193:
 * 可添加微信…下单，包邮到家，刻制完成后同步完成公安备案). Read in the sentence only.
 */
const FILING = /^公安(?:机关|部门|局|分局)?(?:联网)?备案/;
const filing = (word: Span, text: string): boolean =>
  FILING.test(text.slice(word.start, word.start + 10));

/** Whether every enforcement word near the span is of one harmless kind, so the claim is not mentioned. */
export function enforcementOnlyHarmless(ctx: GateContext, span: Span): boolean {
  return (
    enforcementWordsAllOfKind(ctx, span, false, curedForGood) ||
    enforcementWordsAllOfKind(ctx, span, false, inOtherItem(span)) ||
    enforcementWordsAllOfKind(ctx, span, false, ofAilment) ||
    enforcementWordsAllOfKind(ctx, span, false, chore) ||
    enforcementWordsAllOfKind(ctx, span, true, readsCode) ||
    enforcementWordsAllOfKind(ctx, span, true, filing)
  );
}
