/** `tpm-prep map [paths]`: stories against the 16 principles, claimed and shown, with coverage. */
import type { ChalkInstance } from 'chalk';
import { loadBank } from '../bank/load.js';
import { colorLevel, makeChalk } from '../color.js';
import type { Io } from '../io.js';
import { LP_IDS, PRINCIPLES, principle, type LpId } from '../principles/catalog.js';
import { coverage, coverageSummary, mapStories, shownBy, type StoryMap } from '../principles/coverage.js';
import { MIN_SCORE, STRONG_SCORE, type Inferred } from '../principles/infer.js';
import { readiness } from '../lint/readiness.js';
import { AXES, bandOf, missingParts, summarize, type Readiness } from '../lint/readiness-report.js';
import { MAX } from '../lint/rules/too-many-principles.js';
import { fitLabel, labelColumn } from '../text/columns.js';
import { counted, oneLine } from '../text/show.js';
import { listed, wrapPhrases, wrapText, words } from '../text/wrap.js';
import { bankPaths, hereHint, reportBankProblems } from './shared.js';

export interface MapOptions {
  readonly format?: string;
  readonly color?: boolean;
  /** Print, for each story, the phrases behind each principle it shows. */
  readonly evidence?: boolean;
}

/** More principles than this per story spreads a story too thin to defend in a loop. */
export const MAX_CLAIMED = MAX;

export function mapCommand(paths: string[], options: MapOptions, io: Io): number {
  const bank = loadBank(bankPaths(paths, io.cwd, 'map'), io.cwd, hereHint('map', io.cwd));
  if (bank.files.length === 0) return reportBankProblems(bank, io);
  const maps = mapStories(bank.files);
  if (options.format === 'json') io.stdout(JSON.stringify(toJson(maps), null, 2) + '\n');
  else {
    const c = makeChalk(colorLevel(options.color, io.env, io.isTTY));
    io.stdout(options.evidence ? evidenceReport(maps, c) : render(maps, c, io.columns ?? PIPED_WIDTH));
  }
  return reportBankProblems(bank, io);
}

