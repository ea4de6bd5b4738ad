// The word list: counts, relative probabilities, idioms.
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon.ts';

const lexicon = parseLexicon('# provenance\n政府\t90\n再接再厉\t10\ti\n');

describe('a lexicon', () => {
  it('gives counts, and 0 for unknown words', () => {
    expect([lexicon.freq('政府'), lexicon.freq('正府')]).toEqual([90, 0]);
  });

  it('gives the count of a single character by its code, and 0 for unknown ones', () => {
    const chars = parseLexicon('的\t500\n政府\t90\n');
    expect([chars.charFreq('的'.charCodeAt(0)), chars.charFreq('政'.charCodeAt(0))]).toEqual([
      500, 0,
    ]);
  });

  it('gives log10 relative frequencies', () => {
    expect(lexicon.logProb('政府')).toBeCloseTo(Math.log10(0.9));
  });

  it('lists four-character idioms, and set phrases apart from them', () => {
    const tagged = parseLexicon('再接再厉\t10\ti\n事半功倍\t90\tl\n这样\t50\tl\n');
    expect(tagged.idioms).toEqual(['再接再厉']);
    expect(tagged.setPhrases).toEqual(['事半功倍']);
    expect(tagged.isIdiom('事半功倍')).toBe(false);
  });
});
