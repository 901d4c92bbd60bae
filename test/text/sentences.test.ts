/** sentenceRanges: where each sentence of a story's text starts and ends. */
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../src/text/sentences.js';

const sentences = (text: string) => sentenceRanges(text).map(([a, b]) => text.slice(a, b));

describe('sentenceRanges', () => {
  it.each([
    ['two sentences', 'I cut the build. It took five minutes.', ['I cut the build.', 'It took five minutes.']],
    ['an abbreviation and a decimal end none', 'I met Dr. Weber. Latency fell to 2.4 s today.', ['I met Dr. Weber.', 'Latency fell to 2.4 s today.']],
    ['each bullet, without its mark', '- I split the load\n- I moved two engineers', ['I split the load', 'I moved two engineers']],
    ['a blank line, and the space around each', '  First part  \n\n  Second part.  ', ['First part', 'Second part.']],
    ['space only', '   \n  ', []],
  ])('finds %s', (_label, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  // A review: the space after a sentence was found with /\s*$/, which tries each space of a long run in turn: a run of
  // words and 40,000 spaces took over a second, and grew with the square of the run.
  it('reads a long run of spaces inside a sentence in linear time', () => {
    const text = `${'not '.repeat(10_000)}${' '.repeat(40_000)}end.`;
    // (How long it takes is npm run bench's to measure, its "pathological patterns" case; a reading that went back to
    // trying every way would hang this test past its timeout.)
    expect(sentenceRanges(text)).toEqual([[0, text.length]]);
  });
});
