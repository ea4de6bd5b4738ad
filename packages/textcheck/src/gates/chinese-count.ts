// Counts written in figures or in Chinese numerals, as posts give ages and anniversaries: 130,
// １３０, 一百三十, 一百零五, 五十, 十五, 九.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The number a count stands for; undefined when it does not parse. */
export function readCount(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (s.length === 0) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in DIGITS) digit = DIGITS[ch]!;
    else return undefined;
  }
  return total + digit;
}
