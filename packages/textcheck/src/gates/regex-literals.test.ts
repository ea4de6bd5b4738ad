// The literals an expression cannot match without: exact answers for small expressions, and
// soundness — no guarded expression of the gates matches a text the prefilter rules out.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { squeeze } from './pattern-findings.ts';
import { buildPrefilter } from './pattern-prefilter.ts';
import { guard, guardedExpressions, guardedMatches, guardedTest, mayMatch } from './regex-guard.ts';
import { maxMatchLength, requiredLiterals, startLiterals } from './regex-literals.ts';

const sorted = (re: RegExp) => requiredLiterals(re)?.sort() ?? null;

describe('requiredLiterals', () => {
  it.each([
    [/abc/g, ['abc']],
    [/a|bc/g, ['a', 'bc']],
    [/(?:真是|简直)(?:过分|离谱)/g, ['真是离谱', '真是过分', '简直离谱', '简直过分']],
    [/实在是?可恶/g, ['实在可恶', '实在是可恶']],
    [/(?<=[厅局])密电(?=全文)/g, ['密电']],
    [/[^。]{0,8}?统统消失/g, ['统统消失']],
    [/[0-9]+号/g, ['号']],
    [/(?:ab){2,}/g, ['ab']],
    [/(?<c>[\u4e00-\u9fff])不\k<c>/g, ['不']],
    [/[甲乙]丙/g, ['乙丙', '甲丙']],
    [/\d{4}/g, [...'0123456789']],
    [/[一二\d]+中/g, ['中']],
  ])('%s needs one of its literals', (re, literals) => {
    expect(sorted(re)).toEqual(literals);
  });

  it.each([/.*/g, /a?/g, /[\u4e00-\u9fff]{2}/g, /abc/gi, /\D{4}/g])(
    '%s has no useful set',
    (re) => {
      expect(requiredLiterals(re)).toBeNull();
    },
  );

  it('keeps the more selective of two required parts', () => {
    expect(sorted(/好.{0,3}不要脸/g)).toEqual(['不要脸']);
  });
});