function toJson(maps: readonly StoryMap[]) {
  const ready = maps.map((m) => {
    const r = readiness(m.loaded.story);
    return { storyId: m.loaded.story.id, ...r, missing: missingParts(r.parts) };
  });
  return {
    stories: maps.map((m) => ({
      id: m.loaded.story.id,
      title: m.loaded.story.title,
      filePath: m.filePath,
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
function evidenceReport(maps: readonly StoryMap[], c: ChalkInstance): string {
  const name = (id: LpId) => principle(id).name;
  const blocks = maps.map((m) => {
    const lines = [`${c.underline(m.filePath)}  ${c.bold(m.loaded.story.id)}`];
    const evidence = (i: Inferred) => {
      for (const e of i.evidence) {
        const at = m.loaded.locate.at(e.field, e.index);
        // The quote breaks at its words; the label stays whole, with its weight.
        lines.push(wrapPhrases([`    ${c.dim(`${at.line}:${at.column}`)}`, ...words(`"${oneLine(e.text)}":`), `${e.label} (+${e.weight})`], 80, 6));
      }
    };
    for (const i of m.inferred) {
      const claimed = m.declared.includes(i.id) ? 'claimed' : 'not claimed';
      lines.push(`  ${name(i.id)}: ${i.score} (${claimed})`);
      evidence(i);
    }
    // A claim the words don't yet carry: what they do show, so the candidate sees how close it is.
    for (const id of m.declared.filter((d) => !m.inferred.some((i) => i.id === d))) {
      const partial = m.scores.find((s) => s.id === id);
      if (!partial) {
        lines.push(`  ${name(id)}: ${c.red('claimed, no evidence yet')}`);
        continue;
      }
      lines.push(`  ${name(id)}: ${partial.score} (claimed; ${c.red(`not shown yet: it takes ${MIN_SCORE}`)})`);
      evidence(partial);
    }
    if (m.inferred.length === 0 && m.declared.length === 0) lines.push(`  ${c.dim('shows no principle clearly yet')}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}

/** The line the tables fit when standard output is no terminal: piped output stays the same wherever it runs. */
export const PIPED_WIDTH = 80;

/** The heatmap's columns after the ids: four for each principle, the last (the header's "SSB") trimmed to three. */
const CELLS_WIDTH = 4 * LP_IDS.length - 1;

/** The width of the heatmap's id column, its header's too, on a `width`-column line. */
export function heatmapIdColumn(ids: readonly string[], width: number): number {
  return labelColumn(['story', ...ids], width, CELLS_WIDTH);
}

function render(maps: readonly StoryMap[], c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  const column = heatmapIdColumn(maps.map((m) => m.loaded.story.id), width);
  const header = 'story'.padEnd(column) + PRINCIPLES.map((p) => p.abbrev.padEnd(4)).join('');
  lines.push(c.bold(header.trimEnd()));
  for (const m of maps) {
    const cells = LP_IDS.map((lp) => cell(m, lp, c));
    lines.push((fitLabel(m.loaded.story.id, column) + cells.join('')).trimEnd());
  }
  lines.push('');
  // The symbols alone tell every state, strong from shown too: colour, when on, only repeats them.
  lines.push(c.dim(`${GLYPH.claimedStrong} claimed, strong (${STRONG_SCORE}+)  ${GLYPH.claimedShown} claimed, shown (${MIN_SCORE}–${STRONG_SCORE - 1})  ${GLYPH.claimedOnly} claimed, no evidence`));
  lines.push(c.dim(`${GLYPH.strong} not claimed, strong  ${GLYPH.shown} not claimed, shown  ${GLYPH.neither} neither`));
  const colour = c.level > 0 ? 'Colour: green strong, yellow shown, red no evidence. ' : '';
  lines.push(c.dim(`${colour}Abbreviations: tpm-prep lps.`));
  lines.push('');
  lines.push(...summary(maps));
  lines.push(...readinessLines(maps, c, width));
  return lines.join('\n') + '\n';
}

/** The readiness lines' columns around the ids: the indent, then the score and the three axes. */
const READY_WIDTH = { indent: 2, rest: '100/100  impact 34/34  scope 33/33  ownership 33/33'.length };

/** The width of the readiness lines' id column on a `width`-column line. */
export function readinessIdColumn(ids: readonly string[], width: number): number {
  return labelColumn(ids, width, READY_WIDTH.indent + READY_WIDTH.rest);
}

/**
 * A line per story: its readiness out of 100 and on each axis, and under it what it lacks (for a story under
 * 100), with the bank's mean above them.
 */
function readinessLines(maps: readonly StoryMap[], c: ChalkInstance, width: number): string[] {
  const rows = maps.map((m) => ({ id: m.loaded.story.id, r: readiness(m.loaded.story) }));
  const bank = summarize(rows.map((row) => row.r));
  if (!bank) return [];
  const column = readinessIdColumn(rows.map((row) => row.id), width);
  const lines = ['', wrapPhrases([`Readiness: ${bank.score}/100 on average`, '(impact, scope and ownership;', 'see the README).'])];
  for (const { id, r } of rows) {
    const score = `${r.score}/100`.padStart(7);
    const text = `${' '.repeat(READY_WIDTH.indent)}${fitLabel(id, column)}${score}  ${axis(r, 'impact')}  ${axis(r, 'scope')}  ${axis(r, 'ownership')}`;
    const band = bandOf(r.score);
    const colour = (line: string) => (band === 'high' ? c.green(line) : band === 'mid' ? c.yellow(line) : c.red(line));
    lines.push(colour(text));
    const lacks = listed(missingParts(r.parts).map((m) => m.label), '');
    if (lacks.length > 0) lines.push(...wrapPhrases([`    ${lacks[0]}`, ...lacks.slice(1)]).split('\n').map(colour));
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

function cell(m: StoryMap, lp: LpId, c: ChalkInstance): string {
  const claimed = m.declared.includes(lp);
  const shown = m.inferred.find((i) => i.id === lp);
  const symbol = glyph(claimed, shown?.score);
  // The padding outside the colour, so a row's end is trimmed with colour on too.
  const coloured = !shown ? (claimed ? c.red(symbol) : c.dim(symbol)) : shown.score >= STRONG_SCORE ? c.green(symbol) : c.yellow(symbol);
  return coloured + ' '.repeat(4 - symbol.length);
}

function summary(maps: readonly StoryMap[]): string[] {
  const name = (id: LpId) => principle(id).name;
  // Covered means shown by some story's words, as `plan` judges it: a claim alone is a story to finish.
  const { shown, claimedOnly, none } = coverageSummary(maps);
  const by = shownBy(maps);
  const one = shown.filter((id) => by[id].length === 1);
  const thin = maps.filter((m) => m.declared.length > MAX_CLAIMED);
  // Each line as phrases: a line breaks between a count and what it counts, or between a list's items.
  const lines = [
    wrapPhrases([
      `Coverage: ${shown.length} of ${LP_IDS.length} principles`,
      ...(claimedOnly.length > 0 ? ['shown by a story;', `${claimedOnly.length} more only claimed`] : ['shown by a story']),
      `(${counted(maps.length, 'story', 'stories')}).`,
    ]),
  ];
  if (claimedOnly.length) {
    lines.push(wrapPhrases(['  Only claimed,', 'no story shows it yet', '(plan leaves these out;', 'map --evidence says why):', ...listed(claimedOnly.map(name))]));
  }
  if (none.length) lines.push(wrapPhrases(['  No story:', ...listed(none.map(name))]));
  if (one.length) lines.push(wrapPhrases(['  Only one:', ...listed(one.map((id) => `${name(id)} (${by[id][0]})`))]));
  for (const m of thin) lines.push(wrapText(`  ${m.loaded.story.id} is claimed for ${m.declared.length} principles; keep each story to its strongest ${MAX_CLAIMED} or fewer.`));
  return lines;
}
