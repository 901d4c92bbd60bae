/** Paths → the story bank: every file read, decoded and parsed, and the IO problems met on the way. */
import { decode } from './decode.js';
import { readEach, type Here } from './files.js';
import { parseStories, type LoadedFile } from './parse.js';

export interface Bank {
  readonly files: LoadedFile[];
  /** One-line IO problems (exit code 2). */
  readonly problems: string[];
}

/** `here`: what to do instead when a path names the folder the user is in (see expandPaths). */
export function loadBank(paths: readonly string[], cwd: string, here?: Here): Bank {
  const files: LoadedFile[] = [];
  const problems = readEach(paths, cwd, (path, bytes) => files.push(loadText(path, bytes)), here);
  return { files, problems };
}

/** One file's content, as if read from `path` (shown in findings, and the default id): standard input, say. */
export function loadText(path: string, content: string | Uint8Array): LoadedFile {
  const text = typeof content === 'string' ? { text: content.replace(/^\uFEFF/, '') } : decode(content);
  return 'error' in text
    ? { path, stories: [], directives: [], problems: [{ ruleId: 'parse', severity: 2, message: text.error, line: text.line, column: text.column }] }
    : parseStories(path, text.text);
}
