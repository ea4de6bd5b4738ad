import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences.ts';

const texts = (input: string) => sentenceSpans(input).map((s) => input.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('keeps the end mark with its sentence', () => {
    expect(texts('今天开会。明天放假！好吗？')).toEqual(['今天开会。', '明天放假！', '好吗？']);
  });

  it('cuts at line breaks and tags and drops pieces without a word', () => {
    expect(texts('<p>第一段</p>\n<p>第二段；还有</p> —— ')).toEqual(['第一段', '第二段；', '还有']);
  });

  it('reads letters beyond the basic plane, and drops a piece of emoji and marks alone', () => {
    expect(texts('😀😀！𠀀好。……')).toEqual(['𠀀好。']);
    expect(texts('𠀀。😀')).toEqual(['𠀀。']);
  });
});
