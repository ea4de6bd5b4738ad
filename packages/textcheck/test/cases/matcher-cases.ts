// Table of matcher cases run against every engine and both modes (src/matcher/conformance.test.ts).
// Each expected match is [pattern index, start, end] in UTF-16 code units.

export type ExpectedMatch = readonly [pattern: number, start: number, end: number];

export interface MatcherCase {
  name: string;
  patterns: readonly string[];
  haystack: string;
  leftmostLongest: readonly ExpectedMatch[];
  overlapping: readonly ExpectedMatch[];
}

export const MATCHER_CASES: readonly MatcherCase[] = [
  {
    name: 'finds nothing in an empty haystack',
    patterns: ['a'],
    haystack: '',
    leftmostLongest: [],
    overlapping: [],
  },
  {
    name: 'finds nothing with no patterns',
    patterns: [],
    haystack: 'abc',
    leftmostLongest: [],
    overlapping: [],
  },
  {
    name: 'ignores an empty pattern',
    patterns: ['', 'b'],
    haystack: 'abc',
    leftmostLongest: [[1, 1, 2]],
    overlapping: [[1, 1, 2]],
  },
  {
    name: 'prefers the longest of the patterns that start at the same place',
    patterns: ['Sam', 'Samwise'],
    haystack: 'Samwise',
    leftmostLongest: [[1, 0, 7]],
    overlapping: [
      [0, 0, 3],
      [1, 0, 7],
    ],
  },
  {
    name: 'prefers the earliest start over a longer match starting later',
    patterns: ['最低', '低价格'],
    haystack: '最低价格',
    leftmostLongest: [[0, 0, 2]],
    overlapping: [
      [0, 0, 2],
      [1, 1, 4],
    ],
  },
  {
    name: 'waits for a longer match that starts earlier than one already seen',
    patterns: ['abcd', 'bc'],
    haystack: 'abcd',
    leftmostLongest: [[0, 0, 4]],
    overlapping: [
      [1, 1, 3],
      [0, 0, 4],
    ],
  },
  {
    name: 'falls back to the shorter match when the longer one fails at the last character',
    patterns: ['abcd', 'bc'],
    haystack: 'abcx',
    leftmostLongest: [[1, 1, 3]],
    overlapping: [[1, 1, 3]],
  },
  {
    name: 'resumes after the end of a match so that matches never overlap',
    patterns: ['全网', '网最', '最低价'],
    haystack: '全网最低价',
    leftmostLongest: [
      [0, 0, 2],
      [2, 2, 5],
    ],
    overlapping: [
      [0, 0, 2],
      [1, 1, 3],
      [2, 2, 5],
    ],
  },
  {
    name: 'rescans the text after a short match at the very end',
    patterns: ['a', 'aaa'],
    haystack: 'aa',
    leftmostLongest: [
      [0, 0, 1],
      [0, 1, 2],
    ],
    overlapping: [
      [0, 0, 1],
      [0, 1, 2],
    ],
  },
  {
    name: 'reports every suffix match in overlapping mode',
    patterns: ['he', 'she', 'his', 'hers'],
    haystack: 'ushers',
    leftmostLongest: [[1, 1, 4]],
    overlapping: [
      [1, 1, 4],
      [0, 2, 4],
      [3, 2, 6],
    ],
  },
  {
    name: 'reports the lowest index among duplicate patterns, and all of them when overlapping',
    patterns: ['微信', '加微信', '微信'],
    haystack: '加微信',
    leftmostLongest: [[1, 0, 3]],
    overlapping: [
      [1, 0, 3],
      [0, 1, 3],
      [2, 1, 3],
    ],
  },
  {
    name: 'matches a pattern that is the whole haystack',
    patterns: ['中华人民共和国'],
    haystack: '中华人民共和国',
    leftmostLongest: [[0, 0, 7]],
    overlapping: [[0, 0, 7]],
  },
  {
    name: 'matches repeated occurrences back to back',
    patterns: ['ab'],
    haystack: 'ababab',
    leftmostLongest: [
      [0, 0, 2],
      [0, 2, 4],
      [0, 4, 6],
    ],
    overlapping: [
      [0, 0, 2],
      [0, 2, 4],
      [0, 4, 6],
    ],
  },
  {
    name: 'matches self-overlapping occurrences only when overlapping',
    patterns: ['aa'],
    haystack: 'aaa',
    leftmostLongest: [[0, 0, 2]],
    overlapping: [
      [0, 0, 2],
      [0, 1, 3],
    ],
  },
  {
    name: 'counts supplementary-plane characters as two code units',
    patterns: ['𠮷野家'],
    haystack: '去𠮷野家',
    leftmostLongest: [[0, 1, 5]],
    overlapping: [[0, 1, 5]],
  },
  {
    name: 'does not match half of a surrogate pair against a different character',
    patterns: ['\ud842\udfb8'],
    haystack: '𠮷',
    leftmostLongest: [],
    overlapping: [],
  },
  {
    name: 'is case-sensitive on its own (case folding is the normaliser’s job)',
    patterns: ['vx'],
    haystack: 'VX vx',
    leftmostLongest: [[0, 3, 5]],
    overlapping: [[0, 3, 5]],
  },
  {
    name: 'follows failure links through several levels',
    patterns: ['abcde', 'bcd', 'c', 'cdx'],
    haystack: 'abcdx',
    leftmostLongest: [[1, 1, 4]],
    overlapping: [
      [2, 2, 3],
      [1, 1, 4],
      [3, 2, 5],
    ],
  },
];
