/** `tpm-prep map [paths]`: stories against the 16 principles, claimed and shown, with coverage. */
import type { ChalkInstance } from 'chalk';
import { loadBank } from '../bank/load.js';
import { colorLevel, isDumbTerminal, makeChalk } from '../color.js';
import type { Io } from '../io.js';
import { compileRegexpsForStories } from '../regexps.js';
import { LP_IDS, PRINCIPLES, principle, type LpId } from '../principles/catalog.js';
import { coverage, coverageSummary, mapStories, shownBy, type StoryMap } from '../principles/coverage.js';
import { MIN_SCORE, STRONG_SCORE, type Inferred } from '../principles/infer.js';
import { loadConfig } from '../lint/config.js';
import { readiness } from '../lint/readiness.js';
import { AXES, bandOf, missingParts, summarize, type Readiness } from '../lint/readiness-report.js';
import { MAX } from '../lint/rules/too-many-principles.js';
import { fitLabel, labelColumn } from '../text/columns.js';
import { counted, oneLine } from '../text/show.js';
import { listed, wrapPhrases, wrapText, words } from '../text/wrap.js';
import { wrapStyledPhrases } from '../styled.js';
import { shellWord } from '../text/shell.js';
import { bankPaths, configFilesFor, fitName, hereHint, keepsPlace, placeName, reportBankProblems, storiesOf, storyPlaces, tableWidth, type Place } from './shared.js';

export interface MapOptions {
  readonly format?: string;
  readonly color?: boolean;
  /** Print, for each story, the phrases behind each principle it shows. */
  readonly evidence?: boolean;
}

/** Said before the heatmap on a dumb terminal, and then the command for the linear view of the same. */
export const LINEAR_POINTER = 'A table of symbols follows. To hear the same as lines, each story with its principles and the phrases behind them, run';

/** More principles than this per story spreads a story too thin to defend in a loop. */
export const MAX_CLAIMED = MAX;

export function mapCommand(paths: string[], options: MapOptions, io: Io): number {
  // Nothing in the config changes a map (no rule's severity, no loop, nothing to redact), so map takes no --config;
  // but a config that doesn't read is said, and exits 2, as by every other command that reads the bank, rather than
  // left to the next of them. Stories under two configs are no mistake here: each is checked.
  for (const file of configFilesFor(paths, io.cwd)) loadConfig(file, io.cwd);
  const bank = loadBank(bankPaths(paths, io.cwd, 'map', false), io.cwd, hereHint('map', io.cwd));
  if (bank.files.length === 0) return reportBankProblems(bank, io);
  compileRegexpsForStories(storiesOf(bank));
  const maps = mapStories(bank.files);
  if (options.format === 'json') io.stdout(JSON.stringify(toJson(maps), null, 2) + '\n');
  else {
    const c = makeChalk(colorLevel(options.color, io.env, io.isTTY));
    const width = tableWidth(io);
    // The heatmap is a table of symbols, which a screen reader reads cell by cell: on a dumb terminal (TERM=dumb, as
    // a screen reader's or an editor's shell is), its first line says where the same is said in lines.
    const command = ['tpm-prep map --evidence', ...paths.map(shellWord)].join(' ');
    const pointer = options.evidence || !isDumbTerminal(io.env) ? '' : `${wrapPhrases([...words(LINEAR_POINTER), `${command}.`], width, 0)}\n\n`;
    io.stdout(options.evidence ? evidenceReport(maps, c, width) : pointer + render(maps, c, width));
  }
  return reportBankProblems(bank, io);
}

function toJson(maps: readonly StoryMap[]) {
  const ready = maps.map((m) => {
    const r = readiness(m.loaded.story);
    // Its file and line as in `stories`: what joins it to its own entry there where two stories share an id.
    return { storyId: m.loaded.story.id, filePath: m.filePath, line: m.loaded.locate.start.line, ...r, missing: missingParts(r.parts) };
  });
  return {
    stories: maps.map((m) => ({
      id: m.loaded.story.id,
      title: m.loaded.story.title,
      filePath: m.filePath,
      // Where it starts: with its file, what tells apart two stories that share an id.
      line: m.loaded.locate.start.line,
      declared: m.declared,
      inferred: m.inferred.map((i) => ({
        id: i.id,
        score: i.score,
        evidence: i.evidence.map((e) => ({ text: e.text, ...m.loaded.locate.at(e.field, e.index), label: e.label })),
      })),
    })),
    // The stories that claim or show each principle (as lint's lp-coverage counts them), then the ones whose
    // words show it, and the principles by how far they are covered: shown is what `plan` can assign.
    coverage: coverage(maps),
    shown: shownBy(maps),
    coverageSummary: coverageSummary(maps),
    readiness: summarize(ready) ? { ...summarize(ready)!, stories: ready } : null,
  };
}

