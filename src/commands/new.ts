/**
 * `tpm-prep new [title]`: capture a story, walking through STAR with a coaching hint at each step, write it
 * (never over an existing file), and lint it at once. Every field has a flag (--draft for `draft: true`), so it
 * also runs unattended: with --yes, or whenever there is no terminal. Inquirer is loaded only when it will ask.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { appendStory, type Appended } from '../bank/append.js';
import { STORY_FILE, describeError, displayPath, readRegularFile, specialKind } from '../bank/files.js';
import { loadBank } from '../bank/load.js';
import { slug, type LoadedFile } from '../bank/parse.js';
import { withoutAccents } from '../text/accents.js';
import type { StoryData } from '../bank/schema.js';
import { HINTS, schemaRefFor, storyYaml } from '../bank/template.js';
import { colorLevel, isDumbTerminal, makeChalk, plainPrompts } from '../color.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { loadConfig } from '../lint/config.js';
import { defaultStoriesDir, skippedConfig, storiesDirOr } from '../lint/config-file.js';
import { configFileFor } from './shared.js';
import { lintFiles } from '../lint/engine.js';
import { stylish } from '../lint/formatters/stylish.js';
import type { FileResult } from '../lint/results.js';
import { parseLpArgs } from '../principles/args.js';
import { compileRegexpsFor } from '../regexps.js';
import { shellWord } from '../text/shell.js';
import { commaItems } from '../text/lists.js';
import { cutNameAndRole } from '../text/partners.js';
import { counted } from '../text/show.js';
import { closest } from '../text/suggest.js';
import { promptWidth, proseWidth, words, wrapPhrases, wrapText } from '../text/wrap.js';
import { isBelow, writeFileAtomic } from '../write.js';

export interface NewOptions {
  readonly situation?: string;
  readonly task?: string;
  readonly action?: string;
  readonly result?: string;
  readonly partner?: readonly string[];
  readonly tradeoff?: string;
  readonly learned?: string;
  readonly lps?: string;
  /** Each --tag given: a tag, or several with commas between them, as a story's `tags:` takes them on one line. */
  readonly tag?: readonly string[];
  readonly id?: string;
  readonly dir?: string;
  /** A file of stories to add the story to, as the last of its `stories:` list, instead of a file of its own. */
  readonly to?: string;
  /** Write `draft: true`: lint reports the story's errors as warnings until the line is deleted. */
  readonly draft?: boolean;
  readonly yes?: boolean;
  readonly color?: boolean;
  readonly config?: string;
}

type Field = keyof typeof HINTS;
type Partner = NonNullable<StoryData['partners']>[number];

/**
 * Asks for one field; `validate` returns an error message, or true when the answer will do. `typed`, if the
 * prompt can, is told the answer as typed so far, so that a Ctrl-C mid-answer doesn't lose it.
 */
export type Ask = (field: Field, validate: (answer: string) => true | string, typed?: (answer: string) => void) => Promise<string>;

export interface NewDeps {
  /** Whether to ask; by default, unless --yes, when both standard input and output are a terminal. */
  readonly interactive?: boolean;
  readonly ask?: Ask;
}

const STEPS: readonly Field[] = ['title', 'situation', 'task', 'action', 'result', 'partners', 'tradeoff', 'learned', 'lps', 'tags', 'draft'];
const SECTIONS = ['situation', 'task', 'action', 'result', 'tradeoff', 'learned'] as const;
const ID = /^[a-z0-9][a-z0-9._-]*$/i;

