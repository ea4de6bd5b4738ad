// Term classes of proximity.json: `@name` in a group or a none list expands to the class's terms.
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
  const classes = { refutation: ['谣言', '其实不然', '误区'], necessity: ['必须', '只有'] };

  it('replaces a class in place by its terms, in none, noneVoid and groups alike', () => {
    const [out] = expandTermClasses(
      [
        rule({
          all: [['遗嘱'], ['@necessity', '须经']],
          none: ['无需', '@refutation'],
          noneVoid: ['@necessity'],
        }),
      ],
      classes,
    );
    expect(out!.all).toEqual([['遗嘱'], ['必须', '只有', '须经']]);
    expect(out!.none).toEqual(['无需', '谣言', '其实不然', '误区']);
    expect(out!.noneVoid).toEqual(['必须', '只有']);
  });

  it('drops a term the rule also lists beside its class, keeping the first', () => {
    const [out] = expandTermClasses([rule({ none: ['误区', '@refutation'] })], classes);
    expect(out!.none).toEqual(['误区', '谣言', '其实不然']);
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
    expect(() => expandTermClasses([rule({})], { a: ['@b'] })).toThrow('term class @a');
  });
});
