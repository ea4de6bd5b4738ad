import { describe, expect, it } from 'vitest';
import { isKeptCharacter, isPlainNumeralOf } from './kept-characters.ts';

const code = (c: string) => c.charCodeAt(0);

describe('kept characters', () => {
  it('keeps negations', () => {
    expect(isKeptCharacter(code('未'))).toBe(true);
    expect(isKeptCharacter(code('为'))).toBe(false);
  });

  it('tells a formal numeral written plainly from other replacements', () => {
    expect(isPlainNumeralOf(code('壹'), code('一'))).toBe(true);
    expect(isPlainNumeralOf(code('佰'), code('百'))).toBe(true);
    expect(isPlainNumeralOf(code('柒'), code('染'))).toBe(false);
    expect(isPlainNumeralOf(code('一'), code('壹'))).toBe(false);
  });
});
