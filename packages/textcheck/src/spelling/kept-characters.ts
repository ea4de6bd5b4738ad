// Characters the guessing rules (text.typo, text.homophone) never replace. A negation read as
// another character turns a statement around (因未达刑事责任年龄 is no 因为), and on the spelling
// sets no slip of 未 or 不 was ever found this way — only false alarms.
const NEGATIONS = new Set(['未', '不'].map((c) => c.charCodeAt(0)));

/** Whether the character with this UTF-16 code is never replaced by a guess. */
export const isKeptCharacter = (code: number): boolean => NEGATIONS.has(code);
