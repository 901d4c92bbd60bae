/** `tpm-prep stats`: practice per principle, a trend of answer times, and which principles are due. */
import type { ChalkInstance } from 'chalk';
import { colorLevel, makeChalk } from '../color.js';
import type { Io } from '../io.js';
import { PRINCIPLES } from '../principles/catalog.js';
import { wrapPhrases } from '../text/wrap.js';
import { ago, duePhrases, practiceStats, sparkline, type PracticeStats } from '../drill/stats.js';
import { shortClock } from '../drill/timer.js';
import { historyFor, noBankHere } from '../drill/workspace.js';
import { UsageError } from '../errors.js';

export interface StatsOptions {
  readonly stories?: string;
  /** The folder was named as a path (`tpm-prep stats DIR`), not with --stories: problems with it say so. */
  readonly storiesAsPath?: boolean;
  readonly format?: string;
  readonly color?: boolean;
}

export function statsCommand(options: StatsOptions, io: Io, clock: () => number = Date.now): number {
  // Not "No practice recorded yet" where there is no bank to keep one beside: say what is missing, as drill does.
  const noBank = noBankHere(options.stories, io, 'stats');
  if (noBank) throw new UsageError(`${noBank.missing}, so no practice history to show (drill keeps it in .tpm-prep/ beside your stories). ${noBank.fix}`);
  const now = new Date(clock());
  const { history, historyShown } = historyFor(options.stories, io, now, options.storiesAsPath ? 'stats' : undefined);
  const stats = practiceStats(history.entries, now);
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ history: historyShown, ...stats }, null, 2) + '\n');
    return 0;
  }
  if (stats.answers === 0) {
    io.stdout(`No practice recorded yet in ${historyShown}. Run \`tpm-prep drill\` in a terminal to start.\n`);
    return 0;
  }
  io.stdout(render(stats, historyShown, now, makeChalk(colorLevel(options.color, io.env, io.isTTY))));
  return 0;
}

const NAME_WIDTH = 24;

function render(stats: PracticeStats, shown: string, now: Date, c: ChalkInstance): string {
  const name = (n: string) => (n.length > NAME_WIDTH ? `${n.slice(0, NAME_WIDTH - 1)}…` : n).padEnd(NAME_WIDTH);
  const cols = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell : cell.padStart([7, 6, 9, 6][i - 1] ?? 0))).join('  ');
  const lines = [
    `${stats.answers} answer${stats.answers === 1 ? '' : 's'} in ${shown}`,
    '',
    c.bold(cols(['principle'.padEnd(NAME_WIDTH), 'answers', 'median', 'over time', 'rating']) + '  last practised'),
  ];
  for (const p of stats.principles) {
    if (p.answers === 0) {
      lines.push(c.dim(cols([name(p.name), '0', '–', '–', '–']) + '  never'));
      continue;
    }
    const over = `${Math.round(p.overTime! * 100)}%`;
    const rating = p.averageRating!.toFixed(1);
    const row = cols([
      name(p.name),
      String(p.answers),
      shortClock(p.medianSeconds!),
      p.overTime! > 0.5 ? c.red(over.padStart(9)) : over,
      p.averageRating! < 3 ? c.yellow(rating.padStart(6)) : rating,
    ]);
    lines.push(`${row}  ${ago(p.lastPracticed!, now)}`);
  }
  const t = stats.trend;
  lines.push(
    '',
    `Answer time, last ${t.length}: ${sparkline(t)}  ${shortClock(t[0]!)} → ${shortClock(t.at(-1)!)}`,
  );
  const practised = stats.due.map((id) => stats.principles.find((p) => p.id === id)!).filter((p) => p.dueAt !== null);
  const never = stats.due.map((id) => stats.principles.find((p) => p.id === id)!).filter((p) => p.dueAt === null);
  if (practised.length > 0) lines.push(wrapPhrases(['Due:', ...duePhrases(practised.map((p) => ({ id: p.id, dueAt: p.dueAt! })), now)], 100, 2));
  if (never.length > 0) lines.push(`Never practised: ${never.map((p) => PRINCIPLES.find((x) => x.id === p.id)!.abbrev).join(' ')} ${c.dim('(abbreviations: tpm-prep lps)')}`);
  if (stats.due.length === 0) lines.push('Nothing is due: every principle was practised recently enough.');
  else lines.push(c.dim(`Drill them: tpm-prep drill --lp ${stats.due.slice(0, 3).join(',')}`));
  return lines.join('\n') + '\n';
}
