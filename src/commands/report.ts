/**
 * `tpm-prep report [paths] [-o report.html] [--redact] [--interviewer a,b …]`: one self-contained HTML page of the
 * bank and the practice.
 */
import { isDumbTerminal } from '../color.js';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeError } from '../bank/files.js';
import { loadBank } from '../bank/load.js';
import { readHistory, type History } from '../drill/history.js';
import { historyFor } from '../drill/workspace.js';
import { loopDateFor } from './loop-date.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { compileRegexpsForStories } from '../regexps.js';
import { loadConfig } from '../lint/config.js';
import { lintFiles } from '../lint/engine.js';
import { parseInterviewers, refusePrinciplesAsPaths } from '../principles/args.js';
import { renderHtml } from '../report/html.js';
import { buildReport } from '../report/model.js';
import { makeRedactor, redactModel } from '../report/redact.js';
import { commaItems } from '../text/lists.js';
import { counted } from '../text/show.js';
import { outputFile, writeOutputFile } from '../write.js';
import { bankFolder, bankPaths, configFileFor, existsIn, hereHint, pathShown, reportBankProblems, storiesOf, storyFolders } from './shared.js';

export interface ReportOptions {
  /** Where to write the page; `-` for standard output. Default: report.html. */
  readonly output?: string;
  /** Replace partner names and numbers with placeholders. */
  readonly redact?: boolean;
  /** More words to hide, comma lists, with the config's `redact:`; implies `redact`. */
  readonly hide?: string[];
  /** The practice history to chart, instead of the one beside the stories folder. */
  readonly history?: string;
  readonly config?: string;
  /** Each interviewer's principles, one comma list each: the plan is the loop's, as `plan --interviewer` gives it. */
  readonly interviewer?: string[];
  /** The day of the loop as typed (--loop-date): YYYY-MM-DD, "+10d" or "in 10 days"; else the config's `loopDate:`. */
  readonly loopDate?: string;
}

export const DEFAULT_OUTPUT = 'report.html';

export function reportCommand(paths: string[], options: ReportOptions, io: Io, clock: () => number = Date.now): number {
  refusePrinciplesAsPaths(paths, existsIn(io.cwd), '--interviewer', options.interviewer);
  const config = loadConfig(configFileFor(options.config, paths, io.cwd), io.cwd);
  // The loop from --interviewer, or else the config's `interviewers:`.
  const interviewers = parseInterviewers(options.interviewer, config.interviewers, config.path);
  const now = new Date(clock());
  const loopDate = loopDateFor(options.loopDate, config, now, io);
  const targets = bankPaths(paths, io.cwd, 'report');
  const bank = loadBank(targets, io.cwd, hereHint('report', io.cwd));
  if (bank.files.length === 0 && bank.problems.length > 0) return reportBankProblems(bank, io);
  const { history, shown, path: historyPath } = practiceHistory(targets, options.history, io);
  const stories = storiesOf(bank);
  compileRegexpsForStories(stories);
  const results = lintFiles(bank.files, config, { bankPath: bankFolder(targets, io.cwd) });
  // Analysis runs on the stories as written; redaction touches only what the page shows.
  const model = buildReport({ files: bank.files, results, history: history.entries, now, sources: targets.map((t) => pathShown(t, io.cwd)), historyPath: shown, interviewers, ...(loopDate === undefined ? {} : { loopDate }) });
  // Each word once, whatever its case, so the page counts what it hid ("Kredmint" listed twice is one word).
  const listed = [...(config.redact ?? []), ...(options.hide ?? []).flatMap((list) => commaItems(list).map((item) => item.text))];
  const hidden = listed.filter((word, i) => listed.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === i);
  const redacted = options.redact === true || options.hide !== undefined;
  // Run on a dumb terminal (a screen reader's), the page says words where it would put symbols (see renderHtml).
  const html = renderHtml(redacted ? redactModel(model, makeRedactor(stories, hidden)) : model, { redacted, hidden: hidden.length, plain: isDumbTerminal(io.env) });
  const output = outputFile(options.output ?? DEFAULT_OUTPUT);
  if (output === undefined) io.stdout(html);
  else {
    const reads = [
      ...bank.files.map((file) => ({ path: resolve(io.cwd, file.path), what: 'a story file report reads' })),
      ...(config.path === undefined ? [] : [{ path: resolve(io.cwd, config.path), what: 'the config file report uses' }]),
      { path: historyPath, what: 'the practice history report charts' },
    ];
    // Nor a new YAML file in a folder of the stories read, as for lint -o.
    const folders = { command: 'report', list: storyFolders(targets, io.cwd), written: 'the page' };
    writeOutputFile(resolve(io.cwd, output), html, { display: output, reads, instead: DEFAULT_OUTPUT, folders });
    const n = model.stories.length;
    const loop = interviewers.length > 0 ? `, a loop of ${counted(interviewers.length, 'interviewer')}` : '';
    io.stderr(`wrote ${output}: ${n} ${n === 1 ? 'story' : 'stories'}, ${history.entries.length} practice ${history.entries.length === 1 ? 'answer' : 'answers'}${loop}${redacted ? ', redacted' : ''}\n`);
  }
  return reportBankProblems(bank, io);
}

/**
 * The history named with --history (it must exist), or the one `drill` and `stats` use: in `.tpm-prep/`
 * beside the stories folder, the first folder named (or the folder of the first file), else `stories/`.
 * A line that can't be read is a warning, as for `stats`; a file that can't be read is a UsageError.
 */
function practiceHistory(targets: readonly string[], named: string | undefined, io: Io): { history: History; shown: string; path: string } {
  if (named === undefined) {
    const folder = bankFolder(targets, io.cwd) ?? storiesFolderOf(targets, io.cwd);
    const { history, historyShown, historyPath } = historyFor(folder, io);
    return { history, shown: historyShown, path: historyPath };
  }
  const full = resolve(io.cwd, named);
  let history: History;
  try {
    if (statSync(full).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    history = readHistory(full, named);
  } catch (error) {
    throw new UsageError(`${describeError(named, error, io.cwd)} Name a practice history (.tpm-prep/history.jsonl) with --history FILE.`);
  }
  for (const warning of history.warnings) io.stderr(`tpm-prep: warning: ${warning}\n`);
  return { history, shown: named, path: full };
}

/** The folder holding the first story file named, if it is a file. */
function storiesFolderOf(targets: readonly string[], cwd: string): string | undefined {
  for (const t of targets) {
    try {
      if (statSync(resolve(cwd, t)).isFile()) return dirname(t);
    } catch {
      // A glob, or a path that doesn't exist: no folder to go by.
    }
  }
  return undefined;
}
