/** Where quoted speech sits in a text, so rules can leave other people's words alone. */

export type Range = readonly [start: number, end: number];

// "…", “…”, ‘…’, and '…' when the single quote opens after a space and closes before a non-letter
// (so apostrophes in "I'd" or "team's" never open a quote).
const QUOTED = /"[^"\n]*"|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'(?=\S)[^'\n]*?\S'(?![\p{L}\p{N}])/gu;

export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(QUOTED)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export function inRanges(index: number, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}
