/**
 * Story files written for people to fill in, by `init` and `new`: the STAR coaching hints, the
 * `# yaml-language-server: $schema=` line, and YAML written with the yaml package's Document API, so
 * quoting and folding are always right. Pure but for finding the schema file.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Scalar, isMap, isScalar, isSeq, type Pair } from 'yaml';
import { foldersUpToRepoTop } from './files.js';
import type { StoryData } from './schema.js';

/** What each part of a story should say: the prompt in `new`, the comment above an empty section. */
export const HINTS = {
  title: 'Title: what is the story about, in one line?',
  situation: 'Situation: what was going on, and what was at stake? Two or three sentences.',
  task: 'Task: what did you own, and by when? Say "I".',
  action: 'Action: what did you do, step by step? Say "I", name who you worked with. The longest part.',
  result: 'Result: what number changed, from what to what?',
  partners: 'Partners: who did you work with? "Name, role" or "Name - role"; separate several with ";".',
  tradeoff: 'Trade-off: what did you give up, defer or choose over what, and why?',
  learned: 'Learned: what lesson, or what do you do differently since?',
  lps: 'Leadership Principles it shows: ids or names, comma-separated (tpm-prep lps lists them).',
  tags: 'Tags: labels for it, comma-separated, such as failure or incident (Enter for none).',
  draft: 'Draft: save it as a draft for now, so lint reports its errors as warnings and a commit goes through?',
} as const;

/** Above `draft: true` in a story written for people to fill in. */
export const DRAFT_NOTE = 'A draft: lint reports its errors as warnings, so a commit goes through. Delete this line when it is ready.';

/** The sections written even when empty, so the file shows what is left to fill. */
const ALWAYS = ['situation', 'task', 'action', 'result', 'tradeoff', 'learned'] as const;
const ORDER = ['id', 'title', 'lps', ...ALWAYS.slice(0, 4), 'partners', ...ALWAYS.slice(4), 'tags', 'draft'] as const;

export const SCHEMA_FILE = 'schema/story.schema.json';

export interface StoryYamlOptions {
  /** The schema's path relative to the story file, for the `yaml-language-server` line; none for a story added to a file of stories. */
  readonly schemaRef?: string;
  /** Comment lines at the top, after the schema line. */
  readonly header?: readonly string[];
  /** Put the hint above each empty section. */
  readonly hintEmpty?: boolean;
  /** A field whose answer was cut off (by Ctrl-C while it was typed): a comment above it says so. */
  readonly unfinished?: string;
}

export function storyYaml(story: Partial<StoryData>, options: StoryYamlOptions): string {
  const data: Record<string, unknown> = {};
  for (const key of ORDER) {
    const value = story[key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (!empty) data[key] = value;
    else if ((ALWAYS as readonly string[]).includes(key)) data[key] = null;
  }
  const doc = new Document(data);
  const above = [...(options.schemaRef === undefined ? [] : [` yaml-language-server: $schema=${options.schemaRef}`]), ...(options.header ?? []).map((line) => ` ${line}`)];
  if (above.length > 0) doc.commentBefore = above.join('\n');
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair<Scalar<string>, unknown>[]) {
      const key = pair.key.value;
      if ((key === 'lps' || key === 'tags') && isSeq(pair.value)) pair.value.flow = true;
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && (ALWAYS as readonly string[]).includes(key)) {
        // Lines of their own (bullets) as written, `|`; a paragraph folded, `>-`, so it reads at any width. (Folded,
        // each line break would take a blank line, and deleting it would join the bullets.)
        pair.value.type = pair.value.value.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
      }
      if (options.hintEmpty && isScalar(pair.value) && pair.value.value === null && key in HINTS) {
        pair.key.commentBefore = ` ${HINTS[key as keyof typeof HINTS]}`;
      }
      if (key === options.unfinished) pair.key.commentBefore = ' unfinished: you pressed Ctrl-C while typing this';
      if (options.hintEmpty && key === 'draft' && isScalar(pair.value) && pair.value.value === true) pair.key.commentBefore = ` ${DRAFT_NOTE}`;
    }
  }
  return doc.toString({ lineWidth: 110, minContentWidth: 40, nullStr: '', flowCollectionPadding: false });
}

/**
 * The `$schema` reference for a story written in `storyDir`: the nearest `schema/story.schema.json` in it
 * or a folder above (a bank made by `init` has one), else the schema this package ships.
 */
export function schemaRefFor(storyDir: string): string {
  for (const dir of foldersUpToRepoTop(storyDir)) {
    const candidate = join(dir, SCHEMA_FILE);
    if (existsSync(candidate)) return toPosix(relative(storyDir, candidate));
  }
  return toPosix(relative(storyDir, join(packageRoot(), SCHEMA_FILE)));
}

/** The folder of this package: the nearest one above this module with a package.json (dist/ or src/…). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
