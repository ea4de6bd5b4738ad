// Table of noise-stripping cases: what the normaliser keeps and drops between words
// (policy in DESIGN.md, "Noise inside words"). Run by src/normalize/noise.test.ts.

export interface NoiseCase {
  name: string;
  input: string;
  text: string;
}

export const NOISE_CASES: readonly NoiseCase[] = [
  {
    name: 'drops single hyphens between Chinese characters',
    input: '全-网-最-低-价',
    text: '全网最低价',
  },
  { name: 'drops spaces between Chinese characters', input: '全 网 最 低 价', text: '全网最低价' },
  { name: 'drops spaces between Chinese and a Latin letter', input: '加 V 信', text: '加v信' },
  { name: 'drops a zero-width space inside a word', input: '微\u200b信', text: '微信' },
  {
    name: 'drops zero-width characters anywhere, even next to punctuation',
    input: '\u200d中国\ufeff。',
    text: '中国。',
  },
  { name: 'drops combining marks stacked on letters', input: 'v\u0336\u0336x', text: 'vx' },
  { name: 'drops an emoji between two characters', input: '微😀信', text: '微信' },
  {
    name: 'drops a joined emoji sequence with its modifiers',
    input: '微👍🏻信 微👨‍👩‍👧信',
    text: '微信微信',
  },
  { name: 'drops up to three noise characters in a row', input: '微 * 信', text: '微信' },
  {
    name: 'keeps a run of four noise characters as a separator',
    input: '微 ** 信',
    text: '微 ** 信',
  },
  { name: 'keeps a sentence-ending full stop', input: '中国。香港', text: '中国。香港' },
  {
    name: 'keeps a Chinese comma, so words do not join across clauses',
    input: '效果最佳，级别最高',
    text: '效果最佳,级别最高',
  },
  { name: 'keeps the enumeration comma', input: '上海、香港', text: '上海、香港' },
  { name: 'keeps noise next to a boundary', input: '中国 。 香港', text: '中国 。 香港' },
  { name: 'keeps line breaks', input: '中国\n香港', text: '中国\n香港' },
  { name: 'keeps noise at the start and end of the text', input: '“微信”', text: '“微信”' },
  { name: 'keeps spaces between two Latin words', input: 'free sex', text: 'free sex' },
  { name: 'keeps spaces between two numbers', input: '6 4', text: '6 4' },
  { name: 'drops a dot between two digits', input: '6.4', text: '64' },
  { name: 'drops hyphens between Latin letters', input: 'w-e-c-h-a-t', text: 'wechat' },
  { name: 'drops brackets inside a phrase', input: '加【微信】好友', text: '加微信好友' },
  { name: 'folds kept punctuation to half width', input: '价格：（低）', text: '价格:(低)' },
];
