/** `tpm-prep stats`: practice per principle, a trend of answer times, and which principles are due. */
import type { ChalkInstance } from 'chalk';
import { colorLevel, isDumbTerminal, makeChalk } from '../color.js';
import type { Io } from '../io.js';
import { LP_IDS, principle, type LpId } from '../principles/catalog.js';
import { commandLines } from '../help.js';
import { proseWidth, wrapPhrases, wrapText } from '../text/wrap.js';
import { wrapStyledPhrases } from '../styled.js';
import { calendarDay } from '../drill/days.js';
import { ago, duePhrases, nextReview, practiceStats, sparkline, stoppedPhrase, type PracticeStats } from '../drill/stats.js';
import { countdown, dayNumber, daysToLoop, isoDay, loopEve } from '../drill/loop-date.js';
import { counted } from '../text/show.js';
import { shortClock } from '../drill/timer.js';
import { configFor, historyFor, noBankHere } from '../drill/workspace.js';
import { interviewerName } from '../principles/plan.js';
import { shellWord } from '../text/shell.js';
import { loopDateFor } from './loop-date.js';
import { UsageError } from '../errors.js';
import { tableColumns } from './shared.js';

export interface StatsOptions {
  readonly stories?: string;
  /** The folder was named as a path (`tpm-prep stats DIR`), not with --stories: problems with it say so. */
  readonly storiesAsPath?: boolean;
  readonly format?: string;
  readonly color?: boolean;
  /** The config whose loop (`interviewers:`) to show, instead of the nearest .tpm-prep.yaml. */
  readonly config?: string;
  /** The day of the loop as typed (--loop-date): YYYY-MM-DD, "+10d" or "in 10 days"; else the config's `loopDate:`. */
  readonly loopDate?: string;
}

