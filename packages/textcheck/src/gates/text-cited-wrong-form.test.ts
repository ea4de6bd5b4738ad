import { describe, expect, it } from 'vitest';
import { citedAsWrong } from './text-cited-wrong-form.ts';

/** Whether the first occurrence of `slip` in `text` is cited as wrong. */
const cited = (text: string, slip: string) => {
  const at = text.indexOf(slip);
  return citedAsWrong(text, at, at + slip.length);
};

describe('a wrong form quoted as wrong', () => {
  it.each([
    ['“一鼓作气”常被误写为“一股作气”。', '一股作气'],
    ['注意：“谈笑风生”不要写成“谈笑风声”。', '谈笑风声'],
    ['正确写法是“按部就班”，而不是“按步就班”。', '按步就班'],
    ['“迫不急待”是错误的写法，应为“迫不及待”。', '迫不急待'],
    ['常见错别字：“迫在眉捷”（×）“迫在眉睫”（√）。', '眉捷'],
    ['文中“再接再励”系编辑错误，正确写法应为“再接再厉”。', '再接再励'],
    ['“截止9月2日”应为“截至9月2日”。', '截止'],
    ['将“既日起”更正为“即日起”。', '既日起'],
    ['原文误写为“再接再励”，特此更正。', '再接再励'],
  ])('is cited in %s', (text, slip) => {
    expect(cited(text, slip)).toBe(true);
  });

  it.each([
    ['举办“一股作气”主题登山活动。', '一股作气'],
    ['“再接再励，勇创佳绩”是我们的口号。', '再接再励'],
    ['全体干部要再接再励，再创佳绩。', '再接再励'],
    ['他说“我们要再接再励”。', '再接再励'],
  ])('is the writer’s own slip in %s', (text, slip) => {
    expect(cited(text, slip)).toBe(false);
  });
});
