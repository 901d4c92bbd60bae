/**
 * Findings back into the story text. A lint finding carries only `line:column` in the file; the report
 * needs the field and the characters to mark. Positions come from the same locator the engine used
 * (the YAML parser's node ranges), searched by bisection, since a field's characters stand in source
 * order. Pure.
 */
import type { Locator } from '../bank/parse.js';
import { TEXT_FIELDS, textOf, type StoryData, type TextField } from '../bank/schema.js';

/** Where a finding points in a story: a phrase in a field's text, a field's key, or neither. */
export type Anchor =
  | { readonly kind: 'phrase'; readonly field: TextField; readonly start: number; readonly end: number }
  | { readonly kind: 'key'; readonly field: string }
  | { readonly kind: 'story' };

/** The keys a finding can point at besides the text fields. */
const LIST_FIELDS = ['lps', 'partners', 'tags'] as const;

/** Each phrase a message quotes, wherever in it: "\"we moved\" hides…", "This story tells of a failure, \"I underestimated…\", and…". */
const QUOTED = /"([^"]+)"/g;
const WORD = /^[\p{L}\p{N}'’-]+/u;

export function anchorOf(story: StoryData, locate: Locator, line: number, column: number, message: string): Anchor {
  for (const field of TEXT_FIELDS) {
    const text = textOf(story, field);
    const index = indexAt(text, (i) => locate.at(field, i), line, column);
    if (index === undefined) continue;
    return { kind: 'phrase', field, start: index, end: index + phraseLength(text, index, message) };
  }
  for (const field of [...TEXT_FIELDS, ...LIST_FIELDS]) {
    const key = locate.key(field);
    if (key && key.line === line && key.column === column) return { kind: 'key', field };
  }
  // A list item (an `lps:` entry, a partner) is reported at the item, under its key.
  for (const field of LIST_FIELDS) {
    const items = (story[field] ?? []) as readonly unknown[];
    for (let i = 0; i < items.length; i++) {
      const at = locate.at(field, i);
      if (at.line === line && at.column === column) return { kind: 'key', field };
    }
  }
  return { kind: 'story' };
}

/** The index in `text` whose source position is exactly `line:column`, if any. */
export function indexAt(text: string, positionOf: (index: number) => { line: number; column: number }, line: number, column: number): number | undefined {
  if (text.length === 0) return undefined;
  const before = (i: number) => {
    const p = positionOf(i);
    return p.line < line || (p.line === line && p.column < column);
  };
  let lo = 0;
  let hi = text.length - 1;
  if (before(hi)) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  const p = positionOf(lo);
  return p.line === line && p.column === column ? lo : undefined;
}

/**
 * How much to mark: the first phrase the message quotes that stands at `index` (a long one cut short with "…" marks as
 * far as it is quoted), or else the word there. (Only the phrase at the start of the message was tried, so a failure
 * quoted mid-message marked one letter, "I", where lint quoted a clause: a thirty-eighth user's trial.)
 */
function phraseLength(text: string, index: number, message: string): number {
  for (const [, quote = ''] of message.matchAll(QUOTED)) {
    const quoted = quote.replace(/…$/u, '');
    if (quoted && text.slice(index, index + quoted.length).toLowerCase() === quoted.toLowerCase()) return quoted.length;
  }
  return WORD.exec(text.slice(index))?.[0].length || Math.min(1, text.length - index);
}

/** A run of a field's text and the findings (by number) that cover it. */
export interface Segment {
  readonly text: string;
  /** The findings whose phrase covers this run; empty for plain text. */
  readonly marks: readonly number[];
  /** The findings whose phrase ends with this run: their number is shown after it. */
  readonly ends: readonly number[];
}

/** A field's text cut into runs at every phrase's start and end, so overlapping phrases both show. */
export function segments(text: string, phrases: readonly { readonly n: number; readonly start: number; readonly end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const p of phrases) {
    cuts.add(Math.max(0, Math.min(text.length, p.start)));
    cuts.add(Math.max(0, Math.min(text.length, p.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!];
    if (from === to) continue;
    const marks = phrases.filter((p) => p.start <= from && p.end >= to).map((p) => p.n);
    const ends = phrases.filter((p) => p.end === to && p.start <= from).map((p) => p.n);
    out.push({ text: text.slice(from, to), marks, ends });
  }
  return out;
}