/** A title in plain Latin letters, for its id: no apostrophes, no accents ("Łódź's rota" → "Lodzs rota"). */
function latin(title: string): string {
  return withoutAccents(title.replace(/['’‘ʼ]/g, ''));
}

export async function newCommand(title: string | undefined, options: NewOptions, io: Io, deps: NewDeps = {}): Promise<number> {
  const interactive = !options.yes && (deps.interactive ?? (io.isTTY && Boolean(process.stdin.isTTY)));
  // The config of the folder the story goes in (--dir, or the file --to adds it to), else the one found from here.
  // A --dir and a --to under two configs: not "read them in separate runs", which is for reading stories.
  const paths = [options.dir, options.to].filter((p) => p !== undefined);
  const twoConfigs = 'the story is linted with one config, so give --config FILE to name it, or a --dir and a --to under the same .tpm-prep.yaml.';
  const config = loadConfig(configFileFor(options.config, paths, io.cwd, undefined, twoConfigs), io.cwd);
  const story: Partial<StoryData> & { title?: string } = {
    title: clean(title),
    partners: parsePartners(options.partner ?? [], '--partner'),
    lps: parseLpArgs(options.lps, '--lps'),
    tags: parseTags(options.tag ?? []),
    ...(options.draft ? { draft: true } : {}),
  };
  for (const field of SECTIONS) story[field] = clean(options[field]);
  if (options.id !== undefined) checkId(options.id);
  if (options.dir !== undefined) checkNewDir(options.dir, io.cwd);
  const dir = resolve(io.cwd, storiesDirOr(options.dir, io.cwd));
  // A config above the repository's top is not read (configFileFor stops there), so its stories/ is not where this
  // story goes: said before anything is asked, with how to write it there instead.
  if (options.dir === undefined && defaultStoriesDir(io.cwd) === undefined) {
    const skipped = skippedConfig(io.cwd);
    if (skipped?.stories !== undefined) {
      io.stderr(`tpm-prep: warning: ${skipped.why}, so the story goes in stories/ here, not in ${skipped.stories}/ beside it; for that, give --dir ${skipped.stories}.\n`);
    }
  }
  // --to: a file that takes the story is known before the first question, as a taken id is.
  const to = options.to === undefined ? undefined : checkTarget(options.to, io.cwd);
  // A title or an id known before the first question (from --id, or a title given as an argument) is checked
  // before it: ten answers are not asked for only to be thrown away.
  if (story.title) refuseSameTitle(story.title, dir, io.cwd, to?.path);
  if (options.id !== undefined || story.title) refuseTakenId(idFor(story.title ?? '', options.id, dir), dir, io.cwd, to?.path);

  if (interactive) {
    // The question being answered, and what has been typed of its answer.
    const typing: Typing = { text: '' };
    try {
      // A title typed in the walk-through that a story has, or whose id is taken, is refused at once, saying
      // how to go on. (With --id, the title makes no id, so only the title itself counts.)
      const titleFree = (answer: string): true | string => {
        const same = sameTitle(answer, dir, io.cwd, to?.path);
        if (same !== undefined) return `${same}: give this story another title, or press Ctrl-C and edit that one.`;
        const taken = options.id === undefined ? takenBy(idFor(answer, undefined, dir), dir, io.cwd, to?.path) : undefined;
        return taken === undefined ? true : `${taken}: give this story another title (its id comes from the title), or press Ctrl-C and run \`tpm-prep new --id <another-id>\`.`;
      };
      // The prompts as plain as the rest (--no-color as NO_COLOR), before inquirerAsk imports them.
      plainPrompts(colorLevel(options.color, io.env, io.isTTY), io.env);
      // A dumb terminal (TERM=dumb) can't redraw a prompt: each question is asked on a line of its own.
      const ask = deps.ask ?? (isDumbTerminal(io.env) ? (await import('./new-lines.js')).lineAsk(io.columns) : await inquirerAsk(io.columns));
      await askMissing(story, options, ask, titleFree, typing);
    } catch (error) {
      if ((error as Error).name !== 'ExitPromptError') throw error;
      // What was typed is not thrown away with the walk-through (two users' trials lost sections to a Ctrl-C on the
      // last question): it is printed, to paste into a story file.
      // …and so is the answer Ctrl-C cut off, marked as unfinished (a twenty-fourth user's trial lost a paragraph of
      // his action so).
      const cut = typing.field === 'title' || (SECTIONS as readonly string[]).includes(typing.field ?? '') ? (typing.field as 'title' | (typeof SECTIONS)[number]) : undefined;
      const unfinished = cut !== undefined && typing.text.trim() !== '' ? cut : undefined;
      if (unfinished !== undefined) story[unfinished] = unfinished === 'title' ? flat(typing.text, ' ').trim() : typing.text.trim();
      const typed = unfinished !== undefined || SECTIONS.some((field) => options[field] === undefined && story[field]);
      const note = unfinished === undefined ? '' : ` (the ${unfinished} you were typing is marked unfinished)`;
      io.stderr(`tpm-prep: cancelled; nothing was written.${typed ? ` What you typed is below${note}, to paste into a story file.` : ''}\n`);
      if (typed) io.stdout(storyYaml(story, { hintEmpty: false, ...(unfinished === undefined ? {} : { unfinished }) }));
      return 130;
    }
  }
  if (!story.title) {
    throw new UsageError('A story needs a title: tpm-prep new "Cut checkout latency before peak" (in a terminal, it asks for each part).');
  }
  // No terminal to ask in (`echo | tpm-prep new "Quick one"`), no --yes, and no section given as a flag: nothing was
  // answered, so the story is a title alone, whose errors (every section missing) would fail the next lint and the
  // commit hook. It is written as a draft, which they let through, and that is said. (--yes asks for this story.)
  if (!interactive && !options.yes && !story.draft && SECTIONS.every((field) => !story[field])) {
    story.draft = true;
    io.stderr(
      `tpm-prep: warning: no terminal to ask in, and no section given as a flag, so the story is written as a draft (\`draft: true\`): lint reports its errors as warnings until you fill it in and delete that line. Run \`tpm-prep new\` in a terminal to be asked for each part, or give them as flags (--situation, --action, …).\n`,
    );
  }

  refuseSameTitle(story.title, dir, io.cwd, to?.path);
  const id = idFor(story.title, options.id, dir);
  refuseTakenId(id, dir, io.cwd, to?.path);
  let file: string;
  let lines: readonly [number, number] | undefined;
  if (to) {
    // Added as the last of the file's stories, its text put in between the file's own, written whole or not at all.
    file = to.path;
    const mapping = storyYaml({ id, ...story }, { hintEmpty: true });
    const added = appendStory(readTarget(to.path, options.to!, io.cwd), mapping, id);
    if ('refused' in added) throw new UsageError(refusal(added, to.shown));
    writeFileAtomic(file, added.text, { overwrite: true, mode: to.mode, display: to.shown });
    lines = [added.line, added.line + mapping.trimEnd().split('\n').length - 1];
    io.stdout(`added ${id} to ${to.shown}, line ${added.line}\n`);
  } else {
    file = join(dir, `${id}.yaml`);
    // No --dir, and no bank here nor beside a config: the story starts one, which is said, lest it be taken for
    // adding to a bank elsewhere (a monorepo's career/interview/stories/, from its top).
    const newBank = options.dir === undefined && !existsSync(dir);
    const text = storyYaml({ id, ...story }, { schemaRef: schemaRefFor(dir), hintEmpty: true });
    if (writeFileAtomic(file, text, { display: displayPath(file, io.cwd) }) === 'exists') {
      throw new UsageError(`${displayPath(file, io.cwd)} already exists; nothing was written. Choose another id with --id.`);
    }
    if (newBank) {
      // Its line is wrapped as the rest is: with the regexp flags set first, as before any regexp used here for the
      // first time (see checkNewDir).
      compileRegexpsFor(1);
      for (const line of newBankLines(dir, io.cwd)) io.stdout(`${io.columns === undefined ? line : wrapText(line, proseWidth(io.columns), 0)}\n`);
    }
    io.stdout(`created ${displayPath(file, io.cwd)}\n`);
  }
  const shown = displayPath(file, io.cwd);

  // Lint's findings on the new story: in a file of stories, those on its lines, and its readiness alone.
  compileRegexpsFor(1);
  const results = lintFiles(loadBank([file], io.cwd).files, config).map((r) => (lines ? only(r, lines) : r));
  const c = makeChalk(colorLevel(options.color, io.env, io.isTTY));
  // Wrapped to a terminal, as lint's own report is (not in a pipe).
  const report = stylish(results, c, io.columns, isDumbTerminal(io.env));
  // The command whole on a line where it fits one: wrapped at its words, it broke before the path.
  const then = [...words(`Edit ${shown} and run`), `\`tpm-prep lint ${shown}\``, 'again.'];
  // A story with errors stops a commit hook: a draft's are warnings, which don't.
  const errors = results.some((r) => r.errorCount > 0);
  const draft = errors && !story.draft ? [...words('To commit it before it is ready, add'), '`draft: true`', ...words('to it: its errors are then warnings.')] : [];
  if (report) io.stdout(`\n${report}\n${io.columns === undefined ? [...then, ...draft].join(' ') : wrapPhrases([...then, ...draft], proseWidth(io.columns), 0)}\n`);
  return 0;
}

/**
 * The story's id: --id, or else from the title. "The monolith's CI" → "the-monoliths-ci", "Łódź rota" →
 * "lodz-rota": an apostrophe and an accent are no word break. (Only here: `slug` also names the stories of a
 * multi-story file that have no id, and practice history keys on those.) A title with no Latin letters
 * ("数据迁移") gives no id: the first free of story, story-2, … A long title gives its first words (see shortId).
 */
function idFor(title: string, id: string | undefined, dir: string): string {
  if (id !== undefined) return id;
  const whole = slug(latin(title));
  const short = shortId(whole);
  // Two long titles that start alike ("Brake ECU release slipped after the bug was found" / "…fixed late") cut
  // to the same words: the second keeps its whole id rather than being refused.
  if (short !== whole && takenBy(short, dir, dir) !== undefined) return whole;
  return short || firstFree(dir);
}

/** The longest id a title makes: ids are typed, and shown in the tables of map, plan and drill. */
const TITLE_ID_MAX = 40;

/**
 * Words an id cut short shouldn't end on: "…-slipped-after" is "…-slipped". English's, and the usual short ones of
 * the other languages a title is written in, as the id spells them (no accents): "Negociação com a Conceição sobre o
 * orçamento" is "negociacao-com-a-conceicao", not "…-conceicao-sobre-o".
 */
const DANGLING = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over', 'after', 'before', 'as', 'via', 'i', 'we', 'our', 'my'],
  // Portuguese and Spanish
  ...['o', 'os', 'as', 'um', 'uma', 'e', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'com', 'sem', 'sobre', 'para', 'por', 'pelo', 'pela', 'que', 'entre', 'apos'],
  ...['el', 'la', 'los', 'las', 'un', 'una', 'y', 'del', 'al', 'en', 'con', 'sin', 'tras'],
  // French, Italian, German, Dutch
  ...['le', 'les', 'une', 'des', 'du', 'et', 'au', 'aux', 'avec', 'sans', 'pour', 'par', 'sur', 'dans', 'il', 'lo', 'gli', 'di', 'della', 'per', 'su', 'nel', 'nella'],
  ...['der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'und', 'mit', 'ohne', 'fur', 'auf', 'im', 'zum', 'zur', 'von', 'vom', 'het', 'een', 'van', 'voor', 'met'],
]);

/**
 * An id from a title of more than TITLE_ID_MAX characters cut to its first whole words within that, and none of
 * them a small word left at the end; one word too long on its own is cut. (The id is written into the story,
 * so a story `new` wrote keeps its id whatever this makes of titles later.)
 */
function shortId(id: string): string {
  if (id.length <= TITLE_ID_MAX) return id;
  const words = id.slice(0, TITLE_ID_MAX + 1).split('-').slice(0, -1);
  while (words.length > 1 && DANGLING.has(words.at(-1)!)) words.pop();
  return words.length > 0 ? words.join('-') : id.slice(0, TITLE_ID_MAX).replace(/-+$/, '');
}

interface Typing {
  field?: Field;
  text: string;
}

async function askMissing(
  story: Partial<StoryData> & { title?: string },
  options: NewOptions,
  askWith: Ask,
  titleFree: (answer: string) => true | string,
  typing: Typing,
): Promise<void> {
  const ask: Ask = (field, validate) => {
    typing.field = field;
    typing.text = '';
    return askWith(field, validate, (text) => {
      typing.text = text;
    });
  };
  // A pasted answer can have line breaks: a section keeps them; in a title they are spaces, and between
  // partners, principles or tags, separators.
  const title = (a: string) => flat(a, ' ').trim();
  const partners = (a: string) => parsePartners(flat(a, ';').split(';'), 'partners');
  const lps = (a: string) => parseLpArgs(flat(a, ','), 'the principles');
  for (const field of STEPS) {
    if (field === 'title') {
      if (!story.title) story.title = clean(title(await ask('title', (a) => (title(a) ? titleFree(title(a)) : 'A story needs a title.'))));
    } else if (field === 'partners') {
      if (options.partner?.length) continue;
      story.partners = partners(await ask('partners', (a) => tryParse(() => partners(a))));
    } else if (field === 'lps') {
      if (options.lps !== undefined) continue;
      story.lps = lps(await ask('lps', (a) => tryParse(() => lps(a))));
    } else if (field === 'tags') {
      // As --tag takes them; Enter alone is none.
      if (options.tag?.length) continue;
      story.tags = parseTags([flat(await ask('tags', () => true), ',')]);
    } else if (field === 'draft') {
      if (options.draft) continue;
      // A yes or no; Enter alone is no.
      const answer = await ask('draft', (a) => (YES_NO.test(a) ? true : 'Answer y or n.'));
      if (/^\s*y/i.test(answer)) story.draft = true;
    } else if (options[field] === undefined) {
      story[field] = clean(await ask(field, () => true));
    }
  }
}

/** `text` with each line break, and the spaces around it, made `by`. */
function flat(text: string, by: string): string {
  return text.replace(/\s*\n\s*/g, by);
}

const YES_NO = /^\s*(?:y|yes|n|no)?\s*$/i;

/**
 * `text` wrapped at its words to a terminal `columns` wide (a column spare, so no line ends in the last),
 * after the "? " or "> " inquirer puts before it, with `after` ("(y/N)") kept on its last line, and its lines
 * under its first; as it is, not in a terminal. (Left to the terminal, a question broke mid-word: "commit goes
 * throug / h? (y/N)" at 100 columns, in a twenty-fourth user's trial.)
 */
export function fitPrompt(text: string, columns: number | undefined, after = ''): string {
  if (columns === undefined) return text;
  const tail = after ? `\u00A0${after}` : '';
  const wrapped = wrapText(`  ${text}${tail}`, promptWidth(columns), 2).slice(2);
  return tail ? wrapped.slice(0, -tail.length) : wrapped;
}

async function inquirerAsk(columns: number | undefined): Promise<Ask> {
  const { confirm } = await import('@inquirer/prompts');
  const { pasteInput } = await import('./new-prompt.js');
  return async (field, validate, typed) => {
    if (field === 'draft') return (await confirm({ message: fitPrompt(HINTS.draft, columns, '(y/N)'), default: false })) ? 'y' : 'n';
    // A refusal is wrapped as the question is: "stories/mine.yaml:1 already has a story titled…".
    const fitted = (answer: string) => {
      const verdict = validate(answer);
      return verdict === true ? verdict : fitPrompt(verdict, columns);
    };
    return pasteInput({ message: fitPrompt(HINTS[field], columns), validate: fitted, ...(typed ? { onType: typed } : {}), ...(columns === undefined ? {} : { columns }) });
  };
}

function tryParse(parse: () => unknown): true | string {
  try {
    parse();
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * "Name, role" or "Name - role" → {name, role}, cut at the first separator (cutNameAndRole, with no regexp: `new`
 * cuts its answers before the rules set V8's regexp flags); a bare name stays a name.
 */
export function parsePartners(values: readonly string[], flag: string): Partner[] {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .map((value) => {
      const { name, role } = cutNameAndRole(value);
      if (!name) throw new UsageError(`A partner in ${flag} needs a name: "Priya Nair, Payments engineering manager".`);
      return role ? { name, role } : name;
    });
}

function checkId(id: string): void {
  if (!ID.test(id)) throw new UsageError(`The id "${id}" won't do as a file name; use letters, digits and dashes: --id checkout-latency.`);
}

/**
 * A --dir that isn't there is made, unless it looks like a slip: `--dir stories` typed inside `stories/` would make
 * `stories/stories/`, and `--dir storis` beside `stories/` a folder no command reads. Both are refused before any
 * question is asked, as lint says of a path that names the folder it runs in.
 */
function checkNewDir(dir: string, cwd: string): void {
  const target = resolve(cwd, dir);
  if (existsSync(target) || target === cwd) return;
  if (basename(target).toLowerCase() === basename(cwd).toLowerCase()) {
    throw new UsageError(`--dir ${dir}: there is no ${displayPath(target, cwd)}/ here, and you are in ${basename(cwd)}/ already. Leave out --dir, or use --dir . to write the story here.`);
  }
  // A typo of a folder that is there (`--dir storis` beside stories/) would start a folder no command reads.
  // (By spelling alone, with no regexp: one run before the rules set V8's regexp flags, then run again after them
  // in the same process, as the in-process tests do, crashed V8 in this Node.)
  const near = closest(basename(target), foldersIn(dirname(target)));
  if (near !== undefined) {
    throw new UsageError(`--dir ${dir}: there is no ${displayPath(target, cwd)}/ here. Did you mean \`${displayPath(join(dirname(target), near), cwd)}\`? To start a new folder, make it first (mkdir ${dir}).`);
  }
}

/**
 * What `new` says when the story starts a bank: the folder it made, that there was none to add to, how to add to one
 * (--dir), and the first stories/ folder with stories in it below the current folder, if there is one; then, where the
 * look below stopped short (too many folders, or too deep), a line that says so, since a bank past it goes unnamed.
 */
function newBankLines(dir: string, cwd: string): string[] {
  const made = `created ${displayPath(dir, cwd)}/, a new bank: there is none here, nor beside a .tpm-prep.yaml above`;
  const { found, stopped } = storiesBelow(cwd, dir);
  const short =
    stopped === undefined
      ? []
      : [
          // Said as what may be, not what is: most deep trees (a monorepo's src/) have no bank past where the look stopped.
          `${stopped === 'folders' ? `Stopped looking for stories/ folders below here after ${BELOW_FOLDERS.toLocaleString('en-US')} folders` : `Looked for stories/ folders only ${BELOW_DEPTH} folders down from here`}, so a bank ${stopped === 'folders' ? 'further in' : 'deeper down'} would not be found: to add to one, give --dir with its path, or run new nearer it.`,
        ];
  if (found === undefined) return [`${made}. To add to one elsewhere, give --dir DIR.`, ...short];
  const shown = displayPath(found.folder, cwd);
  const more = found.others === 0 ? '' : ` (and ${counted(found.others, 'other stories/ folder below has', 'other stories/ folders below have')} some)`;
  const parent = displayPath(dirname(found.folder), cwd);
  return [`${made}, but ${shown}/ below has stories${more}. To add to it, give --dir ${shellWord(shown)} (or run new in ${shellWord(parent)}).`, ...short];
}

/** How deep below the current folder, and through how many folders, storiesBelow looks: a monorepo can be big. */
const BELOW_DEPTH = 4;
const BELOW_FOLDERS = 2000;

/**
 * The first folder named `stories` with a story file (.yaml, .yml) in it below `cwd`, nearest first and then by name,
 * and how many others there are, `made` (the one `new` just made) aside; hidden folders and node_modules aren't looked
 * in. `stopped` says why the look ended before every folder below was seen: BELOW_FOLDERS of them seen, or folders
 * left BELOW_DEPTH down whose own folders it didn't look in.
 */
function storiesBelow(cwd: string, made: string): { found?: { folder: string; others: number }; stopped?: 'folders' | 'depth' } {
  const found: string[] = [];
  let level = [cwd];
  let seen = 0;
  for (let depth = 0; depth < BELOW_DEPTH && level.length > 0 && seen < BELOW_FOLDERS; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      for (const name of foldersIn(folder).sort()) {
        if (name.startsWith('.') || name === 'node_modules' || ++seen > BELOW_FOLDERS) continue;
        const path = join(folder, name);
        if (path === made) continue;
        if (name === 'stories' && hasStoryFile(path)) found.push(path);
        else next.push(path);
      }
    }
    level = next;
  }
  // Folders BELOW_DEPTH down, not looked in: the look stopped short only if one of them has a folder it would look in.
  const deeper = level.some((folder) => foldersIn(folder).some((name) => !name.startsWith('.') && name !== 'node_modules'));
  // (At BELOW_FOLDERS exactly, the levels stop too: folders left then were not looked in for want of folders to spare.)
  const stopped = seen > BELOW_FOLDERS || (seen === BELOW_FOLDERS && deeper) ? 'folders' : deeper ? 'depth' : undefined;
  return { ...(found.length === 0 ? {} : { found: { folder: found[0]!, others: found.length - 1 } }), ...(stopped ? { stopped } : {}) };
}

/** Whether `folder` holds a file lint reads as stories (.yaml, .yml). */
function hasStoryFile(folder: string): boolean {
  try {
    return readdirSync(folder, { withFileTypes: true }).some((e) => e.isFile() && (e.name.endsWith('.yaml') || e.name.endsWith('.yml')));
  } catch {
    return false;
  }
}

/** The folders in `dir` (none if it can't be read). */
function foldersIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name] : []));
  } catch {
    return [];
  }
}

