// Term classes of proximity.json: `@name` in a group or a none list expands to the class's terms;
// a class's own noneVoid goes to each rule that names it in `none`.
import { describe, expect, it } from 'vitest';
import { expandTermClasses } from './expand-term-classes.ts';
import type { ProximityRule } from './types.ts';

const rule = (over: Partial<ProximityRule>): ProximityRule => ({
  id: 'legal.test',
  gate: 'legal',
  severity: 'warn',
  window: 30,
  sameSentence: true,
  all: [['遗嘱'], ['公证']],
  none: [],
  span: 'all',
  message: '测试',
  suggestion: '',
  ...over,
});

describe('expandTermClasses', () => {
  const classes = {
    refutation: { terms: ['谣言', '其实不然', '误区', '以为'], noneVoid: ['引以为戒'] },
    necessity: { terms: ['必须', '只有'] },
  };

  it('replaces a class in place by its terms, in none, noneVoid and groups alike', () => {
    const [out] = expandTermClasses(
      [
        rule({
          all: [['遗嘱'], ['@necessity', '须经']],
          none: ['无需', '@necessity'],
          noneVoid: ['@necessity'],
        }),
      ],
      classes,
    );
    expect(out!.all).toEqual([['遗嘱'], ['必须', '只有', '须经']]);
    expect(out!.none).toEqual(['无需', '必须', '只有']);
    expect(out!.noneVoid).toEqual(['必须', '只有']);
  });

  it("adds the voids of a class named in none to the rule's own", () => {
    const [out] = expandTermClasses(
      [rule({ none: ['@refutation'], noneVoid: ['并不违法'] })],
      classes,
    );
    expect(out!.none).toEqual(['谣言', '其实不然', '误区', '以为']);
    expect(out!.noneVoid).toEqual(['并不违法', '引以为戒']);
    const [bare] = expandTermClasses([rule({ none: ['@refutation'] })], classes);
    expect(bare!.noneVoid).toEqual(['引以为戒']);
  });

  it('gives no voids to a class named only in a group', () => {
    const [out] = expandTermClasses([rule({ all: [['遗嘱'], ['@refutation']] })], classes);
    expect(out!.noneVoid).toBeUndefined();
  });

  it('drops a term the rule also lists beside its class, keeping the first', () => {
    const [out] = expandTermClasses([rule({ none: ['误区', '@refutation'] })], classes);
    expect(out!.none).toEqual(['误区', '谣言', '其实不然', '以为']);
  });

  it('leaves rules without classes as they are', () => {
    const plain = rule({ none: ['不得'] });
    expect(expandTermClasses([plain], classes)).toEqual([plain]);
  });

  it('rejects an unknown class, naming the rule', () => {
    expect(() => expandTermClasses([rule({ none: ['@refute'] })], classes)).toThrow(
      'proximity rule legal.test: unknown term class @refute',
    );
  });

  it('rejects a class that names another class', () => {
    expect(() => expandTermClasses([rule({})], { a: { terms: ['@b'] } })).toThrow('term class @a');
    expect(() => expandTermClasses([rule({})], { a: { terms: ['x'], noneVoid: ['@b'] } })).toThrow(
      'term class @a',
    );
  });
});
