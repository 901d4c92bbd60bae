/** Shared test helpers: run one rule on a story, lint YAML text, and run the built CLI. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStories } from '../src/bank/parse.js';
import type { Story, StoryData } from '../src/bank/schema.js';
import { defaultConfig, type Config } from '../src/lint/config.js';
import { lintFiles } from '../src/lint/engine.js';
import type { Report, Rule } from '../src/lint/rule.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/tpm-prep.js', import.meta.url));

/** What one rule reports for a story built from `fields` (title defaults to 'A story'). */
export function runRule<O>(rule: Rule<O>, fields: Partial<StoryData>, options?: O): Report[] {
  const story: Story = { title: 'A story', ...fields, id: 'test' } as Story;
  const reports: Report[] = [];
  rule.check(story, (r) => reports.push(r), options as O);
  return reports;
}

/** Lint YAML text as the file `path`, with every rule at its default or as `config` says. */
export function lintText(text: string, path = 'stories/test.yaml', config: Config = defaultConfig()) {
  const [result] = lintFiles([parseStories(path, text)], config);
  return result!;
}

/** Only the rules named on, at error. */
export function only(...ids: string[]): Config {
  const rules = new Map(defaultConfig().rules);
  for (const [id, setting] of rules) rules.set(id, { ...setting, severity: ids.includes(id) ? 'error' : 'off' });
  return { rules };
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A time zone (Etc/GMT±N) in which it is now `hour` o'clock (0 to 23), for a test of what the local date changes:
 * the hour is that of the clock, so the test reads the same whenever it runs.
 */
export function zoneAt(hour: number): string {
  const offset = ((((hour - new Date().getUTCHours()) % 24) + 24 + 12) % 24) - 12; // -12 to 11 hours east of UTC
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * The environment the CLI runs in for a test: no colour, no TIMING and no TERM (TERM=dumb, an editor's shell's, changes
 * what drill, new and map print) unless `env` asks for them, and a time zone
 * in which it is now six in the evening (unless `env` sets TZ). stats, drill and report count days on the local
 * calendar ("yesterday" is the date before today's), so an answer a test dates N days and up to 18 hours before
 * now (3.5 days, 0.1 of a day) reads as N days ago ("3 days ago", "today") at any hour the tests run.
 */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const all: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: pathWithoutTpmPrep(),
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    TIMING: undefined,
    TERM: undefined,
    // Piped output is the same wherever it runs, but for a width set with COLUMNS (map's tables): none unless a test sets it.
    COLUMNS: undefined,
    TZ: zoneAt(18),
    ...env,
  };
  for (const key of Object.keys(all)) if (all[key] === undefined) delete all[key];
  return all;
}

/** Run the built CLI as a user would, without colour unless the env asks for it (cliEnv). */
export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {}): Run {
  const env = cliEnv(options.env);
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
    // A run is killed after this long (30 s unless a test that gives it more work says otherwise).
    timeout: options.timeout ?? 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * `cli(args, options)` run once, when a test first asks for it, and its result given to every test that asks after:
 * for the output several tests read (the example bank's map, say), where no test changes what the CLI reads.
 */
export function cliOnce(args: string[], options: Parameters<typeof cli>[1] = {}): () => Run {
  let run: Run | undefined;
  return () => (run ??= cli(args, options));
}

/**
 * Makes a file no process may write: `chattr +i` as root (who writes past a file's mode), else a read-only mode.
 * Returns how to undo it, or undefined where it can't be done here (no chattr, or a file system without it).
 */
export function makeUnwritable(file: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  if (spawnSync('chattr', ['+i', file]).status !== 0) return undefined;
  return () => void spawnSync('chattr', ['-i', file]);
}


const shadows = new Map<string, string>();

/**
 * `path` (the tests' PATH by default) with no `tpm-prep` on it, so what a test's child runs, and what init and the git
 * hook say, don't depend on whether the user ran `npm link` (which the README suggests): a test that wants tpm-prep on
 * the PATH puts this checkout's there itself. A folder that holds a tpm-prep among other tools (npm link's is where
 * node, npm and often git are) is replaced by one of links to its other entries, made once and removed at exit.
 */
export function pathWithoutTpmPrep(path = process.env.PATH ?? ''): string {
  return path
    .split(delimiter)
    .map((dir) => {
      if (dir === '' || !existsSync(join(dir, 'tpm-prep'))) return dir;
      let shadow = shadows.get(dir);
      if (shadow === undefined) {
        shadow = mkdtempSync(join(tmpdir(), 'tpm-prep-path-'));
        for (const name of readdirSync(dir)) if (name !== 'tpm-prep') symlinkSync(join(dir, name), join(shadow, name));
        if (shadows.size === 0) process.on('exit', () => shadows.forEach((made) => rmSync(made, { recursive: true, force: true })));
        shadows.set(dir, shadow);
      }
      return shadow;
    })
    .join(delimiter);
}
