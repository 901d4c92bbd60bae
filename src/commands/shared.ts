/** Small pieces the bank commands (lint, map, plan, report) share. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../bank/files.js';
import type { Bank } from '../bank/load.js';
import { errorsNotice } from '../bank/problem.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { defaultStoriesDir, findConfigFile } from '../lint/config-file.js';

/** The paths given, or when there are none the stories folder (`stories/`, or the prep repo's from one of its folders). */
export function bankPaths(paths: readonly string[], cwd: string, command = 'map'): string[] {
  if (paths.length > 0) return [...paths];
  const stories = defaultStoriesDir(cwd);
  if (stories !== undefined) return [stories];
  const config = findConfigFile(cwd);
  const looked = config === undefined ? '' : ` (there is no stories/ here, nor beside ${displayPath(config, cwd)})`;
  throw new UsageError(`Name the stories to read, for example: tpm-prep ${command} stories/${looked}`);
}

/** Tell about files that could not be read or used; the exit code for them (2 for IO, else 0). */
export function reportBankProblems(bank: Bank, io: Io): number {
  for (const problem of bank.problems) io.stderr(`tpm-prep: ${problem}\n`);
  const notice = errorsNotice(bank.files);
  if (notice !== undefined) io.stderr(`tpm-prep: ${notice}\n`);
  return bank.problems.length > 0 ? 2 : 0;
}

/** The folder whose whole bank is linted: the first folder named, if any (a list of staged files is not a bank). */
export function bankFolder(targets: readonly string[], cwd: string): string | undefined {
  const folder = targets.find((t) => {
    try {
      return statSync(resolve(cwd, t)).isDirectory();
    } catch {
      return false;
    }
  });
  return folder === undefined ? undefined : folder.replace(/\\/g, '/').replace(/\/*$/, '/');
}
