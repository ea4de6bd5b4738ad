// Look-alike characters (形近字) written for the project: groups whose characters are slips for one
// another, added to the confusion sets' near tier, which lack many of them (厂/广, 白/自, 木/术).

/**
 * Parses `look-alikes.txt` into (slip, intended) pairs: each line a group whose characters may
 * each be a slip for every other, or `a>bc` where a may be a slip for b or c only; `#` comments.
 */
export function parseLookAlikes(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [from = '', to] = line.split('>');
    const slips = [...from];
    const intended = to === undefined ? slips : [...to];
    for (const slip of slips)
      for (const right of intended) if (slip !== right) pairs.push([slip, right]);
  }
  return pairs;
}
