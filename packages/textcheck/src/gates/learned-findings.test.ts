// Learned findings: a flagged sentence becomes a finding only for the gates the classifier may
// speak for, only where no rule of the gate spoke, only with enough Chinese text and the gate's
// cue word (or, for confidentiality, a wider margin without it), and it warns only when the score
// clears the threshold by the gate's margin.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classifier/classify.ts';
import type { ClassifierModel } from '../classifier/model.ts';
import { createChecker } from '../check.ts';
import type { GateFinding } from './gate-context.ts';
import { LEARNED_BELOW, learnedFindings } from './learned-findings.ts';

const model: ClassifierModel = {
  provenance: 'test',
  gates: ['advertising', 'legal', 'political', 'privacy', 'confidentiality'],
  ngram: { min: 2, max: 2 },
  bias: [-1, -1, -1, -1, -1],
  thresholds: [0, 0, 0, 0, 0],
  weights: {
    特价: [5, 0, 0, 0, 0],
    赌局: [0, 5, 0, 0, 0],
    赌场: [0, 2, 0, 0, 0],
    港台: [0, 0, 5, 0, 0],
    花开: [5, 0, 0, 0, 0],
    优惠: [1.5, 0, 0, 0, 0],
    患病: [0, 0, 0, 5, 0],
    方案: [0, 0, 0, 0, 5],
    赌资: [0, 0.5, 0, 0, 0],
    车队: [0, 0, 0, 0, 2.5],
    押运: [0, 0, 0, 0, 3.5],
  },
};
const classifier = createClassifier(model);
const ALL = ['advertising', 'legal', 'political', 'privacy', 'confidentiality'] as const;
const found = (
  text: string,
  gates: readonly (typeof ALL)[number][] = ALL,
  rules: GateFinding[] = [],
) =>
  learnedFindings(classifier, model, text, gates, rules).map((f) => [
    f.rule,
    f.severity,
    text.slice(f.start, f.end),
  ]);

