/**
 * One file's text → its stories, each with a locator into the source, plus the parse and schema
 * problems found on the way. Pure: no file system here.
 */
import {
  LineCounter,
  YAMLMap,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
  type Scalar,
  type YAMLError,
} from 'yaml';
import { COMMA_LISTS, ID_PATTERN, LIST_OR_LINE, PARTNER_KEYS, SPOKEN_FIELDS, TEXT_FIELDS, isCommaListField, partnerSchema, STORY_KEYS, storySchema, type CommaListField, type Story, type TextField } from './schema.js';
import { withoutEmphasis } from './emphasis.js';
import { fileStem } from './files.js';
import { findPrinciple, principle, type LpId } from '../principles/catalog.js';
import { positionOf, valueOffset, type Pos } from './positions.js';
import type { Problem } from './problem.js';
import { isObject } from '../shape.js';
import { expectedKind, kindOf } from '../text/show.js';
import { closest, didYouMean, plausible } from '../text/suggest.js';
import { yesOrNo } from '../text/words.js';
import { lineOf, missingColon, withoutKey, type MisplacedKey } from './key-lines.js';
import { firstOnEachLine, needsColon, unknownAlias, withoutFollowOns, yamlMessage, yamlProblem } from './yaml-problem.js';

export interface Locator {
  /** Where the story starts: its first key. */
  readonly start: Pos;
  /** The last line the story covers. */
  readonly endLine: number;
  /** Where a field's key is, if the story has it. */
  key(field: string): Pos | undefined;
  /** Where character `index` of a text field's value is in the source; for a list, where item `index` is. */
  at(field: string, index: number): Pos;
}

export interface LoadedStory {
  readonly story: Story;
  readonly locate: Locator;
  /**
   * The text fields written as a bare number or true/false (`result: 1.50`, or misspelt, `reslt: 1.50`), read as
   * written: the schema error at the key says to quote it, and the rules say nothing more of the field until it is
   * text (a result of "1.50" would be told it "has no number").
   */
  readonly unquoted?: readonly string[];
}

export interface Directive {
  readonly line: number;
  readonly column: number;
  /**
   * `next-line` silences the line below, through `through`; `story` silences the story the comment sits in
   * or before; `in-text` is a directive written on a line of its own inside a text block (`>-`, `|`), where
   * YAML reads it as the story's text: it silences nothing, and lint says so. `file` is a whole-story
   * directive above a file's `stories:` list, before its first story: it silences every story in the file.
   */
  readonly scope: 'next-line' | 'story' | 'in-text' | 'file';
  readonly rules: readonly string[];
  /** For a `story` directive: the index, in `stories`, of the story it silences. */
  readonly story?: number;
  /** For a `next-line` directive: the last line it silences, the end of a value that starts on the next line. */
  readonly through?: number;
  /** The reason written after ` -- `, if any: what JSON's `suppressedMessages` and SARIF's `suppressions` give as the justification. */
  readonly reason?: string;
  /** For an `in-text` directive: the directive as written, to quote it back. */
  readonly written?: string;
}

export interface LoadedFile {
  readonly path: string;
  readonly stories: LoadedStory[];
  readonly problems: Problem[];
  readonly directives: Directive[];
}

const MAX_ALIASES = 50;
/** The keys a story file's lines may start with: a story's, and `stories:`. */
const FILE_KEYS: readonly string[] = [...STORY_KEYS, 'stories'];