/** The first of `story`, `story-2`, `story-3`… with no file of that name in `dir`. */
function firstFree(dir: string): string {
  let n = 1;
  while (existsSync(join(dir, `${n === 1 ? 'story' : `story-${n}`}.yaml`))) n++;
  return n === 1 ? 'story' : `story-${n}`;
}

/** Refuse an id another story in the folder (or in the file --to adds to) already has, whatever its file is called. */
function refuseTakenId(id: string, dir: string, cwd: string, to?: string): void {
  const taken = takenBy(id, dir, cwd, to);
  if (taken !== undefined) throw new UsageError(`${taken}; nothing was written. Choose another id with --id.`);
}

/** What has the id already, said as "stories/a.yaml already exists" or "The id `a` is already used by …:line". */
function takenBy(id: string, dir: string, cwd: string, to?: string): string | undefined {
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file)) return `${displayPath(file, cwd)} already exists`;
  for (const loaded of bankOf(dir, cwd, to)) {
    const same = loaded.stories.find((s) => s.story.id === id);
    if (same) return `The id \`${id}\` is already used by ${loaded.path}:${same.locate.start.line}`;
  }
  return undefined;
}

/**
 * Refuse a title a story in the folder (or in the file --to adds to) already has: two stories of one title in a
 * bank is a story written twice, by a slip, and the second would only get a longer id.
 */
