/**
 * A value as typed on the command line: in double quotes where the shell would split it or read it otherwise, and in
 * single quotes where double quotes would not keep it as it is (a `"`, `$`, backquote, `\` or `!` in it: an
 * interviewer called "The \"Bar\" raiser" or "$VP"), each single quote in it closed, escaped and opened again. A path's
 * slashes need no quotes: `../stories` is typed as it is.
 * (Its own module, with no imports, so the CLI's error messages can quote what was typed without loading more.)
 */
export const shellWord = (value: string): string =>
  !/[^\w,.:/-]/.test(value) ? value : /["$`\\!]/.test(value) ? `'${value.replace(/'/g, "'\\''")}'` : `"${value}"`;

/** `value` in single quotes for a POSIX shell, each single quote in it closed, escaped and opened again: kept as it is, `*` and all. */
export const singleQuoted = (value: string): string => `'${value.replace(/'/g, "'\\''")}'`;