export async function statsCommand(options: StatsOptions, io: Io, clock: () => number = Date.now): Promise<number> {
  // Not "No practice recorded yet" where there is no bank to keep one beside: say what is missing, as drill does.
  const noBank = noBankHere(options.stories, io, 'stats');
  if (noBank) throw new UsageError(`${noBank.missing}, so no practice history to show (drill keeps it in .tpm-prep/ beside your stories). ${noBank.fix}`);
  const now = new Date(clock());
  const { history, historyShown } = historyFor(options.stories, io, now, options.storiesAsPath ? 'stats' : undefined);
  const config = await configFor(options, io);
  // The loop date, if any: what is due is what drill draws before it (reviews after its eve are due on the eve).
  const loopDate = loopDateFor(options.loopDate, config, now, io);
  const stats = practiceStats(history.entries, now, loopDate === undefined ? undefined : loopEve(loopDate));
  // The config's loop, if any: each interviewer's principles, as practised.
  const loop = (config?.interviewers ?? []).map((i, k) => ({ name: interviewerName(i, k), lps: i.lps }));
  const before = loopDate === undefined ? undefined : beforeLoop(loopDate, now, stats, loop);
  if (options.format === 'json') {
    // The shares to three decimals (1/3 is 0.333, a tenth of a percent), as the rating is to one.
    const principles = stats.principles.map((p) => ({ ...p, overTime: share(p.overTime), overTwoMinutes: share(p.overTwoMinutes) }));
    io.stdout(JSON.stringify({ history: historyShown, ...stats, principles, ...(loop.length > 0 ? { loop } : {}), ...(before ? { loopDate: loopJson(before) } : {}) }, null, 2) + '\n');
    return 0;
  }
  // Its table fits COLUMNS piped too, as map's and plan's do.
  const width = proseWidth(tableColumns(io));
  if (stats.answers === 0) {
    // On the loop's day, there is no "before it" left: what to tell today.
    const by = before?.daysLeft === 0 ? 'today' : 'before it';
    const countdownLine = before ? `${wrapText(`${before.countdown}: nothing practised yet, so ${counted(before.neverPractised.length, 'principle')} to tell at least once ${by}.`, width, 0)}\n` : '';
    io.stdout(`${wrapText(`No practice recorded yet in ${historyShown}. Run \`tpm-prep drill\` in a terminal to start.`, width, 0)}\n${countdownLine}`);
    return 0;
  }
  // With a loop, its principles are the ones to drill first (an eighteenth user's trial was sent to one no interviewer asks).
  const inLoop = new Set(loop.flatMap((i) => i.lps));
  const drillFirst = [...stats.due.filter((id) => inLoop.has(id)), ...stats.due.filter((id) => !inLoop.has(id))];
  // A dumb terminal (a screen reader's): words for what is drawn or abbreviated (see render).
  const plain = isDumbTerminal(io.env);
  io.stdout(render(stats, historyShown, now, makeChalk(colorLevel(options.color, io.env, io.isTTY)), width, drillNext(loop, drillFirst, width), plain) + loopLines(loop, stats, width, plain) + beforeLines(before, now, width, plain));
  return 0;
}

/** What is left to practise before the loop date: its principles (the config's interviewers', else all 16) never practised, and due before it. */
interface BeforeLoop {
  readonly date: string;
  readonly daysLeft: number;
  /** "10 days to your loop (2026-12-17)". */
  readonly countdown: string;
  /** The principles counted: the loop's interviewers', or all 16. */
  readonly lps: readonly LpId[];
  readonly neverPractised: readonly LpId[];
  /** Practised, and due by FSRS before the loop, soonest first: each with its due time. */
  readonly dueBefore: readonly { readonly id: LpId; readonly dueAt: string }[];
  /** Practised, and due by FSRS only after the loop: drill asks them on its eve (`eve`), or now, if that has come. */
  readonly pulledForward: readonly LpId[];
  /** The eve's day, YYYY-MM-DD. */
  readonly eve: string;
}

/** The JSON of `before`: its figures, not the countdown's words. */
const loopJson = ({ countdown: _said, ...figures }: BeforeLoop) => figures;

function beforeLoop(date: string, now: Date, stats: PracticeStats, loop: readonly { readonly lps: readonly LpId[] }[]): BeforeLoop {
  const today = calendarDay(now.getTime());
  const daysLeft = daysToLoop(date, today);
  const lps = loop.length > 0 ? LP_IDS.filter((id) => loop.some((i) => i.lps.includes(id))) : [...LP_IDS];
  const rows = lps.map((id) => stats.principles.find((p) => p.id === id)!);
  const practised = rows.filter((p) => p.dueAt !== null);
  return {
    date,
    daysLeft,
    countdown: countdown(date, today),
    lps,
    neverPractised: rows.filter((p) => p.dueAt === null).map((p) => p.id),
    // Due before the loop's day: not one practised on the eve or since, next due after it.
    dueBefore: practised
      .filter((p) => !p.pulledForward && calendarDay(Date.parse(p.dueAt!)) < dayNumber(date))
      .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!))
      .map((p) => ({ id: p.id, dueAt: p.dueAt! })),
    pulledForward: practised.filter((p) => p.pulledForward).map((p) => p.id),
    eve: isoDay(dayNumber(date) - 1),
  };
}

/**
 * The countdown and what to practise before the loop: "10 days to your loop (2026-12-17), for its 9 principles:", then
 * those never practised, those due before it (with when), and those due after it, which drill asks on its eve. `plain`,
 * for a dumb terminal: a principle a line, as `render` lists them, not "·".
 */
function beforeLines(before: BeforeLoop | undefined, now: Date, width: number, plain: boolean): string {
  if (!before) return '';
  const of = before.lps.length === LP_IDS.length ? 'all 16 principles' : `your loop's ${counted(before.lps.length, 'principle')}`;
  const lines = ['', wrapText(`${before.countdown}, for ${of}:`, width, 0)];
  const list = (label: string, phrases: readonly string[]) => {
    if (phrases.length === 0) return;
    if (plain) lines.push(wrapText(`  ${label}`, width, 4), ...phrases.map((p) => wrapText(`    ${p}`, width, 6)));
    else lines.push(wrapPhrases([`  ${label}`, ...phrases.map((p, i) => (i < phrases.length - 1 ? `${p} ·` : p))], width, 4));
  };
  list(`Never practised (${before.neverPractised.length}):`, before.neverPractised.map((id) => principle(id).name));
  list(`Due before it (${before.dueBefore.length}):`, before.dueBefore.map((d) => `${principle(d.id).name} (${nextReview(d.dueAt, now)})`));
  if (before.pulledForward.length > 0) {
    const when = before.daysLeft <= 1 ? 'now' : `on ${before.eve}, the day before`;
    list(`Due after it, so drill asks them again ${when} (${before.pulledForward.length}):`, before.pulledForward.map((id) => principle(id).name));
  }
  if (before.neverPractised.length === 0 && before.dueBefore.length === 0 && before.pulledForward.length === 0) lines.push(wrapText('  Nothing left: every principle of it was practised on the eve or since.', width, 2));
  return lines.join('\n') + '\n';
}

/**
 * What to drill next, as the line under "Due" says it: where principles of the loop are due or never practised, the
 * interviewer with the most of them (between equals, the one who asks the first of `drillFirst`), as
 * `drill --interviewer NAME` drills them, the name quoted where it has spaces; else the first three of `drillFirst`
 * with --lp (by abbreviation where the ids don't fit `width`). (`drill --lp` with three of the loop's named one interviewer's principles beside another's.)
 */
