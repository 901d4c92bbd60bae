/**
 * Coloured text laid out as it shows: the colour codes chalk puts in take no column on a terminal, but every
 * `.length` counts them (a dim part gains 9 characters, a bold one 8), so text coloured before it is wrapped
 * wraps early, the more so the more parts are coloured. Here the text is measured and wrapped without its codes
 * (by text/wrap.ts, as plain text is), and the codes are put back where they were. Pure.
 */
import { stripVTControlCharacters } from 'node:util';
import { wrapPhrases } from './text/wrap.js';

/** The colour codes chalk writes (SGR: ESC [ … m), and any other control sequence a styled string may hold. */
const CODE = /\u001b\[[0-9;?]*[A-Za-z]/g;

/**
 * `laidOut`, the plain text of `styled` as a layout made it (wrapped: some spaces made line breaks, lines
 * indented), with `styled`'s colour codes put back before the characters they stood before. A code at a space
 * the layout broke the line at goes before the line break, so a colour closes on the line it ends on; one that
 * opens on the next word goes after the indent.
 */
export function restyle(styled: string, laidOut: string): string {
  const codes: { at: number; code: string }[] = [];
  let plain = '';
  let last = 0;
  for (const m of styled.matchAll(CODE)) {
    plain += styled.slice(last, m.index);
    codes.push({ at: plain.length, code: m[0] });
    last = m.index + m[0].length;
  }
  plain += styled.slice(last);
  if (codes.length === 0) return laidOut;
  let out = '';
  let i = 0; // in plain
  let next = 0; // the next code to put back
  const codesAt = (at: number): string => {
    let said = '';
    while (next < codes.length && codes[next]!.at <= at) said += codes[next++]!.code;
    return said;
  };
  for (const ch of laidOut) {
    if (ch === plain[i] || (ch === '\n' && plain[i] === ' ')) {
      // The same character, or the space the layout broke the line at.
      out += codesAt(i) + ch;
      i++;
    } else if (ch !== ' ' && ch !== '\n') {
      // Spaces the layout left out (as it may at a break): their codes go before this character.
      while (i < plain.length && plain[i] !== ch) i++;
      out += codesAt(i) + ch;
      i++;
    } else out += ch; // an indent, or a line break the layout added
  }
  return out + codes.slice(next).map((c) => c.code).join('');
}

/** text/wrap.ts's `wrapPhrases` for parts that may be coloured: each part measured as it shows. */
export function wrapStyledPhrases(parts: readonly string[], width = 80, indent = 4): string {
  return restyle(parts.join(' '), wrapPhrases(parts.map(stripVTControlCharacters), width, indent));
}