function refuseSameTitle(title: string, dir: string, cwd: string, to?: string): void {
  const same = sameTitle(title, dir, cwd, to);
  if (same !== undefined) throw new UsageError(`${same}; nothing was written. Edit that story, or give this one another title.`);
}

/**
 * Which story has the title already, its case and the spaces around it aside, said as "stories/a.yaml:2 already
 * has a story titled "…"". (No regexp here: it runs before the rules set V8's regexp flags; see checkNewDir.)
 */
function sameTitle(title: string, dir: string, cwd: string, to?: string): string | undefined {
  const wanted = title.trim().toLowerCase();
  for (const loaded of bankOf(dir, cwd, to)) {
    const same = loaded.stories.find((s) => s.story.title.trim().toLowerCase() === wanted);
    if (same) return `${loaded.path}:${(same.locate.key('title') ?? same.locate.start).line} already has a story titled "${same.story.title.trim()}"`;
  }
  return undefined;
}

/** The stories `new` adds to, as loaded: the folder's, and the file --to names when it is elsewhere. */
function bankOf(dir: string, cwd: string, to?: string): LoadedFile[] {
  const paths = [...(existsSync(dir) ? [dir] : []), ...(to !== undefined && !isBelow(to, dir) ? [to] : [])];
  return paths.length === 0 ? [] : loadBank(paths, cwd).files;
}

