import { describe, expect, it } from 'vitest';
import { notAnAnswer, numbersTyped } from '../../src/drill/line-menus.js';

describe('a numbered list answered on a line: what is told of an answer it takes no meaning from', () => {
  it.each([
    // [typed, one number wanted, said]
    ['y', false, '"y" is not a number from 1 to 4.'],
    ['y', true, '"y" is not a number from 1 to 4.'],
    ['5', false, '"5" is not a number from 1 to 4.'],
    ['0', true, '"0" is not a number from 1 to 4.'],
    // The first word that is wrong, not the whole line.
    ['1 5', false, '"5" is not a number from 1 to 4.'],
    ['1, yes', false, '"yes" is not a number from 1 to 4.'],
    ['2.5', true, '"2.5" is not a number from 1 to 4.'],
    // Where one is wanted, more than one is told so.
    ['2 4', true, '"2 4" is two numbers: type one, from 1 to 4.'],
    ['1,2,3', true, '"1,2,3" is more than one number: type one, from 1 to 4.'],
  ])('%j (one wanted: %s)', (typed, one, said) => {
    expect(numbersTyped(typed, 4) === undefined || (one && numbersTyped(typed, 4)!.length > 1)).toBe(true);
    expect(notAnAnswer(typed, 4, one)).toBe(said);
  });

  it.each(['1', '1 3', '4, 2', ''])('takes %j', (typed) => {
    expect(numbersTyped(typed, 4)).toBeDefined();
  });
});
