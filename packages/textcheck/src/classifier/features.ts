// Features of one sentence for the classifier: the distinct character n-grams of its folded form.

/** Compatibility-folded, lower-cased, every ASCII digit as 0, whitespace runs as one space. */
export function foldForFeatures(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[0-9]/g, '0').replace(/\s+/g, ' ');
}

/** Code points of a string, a lone surrogate counting as one. */
export function codePoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i)!;
    points.push(point);
    i += point > 0xffff ? 2 : 1;
  }
  return points;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * The distinct n-grams (lengths `min`–`max`, in code points, so an emoji is never cut in half) of the
 * folded text between the edge marks `^` and `$`, so that an n-gram can also say "at the start" or
 * "at the end" of the sentence.
 */
export function ngramFeatures(text: string, min: number, max: number): Set<string> {
  const marked = `^${foldForFeatures(text)}$`;
  const features = new Set<string>();
  if (!SURROGATE.test(marked)) {
    for (let n = min; n <= max; n++)
      for (let i = 0; i + n <= marked.length; i++) features.add(marked.slice(i, i + n));
    return features;
  }
  const bounds: number[] = [];
  for (let i = 0; i < marked.length; i += marked.codePointAt(i)! > 0xffff ? 2 : 1) bounds.push(i);
  bounds.push(marked.length);
  for (let n = min; n <= max; n++)
    for (let i = 0; i + n < bounds.length; i++)
      features.add(marked.slice(bounds[i], bounds[i + n]));
  return features;
}