describe('startLiterals', () => {
  const starts = (re: RegExp) => startLiterals(re)?.sort() ?? null;

  it.each([
    [/abc/g, ['abc']],
    [/(?:家住|住址[:：]?)([^，]{2,9})/g, ['住址', '家住']],
    [/(?<=[（(])住[^）]{2,9}/g, ['住']],
    [/[甲乙]丙.{0,3}丁/g, ['乙丙', '甲丙']],
    [/(?:ab|c(?:d|e))+x/g, ['ab', 'cd', 'ce']],
    [/a?b/g, ['a', 'b']],
    [/(中国|国家)?(教育|公安)(部|局)?/g, ['中国', '公安', '国家', '教育']],
    [/(?:各类)?(?:毕业)*证书/g, ['各类', '毕业', '证书']],
    [/(?:^|(?<=[，。]))(?:你们?)?自己/g, ['你', '自己']],
    [/[0-9一二三四五六七八九十两]+瓶立减/g, [...'0123456789一七三两九二五八六十四'].sort()],
    [/\d{1,2}岁/g, [...'0123456789']],
    [/[一二\d]{1,3}中/g, [...'0123456789一二']],
  ])('%s begins with one of its literals', (re, literals) => {
    expect(starts(re)).toEqual(literals);
  });

  it.each([/.*/g, /a?.b/g, /a?b?/g, /[\u4e00-\u9fff]{2}号/g, /abc/gi, /\D{4}/g, /(?:ab|[^c])d/g])(
    '%s may begin anywhere',
    (re) => {
      expect(startLiterals(re)).toBeNull();
    },
  );
});

describe('maxMatchLength', () => {
  it.each([
    [/abc/g, 3],
    [/[\u4e00-\u9fa5]{1,6}的人(?=都)/g, 8],
    [/(?:是|就是|简直是)(?<c>[甲乙]{2})\k<c>/g, 7],
    [/(?<=[，。])a?b{2,3}/g, 4],
    [/[^，]/gu, 2],
    [/\S|\d/gu, 2],
    [/\d/gu, 1],
    [/a+b/g, Infinity],
    [/[^。]*号/g, Infinity],
  ])('%s matches at most %d units', (re, units) => {
    expect(maxMatchLength(re)).toBe(units);
  });
});

describe('buildPrefilter', () => {
  it('tells which expressions may match a text', () => {
    const prefilter = buildPrefilter([/机密★/g, /不得外传/g, /.*/g]);
    expect([...prefilter('本文件不得外传。').may]).toEqual([0, 1, 1]);
    expect([...prefilter('天气晴。').may]).toEqual([0, 0, 1]);
  });

  it('tells where an expression with start literals can begin', () => {
    const prefilter = buildPrefilter([/(?:家住|住址)[^，]{2,6}/g, /.*/g]);
    expect(prefilter('其家住城关镇，住址不详，家住').starts).toEqual([[1, 7, 12], null]);
    expect([...prefilter('天气晴。').may]).toEqual([0, 1]);
  });

  it('keeps the reach before each required literal of an expression without start literals', () => {
    // At most 4 units, holding 垃圾: a match starts at most 2 units before it; near ranges merge.
    const prefilter = buildPrefilter([/[\u4e00-\u9fa5]{1,2}垃圾/g, /[^。]+垃圾/g]);
    expect(prefilter('这些都是垃圾，那些垃圾。').windows).toEqual([[2, 4, 7, 9], null]);
    const result = prefilter('这些都是垃圾，垃圾。');
    expect(result.windows).toEqual([[2, 7], null]);
    expect(result.starts).toEqual([null, null]);
  });

  it('keeps the reach of the required literals of an expression with start literals too', () => {
    // At most 6 units, holding 号楼: of the starts 一 (0) and 三 (4), only 三 is within reach of it.
    const re = /[一二三][^。]{0,3}号楼/g;
    const result = buildPrefilter([re])('一个楼，三号楼');
    expect(result.starts).toEqual([[0, 4]]);
    expect(result.windows).toEqual([[1, 5]]);
    guard(re);
    expect(guardedMatches(re, '一个楼，三号楼').map((m) => m.index)).toEqual([4]);
  });

  it('keeps the starts ascending when a shorter literal ends first', () => {
    // 址信 (1–3) is found before 住址信息 (0–4), which ends later but starts earlier.
    const prefilter = buildPrefilter([/(?:住址信息|址信)[^，]?/g]);
    expect(prefilter('住址信息，址信').starts).toEqual([[0, 1, 5]]);
  });
});

describe('guardedTest', () => {
  const warning = guard(/(?:民警|警方)(?:再次)?提醒|十赌九输/);

  it('answers as test does on a whole text, with and without the literals', () => {
    for (const text of ['民警再次提醒大家', '警方：十赌九输', '今天天气晴朗', '警方通报'])
      expect(guardedTest(warning, text)).toBe(warning.test(text));
  });

  it('refuses a global expression', () => {
    expect(() => guardedTest(guard(/提醒/g), '提醒')).toThrow(TypeError);
  });
});

describe('the gates’ guarded expressions', () => {
  createChecker().check({ text: '初始化' });
  const dir = new URL('../../test/eval/', import.meta.url);
  const texts = readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(new URL(file, dir), 'utf8').split('\n').filter(Boolean))
    .map((line) => {
      const item = JSON.parse(line) as { text?: string; html?: string };
      return item.text ?? item.html ?? '';
    });
  /**
   * About `count` texts spread evenly over the sets: every expression over each text is slow, and the
   * sets grow every session while the time limit does not.
   */
  const sample = (count: number) => {
    const stride = Math.max(1, Math.ceil(texts.length / count));
    return texts.filter((_, i) => i % stride === 0);
  };

  it('are many, and each has literals to look for', () => {
    const expressions = guardedExpressions();
    expect(expressions.length).toBeGreaterThan(140);
    expect(expressions.filter((re) => requiredLiterals(re) === null)).toEqual([]);
  });

  // Each test below runs in parts over disjoint shares of its sample, each part with its own time
  // limit: the expressions grow every session, and a loaded machine runs them slower.
  const part = (texts: string[], index: number, parts: number) =>
    texts.filter((_, i) => i % parts === index);

  const RULED_OUT_PARTS = 4;
  for (let index = 0; index < RULED_OUT_PARTS; index++)
    it(`are never ruled out on a text they match (part ${index + 1} of ${RULED_OUT_PARTS})`, () => {
      const twins = guardedExpressions().map(
        (re) => [re, new RegExp(re.source, re.flags.replace('g', ''))] as const,
      );
      let matched = 0;
      // Evaluation texts as written and squeezed.
      for (const raw of part(sample(5000), index, RULED_OUT_PARTS)) {
        for (const text of [raw, squeeze(raw).text]) {
          for (const [re, plain] of twins) {
            if (!plain.test(text)) continue;
            matched++;
            expect(mayMatch(re, text), `${re.source.slice(0, 40)} on ${text}`).toBe(true);
          }
        }
      }
      expect(matched).toBeGreaterThan(1000 / RULED_OUT_PARTS);
    }, 180_000);

  const SCAN_PARTS = 2;
  for (let index = 0; index < SCAN_PARTS; index++)
    it(`find, where tried only where a match can start, exactly what a whole scan finds (part ${index + 1} of ${SCAN_PARTS})`, () => {
      const global = guardedExpressions().filter((re) => re.global);
      const anchored = global.filter((re) => startLiterals(re) !== null);
      expect(anchored.length).toBeGreaterThan(100);
      // Those without start literals are tried near their required literals when their matches are short.
      expect(
        global.filter((re) => !startLiterals(re) && maxMatchLength(re) <= 64).length,
      ).toBeGreaterThan(20);
      let found = 0;
      // Evaluation texts as written and squeezed: a whole scan of each is slower still.
      for (const raw of part(sample(600), index, SCAN_PARTS)) {
        for (const text of [raw, squeeze(raw).text]) {
          for (const re of global) {
            const whole = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
            const tried = guardedMatches(re, text).map((m) => `${m.index}:${m[0]}`);
            expect(tried, `${re.source.slice(0, 40)} on ${text}`).toEqual(whole);
            found += whole.length;
          }
        }
      }
      expect(found).toBeGreaterThan(500 / SCAN_PARTS);
    }, 180_000);

  it('answer a test, where tried only at their start literals, as the whole text does', () => {
    const tested = guardedExpressions().filter((re) => !re.global && startLiterals(re) !== null);
    expect(tested.length).toBeGreaterThanOrEqual(3);
    let matched = 0;
    for (const raw of sample(5000)) {
      for (const re of tested) {
        const whole = re.test(raw);
        expect(guardedTest(re, raw), `${re.source.slice(0, 40)} on ${raw}`).toBe(whole);
        if (whole) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  }, 180_000);
});
