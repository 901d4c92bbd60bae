/**
 * Lists as one line of text: read ("ownership, dive-deep": its items and where each stands) and written ("a, b and c").
 * Pure, with no imports, so that the CLI's error messages can use it without loading more.
 */

export interface ListItem {
  /** The item, trimmed. */
  readonly text: string;
  /** Where the item starts in the text. */
  readonly start: number;
  /** Where it ends (exclusive), before any space. */
  readonly end: number;
}

/** The comma-separated items of `text`, each trimmed, with its place in `text`; empty items are dropped. */
export function commaItems(text: string): ListItem[] {
  const items: ListItem[] = [];
  let from = 0;
  for (const piece of text.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) items.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
    from += piece.length + 1;
  }
  return items;
}

/** Items in words: `a`, `a and b`, `a, b and c`; none, ''. */
export function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