/** For each story, each principle it shows, its score, and the phrases behind it with their place. */
function evidenceReport(maps: readonly StoryMap[], c: ChalkInstance, width: number): string {
  const name = (id: LpId) => principle(id).name;
  const blocks = maps.map((m) => {
    // The file and the id on one line where they fit it; else each on its own, the id under its file.
    const { filePath, loaded } = m;
    const fits = filePath.length + 2 + loaded.story.id.length <= width;
    const lines = fits ? [`${c.underline(filePath)}  ${c.bold(loaded.story.id)}`] : [c.underline(filePath), c.bold(loaded.story.id)];
    const evidence = (i: Inferred) => {
      for (const e of i.evidence) {
        const at = m.loaded.locate.at(e.field, e.index);
        // The quote breaks at its words; the label stays whole, with its weight.
        lines.push(wrapStyledPhrases([`    ${c.dim(`${at.line}:${at.column}`)}`, ...words(`"${oneLine(e.text)}":`), `${e.label} (+${e.weight})`], width, 6));
      }
    };
    for (const i of m.inferred) {
      const claimed = m.declared.includes(i.id) ? 'claimed' : 'not claimed';
      lines.push(wrapPhrases([`  ${name(i.id)}: ${i.score}`, `(${claimed})`], width));
      evidence(i);
    }
    // A claim the words don't yet carry: what they do show, so the candidate sees how close it is.
    for (const id of m.declared.filter((d) => !m.inferred.some((i) => i.id === d))) {
      const partial = m.scores.find((s) => s.id === id);
      if (!partial) {
        lines.push(wrapStyledPhrases([`  ${name(id)}:`, c.red('claimed, no evidence yet')], width));
        continue;
      }
      lines.push(wrapStyledPhrases([`  ${name(id)}: ${partial.score}`, `(claimed;`, `${c.red(`not shown yet: it takes ${MIN_SCORE}`)})`], width));
      evidence(partial);
    }
    if (m.inferred.length === 0 && m.declared.length === 0) lines.push(`  ${c.dim('shows no principle clearly yet')}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}


/**
 * The narrowest id column a table keeps (16 characters and a space, what 80 columns leave the heatmap) before
 * it takes a narrower layout, when its ids don't all fit whole: past that, cut ids can't be told apart.
 */
const READABLE_ID_COLUMN = 17;

/** A story's id, or its place (its id, and its file where another story has the id), as a table names it. */
type Label = string | Place;
const placeOf = (label: Label): Place => (typeof label === 'string' ? { id: label } : label);

/**
 * The heatmap's layout on a `width`-column line: `cell` columns for each principle after the id column (the
 * last principle's trimmed to its abbreviation, or to its symbol), and that id column's width, its header's
 * too. Four columns a principle, an abbreviation over each, while that leaves the ids whole or at least
 * READABLE_ID_COLUMN, and shows where each story that shares its id is; else two, the abbreviations over them on
 * two staggered lines, so a 60-column terminal still shows ids of 27 characters whole.
 */
export function heatmapLayout(ids: readonly Label[], width: number): { readonly cell: 2 | 4; readonly column: number } {
  const places = [{ id: 'story' }, ...ids.map(placeOf)];
  const column = labelColumn(places.map(placeName), width, 4 * LP_IDS.length - 1);
  if (readable(places, column)) return { cell: 4, column };
  // Two a principle, and the second header line's last abbreviation, from the last cell's column on.
  return { cell: 2, column: labelColumn(places.map(placeName), width, 2 * (LP_IDS.length - 1) + 3) };
}

/** Each story's id, and where it is where another story has its id (see storyPlaces). */
function placesOf(maps: readonly StoryMap[]): Place[] {
  return storyPlaces(maps.map((m) => ({ id: m.loaded.story.id, filePath: m.filePath, line: m.loaded.locate.start.line })));
}

function render(maps: readonly StoryMap[], c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  const places = placesOf(maps);
  const { cell: size, column } = heatmapLayout(places, width);
  const abbrevs = PRINCIPLES.map((p) => p.abbrev.padEnd(4));
  const header =
    size === 4
      ? ['story'.padEnd(column) + abbrevs.join('')]
      : ['story'.padEnd(column) + abbrevs.filter((_, i) => i % 2 === 0).join(''), ' '.repeat(column + 2) + abbrevs.filter((_, i) => i % 2 === 1).join('')];
  lines.push(...header.map((line) => c.bold(line.trimEnd())));
  for (const [i, m] of maps.entries()) {
    const cells = LP_IDS.map((lp) => cell(m, lp, c, size));
    lines.push((fitName(places[i]!, column) + cells.join('')).trimEnd());
  }
  lines.push('');
  // The symbols alone tell every state, strong from shown too: colour, when on, only repeats them.
  const legend = [
    [`${GLYPH.claimedStrong} claimed, strong (${STRONG_SCORE}+)`, `${GLYPH.claimedShown} claimed, shown (${MIN_SCORE}–${STRONG_SCORE - 1})`, `${GLYPH.claimedOnly} claimed, no evidence`],
    [`${GLYPH.strong} not claimed, strong`, `${GLYPH.shown} not claimed, shown`, `${GLYPH.neither} neither`],
    [...(c.level > 0 ? ['Colour: green strong, yellow shown, red no evidence.'] : []), 'Abbreviations: tpm-prep lps.'],
  ];
  lines.push(...legend.flatMap((parts) => spaced(parts, width)).map((line) => c.dim(line)));
  lines.push('');
  lines.push(...summary(maps, places, width));
  lines.push(...readinessLines(maps, places, c, width));
  return lines.join('\n') + '\n';
}

/**
 * `parts` two spaces apart, on as few lines of `width` columns as they fill in turn, each line after the first
 * indented by `indent`; a part is broken (between its phrases, then its words) only where it is wider than a line on its own.
 */
function spaced(parts: readonly string[], width: number, indent = 0): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 2 + part.length <= width) lines[lines.length - 1] = `${last}  ${part}`;
    else lines.push(...wrapPhrases([last === undefined ? part : ' '.repeat(indent) + part], width, indent).split('\n'));
  }
  return lines;
}

/** The readiness lines' columns around the ids: the indent, then the score and the three axes. */
const READY_WIDTH = { indent: 2, rest: '100/100  impact 34/34  scope 33/33  ownership 33/33'.length };

/**
 * The width of the readiness lines' id column on a `width`-column line; undefined where that would cut an id
 * and be under READABLE_ID_COLUMN, or hide where a story that shares its id is, and each id has a line to
 * itself, its scores under it.
 */
export function readinessIdColumn(ids: readonly Label[], width: number): number | undefined {
  const places = ids.map(placeOf);
  const column = labelColumn(places.map(placeName), width, READY_WIDTH.indent + READY_WIDTH.rest);
  return readable(places, column) ? column : undefined;
}

/**
 * Whether a `column` (from labelColumn) shows the names whole, or cuts them no shorter than READABLE_ID_COLUMN
 * and shows the place of each story that shares its id (see fitName).
 */
function readable(places: readonly Place[], column: number): boolean {
  const whole = column > Math.max(...places.map((p) => placeName(p).length));
  return whole || (column >= READABLE_ID_COLUMN && places.every((p) => keepsPlace(p, column)));
}

/**
 * A line per story: its readiness out of 100 and on each axis, and under it what it lacks (for a story under
 * 100), with the bank's mean above them.
 */
function readinessLines(maps: readonly StoryMap[], places: readonly Place[], c: ChalkInstance, width: number): string[] {
  const rows = maps.map((m, i) => ({ place: places[i]!, r: readiness(m.loaded.story) }));
  const bank = summarize(rows.map((row) => row.r));
  if (!bank) return [];
  const column = readinessIdColumn(rows.map((row) => row.place), width);
  const lines = ['', wrapPhrases([`Readiness: ${bank.score}/100 on average`, '(impact, scope and ownership;', 'see the README).'], width)];
  const indent = ' '.repeat(READY_WIDTH.indent);
  for (const { place, r } of rows) {
    const score = `${r.score}/100`.padStart(7);
    const axes = [axis(r, 'impact'), axis(r, 'scope'), axis(r, 'ownership')];
    // Too narrow a line for the id beside its scores: the id on a line of its own, and the scores under it.
    const text =
      column === undefined
        ? [indent + fitName(place, width - indent.length).trimEnd(), ...spaced([`${indent}  ${score}`, ...axes], width, 13)]
        : [`${indent}${fitName(place, column)}${score}  ${axes.join('  ')}`];
    const band = bandOf(r.score);
    const colour = (line: string) => (band === 'high' ? c.green(line) : band === 'mid' ? c.yellow(line) : c.red(line));
    lines.push(...text.map(colour));
    const lacks = listed(missingParts(r.parts).map((m) => m.label), '');
    if (lacks.length > 0) lines.push(...wrapPhrases([`    ${lacks[0]}`, ...lacks.slice(1)], width).split('\n').map(colour));
  }
  return lines;
}

function axis(r: Readiness, name: keyof typeof AXES): string {
  return `${name} ${String(r[name]).padStart(2)}/${AXES[name]}`;
}

/**
 * A heatmap cell's symbol for each state: claimed or not, and shown strongly (a score of STRONG_SCORE or more),
 * shown (MIN_SCORE or more) or not at all. Fuller means stronger, so the table reads without colour.
 */
export const GLYPH = {
  claimedStrong: '●',
  claimedShown: '◐',
  claimedOnly: '○',
  strong: '✚',
  shown: '+',
  neither: '·',
} as const;

/** The symbol for a story's cell: whether it claims the principle, and the score its words give it, if shown. */
export function glyph(claimed: boolean, score: number | undefined): string {
  if (score === undefined) return claimed ? GLYPH.claimedOnly : GLYPH.neither;
  if (score >= STRONG_SCORE) return claimed ? GLYPH.claimedStrong : GLYPH.strong;
  return claimed ? GLYPH.claimedShown : GLYPH.shown;
}

function cell(m: StoryMap, lp: LpId, c: ChalkInstance, size: number): string {
  const claimed = m.declared.includes(lp);
  const shown = m.inferred.find((i) => i.id === lp);
  const symbol = glyph(claimed, shown?.score);
  // The padding outside the colour, so a row's end is trimmed with colour on too.
  const coloured = !shown ? (claimed ? c.red(symbol) : c.dim(symbol)) : shown.score >= STRONG_SCORE ? c.green(symbol) : c.yellow(symbol);
  return coloured + ' '.repeat(size - symbol.length);
}

function summary(maps: readonly StoryMap[], places: readonly Place[], width: number): string[] {
  const name = (id: LpId) => principle(id).name;
  // Covered means shown by some story's words, as `plan` judges it: a claim alone is a story to finish.
  const { shown, claimedOnly, none } = coverageSummary(maps);
  // By story, as named: two stories with one id are two stories.
  const by = shownBy(maps.map((m, i) => ({ ...m, id: String(i) })));
  const story = (i: string) => places[Number(i)]!;
  const one = shown.filter((id) => by[id].length === 1);
  const thin = maps.filter((m) => m.declared.length > MAX_CLAIMED);
  // Each line as phrases: a line breaks between a count and what it counts, or between a list's items.
  const lines = [
    wrapPhrases([
      `Coverage: ${shown.length} of ${LP_IDS.length} principles`,
      ...(claimedOnly.length > 0 ? ['shown by a story;', `${claimedOnly.length} more only claimed`] : ['shown by a story']),
      `(${counted(maps.length, 'story', 'stories')}).`,
    ], width),
  ];
  if (claimedOnly.length) {
    lines.push(wrapPhrases(['  Only claimed,', 'no story shows it yet', '(plan leaves these out;', 'map --evidence says why):', ...listed(claimedOnly.map(name))], width));
  }
  if (none.length) lines.push(wrapPhrases(['  No story:', ...listed(none.map(name))], width));
  // An id longer than a line is cut to fit it, as the table cuts it: "(" and ")," around it, indented by 4.
  if (one.length) {
    const only = (place: Place) => (place.where ? `${place.id}, ${place.where}` : place.id);
    lines.push(wrapPhrases(['  Only one:', ...listed(one.map((id) => `${name(id)} (${fitLabel(only(story(by[id][0]!)), width - 6).trimEnd()})`))], width));
  }
  for (const [i, m] of maps.entries()) {
    if (thin.includes(m)) lines.push(wrapText(`  ${fitName(places[i]!, width - 1).trimEnd()} is claimed for ${m.declared.length} principles; keep each story to its strongest ${MAX_CLAIMED} or fewer.`, width));
  }
  return lines;
}