/** The tags the --tag flags give, split at commas, each once (the first spelling of it, whatever its case), in order. */
function parseTags(values: readonly string[]): string[] {
  const tags: string[] = [];
  for (const value of values) {
    for (const { text } of commaItems(value)) if (!tags.some((t) => t.toLowerCase() === text.toLowerCase())) tags.push(text);
  }
  return tags;
}

function clean(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}


/** A file --to names: one that exists and that lint reads (`.yaml`, `.yml`), with its mode to keep. */
function checkTarget(to: string, cwd: string): { path: string; shown: string; mode: number } {
  const path = resolve(cwd, to);
  const shown = displayPath(path, cwd);
  if (!STORY_FILE.test(path)) throw new UsageError(`--to ${to}: lint reads only .yaml and .yml files, so a story there would never be linted; name one of those.`);
  let mode: number;
  try {
    const stat = statSync(path);
    const kind = specialKind(stat);
    if (kind !== undefined) throw new UsageError(`--to ${to}: is ${kind}, not a file; name a file of stories.`);
    if (!stat.isFile()) throw new UsageError(`--to ${to}: is a folder; name a file of stories in it, or use --dir for a file of the story's own.`);
    mode = stat.mode & 0o777;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`--to ${describeError(to, error, cwd)}${missing ? ' --to adds to a file that exists: to start one, create it with a first line `stories:`, or leave out --to for a file of the story\'s own.' : ''}`);
  }
  // What would refuse the story refuses it now, before any question: its text is checked as it will be.
  const refused = appendStory(readTarget(path, to, cwd), 'id: x\ntitle: x\n', 'x');
  if ('refused' in refused && refused.refused !== 'unchanged') throw new UsageError(refusal(refused, shown));
  return { path, shown, mode };
}

