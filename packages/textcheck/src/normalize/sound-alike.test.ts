// Configured sound-alike variants replace their keys after the character-level steps.
import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';

const soundAlike = new Map([
  ['V信', '微信'],
  ['薇信', '微信'],
  ['威信', '微信'],
]);

describe('sound-alike variants', () => {
  it('replace each configured variant with its standard form', () => {
    expect(normalize('加V信、加薇信、加威信', { soundAlike }).text).toBe('加微信、加微信、加微信');
  });

  it('match after width, case and noise have been normalised', () => {
    expect(normalize('加 ｖ - 信', { soundAlike }).text).toBe('加微信');
  });

  it('map the replacement back to the whole original variant', () => {
    const normalized = normalize('加 V 信吧', { soundAlike });
    expect(normalized.text).toBe('加微信吧');
    const span = normalized.toOriginal(1, 3);
    expect('加 V 信吧'.slice(span.start, span.end)).toBe('V 信');
  });

  it('may be longer than the variant they replace', () => {
    const longer = new Map([['vx', '微信号']]);
    const normalized = normalize('加VX，再加vx', { soundAlike: longer });
    expect(normalized.text).toBe('加微信号,再加微信号');
    const span = normalized.toOriginal(7, 10);
    expect('加VX，再加vx'.slice(span.start, span.end)).toBe('vx');
  });

  it('leave the text alone when no variant occurs', () => {
    expect(normalize('威风凛凛', { soundAlike }).text).toBe('威风凛凛');
  });

  it('are not applied when no map is given', () => {
    expect(normalize('加V信').text).toBe('加v信');
  });
});
