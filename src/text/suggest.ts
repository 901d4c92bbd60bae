/** Edit distance (Levenshtein) between two short strings. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate `input` most likely meant, if any is close enough to be a plausible typo or a start of it: the one
 * candidate that `input` (3 letters or more) starts, whatever the edit distance ("beh" is `behavioral`, not `tech`,
 * two edits away), else the nearest within a few edits ("no-tradof" → `no-tradeoff`). The start of two or more
 * ("scr" of `scripts` and `scratch`) tells neither: then only a typo counts.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const all = [...candidates];
  const starting = PREFIX_LETTERS.test(needle) ? all.filter((candidate) => candidate.toLowerCase().startsWith(needle)) : [];
  if (starting.length === 1) return starting[0];
  const [best, bestDistance] = nearestOf(needle, all);
  return bestDistance <= Math.max(2, Math.floor(needle.length / 3)) ? best : undefined;
}

/**
 * Every candidate `closest` would take for `input`, the one it takes first: the one candidate `input` starts, then
 * the rest within a few edits, nearest first (ties in the candidates' order). For a caller that can tell from more
 * than spelling which of them was meant (`taks:` is `tags` by one edit, `task` by two).
 */
export function plausible(input: string, candidates: Iterable<string>): string[] {
  const needle = input.toLowerCase();
  const all = [...candidates];
  const starting = PREFIX_LETTERS.test(needle) ? all.filter((candidate) => candidate.toLowerCase().startsWith(needle)) : [];
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const near = all
    .map((candidate) => [candidate, distance(needle, candidate.toLowerCase())] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1])
    .map(([candidate]) => candidate);
  const first = starting.length === 1 ? starting : [];
  return [...first, ...near.filter((candidate) => !first.includes(candidate))];
}

/** Three letters or digits, to read an input as the start of a word: "no-" is too little to tell which. */
const PREFIX_LETTERS = /^(?:[^\p{L}\p{N}]*[\p{L}\p{N}]){3}/u;

/** The candidate at the least edit distance from `needle` (the first of those tied), and that distance. */
function nearestOf(needle: string, candidates: readonly string[]): [string | undefined, number] {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return [best, bestDistance];
}

/**
 * The one candidate whose words (split at anything but a letter or a digit) hold every word of `input`, in any case
 * and order: "no-partner" → `no-named-partner`, "passive" → `passive-voice`; undefined where none does, or more than
 * one, or `input` has fewer than 3 letters.
 */
export function holdingWords<T extends string>(input: string, candidates: Iterable<T>): T | undefined {
  const words = wordsOf(input);
  if (!PREFIX_LETTERS.test(input) || words.length === 0) return undefined;
  const holding = [...candidates].filter((candidate) => {
    const own = wordsOf(candidate);
    return words.every((word) => own.includes(word));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** What `input` most likely meant of `candidates`, for a did-you-mean: `closest`, else the one that holds its words (`holdingWords`). */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const all = [...candidates];
  return closest(input, all) ?? holdingWords(input, all);
}

/** " Did you mean `x`?" or the empty string, to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = nearest(input, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}