function readTarget(path: string, to: string, cwd: string): string {
  try {
    return readRegularFile(path).toString('utf8');
  } catch (error) {
    throw new UsageError(`--to ${describeError(to, error, cwd)}`);
  }
}

/** Why --to can't add the story to the file `shown`, and what to do: nothing was written. */
function refusal(added: Extract<Appended, { refused: string }>, shown: string): string {
  switch (added.refused) {
    case 'one-story':
      return `${shown} holds one story, not a list, and --to adds to a list under \`stories:\` without rewriting what you wrote; nothing was written. To make it a list, add a line \`stories:\` at its top, put \`  - \` before the story's first key and indent its other lines by four spaces (then \`tpm-prep lint ${shown}\` checks it), or leave out --to for a file of the story's own.`;
    case 'flow-list':
      return `\`stories:\` in ${shown} is a list written on one line ([…]), and --to adds an entry only to a list of one entry a line (\`  - title: …\`); nothing was written. Write it so, or leave out --to.`;
    case 'not-yaml':
      return `${shown} doesn't parse as YAML, so --to can't add to it; nothing was written. Fix what \`tpm-prep lint ${shown}\` reports, then run it again.`;
    case 'not-stories':
      return `${shown} holds no story and no \`stories:\` list to add one to; nothing was written. Name a file of stories, or leave out --to.`;
    case 'unchanged':
      return `Added at the end of ${shown}, the story would change how the stories already there read (a block of text that keeps its trailing lines?), so nothing was written. Add it by hand, or leave out --to.`;
  }
}

/** A file's lint result cut to the story on `lines` (the one --to added): its findings and its readiness. */
function only(result: FileResult, [from, to]: readonly [number, number]): FileResult {
  const messages = result.messages.filter((m) => m.line >= from && m.line <= to);
  const kept = (result.idLines ?? []).map((line) => line >= from && line <= to);
  return {
    ...result,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    stories: result.stories.filter((_, i) => kept[i]),
    idLines: result.idLines?.filter((_, i) => kept[i]),
  };
}

