/**
 * A value as typed on the command line: in double quotes where the shell would split it or read it otherwise, and in
 * single quotes where double quotes would not keep it as it is (a `"`, `$`, backquote, `\` or `!` in it: an
 * interviewer called "The \"Bar\" raiser" or "$VP"), each single quote in it closed, escaped and opened again. A path's
 * slashes need no quotes: `../stories` is typed as it is, and an empty value is `""`.
 * (Its own module, with no imports, so the CLI's error messages can quote what was typed without loading more.)
 */
export const shellWord = (value: string): string =>
  value === '' ? '""' : !/[^\w,.:/-]/.test(value) ? value : /["$`\\!]/.test(value) ? `'${value.replace(/'/g, "'\\''")}'` : `"${value}"`;

/** `value` in single quotes for a POSIX shell, each single quote in it closed, escaped and opened again: kept as it is, `*` and all. */
export const singleQuoted = (value: string): string => `'${value.replace(/'/g, "'\\''")}'`;

/**
 * The words of a POSIX shell `text`, as the shell would split and unquote them, near enough to read a hook by: quotes
 * ('…', "…" with its backslash escapes) and backslashes taken off, `;`, `&`, `|`, `(`, `)`, `<`, `>` and line breaks
 * ending a word as blanks do, a `#` at a word's start a comment to the line's end. Nothing is expanded: `"$dir"` is
 * the word `$dir`. A quote left open runs to the end.
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end;
    } else if (c === '"') {
      word ??= '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && /[$`"\\\n]/.test(text[i + 1] ?? '')) i++;
        word += text[i];
      }
    } else if (c === '\\') {
      if (text[i + 1] !== '\n') word = (word ?? '') + (text[i + 1] ?? '');
      i++;
    } else if (/[\s;&|()<>]/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