export function parseStories(path: string, written: string): LoadedFile {
  // The file as read: each key out of line taken out, with its value (parseMended); every offset as written.
  const { text, lines, docs, explained, outOfLine } = parseMended(written);
  const file: LoadedFile = { path, stories: [], problems: [], directives: [] };
  const problem = (ruleId: string, message: string, offset: number, severity: 1 | 2 = 2, storyId?: string): void => {
    file.problems.push({ ruleId, severity, message, ...positionOf(lines, offset), ...(storyId ? { storyId } : {}) });
  };
  // A key written twice or out of line is reported, and only the story it is in is left out (below): in a file
  // of twenty stories, one slip must not take the other nineteen out of map, plan and drill. Its problem waits
  // until that story is found, to name it, as a schema error names the story it is in: map, plan and lint's
  // bank-level findings can then say the story is missing when the file's other stories were read.
  const keyFaults: { message: string; offset: number; at: number }[] = [];
  const usable = docs.filter((doc, i) => {
    const usable = doc.errors.every((error) => error.code === 'DUPLICATE_KEY') && !isEmpty(doc);
    for (const found of [...outOfLine[i]!, ...explained[i]!]) {
      if (usable) keyFaults.push(found);
      else problem('parse', found.message, found.offset);
    }
    for (const warning of doc.warnings) problem('parse', yamlMessage(warning, text, 'story'), warning.pos[0]);
    return usable;
  });
  if (docs.every((doc) => doc.errors.length === 0 && isEmpty(doc))) {
    problem('parse', 'This file holds no story. Add one, or delete the file.', 0, 1);
  }

  const stem = fileStem(path);
  /** The story each key written twice or out of line is in (by where it was found), for the stories left out for one. */
  const leftOut = new Map<number, string>();
  const leftOutFor = (offsets: readonly number[], value: unknown, single: boolean): void => {
    for (const at of offsets) leftOut.set(at, idOfUnread(value, single, stem));
  };

  const candidates: { node: YAMLMap; value: unknown }[] = [];
  const outOfLineAt = new Map<unknown, number[]>(docs.map((doc, i) => [doc, outOfLine[i]!.map((p) => p.at)]));
  for (const doc of usable) {
    // Where a key was written twice (the only errors a usable document has), or taken out for being out of line.
    const twice = doc.errors.map((error) => error.pos[0]);
    const outside = outOfLineAt.get(doc)!;
    // A key out of line is in the story that starts before it: taken out, it may stand past the story's last value.
    const holds = (node: unknown, at: number, next?: unknown) =>
      isNode(node) && node.range != null && at >= node.range[0] && (at < node.range[2] || (outside.includes(at) && (!isNode(next) || next.range == null || at < next.range[0])));
    const read = toJS(doc);
    if (!('value' in read)) {
      problem('parse', read.message, read.offset);
      continue;
    }
    const { value } = read;
    const contents = doc.contents!;
    if (isMap(contents) && contents.has('stories')) {
      const list = contents.get('stories', true);
      for (const pair of contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (key !== 'stories') problem('schema', `A file with \`stories:\` holds nothing else; move \`${key}\` into a story.`, offsetOf(pair.key));
      }
      if (!isSeq(list)) {
        problem('schema', '`stories:` must be a list of stories, each starting with "- title: …".', offsetOf(list ?? contents));
        continue;
      }
      if (list.items.length === 0) problem('parse', 'The `stories:` list is empty. Add a story, or delete the file.', offsetOf(list), 1);
      const items = (value as { stories: unknown[] }).stories;
      const faults = [...twice, ...outside];
      const inItem = (i: number) => faults.filter((at) => holds(list.items[i], at, list.items[i + 1]));
      // A key twice or out of line outside every story (`stories:` itself twice): no list to trust.
      if (faults.some((at) => !list.items.some((item, i) => holds(item, at, list.items[i + 1])))) continue;
      list.items.forEach((item, i) => {
        if (isMap(item)) {
          if (inItem(i).length === 0) candidates.push({ node: item, value: items[i] });
          else leftOutFor(inItem(i), items[i], false);
        } else problem('schema', 'Each entry under `stories:` must be a story (a mapping with a `title`).', offsetOf(item));
      });
    } else if (isMap(contents)) {
      if (twice.length === 0 && outside.length === 0) candidates.push({ node: contents, value });
      else leftOutFor([...twice, ...outside], value, docs.length === 1);
    } else {
      // "title Missing colon" alone: plain text to YAML.
      const missing = isScalar(contents) && contents.type === 'PLAIN' ? missingColon(text, offsetOf(contents), FILE_KEYS) : undefined;
      if (missing) problem('parse', needsColon(missing), missing.offset);
      else problem('schema', 'A story file holds a mapping with a `title`, or a list under `stories:`.', offsetOf(contents));
    }
  }
  for (const { message, offset, at } of keyFaults) problem('parse', message, offset, 2, leftOut.get(at));

  /** A story as read, with each principle in `lps:` once: a later entry naming one already claimed is a warning at it. */
  const read = (story: Story, node: YAMLMap, value: unknown, items: CommaItemStarts, indexes?: readonly number[], misspelt: Misspelt = {}, unquoted: readonly string[] = []): void => {
    const once = claimsOnce(story.lps, indexes);
    const raw = (value as { lps?: unknown }).lps;
    // As written: a list, or one comma string ("ownership, Have Backbone, Disagree and Commit").
    const written: unknown[] = typeof raw === 'string' ? COMMA_LISTS.lps(raw).map((item) => item.text) : (raw as unknown[]);
    const nodes = (node.get('lps', true) as { items?: unknown[] } | undefined)?.items ?? [];
    for (const { at, first, id } of once.repeats) {
      problem('schema', repeatMessage(written[at], written[first], first, id), itemOffset(text, node, items, ['lps', at]) ?? offsetOf(nodes[at]), 1, story.id);
    }
    const lps = once.repeats.length > 0 ? { lps: once.lps } : {};
    const { plain, at } = readThroughEmphasis(story);
    file.stories.push({ story: { ...plain, ...lps }, locate: locator(text, lines, node, items, once.repeats.length > 0 ? once.indexes : indexes, misspelt, at), ...(unquoted.length > 0 ? { unquoted } : {}) });
  };
  const single = docs.length === 1 && candidates.length === 1 && !(isMap(docs[0]!.contents) && docs[0]!.contents.has('stories'));
  for (const { node, value: asWritten } of candidates) {
    // A misspelt or unknown key in a `{name, role}` partner is an error, as one in the story is, but the partner
    // is read as meant (`nmae:` as its name) and the story stays in.
    const { value, partners } = readPartners(asWritten);
    const partnerNotes = partners.map(({ index, key, meant }) => {
      const partner = nodeAt(node, ['partners', index]);
      const at = offsetOf(keyNode(partner, key) ?? node);
      return { message: unknownPartnerKey(`Unknown key \`${key}\` in ${describePath(['partners', index])}`, partner, key, meant), at };
    });
    const parsed = storySchema.safeParse(value);
    const fallbackId = idOfUnread(value, single, stem);
    const storyId = parsed.success ? (parsed.data.id ?? fallbackId) : fallbackId;
    const items = commaItemStarts(value);
    if (!parsed.success) {
      // A principle misspelt in `lps:`, a key misspelt or unknown, or a `draft:` that is not true or false is an
      // error, but the story is still read: one typo must not take the whole story out of lint, map, plan and
      // drill. A misspelt text key is read as the key it is closest to, if the story has no such key ("reslt:"
      // as the result, so no rule says the result is missing), whatever its value: a bare number or true/false as
      // written ("reslt: 1" is the result "1", as "reslt: 1 day" is "1 day"), each key on its own; another unknown
      // key is left out. (A misspelt key whose value can't be text, `actions:` written as a list, is left out
      // instead, and its error says so.) A required key that is missing may be one misspelt ("titel:"): read as
      // it, the story has its title, and only the unknown key is said.
      // A text key spelt right with a bare number or true/false (`result: 1`) is read as written too, as a misspelt one
      // is (it took the story out, where `reslt: 1` was read), with one error at it that says to quote it.
      const settable = parsed.error.issues.every((issue) => isSetAside(issue) || isMissingText(issue, value) || isBareText(issue, value));
      let aside = settable ? setAside(value, parsed.error.issues, true, (key) => scalarSource(node, key)) : undefined;
      let kept = aside && withKnownLps(aside.story);
      if (settable && !kept?.parsed.success && Object.keys(aside!.misspelt).length > 0) {
        aside = setAside(value, parsed.error.issues, false);
        kept = withKnownLps(aside.story);
      }
      const id = kept?.parsed.success ? (kept.parsed.data.id ?? idOfUnread(aside!.story, single, stem)) : storyId;
      // A missing key that a misspelt one was read as is not missing.
      const found = kept?.parsed.success ? aside!.misspelt : {};
      for (const { message, at } of partnerNotes) problem('schema', message, at, 2, id);
      for (const issue of parsed.error.issues) {
        if (isMissingText(issue, value) && Object.hasOwn(found, String(issue.path[0]))) continue;
        const item = itemOffset(text, node, items, issue.path);
        for (const { message, at } of describeIssue(issue, node, value, found, (offset) => positionOf(lines, offset).line)) problem('schema', message, item ?? at, 2, id);
      }
      if (aside && kept?.parsed.success) {
        // The text fields YAML read as a number or true/false, spelt right or misspelt (`reslt: 1.50` as the result).
        const bare = (key: string) => isBare((value as Record<string, unknown>)[key]);
        const unquoted = TEXT_KEYS.filter((field) => (Object.hasOwn(aside!.misspelt, field) ? bare(aside!.misspelt[field]!) : bare(field)));
        read({ ...kept.parsed.data, id }, node, value, items, kept.indexes, aside.misspelt, unquoted);
      }
      continue;
    }
    for (const { message, at } of partnerNotes) problem('schema', message, at, 2, storyId);
    for (const { key, offset, within } of hashLinesInText(text, node)) problem('parse', hashLineMessage(key, within), offset, 1, storyId);
    read({ ...parsed.data, id: storyId }, node, value, items);
  }
  if (text.includes('tpm-prep-disable')) {
    file.directives.push(
      ...findDirectives(text, lines, docs).map((d): Directive => {
        if (d.scope !== 'story') return d;
        return aboveTheList(d.line, file.stories, text) ? { ...d, scope: 'file' } : { ...d, story: owner(d.line, file.stories, text) };
      }),
    );
  }
  return file;
}

