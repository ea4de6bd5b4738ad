// Characters the guessing rules (text.typo, text.homophone, text.rare-char) never replace. A
// negation read as another character turns a statement around (因未达刑事责任年龄 is no 因为), and on the
// spelling sets no slip of 未 or 不 was ever found this way — only false alarms. A formal numeral
// (大写数字) is no slip for its plain form: contracts, receipts and penalty notices write amounts and
// terms that way (房屋壹栋, 柒日内自行拆除, 几佰万).
const NEGATIONS = new Set(['未', '不'].map((c) => c.charCodeAt(0)));

/** Formal numeral → its plain form, by UTF-16 code. */
const PLAIN_NUMERALS = new Map(
  [...'壹贰叁肆伍陆柒捌玖拾佰仟'].map((formal, k) => [
    formal.charCodeAt(0),
    '一二三四五六七八九十百千'.charCodeAt(k),
  ]),
);

/** Whether the character with this UTF-16 code is never replaced by a guess. */
export const isKeptCharacter = (code: number): boolean => NEGATIONS.has(code);

/** Whether replacing `from` by `to` (UTF-16 codes) would only write a formal numeral plainly. */
export const isPlainNumeralOf = (from: number, to: number): boolean =>
  PLAIN_NUMERALS.get(from) === to;
