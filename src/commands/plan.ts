/** `tpm-prep plan [paths] [--lps a,b,c] [--max-reuse N]`: which story to tell for which principle. */
import { loadBank } from '../bank/load.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { parseLpArgs } from '../principles/args.js';
import { LP_IDS, PRINCIPLES } from '../principles/catalog.js';
import { mapStories } from '../principles/coverage.js';
import { planLoop, type Fit } from '../principles/plan.js';
import { wrap } from '../text/wrap.js';
import { bankPaths, reportBankProblems } from './shared.js';

export interface PlanOptions {
  readonly lps?: string[];
  readonly maxReuse?: string;
  readonly format?: string;
}

export function planCommand(paths: string[], options: PlanOptions, io: Io): number {
  const chosen = options.lps?.length ? parseLpArgs(options.lps, '--lps') : [...LP_IDS];
  const maxReuse = Number(options.maxReuse ?? 1);
  if (!Number.isInteger(maxReuse) || maxReuse < 1) throw new UsageError(`--max-reuse takes a whole number of 1 or more, not "${options.maxReuse}".`);
  const bank = loadBank(bankPaths(paths, io.cwd), io.cwd);
  // The same scores `map` shows: a story is a candidate for the principles its text shows best.
  const fits: Fit[] = mapStories(bank.files).flatMap((m) => m.inferred.map((i) => ({ storyId: m.loaded.story.id, lp: i.id, score: i.score })));
  const plan = planLoop(fits, chosen, maxReuse);
  if (options.format === 'json') {
    io.stdout(JSON.stringify(plan, null, 2) + '\n');
    return reportBankProblems(bank, io);
  }
  const principle = (id: string) => PRINCIPLES.find((p) => p.id === id)!;
  const width = Math.max(...chosen.map((id) => principle(id).name.length));
  const reuse = maxReuse === 1 ? 'each story once' : `each story at most ${maxReuse} times`;
  const lines = [`Plan for ${chosen.length} ${chosen.length === 1 ? 'principle' : 'principles'}, ${reuse}:`, ''];
  for (const a of plan.assignments) lines.push(`  ${principle(a.lp).name.padEnd(width)}  ${a.storyId} (score ${a.score})`);
  if (plan.uncovered.length > 0) {
    lines.push('', `No story for ${plan.uncovered.length}:`);
    for (const id of plan.uncovered) lines.push(wrap(`  ${principle(id).name}: ${principle(id).evidence}`));
  }
  io.stdout(lines.join('\n') + '\n');
  return reportBankProblems(bank, io);
}
