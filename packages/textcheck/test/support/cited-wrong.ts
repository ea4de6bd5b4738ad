// The two tests a round runs when it widens what counts as a quoted wrong form named wrong
// (text-cited-wrong-form.ts): each cited form is read as cited, each plain use is not.
import { expect, it } from 'vitest';
import { citedAsWrong } from '../../src/gates/text-cited-wrong-form.ts';

/** [text, the wrong form in it] */
export type CitedForm = readonly [string, string];

export function itReadsCitedWrongForms(
  cited: ReadonlyArray<CitedForm>,
  notCited: ReadonlyArray<CitedForm>,
): void {
  const cites = (text: string, wrong: string) => {
    const start = text.indexOf(wrong);
    return citedAsWrong(text, start, start + wrong.length);
  };
  it.each(cited)('%s cites %s as wrong', (text, wrong) => {
    expect(cites(text, wrong)).toBe(true);
  });
  it.each(notCited)('%s does not cite %s as wrong', (text, wrong) => {
    expect(cites(text, wrong)).toBe(false);
  });
}
