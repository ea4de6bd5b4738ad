// The tolerant tokenizer: malformed markup never throws and stray "<" is text.
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('reads attributes with double, single and no quotes', () => {
    const [open] = tokenize(`<a href="x" title='y' id=z hidden>`);
    expect(open?.kind === 'open' && open.attrs.map((a) => [a.name, a.value])).toEqual([
      ['href', 'x'],
      ['title', 'y'],
      ['id', 'z'],
      ['hidden', ''],
    ]);
  });

  it('keeps a lone less-than sign inside text', () => {
    expect(tokenize('a < b <p>c</p>').map((t) => t.kind)).toEqual([
      'text',
      'open',
      'text',
      'close',
    ]);
  });

  it('reads the raw text of a script up to its end tag', () => {
    const html = '<script>if (a<b) document.write("<div>")</script>';
    const text = tokenize(html).find((t) => t.kind === 'text');
    expect(text && html.slice(text.start, text.end)).toBe('if (a<b) document.write("<div>")');
  });

  it('survives an unterminated tag and comment', () => {
    expect(() => tokenize('<div class="a" <!-- never closed')).not.toThrow();
  });
});