/**
 * The lines of a story's title or spoken text in a `>-` or `|` block, or in quotes, that start with "# " ("  # ask
 * Dana"): a note to self, but there YAML reads it as text, not a comment, so it would be read out in a drill, counted
 * and shown in a report. Where each `#` is, with its key. (In plain text such a line is a comment, and ends the text:
 * `commentInText`.)
 */
function hashLinesInText(source: string, node: YAMLMap): { key: string; offset: number; within: string }[] {
  const found: { key: string; offset: number; within: string }[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.type === 'PLAIN' || !pair.value.range) continue;
    const key = String(pair.key.value);
    if (!TEXT_KEYS.includes(key)) continue;
    const [start, end] = pair.value.range;
    const body = source.slice(start, end);
    if (!body.includes('#')) continue;
    // From the second line: the first is the block's header, whose comment is one, or a quote's opening line.
    // "a `>-` block" with the header as written, or "quotes".
    const within = pair.value.type === 'BLOCK_FOLDED' || pair.value.type === 'BLOCK_LITERAL' ? `a \`${/^\S+/.exec(body)![0]}\` block` : 'quotes';
    // (Not "# of incidents fell…", the sign for "number"; nor a `# tpm-prep-disable` line, which the directive's own
    // warning tells of.)
    for (const m of body.matchAll(/\n([ \t]*)#(?=[ \t]|\r?$)(?![ \t]+(?:of\b|tpm-prep-))/gm)) found.push({ key, offset: start + m.index + 1 + m[1]!.length, within });
  }
  return found;
}

function hashLineMessage(key: string, within: string): string {
  return `This line of \`${key}\` starts with "#", but inside ${within} it is text, not a comment: it would be read out and counted. Move it above \`${key}:\`, or take it out.`;
}

/**
 * The story's lists, each optional: an item of the wrong kind (`tags: [forecasting, 2021]`, a partner with no name, a
 * number among the principles), or the whole key (`tags: {a: b}`), is left out, and the story read without it.
 */
const LIST_KEYS: readonly PropertyKey[] = ['lps', 'tags', 'partners'];

/**
 * A mistake the story can be read without: an unknown principle or any other item of a list that doesn't fit (or the
 * list), an unknown key, a `draft:` that isn't true or false.
 */
function isSetAside(issue: { code: string; path: PropertyKey[] }): boolean {
  return LIST_KEYS.includes(issue.path[0]!) || (issue.code === 'unrecognized_keys' && issue.path.length === 0) || (issue.path[0] === 'draft' && issue.path.length === 1);
}

const isBare = (value: unknown): boolean => typeof value === 'number' || typeof value === 'boolean';

/** A text key written as a bare number or true/false (`result: 1`), which is read as written. */
function isBareText(issue: { code: string; path: PropertyKey[] }, value: unknown): boolean {
  const [key] = issue.path;
  return issue.code === 'invalid_type' && issue.path.length === 1 && TEXT_KEYS.includes(String(key)) && isBare((value as Record<string, unknown>)[String(key)]);
}

/** A text key the story must have and hasn't (`title`), which a misspelt key may stand for ("titel:"). */
function isMissingText(issue: { code: string; path: PropertyKey[] }, value: unknown): boolean {
  const [key] = issue.path;
  return issue.code === 'invalid_type' && issue.path.length === 1 && TEXT_KEYS.includes(String(key)) && !Object.hasOwn(value as object, key as string);
}

/** The keys whose misspelling is read as meant: the story's text. */
const TEXT_KEYS: readonly string[] = ['title', ...SPOKEN_FIELDS];

/** A key as the story means it → as written: `{ result: 'reslt' }`. */
type Misspelt = Readonly<Record<string, string>>;

/**
 * The story with each misspelt key read as the key it is closest to (when the story has none of that name),
 * other unknown keys left out, `draft: yes` or `no` read as true or false, and each item of `tags:` or
 * `partners:` that doesn't fit left out, or the key when it is no list (its principles that aren't are
 * dropped by `withKnownLps`, which keeps where each kept one stands).
 */
function setAside(
  value: unknown,
  issues: readonly { code: string; path: PropertyKey[]; keys?: string[] }[],
  readMisspelt = true,
  written: (key: string) => string | undefined = () => undefined,
): { story: unknown; misspelt: Misspelt } {
  const story = { ...(value as Record<string, unknown>) };
  const misspelt: Record<string, string> = {};
  const unfit = new Map<string, Set<number>>();
  for (const { path } of issues) {
    const [field, index] = path;
    if (typeof field !== 'string' || !LIST_KEYS.includes(field)) continue;
    // The key is no list ("lps: 7", "tags: {a: b}"): left out. (A principle that isn't one is withKnownLps's.)
    if (path.length === 1) delete story[field];
    else if (field !== 'lps' && typeof index === 'number') unfit.set(field, (unfit.get(field) ?? new Set()).add(index));
  }
  for (const [field, at] of unfit) {
    const list = story[field];
    if (Array.isArray(list)) story[field] = list.filter((_, i) => !at.has(i));
  }
  for (const issue of issues) {
    // A text key written as a bare number or true/false, read as written ("1.50", not 1.5).
    const [field] = issue.path;
    if (readMisspelt && issue.code === 'invalid_type' && issue.path.length === 1 && typeof field === 'string' && TEXT_KEYS.includes(field) && isBare(story[field])) {
      story[field] = written(field) ?? String(story[field]);
    }
    // Only the text of the story: a list key's items are located by its own name (`lp:` stays unread).
    const unknown = issue.code === 'unrecognized_keys' ? (issue.keys ?? []) : [];
    Object.assign(misspelt, readAsMeant(story, unknown, readMisspelt ? TEXT_KEYS : [], (key, meant) => asStoryText(story[key], meant, written(key)), true));
    // "draft: yes" (YAML 1.1's true) is read as meant; anything else that isn't true or false is left out.
    if (issue.path[0] === 'draft') {
      const meant = yesOrNo(story.draft);
      if (meant === undefined) delete story.draft;
      else story.draft = meant;
    }
  }
  return { story, misspelt };
}

/** Other words for a story's keys that spelling alone can't reach: "lesson:" is `learned:`, "outcome:" `result:`. */
const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  lesson: 'learned', lessons: 'learned', learning: 'learned', learnings: 'learned', takeaway: 'learned', takeaways: 'learned',
  outcome: 'result', outcomes: 'result', impact: 'result', results: 'result',
  context: 'situation', background: 'situation', problem: 'situation',
  goal: 'task', objective: 'task', role: 'task',
  actions: 'action', approach: 'action',
  principles: 'lps', principle: 'lps', 'leadership-principles': 'lps', leadership_principles: 'lps',
  stakeholders: 'partners', people: 'partners',
};

