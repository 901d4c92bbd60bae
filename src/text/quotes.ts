/** Where quoted speech sits in a text, so rules can leave other people's words alone. */

export type Range = readonly [start: number, end: number];

// "…" (across a line break too, as in a `|` block, but not across a blank line or a whole paragraph),
// “…”, ‘…’ and '…'. A single quote opens only after a non-letter and closes only before one, and a quote
// between two letters is an apostrophe, so "I'd", "team's" or 'we can't ship' never end a quote early.
const QUOTED =
  /"(?:[^"\n]|\n(?!\s*\n)){0,400}?"|“[^”]{0,400}”|‘(?:[^’]|’(?=\p{L})){0,400}?’(?!\p{L})|(?<![\p{L}\p{N}])'(?=\S)(?:[^'\n]|(?<=\p{L})'(?=\p{L})){0,400}?\S'(?![\p{L}\p{N}])/gu;

export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(QUOTED)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export function inRanges(index: number, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}
