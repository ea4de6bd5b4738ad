import { describe, expect, it } from 'vitest';
import model from '../../lexicons/classifier/model.json' with { type: 'json' };
import { createClassifier } from './classify.ts';
import type { ClassifierModel } from './model.ts';

const tiny: ClassifierModel = {
  provenance: 'test',
  gates: ['advertising', 'opinion'],
  ngram: { min: 2, max: 2 },
  bias: [-1, -1],
  thresholds: [0, 0],
  weights: { 最低: [2, 0], 呵呵: [0, 3] },
};

describe('createClassifier', () => {
  it('flags the sentences whose gate score reaches the threshold', () => {
    const input = '本店全城最低。会议召开。呵呵，你说得对。';
    const hits = createClassifier(tiny).classify(input);
    expect(hits.map((h) => [h.gate, input.slice(h.start, h.end), h.score])).toEqual([
      ['advertising', '本店全城最低。', 1],
      ['opinion', '呵呵，你说得对。', 2],
    ]);
  });

  it('the stored model names its provenance and flags an unseen advertising claim', () => {
    const stored = model as ClassifierModel;
    expect(stored.provenance).toMatch(/own evaluation sets.*Apache-2\.0/);
    const hits = createClassifier(stored).classify('本店土蜂蜜100%纯天然，全城最低价，快来抢购！');
    expect(hits.some((h) => h.gate === 'advertising')).toBe(true);
  });
});
