import { describe, expect, it } from 'vitest';
import { ngramFeatures } from './features.ts';
import { foldAssignment, scoreFeatures, thresholdFor, trainGate } from './train.ts';

describe('trainGate', () => {
  const positives = ['全网最低价快来抢购', '最低价限时抢购', '全城最低价抢购中', '抢购最低价商品'];
  const negatives = [
    '今天召开工作会议',
    '会议部署防汛工作',
    '全镇开展卫生整治',
    '工作会议在镇政府召开',
  ];
  const sentences = [...positives, ...negatives].map((s) => ngramFeatures(s, 1, 2));
  const labels = [...positives.map(() => 1 as const), ...negatives.map(() => 0 as const)];
  const options = { epochs: 10, learningRate: 0.2, l2: 0, minCount: 2, prune: 0 };

  it('scores the positive wording above the negative', () => {
    const model = trainGate(sentences, labels, options);
    const score = (s: string) => scoreFeatures(model, ngramFeatures(s, 1, 2));
    expect(score('最低价抢购')).toBeGreaterThan(score('工作会议'));
  });

  it('leaves out features rarer than minCount and is deterministic', () => {
    const a = trainGate(sentences, labels, options);
    expect(a.weights.has('全网')).toBe(false);
    expect(trainGate(sentences, labels, options)).toEqual(a);
  });
});

describe('thresholdFor', () => {
  it('flags at most the given share of clean texts', () => {
    const maxima = [5, 1, 0.5, -1, -2, -3, -4, -5, -6, -7];
    expect(thresholdFor(maxima, 0)).toBe(5.001);
    expect(thresholdFor(maxima, 0.1)).toBe(1.001);
  });
});

describe('foldAssignment', () => {
  it('deals files in order for seed 0 and evenly in a seeded order otherwise', () => {
    expect(foldAssignment(7, 3, 0)).toEqual([0, 1, 2, 0, 1, 2, 0]);
    const shuffledFolds = foldAssignment(7, 3, 42);
    expect(shuffledFolds).not.toEqual(foldAssignment(7, 3, 0));
    expect([0, 1, 2].map((f) => shuffledFolds.filter((x) => x === f).length)).toEqual([3, 2, 2]);
    expect(foldAssignment(7, 3, 42)).toEqual(shuffledFolds);
  });
});
