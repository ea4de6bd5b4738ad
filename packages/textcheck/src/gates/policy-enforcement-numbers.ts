// The number of an enforcement instrument, which GB/T 9704 does not govern (after final208:
// 行政处罚决定书文号：某文综罚〔2024〕第031号). The rule that a document number's serial takes no 第 and
// no padding zeros is the format of 公文 (党政机关公文格式, GB/T 9704-2012 7.2.4); a penalty decision,
// a notice of a hearing or of an order to correct, a seizure decision and a case number are
// enforcement instruments with numbering of their own (处罚决定书 and 案号 commonly carry 第 and a
// padded serial). Such a number is known by its issuer abbreviation (…罚, …罚字, …罚决字) or by the
// instrument named as its label (处罚决定书文号：, 案号：) or right after it (…号行政处罚决定书). Only
// the 第 and the padding are let pass: a year in square brackets is still corrected, and a 公文
// number (…发〔2024〕第3号 in a notice) is still reported.
import type { DocNumberHit } from '../rules/patterns/doc-number.ts';

/** An enforcement issuer abbreviation: 某文综罚, 某市监罚字, 某公行罚决字, 某环罚告字. */
const ENFORCEMENT_ISSUER = /罚[决告缴]?字?$/;
/** The instrument named as the number's label in its clause: 行政处罚决定书文号：, 案号：. */
const ENFORCEMENT_LABEL =
  /(?:(?:处罚|强制|查封|扣押|责令[\u4e00-\u9fff]{0,6}?|听证|催告|没收)[\u4e00-\u9fff]{0,4}?(?:决定书|告知书|通知书)|案号|案件编号|立案编号|执法文书编号)[\u4e00-\u9fff]{0,4}?\s*[：:]?\s*$/;
/** The instrument named right after the number: …〔2024〕第3号行政处罚决定书. */
const ENFORCEMENT_AFTER =
  /^[”"》）)]?(?:的)?(?:行政)?(?:不予)?(?:行政)?(?:处罚|强制|查封|扣押|责令[\u4e00-\u9fff]{0,6}?|听证)[\u4e00-\u9fff]{0,4}?(?:决定书|告知书|通知书)/;
/** The year part in hexagonal brackets; only the serial's 第 or padding is off. */
const ONLY_SERIAL_OFF = /^〔(?:19|20)[0-9]{2}〕\s*第?\s*[0-9]+\s*号$/;

/** The clause before `at`, back to the last sentence or clause stop, at most 30 characters. */
const clauseBefore = (text: string, at: number): string => {
  const before = text.slice(Math.max(0, at - 30), at);
  const stop = Math.max(...[...'。；;！？\n'].map((c) => before.lastIndexOf(c)));
  return before.slice(stop + 1);
};

/**
 * Whether the document number is an enforcement instrument's, its format off only by the serial's
 * 第 or padding: not a 公文 number, left as its issuer wrote it.
 */
export function enforcementInstrumentNumber(text: string, hit: DocNumberHit): boolean {
  if (!ONLY_SERIAL_OFF.test(hit.value.slice(hit.numberStart - hit.start))) return false;
  const issuer = text.slice(hit.start, hit.numberStart);
  return (
    ENFORCEMENT_ISSUER.test(issuer) ||
    ENFORCEMENT_LABEL.test(clauseBefore(text, hit.start)) ||
    ENFORCEMENT_AFTER.test(text.slice(hit.end, hit.end + 20))
  );
}
