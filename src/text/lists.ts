/** A list written as one line of text, "ownership, dive-deep": its items and where each stands. Pure. */

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
