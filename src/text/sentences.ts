/**
 * Sentences in prose, as ranges into the text: a sentence ends at . ! or ? before a space or a line
 * break, at a blank line, and at each bullet item. Abbreviations ("Dr.", "e.g.") and decimals ("2.4 s")
 * don't end one.
 */
import type { Range } from './quotes.js';

const ABBREVIATION = /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|approx|inc|ltd|co|no|jr|sr|fig|cf)$/i;
const BREAK = /[.!?]+["”’)]*(?=\s)|\n\s*\n|\n(?=\s*[-*•]\s)/g;

export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index))) continue;
    push(ranges, text, start, end);
    start = end;
  }
  push(ranges, text, start, text.length);
  return ranges;
}

function push(ranges: Range[], text: string, start: number, end: number): void {
  const lead = /^[\s\-*•]*/.exec(text.slice(start, end))![0].length;
  // The trailing space counted back from the end: `/\s*$/` tries each space of a long run inside the text in turn, and
  // slows with the square of the run (a review: 40,000 spaces after a run of words took over a second).
  let last = end;
  while (last > start + lead && /\s/.test(text[last - 1]!)) last--;
  if (last > start + lead) ranges.push([start + lead, last]);
}