/**
 * The key of `known` meant by `key`: another word for it, or the one it is a misspelling of. Of the keys its
 * spelling is near, `story` (when given) picks the one it lacks and whose kind of value fits (`keyFits`), else one
 * whose value fits, else the nearest: `taks: I owned the vendor contract.` is `task`, one edit further than `tags`,
 * for a sentence is no tag list; `tgas: [a, b]` is `tags`.
 */
function meantKey(key: string, known: readonly string[], story?: Readonly<Record<string, unknown>>): string | undefined {
  const synonym = KEY_SYNONYMS[key.toLowerCase()];
  if (synonym !== undefined && known.includes(synonym)) return synonym;
  if (story === undefined) return closest(key, known);
  const near = plausible(key, known);
  const fits = (meant: string) => keyFits(meant, story[key]);
  return near.find((meant) => !Object.hasOwn(story, meant) && fits(meant)) ?? near.find(fits) ?? near[0];
}

/**
 * Whether `value` is of the kind the story's key `meant` holds: what its schema takes (text for a section, a list or a
 * comma line for `tags`), and for a list key, no sentence (an item of four words or more, or a line that ends as a
 * sentence does), which it would take as one odd item.
 */
function keyFits(meant: string, value: unknown): boolean {
  const shape = storySchema.def.shape[meant as keyof typeof storySchema.def.shape];
  if (shape === undefined || !shape.safeParse(value).success) return false;
  if (!LIST_KEYS.includes(meant) || typeof value !== 'string') return true;
  return !/[.!?]\s*$/.test(value) && value.split(/[,;]/).every((item) => item.trim().split(/\s+/).length < 4);
}

/**
 * Each of `keys` of `map` moved to the key it means (meantKey; of a `story`, of all its keys), if that is one of `known`, when `map` has none of that name (nor
 * another key read as it), as `fit` reads its value for that key (by default, as it is); left out otherwise, or
 * where `fit` finds no value the key can hold. Changes `map`; returns what was read as what.
 */
function readAsMeant(
  map: Record<string, unknown>,
  keys: readonly string[],
  known: readonly string[],
  fit: (key: string, meant: string) => { value: unknown } | undefined = (key) => ({ value: map[key] }),
  story = false,
): Misspelt {
  const misspelt: Record<string, string> = {};
  for (const key of keys) {
    // Of a story, which of all its keys it means, as the story stands: a comma line `taks:` means `tags`, not `task`.
    const meant = story ? meantKey(key, STORY_KEYS, map) : meantKey(key, known);
    const read = meant !== undefined && known.includes(meant) && !Object.hasOwn(map, meant) ? fit(key, meant) : undefined;
    if (read) {
      map[meant!] = read.value;
      misspelt[meant!] = key;
    }
    delete map[key];
  }
  return misspelt;
}

/**
 * A misspelt key's value as the text of the story's key `meant`: text as it is, a bare number or true/false as
 * `written` (its YAML source, "1.50" as written, not 1.5); undefined where that key can't hold it (a list, a
 * mapping, an empty title), so that the key is left out and no other misspelt key with it.
 */
function asStoryText(value: unknown, meant: string, written: string | undefined): { value: unknown } | undefined {
  const text = typeof value === 'number' || typeof value === 'boolean' ? (written ?? String(value)) : value;
  const shape = storySchema.def.shape[meant as keyof typeof storySchema.def.shape];
  return shape !== undefined && shape.safeParse(text).success ? { value: text } : undefined;
}

/** The source of the plain scalar that `key` holds in a YAML mapping ("1.50"), or undefined. */
function scalarSource(map: YAMLMap, key: string): string | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return isScalar(pair?.value) && pair.value.source !== undefined ? pair.value.source : undefined;
}

/**
 * The message for an unknown key of a partner, `where` being "Unknown key `x` in item 1 of `partners`": where
 * YAML read a comma inside a value of a `{…}` partner as the map's, that; else the key it may be a misspelling of
 * (`meant`, if it was read as that), or the keys a partner has.
 */
