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

// A job word: an item with one is a role, "Payments EM", "VP of Marketing", "the platform team"; its acronyms in
// capitals only ("Em Watson" is a name).
const JOB_ACRONYM = /\b(?:[SEA]?VP|T?PM|EM|SDM|GM|T?AM|CSM|SRE|C[TEFOIP]O|CISO|HRBP)s?\b/u;
const JOB_WORD = new RegExp(String.raw`\b(?:manager|lead|director|head|engineer|architect|analyst|designer|owner|counsel|officer|controller|scientist|sponsor|specialist|coordinator|supervisor|team|recruiter|champion|liaison|chief|president|founder|consultant|developer|contractor|partner)s?\b`, 'iu');

/** Whether a comma item reads as a role and not a name: it has a job word ("Payments EM", "VP of Marketing"). */
const isRole = (item: string): boolean => JOB_WORD.test(item) || JOB_ACRONYM.test(item);

/**
 * The partners in one line of text, each trimmed, with its place in `text`: apart by commas, but a comma inside
 * brackets is the role's ("Deepa Menon (LabelKart, account manager), Rohit Sharma" is two); where a semicolon
 * stands outside brackets, apart by semicolons instead, each item "Name, role" as `new` asks for them ("Deepa
 * Menon, account manager; Rohit Sharma, Procurement" is two). Without a semicolon, an item that reads as a role (a job
 * word, "Payments EM", "VP of Marketing", or a lower-case start after a capital one, "account manager at LabelKart") is
 * the role of the name before it: "Priya Nair, Payments EM" is one, as `new --partner` asks for it, and "Priya Nair,
 * Payments EM, Rohit Sharma" two; "Deepa Menon, Rohit Sharma" stays two. Empty items are dropped.
 */
export function partnerItems(text: string): ListItem[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) cuts.push(i);
  }
  const semicolons = cuts.filter((i) => text[i] === ';');
  const items: ListItem[] = [];
  // Whether the last item is a name still open to a role after it.
  let open = false;
  let from = 0;
  for (const end of [...(semicolons.length > 0 ? semicolons : cuts), text.length]) {
    const piece = text.slice(from, end);
    const start = from + piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    from = end + 1;
    if (!trimmed) continue;
    const last = items.at(-1);
    const role = semicolons.length === 0 && isRole(trimmed);
    const itsRole = role || (/^\p{Ll}/u.test(trimmed) && /^\p{Lu}/u.test(last?.text ?? ''));
    // "…, and the Payments EM" is one more partner, not a role.
    if (open && last && itsRole && !/^(?:(?:and|or|plus)\b|&)/iu.test(trimmed)) {
      items[items.length - 1] = { text: text.slice(last.start, start + trimmed.length), start: last.start, end: start + trimmed.length };
      open = false;
      continue;
    }
    items.push({ text: trimmed, start, end: start + trimmed.length });
    open = semicolons.length === 0 && !role;
  }
  return items;
}

/** Items in words: `a`, `a and b`, `a, b and c`; none, ''. */
export function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
