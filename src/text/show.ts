/** Prose quoted in a message: in double quotes, on one line, cut at a word to about `max` characters. */
export function quoteExcerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `"${flat}"`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…"`;
}

/** A user's value as it goes into a one-line message: JSON-quoted (so line breaks stay escaped) and short. */
export function showValue(value: unknown, max = 40): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
