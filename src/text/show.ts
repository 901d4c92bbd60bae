/** Prose quoted in a message as `quote` quotes it, in double quotes and on one line, cut at a word to about `max` characters. */
export function quoteExcerpt(text: string, max = 80): string {
  return excerpt(oneLine(text), max);
}

/**
 * Prose quoted as `quoteExcerpt` quotes it, but showing the words at `at` where the cut would leave them out: then
 * from a word a little before them, after "…" ("…because it failed the checklist.").
 */
export function quoteAround(text: string, at: number | undefined, max = 80): string {
  // The words before `at` and from it, each on one line, with the space that parts them kept.
  const head = text.slice(0, at ?? 0);
  const lead = `${oneLine(head)}${/\S\s+$/.test(head) ? ' ' : ''}`;
  if (at === undefined || lead.length + 20 <= max) return quoteExcerpt(text, max);
  const tail = text.slice(at);
  const flat = `${lead}${/^\s/.test(tail) && !lead.endsWith(' ') ? ' ' : ''}${oneLine(tail)}`;
  const before = lead.slice(-24);
  const start = lead.length - before.length + Math.max(0, before.indexOf(' ') + 1);
  return `"…${excerpt(flat.slice(start).trim(), max).slice(1)}`;
}

/** Text already on one line, in double quotes, cut at a word to about `max` characters. */
function excerpt(flat: string, max: number): string {
  if (flat.length <= max) return `"${flat}"`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…"`;
}

/**
 * A phrase quoted from a story, on one line: a break into a bullet or numbered item ("fix\n- He decided")
 * becomes "; " (a space after a stop or a comma), any other run of white space one space.
 */
export function oneLine(phrase: string): string {
  return phrase
    .replace(/([.,;:!?])?[ \t]*\r?\n\s*(?:[-*•+‣–]|\d{1,2}[.)])[ \t]+/g, (_m, stop: string | undefined) => (stop ? `${stop} ` : '; '))
    .replace(/^\s*(?:[-*•+‣–]|\d{1,2}[.)])[ \t]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A phrase of the story as a rule's message quotes it: in double quotes, on one line (oneLine), whatever line breaks
 * a `|` block kept in it ("The 45 tickets were\nclosed" is "The 45 tickets were closed"). A message is one line: a
 * break in it split `-f compact`'s one problem a line, started a stylish line at column 0, and put `%0A` in github's.
 */
export function quote(phrase: string): string {
  return `"${oneLine(phrase)}"`;
}

/**
 * A user's value as it goes into a one-line message: JSON-quoted (so line breaks stay escaped) and short. Text cut
 * short keeps its closing quote, after the "…" ("Deepa Menon (LabelKart account…"), and is cut between
 * characters, not inside an escape (`\n`) or a surrogate pair.
 */
export function showValue(value: unknown, max = 40): string {
  // JSON has no infinity or NaN (YAML's .inf, .nan): it would print them as null.
  const shown = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  if (shown.length <= max) return shown;
  if (typeof value !== 'string') return `${shown.slice(0, max - 1)}…`;
  // The quotes and the "…" take 3 of `max`; at most that many characters, fewer where one is written escaped.
  let kept = [...value.slice(0, max)].slice(0, max - 3).join('');
  while (kept.length > 0 && JSON.stringify(kept).length > max - 1) kept = [...kept].slice(0, -1).join('');
  return `${JSON.stringify(kept.trimEnd()).slice(0, -1)}…"`;
}

/** What a value is, for a message: "missing", "empty", "a list", "a mapping", "true/false (yes)", "a string ("x")". */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `true/false (${value})`;
  return `a ${typeof value} (${showValue(value)})`;
}

/** What a schema expected (zod's `expected`), in words: "a list", "true or false", "a whole number". */
export function expectedKind(expected: string | undefined): string {
  if (expected === 'array') return 'a list';
  if (expected === 'boolean') return 'true or false';
  if (expected === 'object') return 'a mapping';
  if (expected === 'string') return 'text';
  if (expected === 'number') return 'a number';
  if (expected === 'int') return 'a whole number';
  return expected ?? 'something else';
}

/** A count and its noun, singular for one: "1 warning", "3 warnings", "2 stories" (with `many`). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