function unknownPartnerKey(where: string, partner: unknown, key: string, meant?: string): string {
  const quoted = cutByComma(partner, key);
  if (quoted) return `${where}: a comma inside a \`{…}\` partner ends the value before it. Put the value in quotes: \`${quoted}\`.`;
  return `${where}.${meant ? ` Did you mean \`${meant}\`?` : didYouMean(key, PARTNER_KEYS) || ` A partner's keys are: ${PARTNER_KEYS.join(', ')}.`}`;
}

/**
 * In a `{…}` flow map, a key with no colon and no value after a key with a value (`{name: Dan, role: my manager,
 * Payments Engineering}`): the rest of that value, cut off by a comma YAML read as the map's. The pair as it was
 * meant, quoted (`role: "my manager, Payments Engineering"`), with every such key after the value; else undefined.
 */
function cutByComma(map: unknown, key: string): string | undefined {
  if (!isMap(map) || !map.flow) return undefined;
  const bare = (pair: (typeof map.items)[number]) => pair.value === null && isScalar(pair.key) && pair.key.type === 'PLAIN' && typeof pair.key.value === 'string';
  const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (at < 0 || !bare(map.items[at]!)) return undefined;
  let first = at;
  while (first > 0 && bare(map.items[first - 1]!)) first--;
  const valued = map.items[first - 1];
  if (!valued || !isScalar(valued.key) || !isScalar(valued.value) || valued.value.value === null || typeof valued.value.value === 'object') return undefined;
  let last = at;
  while (last + 1 < map.items.length && bare(map.items[last + 1]!)) last++;
  const words = map.items.slice(first, last + 1).map((p) => String((p.key as Scalar).value));
  return `${String(valued.key.value)}: ${JSON.stringify([String(valued.value.value), ...words].join(', '))}`;
}

/**
 * The story with each `{name, role}` partner's misspelt keys read as meant (`nmae:` as the name) and its other
 * unknown keys left out, when that makes it a partner; else a misspelt key whose value doesn't fit is left out
 * too, and if the partner still isn't one, it stays as written, for the schema error. With each key so read
 * (`meant`) or left out.
 */
function readPartners(value: unknown): { value: unknown; partners: { index: number; key: string; meant?: string }[] } {
  const list = (value as { partners?: unknown } | null)?.partners;
  if (!Array.isArray(list)) return { value, partners: [] };
  const partners: { index: number; key: string; meant?: string }[] = [];
  const read = list.map((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const unknown = Object.keys(item).filter((key) => !(PARTNER_KEYS as readonly string[]).includes(key));
    if (unknown.length === 0) return item;
    for (const known of [PARTNER_KEYS, []]) {
      const partner = { ...(item as Record<string, unknown>) };
      const misspelt = readAsMeant(partner, unknown, known);
      if (!partnerSchema.safeParse(partner).success) continue;
      const meant = (key: string) => Object.keys(misspelt).find((k) => misspelt[k] === key);
      partners.push(...unknown.map((key) => ({ index, key, ...(meant(key) ? { meant: meant(key) } : {}) })));
      return partner;
    }
    return item;
  });
  return partners.length === 0 ? { value, partners } : { value: { ...(value as object), partners: read }, partners };
}

/**
 * The story validated again with only the principles in `lps:` that are principles, and where each kept one
 * stands in the list as written (so that a finding about `lps[1]` points at the item it is about).
 */
function withKnownLps(value: unknown) {
  const story = value as { lps?: unknown };
  const written = typeof story.lps === 'string' ? COMMA_LISTS.lps(story.lps).map((item) => item.text) : story.lps;
  const all: unknown[] = Array.isArray(written) ? written : [];
  const indexes = all.flatMap((lp, i) => (typeof lp === 'string' && findPrinciple(lp) !== undefined ? [i] : []));
  const lps = Array.isArray(written) ? indexes.map((i) => all[i]) : written;
  return { parsed: storySchema.safeParse({ ...story, lps }), indexes };
}

/** Where each item starts in the text of a list field written as one comma string ("ownership, dive-deep"). */
type CommaItemStarts = Partial<Record<CommaListField, readonly number[]>>;

function commaItemStarts(value: unknown): CommaItemStarts {
  const starts: CommaItemStarts = {};
  for (const field of Object.keys(COMMA_LISTS) as CommaListField[]) {
    const written = (value as Record<string, unknown> | null)?.[field];
    if (typeof written === 'string') starts[field] = COMMA_LISTS[field](written).map((item) => item.start);
  }
  return starts;
}

/** The source offset of item `path[1]` of a list written as one comma string, `path[0]`; undefined for any other path. */
function itemOffset(text: string, node: YAMLMap, items: CommaItemStarts, path: readonly PropertyKey[]): number | undefined {
  const [field, index] = path;
  const starts = items[field as CommaListField];
  const value = node.get(field, true);
  if (!starts || typeof index !== 'number' || !isScalar(value)) return undefined;
  return valueOffset(text, value, starts[index] ?? 0);
}

/**
 * Each principle in `lps:` once, the first time it is named, with where each kept one stands in the list as
 * written (`indexes`, if some entries were dropped already); and each later entry that names a principle
 * already claimed ("Have Backbone" after "Disagree and Commit": two names for one principle), with the entry
 * it repeats. Pure.
 */
export function claimsOnce(lps: readonly LpId[] | undefined, indexes?: readonly number[]) {
  const kept: LpId[] = [];
  const keptAt: number[] = [];
  const repeats: { at: number; first: number; id: LpId }[] = [];
  (lps ?? []).forEach((id, i) => {
    const at = indexes?.[i] ?? i;
    const seen = kept.indexOf(id);
    if (seen >= 0) repeats.push({ at, first: keptAt[seen]!, id });
    else {
      kept.push(id);
      keptAt.push(at);
    }
  });
  return { lps: kept, indexes: keptAt, repeats };
}

/** "`Have Backbone` and `Disagree and Commit` (entry 1) name the same principle, …": at the second entry. */
function repeatMessage(written: unknown, first: unknown, firstAt: number, id: LpId): string {
  const name = principle(id).name;
  const entry = `entry ${firstAt + 1} of \`lps:\``;
  // As written, on one line: a folded or literal block item may start with a line break.
  const shown = (item: unknown) => String(item).replace(/\s+/g, ' ').trim();
  if (shown(written) === shown(first)) return `\`${shown(written)}\` is already claimed (${entry}). List each principle once.`;
  return `\`${shown(written)}\` and \`${shown(first)}\` (${entry}) name the same principle, ${name}. List it once.`;
}