function drillNext(loop: readonly { readonly name: string; readonly lps: readonly LpId[] }[], drillFirst: readonly LpId[], width: number): { label: string; command: string } {
  const needing = loop
    .map((interviewer) => ({ name: interviewer.name, due: interviewer.lps.map((id) => drillFirst.indexOf(id)).filter((at) => at >= 0) }))
    .filter((i) => i.due.length > 0);
  // Most due first, then the one asking the earliest to drill; sort is stable, so else the loop's order.
  const [best] = needing.sort((a, b) => b.due.length - a.due.length || Math.min(...a.due) - Math.min(...b.due));
  if (best) return { label: 'Drill next:', command: `tpm-prep drill --interviewer ${shellWord(best.name)}` };
  const ids = `tpm-prep drill --lp ${drillFirst.slice(0, 3).join(',')}`;
  // Ids wider than the line as one word are said by the principles' abbreviations, which --lp takes too (`--lp
  // hs,ebe,ssb`): the terminal broke the list mid-id ("are-right-" / "a-lot").
  if (commandLines(ids, width).every((line) => line.length <= width)) return { label: 'Drill them:', command: ids };
  return { label: 'Drill them:', command: `tpm-prep drill --lp ${drillFirst.slice(0, 3).map((id) => principle(id).abbrev.toLowerCase()).join(',')}` };
}

/** A share, 0 to 1, to three decimals; null stays null (never practised). */
const share = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 1000);

/**
 * The loop's interviewers, each with the practice of their principles, to answer "am I ready for the bar raiser?":
 * "Bar raiser: Earn Trust 3 answers, rating 3.7 · Have Backbone; Disagree and Commit never practised". `plain`, for a
 * dumb terminal: a principle a line under its interviewer, as the principles never practised are, not "·", which a
 * screen reader says aloud (a comma between them would be heard inside "Are Right, A Lot" and "3 answers, rating 3.7",
 * a semicolon inside "Have Backbone; Disagree and Commit").
 */
function loopLines(loop: readonly { readonly name: string; readonly lps: readonly LpId[] }[], stats: PracticeStats, width: number, plain = false): string {
  if (loop.length === 0) return '';
  const lines = ['', 'Your loop:'];
  for (const interviewer of loop) {
    const said = interviewer.lps.map((id) => {
      const p = stats.principles.find((x) => x.id === id)!;
      return p.answers === 0 ? `${p.name} never practised` : `${p.name} ${p.answers} answer${p.answers === 1 ? '' : 's'}, ${p.averageRating === null ? 'not rated' : `rating ${p.averageRating.toFixed(1)}`}`;
    });
    if (plain) lines.push(wrapText(`  ${interviewer.name}:`, width, 4), ...said.map((line) => wrapText(`    ${line}`, width, 6)));
    else lines.push(wrapPhrases([`  ${interviewer.name}:`, ...said.map((text, j) => (j < said.length - 1 ? `${text} ·` : text))], width, 4));
  }
  return lines.join('\n') + '\n';
}

/** The narrowest the names' column gets: under it, each principle goes on a line of its own. */
const MIN_NAME_WIDTH = 24;
/**
 * The table's columns after the names, each with the two spaces before it: answers, median, over time, rating; the
 * rating's wide enough for "not rated" where a principle practised has no answer rated.
 */
const figureWidths = (notRated: boolean): number[] => [7, 6, 9, notRated ? 'not rated'.length : 6];
/** The table's width after the names: the figures, and "last practised". */
const figuresWidth = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + 2 + w, 0) + 2 + 'last practised'.length;

/**
 * The text for a `width`-column line: a table of the principles where it fits the line, its names as wide as
 * the longest needs and the line leaves (cut past that), else each principle on a line of its own with its
 * figures under it, each named ("3 answers · median 2:20 · …"). `plain`, for a dumb terminal (a screen reader's, which
 * says "█▁▂▃" as block names and "IS" and "BA" as words): the answer times as numbers, not a sparkline and an arrow;
 * the principles never practised by their names, a line each, not abbreviations; commas, not "·".
 */