describe('learnedFindings', () => {
  it('warns for advertising and legal where no rule spoke', () => {
    expect(found('本周末特价活动开始了。今晚设有赌局欢迎参加。')).toEqual([
      ['advertising.learned', 'warn', '本周末特价活动开始了。'],
      ['legal.learned', 'warn', '今晚设有赌局欢迎参加。'],
    ]);
  });

  it('holds legal to a wider margin than advertising', () => {
    // Score 1 above the threshold: enough for advertising's margin, not for legal's.
    expect(found('城东新开了一家赌场。')).toEqual([
      ['legal.learned', 'info', '城东新开了一家赌场。'],
    ]);
  });

  it('lets advice to the unlawful act confirm a legal flag, down to four units under the threshold', () => {
    const reaching = createClassifier(model, LEARNED_BELOW);
    const confirmed = (text: string) =>
      learnedFindings(reaching, model, text, ['legal'], []).map((f) => f.severity);
    // 1 over the threshold: a warn with the advice (偷偷 … 没事), an info without it.
    expect(confirmed('城东新开了一家赌场，晚上偷偷去玩没事。')).toEqual(['warn']);
    expect(confirmed('城东新开了一家赌场。')).toEqual(['info']);
    // Half a unit under it: a warn with the advice, nothing without it or in a report.
    expect(confirmed('赌资输赢别超过一百块就行。')).toEqual(['warn']);
    expect(confirmed('今年共收缴赌资三万元。')).toEqual([]);
    expect(confirmed('警方查获赌资，输赢数额较大。')).toEqual([]);
    // The plain classifier reports nothing under the threshold.
    expect(found('赌资输赢别超过一百块就行。')).toEqual([]);
  });

  it('wants a private person in the sentence for privacy', () => {
    expect(found('村民李某患病多年，家庭困难。')).toEqual([
      ['privacy.learned', 'warn', '村民李某患病多年，家庭困难。'],
    ]);
    expect(found('全市患病率逐年下降了。')).toEqual([]);
  });

  it('only informs for privacy on a sentence that masks names and numbers', () => {
    expect(found('村民李*福（尾号6732）患病多年，家庭困难。')).toEqual([
      ['privacy.learned', 'info', '村民李*福（尾号6732）患病多年，家庭困难。'],
    ]);
    expect(found('村民李*福（电话13800138000）患病多年。')).toEqual([
      ['privacy.learned', 'warn', '村民李*福（电话13800138000）患病多年。'],
    ]);
  });

  it('holds confidentiality without a word of secrecy, drafts, exams or cases to a wider margin', () => {
    // 1.5 over the threshold: a warn with 内部 in the sentence, nothing without it.
    expect(found('车队内部安排如下。')).toEqual([
      ['confidentiality.learned', 'warn', '车队内部安排如下。'],
    ]);
    expect(found('车队明天经过这里。')).toEqual([]);
    // 2.5 over it: a warn with no such word.
    expect(found('押运车明天经过这里。')).toEqual([
      ['confidentiality.learned', 'warn', '押运车明天经过这里。'],
    ]);
    expect(found('考试已于昨日结束。内部讨论的方案如下所述。')).toEqual([
      ['confidentiality.learned', 'info', '内部讨论的方案如下所述。'],
    ]);
    expect(found('骗子以“内部方案”为诱饵行骗。')).toEqual([
      ['confidentiality.learned', 'info', '骗子以“内部方案”为诱饵行骗。'],
    ]);
  });

  it('leaves gates it may not speak for, gates not asked for and sentences a rule covered', () => {
    const text = '本周末特价活动开始了。港台地区的朋友欢迎参加。';
    const rule: GateFinding = {
      gate: 'advertising',
      rule: 'x',
      severity: 'warn',
      start: 3,
      end: 5,
      message: '',
    };
    expect(found(text, ALL, [rule])).toEqual([]);
    expect(found(text, ['legal'])).toEqual([]);
  });

  it("is not silenced by a rule's mere mention that reaches in from the sentence before", () => {
    const text = '活动说明。今晚设有赌局欢迎参加。';
    const mention = (start: number, end: number): GateFinding => ({
      gate: 'legal',
      rule: 'x',
      severity: 'info',
      start,
      end,
      message: '',
    });
    expect(found(text, ['legal'], [mention(2, 7)])).toEqual([
      ['legal.learned', 'warn', '今晚设有赌局欢迎参加。'],
    ]);
    expect(found(text, ['legal'], [mention(9, 11)])).toEqual([]);
  });

  it('informs when the score barely clears the threshold', () => {
    expect(found('本周末优惠活动开始了。')).toEqual([
      ['advertising.learned', 'info', '本周末优惠活动开始了。'],
    ]);
  });

  it('wants a word of trade in the post for advertising', () => {
    expect(found('山上的桃花开得正艳了。')).toEqual([]);
  });

  it('does not judge a sentence with too few Chinese characters', () => {
    expect(found('UU特价01')).toEqual([]);
  });
});

describe('an opinion flag', () => {
  const opinion: ClassifierModel = {
    provenance: 'test',
    gates: ['opinion'],
    ngram: { min: 2, max: 2 },
    bias: [-1],
    thresholds: [0],
    weights: { 太及: [5] },
  };
  const flags = (text: string) =>
    learnedFindings(createClassifier(opinion), opinion, text, ['opinion'], []).map((f) => [
      f.severity,
      text.slice(f.start, f.end),
    ]);

  it("warns in the account's own words", () => {
    expect(flags('这次服务真是太及时了！')).toEqual([['warn', '这次服务真是太及时了！']]);
  });

  it('informs on a quotation that the flagged sentence opens', () => {
    expect(flags('活动走进企业。“真是太及时了！”创业者小刘说。')).toEqual([
      ['info', '“真是太及时了！'],
    ]);
  });
});

describe('the checker', () => {
  it('runs the shipped classifier unless told not to', () => {
    const text = '家人们，这款土蜂蜜今天直播间特价，手慢无，赶紧拍下吧';
    const rules = createChecker({ classifier: false }).check({ text }).findings;
    expect(rules.some((f) => f.rule.endsWith('.learned'))).toBe(false);
    const withModel = createChecker().check({ text }).findings;
    expect(withModel.length).toBeGreaterThanOrEqual(rules.length);
  });
});