/** At most this many keys out of line are taken out of a file (parseMended); past them, the parser's errors stand. */
const MAX_MENDS = 20;

interface Explained {
  readonly message: string;
  /** Where to report it. */
  readonly offset: number;
  /** Where the parser tripped. */
  readonly at: number;
  readonly code: YAMLError['code'];
  /** A key indented off the keys around it: the problem is that key. */
  readonly misplaced?: MisplacedKey;
}

/**
 * The file's documents, parsed with each key indented off the keys around it (` task:` under `situation:`) taken
 * out, with its value, while one is the first error of its document. One key out of line throws the parser off
 * for the rest of the document: the keys after it read as out of line too, a `- title:` as a key, and the good
 * stories after it with them. Its message is said once (`outOfLine`), and what the document says without it is
 * what the file still gets wrong (`explained`, each document's problems). The key goes by blanking (withoutKey),
 * so every other line and offset is as written, and the stories around it are read from what was written; the
 * story it stood in, missing a key, is left out (parseStories).
 */
function parseMended(written: string) {
  let text = written;
  // Each document's keys taken out. (Blanking keeps the document marks, so the documents stay the same ones.)
  const outOfLine: Explained[][] = [];
  for (let mends = 0; ; ) {
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    // One a line again after explaining: a problem may move to the line at fault, which may have its own.
    const explained = docs.map((doc) => withoutFollowOns(firstOnEachLine(explainAll(firstOnEachLine(doc.errors, lines), text), lines, (p) => p.offset)));
    // A key twice is a mistake of its own, and sets off none: the first other one is where the parser was thrown.
    const thrown = explained.map((problems) => problems.find((p) => p.code !== 'DUPLICATE_KEY')).map((p) => (p?.misplaced ? p : undefined));
    const count = thrown.filter(Boolean).length;
    if (count === 0 || mends + count > MAX_MENDS) return { text, lines, docs, explained, outOfLine: docs.map((_, i) => outOfLine[i] ?? []) };
    thrown.forEach((p, i) => {
      if (!p?.misplaced) return;
      // Owned by the story the key stands in, wherever the parser tripped over it.
      (outOfLine[i] ??= []).push({ ...p, at: p.misplaced.offset });
      text = withoutKey(text, p.misplaced);
    });
    mends += count;
  }
}

/**
 * Each error explained, but for those in the rest of a key's text once it is known to have a colon in it
 * (`withinText`): the parser read that text as keys, so what it says there (keys on several lines, keys with
 * no value, a key twice) goes once the text is a block. A tab or an unclosed quote there is still said.
 */
function explainAll(errors: readonly YAMLError[], text: string): Explained[] {
  // The errors come in order, so the text they may be in is the last one found.
  let within: readonly [number, number] = [0, 0];
  const explained: Explained[] = [];
  for (const error of errors) {
    const at = error.pos[0];
    const kept = /quote/.test(error.message) || /^[ \t]*\t/.test(lineOf(text, at).text);
    if (!kept && at >= within[0] && at < within[1]) continue;
    // A partner's keys too: " role:" one space off "- name:" above it is a key out of line, not text.
    const problem = yamlProblem(error, text, 'story', [...FILE_KEYS, ...PARTNER_KEYS]);
    if (problem.withinText) within = problem.withinText;
    explained.push({ message: problem.message, offset: problem.offset, at, code: error.code, ...(problem.misplaced ? { misplaced: problem.misplaced } : {}) });
  }
  return explained;
}

/** A document with nothing in it: no content, or a lone `---`. */
function isEmpty(doc: Document.Parsed): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * A story's id when it can't be read from a valid story: its own `id:` when it has one that reads, else the file's
 * name for the one story of a file, else its title's slug.
 */
function idOfUnread(value: unknown, single: boolean, stem: string): string {
  const { id, title } = (value ?? {}) as { id?: unknown; title?: unknown };
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : single ? stem : slug(typeof title === 'string' ? title : '') || stem;
}

/** The document's value, or why it has none and where: at the alias with no anchor, else at the document. */
function toJS(doc: Document.Parsed): { value: unknown } | { message: string; offset: number } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const at = (message: string, offset = doc.contents?.range?.[0] ?? 0) => ({ message, offset });
    const unknown = unknownAlias(doc, error);
    if (unknown) return unknown;
    if (error instanceof RangeError) return at('The YAML is nested too deeply to be a story.');
    if (error instanceof ReferenceError && /^Excessive alias count/.test(error.message)) return at('Too many YAML aliases (*name): this looks like an alias bomb.');
    return at(`The YAML can't be read: ${(error as Error).message}`);
  }
}

function offsetOf(node: Node | unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? 0;
}

/** A title as an id: lower-case words joined by dashes, at most 60 characters. */
export function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** Where each text field's characters were written, for the fields Markdown emphasis was read through in. */
type Written = Partial<Record<TextField, (index: number) => number>>;

/** The story with its text fields' Markdown emphasis read through ("**I mapped**" as "I mapped"). */
function readThroughEmphasis(story: Story): { plain: Story; at: Written } {
  const plain: Story = { ...story };
  const at: Written = {};
  for (const field of TEXT_FIELDS) {
    const value = story[field];
    if (typeof value !== 'string') continue;
    const read = withoutEmphasis(value);
    if (read.text === value) continue;
    (plain as Record<TextField, string | null | undefined>)[field] = read.text;
    at[field] = read.original;
  }
  return { plain, at };
}