function render(stats: PracticeStats, shown: string, now: Date, c: ChalkInstance, width: number, next: { label: string; command: string }, plain = false): string {
  const dot = plain ? ',' : ' ·';
  const widths = figureWidths(stats.principles.some((p) => p.answers > 0 && p.averageRating === null));
  const nameWidth = Math.min(Math.max(...stats.principles.map((p) => p.name.length)), width - figuresWidth(widths));
  const name = (n: string) => (n.length > nameWidth ? `${n.slice(0, nameWidth - 1)}…` : n).padEnd(nameWidth);
  const cols = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell : cell.padStart(widths[i - 1] ?? 0))).join('  ');
  const table = nameWidth >= MIN_NAME_WIDTH;
  // Answers stopped before their rating (Ctrl-C after the answer) are counted, and said: no rating goes with them.
  const unrated = stats.unrated === 0 ? '' : ` (${stoppedPhrase(stats.unrated, stats.unchecked)})`;
  const lines = [wrapText(`${stats.answers} answer${stats.answers === 1 ? '' : 's'} in ${shown}${unrated}`, width), ''];
  if (table) lines.push(c.bold(cols(['principle'.padEnd(nameWidth), 'answers', 'median', 'over time', 'rating']) + '  last practised'));
  for (const p of stats.principles) {
    if (p.answers === 0) {
      lines.push(c.dim(table ? cols([name(p.name), '0', '–', '–', '–']) + '  never' : `${wrapText(p.name, width)}\n  never practised`));
      continue;
    }
    const over = `${Math.round(p.overTime! * 100)}%`;
    // The average of the answers rated: an answer stopped before its rating is counted, in no average. With none rated,
    // "not rated", not the "–" of a principle never practised, which a screen reader says alike.
    const rating = p.averageRating === null ? 'not rated' : p.averageRating.toFixed(1);
    const overColour = (text: string) => (p.overTime! > 0.5 ? c.red(text) : text);
    const ratingColour = (text: string) => (p.averageRating !== null && p.averageRating < 3 ? c.yellow(text) : text);
    if (!table) {
      const figures = [`${p.answers} answer${p.answers === 1 ? '' : 's'}${dot}`, `median ${shortClock(p.medianSeconds!)}${dot}`, `${overColour(`${over} over time`)}${dot}`, `${ratingColour(p.averageRating === null ? rating : `rating ${rating}`)}${dot}`, ago(p.lastPracticed!, now)];
      lines.push(wrapText(p.name, width), wrapStyledPhrases([`  ${figures[0]}`, ...figures.slice(1)], width, 2));
      continue;
    }
    const row = cols([name(p.name), String(p.answers), shortClock(p.medianSeconds!), overColour(over.padStart(9)), ratingColour(rating.padStart(widths[3]!))]);
    lines.push(`${row}  ${ago(p.lastPracticed!, now)}`);
  }
  const t = stats.trend;
  // Named where answers at other limits are left out, counting those it draws: "Last 2 answer times at the 0:15
  // limit:", not "Answer time at the 0:15 limit, last 2" after 3 answers, a miscount to read; one answer is no trend.
  const atLimit = stats.otherLimits ? ` at the ${shortClock(stats.trendLimit!)} limit` : '';
  const times = plain ? t.map((seconds, i) => `${shortClock(seconds)}${i === t.length - 1 ? ', oldest to newest.' : ','}`) : [`${sparkline(t)}  ${shortClock(t[0]!)} → ${shortClock(t.at(-1)!)}`];
  const trend = t.length === 1 ? [`Answer time${atLimit}:`, `${shortClock(t[0]!)}, one answer so far.`] : [stats.otherLimits ? `Last ${t.length} answer times${atLimit}:` : `Answer time, last ${t.length}:`, ...times];
  lines.push('', wrapPhrases(trend, width, 2));
  const practised = stats.due.map((id) => stats.principles.find((p) => p.id === id)!).filter((p) => p.dueAt !== null);
  const due = duePhrases(practised.map((p) => ({ id: p.id, dueAt: p.dueAt! })), now, undefined, plain);
  if (practised.length > 0) lines.push(wrapPhrases(['Due:', ...due], width, 2));
  // A name a line: a comma between them would be heard inside "Are Right, A Lot" too.
  if (stats.neverPractised.length > 0 && plain) lines.push(`Never practised (${stats.neverPractised.length}):`, ...stats.neverPractised.map((id) => wrapText(`  ${principle(id).name}`, width, 4)));
  else if (stats.neverPractised.length > 0) lines.push(wrapStyledPhrases(['Never practised:', ...stats.neverPractised.map((id) => principle(id).abbrev), c.dim('(abbreviations: tpm-prep lps)')], width, 2));
  if (stats.due.length === 0) lines.push(wrapText('Nothing is due: every principle was practised recently enough.', width, 2));
  else {
    // A command to copy: on the line if it fits, else under it, broken as --help breaks one (" \" at each end).
    const said = `${next.label} ${next.command}`;
    lines.push(...(said.length <= width ? [said] : [next.label, ...commandLines(next.command, width)]).map((line) => c.dim(line)));
  }
  return lines.join('\n') + '\n';
}
