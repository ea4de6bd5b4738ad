// Character classes the spelling rules need: which UTF-16 units are CJK ideographs.

/** True for a CJK unified ideograph in the BMP (the characters typos are made of). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Maximal runs of Han characters, as [start, end) pairs of UTF-16 offsets. */
export function hanRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && start < 0) start = i;
    else if (!han && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}