function locator(text: string, lines: LineCounter, node: YAMLMap, items: CommaItemStarts, lpsIndexes?: readonly number[], misspelt: Misspelt = {}, written: Written = {}): Locator {
  const pair = (field: string) => node.items.find((p) => isScalar(p.key) && p.key.value === (misspelt[field] ?? field));
  const start = positionOf(lines, offsetOf(node));
  return {
    start,
    endLine: positionOf(lines, node.range?.[1] ?? 0).line,
    key(field) {
      const p = pair(field);
      return p ? positionOf(lines, offsetOf(p.key)) : undefined;
    },
    at(field, index) {
      const p = pair(field);
      if (!p) return start;
      // With a misspelt principle dropped, `lps[i]` of the story is not the i-th item as written.
      const item = field === 'lps' && lpsIndexes ? (lpsIndexes[index] ?? index) : index;
      if (isSeq(p.value)) return positionOf(lines, offsetOf(p.value.items[item] ?? p.value));
      const inText = itemOffset(text, node, items, [field, item]);
      if (inText !== undefined) return positionOf(lines, inText);
      if (!isScalar(p.value)) return positionOf(lines, offsetOf(p.value ?? p.key));
      return positionOf(lines, valueOffset(text, p.value, written[field as TextField]?.(index) ?? index));
    },
  };
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[]; expected?: string };

/**
 * A schema issue as one-line messages, each at the node it is about. `read` is what each misspelt key was read as
 * (`{ title: 'titel' }`), and `lineAt` the line of an offset, to tell a second misspelling of a key apart from the
 * first, which was read as it.
 */
function describeIssue(issue: Issue, root: YAMLMap, value: unknown, read: Misspelt = {}, lineAt?: (offset: number) => number): { message: string; at: number }[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const node = nodeAt(root, path);
  const where = { node, offset: offsetOf(node) };
  const name = describePath(path);
  const actual = kindOf(valueAt(value, path));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const map = where.node;
      // In a `{name, role}` partner, or in the story itself.
      const inPartner = path.length > 0;
      return (issue.keys ?? []).map((key) => {
        // The key it was read as, where it was; else the one it likely means, as the story stands.
        const suggestion = Object.keys(read).find((meant) => read[meant] === key) ?? meantKey(key, STORY_KEYS, isObject(value) ? value : undefined);
        const at = offsetOf(keyNode(map, key) ?? map);
        if (inPartner) return { message: unknownPartnerKey(`Unknown key \`${key}\` in ${name}`, map, key), at };
        // Two misspellings of one key ("titel:" and "tittle:") where the story has none spelt right: the first is read
        // as it, and this one is said to be left out, with the other named, rather than left out with only a guess.
        const first = suggestion === undefined ? undefined : read[suggestion];
        if (first !== undefined && first !== key) {
          const line = lineAt ? ` (line ${lineAt(offsetOf(keyNode(map, first) ?? map))})` : '';
          return {
            message: `Unknown key \`${key}\`: it and \`${first}\`${line} both look like \`${suggestion}\`, and \`${first}\` is read as it, so this one is left out. Keep one, spelt \`${suggestion}\`.`,
            at,
          };
        }
        const hint = suggestion ? ` Did you mean \`${suggestion}\`?${misspeltValueHint(suggestion, key, map, value)}` : ` A story's keys are: ${STORY_KEYS.join(', ')}.`;
        return { message: `Unknown key \`${key}\`.${hint}`, at };
      });
    }
    case 'invalid_type':
      if (actual === 'missing') return [{ message: `A story needs ${name === '`title`' ? 'a `title`' : name}.`, at: offsetOf(root) }];
      if (isBareText(issue, value)) {
        // Read as written, as a misspelt key's is: said as that one says it.
        const field = String(path[0]);
        const written = valueAt(value, path);
        const source = isScalar(node) && node.source !== undefined ? node.source : String(written);
        return [{ message: `Quote \`${field}\`'s value, \`${field}: "${source}"\`: bare, YAML reads it as ${typeof written === 'number' ? 'a number' : 'true or false'}, not text.`, at: where.offset }];
      }
      return [{ message: `${name} should be ${expectedFieldKind(issue.expected, path, valueAt(value, path))}, not ${actual}.${bulletsHint(path, valueAt(value, path), node)}${draftHint(path, valueAt(value, path))}`, at: where.offset }];
    case 'invalid_union': {
      const item = valueAt(value, path);
      const nameless = isObject(item) && !Object.hasOwn(item, 'name');
      return [{ message: `${name} ${nameless ? 'has no `name`: write' : 'should be'} a name, or a mapping with \`name\` and an optional \`role\`.`, at: where.offset }];
    }
    case 'too_small':
      return [{ message: path.at(-1) === 'title' ? 'A story needs a non-empty `title`.' : `${name} must not be empty.`, at: where.offset }];
    default:
      return [{ message: issue.message.endsWith('.') ? issue.message : `${name}: ${issue.message}.`, at: where.offset }];
  }
}

/**
 * For a misspelt text key (`reslt:` for `result`), what its value needs besides the key's spelling: a bare number or
 * true/false, read as written, to be quoted under the key spelt right (where YAML would read it as no text); a
 * list or a mapping, which no text key holds, is said to be left out, and how to keep it text.
 */
function misspeltValueHint(meant: string, key: string, map: unknown, story: unknown): string {
  if (!TEXT_KEYS.includes(meant)) return '';
  const written = valueAt(story, [key]);
  const node = nodeAt(map as YAMLMap, [key]);
  if (typeof written === 'number' || typeof written === 'boolean') {
    const source = isScalar(node) && node.source !== undefined ? node.source : String(written);
    return ` Quote the value there too, \`${meant}: "${source}"\`: bare, YAML reads it as ${typeof written === 'number' ? 'a number' : 'true or false'}, not text.`;
  }
  if (written === null || typeof written !== 'object') return '';
  return ` It is left out: \`${meant}\` holds text, not ${kindOf(written)}.${bulletsHint([meant], written, node)}`;
}

/** The key node of `key` in a YAML mapping, to point a message at the key itself; undefined if it isn't one. */
export function keyNode(map: unknown, key: string): Node | undefined {
  return isMap(map) ? (map.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined) : undefined;
}

