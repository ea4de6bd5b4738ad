// The typo rule keeps quiet inside what is probably a name.
import { describe, expect, it } from 'vitest';
import { createProperNameGuard } from './proper-name-guard.ts';

const guard = createProperNameGuard('# surnames\n王\n李\n');

describe('the proper-name guard', () => {
  it('treats characters right after a surname as a name', () => {
    expect(guard.isLikelyName('王儒述表示', 2, 0, 3)).toBe(true);
  });

  it('treats a quoted run as a name', () => {
    expect(guard.isLikelyName('对“莫莉”进行慰问', 2, 2, 4)).toBe(true);
  });

  it('treats a term the text repeats as a name', () => {
    expect(guard.isLikelyName('爱奇艺表示，爱奇艺将', 2, 0, 3)).toBe(true);
  });

  it('treats a run right before 乡, 镇, 路, 公司 … as the name of a place or a body', () => {
    expect(guard.isLikelyName('宜兰县冬山乡林美村', 3, 3, 5)).toBe(true);
    expect(guard.isLikelyName('北京中伍恒利公司', 3, 2, 6)).toBe(true);
  });

  it('treats a run that takes in its own 县, 乡 … as a place name', () => {
    expect(guard.isLikelyName('岳湖县人民政府', 0, 0, 3)).toBe(true);
    expect(guard.isLikelyName('干杉乡大众汽修', 1, 0, 3)).toBe(true);
    // The suffix must follow within one character of the position asked about.
    expect(guard.isLikelyName('岳湖大县人民政府', 0, 0, 4)).toBe(false);
  });

  it('treats a run among characters that spell foreign names as a transliteration', () => {
    expect(guard.isLikelyName('英国首相卡麦隆拒绝', 5, 5, 7)).toBe(true);
  });

  it('leaves an ordinary slip to the typo rule', () => {
    expect(guard.isLikelyName('程序正档原则', 3, 2, 4)).toBe(false);
  });
});