/** The YAML node at a schema path (a zod issue's path), or the deepest one that exists. */
export function nodeAt(root: YAMLMap, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node)) {
      next = node.items[segment as number];
    }
    if (next === undefined) break;
    node = next;
  }
  return node;
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let v: unknown = value;
  for (const segment of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[segment] : undefined;
  return v;
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return 'The story';
  const [field, index, sub] = path;
  if (index === undefined) return `\`${field}\``;
  const item = `item ${Number(index) + 1} of \`${field}\``;
  return sub === undefined ? item : `\`${sub}\` in ${item}`;
}

/**
 * What a story field expected: text, with a hint when YAML read a bare top-level value, or an item of a list of
 * text (`tags: [forecasting, 2021]`), as a number or true/false (a list or a mapping is no quoting matter, nor
 * a number among the principles, which no quotes make one).
 */
function expectedFieldKind(expected: string | undefined, path: (string | number)[], actual: unknown): string {
  if (expected === 'array' && path.length === 1 && isCommaListField(path[0])) return LIST_OR_LINE;
  const item = path.length === 2 && typeof path[1] === 'number' && path[0] !== 'lps';
  if (expected !== 'string' || (path.length > 1 && !item)) return expectedKind(expected);
  if (typeof actual === 'number') return 'text (quote it if it looks like a number)';
  if (typeof actual === 'boolean') return 'text (quote it: YAML reads a bare true or false as true/false)';
  return expectedKind(expected);
}

/**
 * For a spoken section written as a YAML list ("action:" then "- did X" lines): how to keep the bullets in
 * text, which is what the positions of findings are counted in; written as a mapping (text with a colon in
 * it), how to keep it text.
 */
function bulletsHint(path: (string | number)[], actual: unknown, node: unknown): string {
  const [field] = path;
  if (path.length !== 1 || !(SPOKEN_FIELDS as readonly unknown[]).includes(field)) return '';
  // "action:" then "  agreed a plan: I mentored…": a colon and a space on the text's one line make it a key
  // (a mapping in braces is written as one).
  if (isMap(node) && !node.flow) return ` A colon and a space inside text start a key: write \`${field}: |\` and keep the text indented below it.`;
  if (!Array.isArray(actual)) return '';
  return ` To keep the bullets, write \`${field}: |\` and put each bullet on its own line under it, indented, starting with "- ".`;
}

/** "draft: yes": what it is read as (setAside reads it so), and how to write it. */
function draftHint(path: (string | number)[], actual: unknown): string {
  if (path.length !== 1 || path[0] !== 'draft') return '';
  const meant = yesOrNo(actual);
  if (meant === true) return ' It is read as `true`: write `draft: true`.';
  if (meant === false) return ' It is read as `false`: write `draft: false`, or leave the key out.';
  return ' Write `draft: true` for a story still being written, or leave the key out.';
}

const DIRECTIVE = /#[ \t]*tpm-prep-disable(-next-line)?(?![\w-])([^\n]*)/g;

/**
 * The story a whole-story directive belongs to: the next story, when only blank and comment lines stand
 * between the directive and that story's first key; otherwise the story it sits in.
 */
function owner(line: number, stories: readonly LoadedStory[], text: string): number | undefined {
  const next = stories.findIndex((s) => s.locate.start.line > line);
  if (next !== -1) {
    const between = text.split('\n').slice(line, stories[next]!.locate.start.line - 1);
    if (between.every((l) => /^\s*(?:#.*)?$/.test(l))) return next;
  }
  for (let i = stories.length - 1; i >= 0; i--) if (stories[i]!.locate.start.line <= line) return i;
  return next === -1 ? undefined : next;
}

/**
 * Whether a whole-story directive at `line` stands above a file's `stories:` list, with only blank lines,
 * comments, a document start and that key between it and the first story: it is then about the whole file.
 */
function aboveTheList(line: number, stories: readonly LoadedStory[], text: string): boolean {
  const first = stories[0];
  if (!first || first.locate.start.line <= line) return false;
  const between = text.split('\n').slice(line, first.locate.start.line - 1);
  return between.some((l) => /^stories:\s*(?:#.*)?$/.test(l)) && between.every((l) => /^\s*(?:#.*)?$|^---\s*$|^stories:\s*(?:#.*)?$/.test(l));
}

function findDirectives(text: string, lines: LineCounter, docs: Document.Parsed[]): Directive[] {
  const scalars: [number, number][] = [];
  // Each key with where its value ends: a value may start on the line after its key, or run on (a list).
  const values: [number, number][] = [];
  for (const doc of docs) {
    visit(doc, {
      Scalar(_, node) {
        if (node.range) scalars.push([node.range[0], node.range[1]]);
      },
      Pair(_, pair) {
        const key = isNode(pair.key) ? pair.key.range : undefined;
        const value = isNode(pair.value) ? pair.value.range : undefined;
        if (key && value) values.push([key[0], value[1]]);
      },
    });
  }
  const directives: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const inScalar = scalars.some(([s, e]) => m.index >= s && m.index < e);
    const commentStart = m.index === 0 || /\s/.test(text[m.index - 1]!);
    const ownLine = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 200), m.index));
    if (!commentStart || (inScalar && !ownLine)) continue;
    const [named, ...said] = m[2]!.split(/\s--\s/);
    // Each rule once: a rule named twice is one suppression, and would otherwise be told unused for the second.
    const rules = [...new Set(named!.split(/[\s,]+/).filter(Boolean))];
    const reason = said.join(' -- ').trim();
    const at = { ...positionOf(lines, m.index), ...(reason ? { reason } : {}) };
    if (inScalar) directives.push({ ...at, scope: 'in-text', rules, written: m[1] ? 'tpm-prep-disable-next-line' : 'tpm-prep-disable' });
    else if (!m[1]) directives.push({ ...at, scope: 'story', rules });
    else {
      // Above a key whose value runs on over several lines (a `>-` block, indented lines, a list), the whole
      // value: a finding inside it is at its own line, which no comment can stand above.
      const next = at.line + 1;
      const ends = [...scalars, ...values].filter(([start]) => positionOf(lines, start).line === next).map(([, end]) => positionOf(lines, Math.max(0, end - 1)).line);
      directives.push({ ...at, scope: 'next-line', rules, through: Math.max(next, ...ends) });
    }
  }
  return directives;
}
