/**
 * Shared pieces for the end-to-end lint tests: throwaway folders, a story that lints clean, and a way to
 * run the real CLI and read its JSON. Every test here goes through bin/tpm-prep.js, as a user would.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { BIN, ROOT, cliEnv, type Run } from '../helpers.js';

export { ROOT, type Run };

export const FIXTURES = join(ROOT, 'test/fixtures/e2e');

export interface Message {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  storyId: string | null;
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
}

/**
 * A story that every rule passes (a metric, "I", a named partner, a trade-off, cross-team scope, a
 * lesson), and it shows the principles it claims. Its keys: title 1, lps 2, situation 3, task 6 (text
 * on 7), action 8, result 12, partners 14, tradeoff 17, learned 19.
 */
export const STRONG = `title: Cut checkout latency before peak season
lps: [customer-obsession, dive-deep]
situation: >-
  Our checkout page p99 latency had crept to 2.4 s ahead of the holiday peak, and abandoned carts
  were rising week over week.
task: >-
  I owned the cross-team latency program and had six weeks before the code freeze.
action: >-
  I pulled the traces myself and found that 60% of the time went to a synchronous fraud check. I worked
  with Priya Nair, the Payments engineering manager, to make the check asynchronous for returning
  customers, and I ran a weekly risk review with the three teams involved.
result: >-
  p99 latency fell from 2.4 s to 900 ms, and cart abandonment dropped 8% during the peak.
partners:
  - name: Priya Nair
    role: Payments engineering manager
tradeoff: >-
  I deferred the new-customer flow to January instead of squeezing it into the freeze.
learned: >-
  I now ask for a latency budget per dependency at design review.
`;

/** STRONG with its task told as "We …" (we-instead-of-i at the task text, column 3). */
export const WE_TASK = STRONG.replace('  I owned the cross-team latency program', '  We owned the cross-team latency program');

/** STRONG with no number in the result (missing-metric at the `result:` key). */
export const NO_METRIC = STRONG.replace(
  'p99 latency fell from 2.4 s to 900 ms, and cart abandonment dropped 8% during the peak.',
  'Checkout stayed responsive through the peak, and the three teams kept the asynchronous check.',
);

/**
 * STRONG with no partner and no trade-off: no-named-partner and no-tradeoff, both reported at the
 * `action:` key (line 8), and nothing else.
 */
export const LONE = STRONG.replace('with Priya Nair, the Payments engineering manager,', 'with a coworker')
  .replace('partners:\n  - name: Priya Nair\n    role: Payments engineering manager\n', '')
  .replace('tradeoff: >-\n  I deferred the new-customer flow to January instead of squeezing it into the freeze.\n', '');

/** STRONG with every line indented for a `stories:` list, and a title of our choosing. */
export function listItem(story: string, title?: string): string {
  const text = title === undefined ? story : story.replace(/^title: .*$/m, `title: ${title}`);
  return text
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
    .join('\n') + '\n';
}

/** A throwaway folder for this test file, removed after its tests. */
export function scratch(prefix: string): { root: string; write: (files: Tree) => string; path: (...parts: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), `tpm-prep-e2e-${prefix}-`));
  const clean = () => rmSync(root, { recursive: true, force: true });
  afterAll(clean);
  // Also on exit: if a file fails while being collected (say, the CLI isn't built), afterAll never runs.
  process.once('exit', clean);
  let n = 0;
  return {
    root,
    path: (...parts) => join(root, ...parts),
    /** Writes a tree into a fresh sub-folder and returns the folder. */
    write(files) {
      const dir = join(root, `case-${++n}`);
      writeTree(dir, files);
      return dir;
    },
  };
}

/** File contents by relative path; a `{ link }` entry makes a symbolic link to that target. */
export type Tree = Record<string, string | Uint8Array | { link: string }>;

function writeTree(dir: string, files: Tree): void {
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const full = join(dir, rel);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, full);
    else writeFileSync(full, content);
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * At most this many CLIs run at once, one a core: a run is CPU-bound, so more at a time finish no sooner and
 * only stretch each run, and with it the time a test waits, which its timeout measures. Concurrent tests (and
 * a test's own Promise.all) queue for a turn.
 */
const CLI_SLOTS = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

/** `start` when a slot is free; when the promise it returns settles, the slot goes to the next in line. */
async function inTurn<T>(start: () => Promise<T>): Promise<T> {
  if (running < CLI_SLOTS) running++;
  else await new Promise<void>((go) => waiting.push(go));
  try {
    return await start();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * `cli` from test/helpers.ts, asynchronous: the same environment (cliEnv: no colour unless asked, no TIMING),
 * but it doesn't block, so concurrent tests keep both cores busy. (Vitest gives this 2-core machine
 * a single worker, so with spawnSync every run would wait for the one before.) Runs take turns (CLI_SLOTS).
 */
export function run(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = cliEnv(options.env);
  return inTurn(() => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 30_000);
    return new Promise<Run>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
  });
}

/** Runs `tpm-prep lint --format json …` and parses stdout (failing loudly if it isn't JSON). */
export async function lintJson(args: string[], options: RunOptions = {}): Promise<{ run: Run; results: FileResult[] }> {
  const done = await run(['lint', '--format', 'json', ...args], options);
  return { run: done, results: parseResults(done) };
}

export function parseResults(run: Run): FileResult[] {
  let results: FileResult[];
  try {
    results = JSON.parse(run.stdout) as FileResult[];
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
  return results;
}

/** The result for one file, by its displayed path. */
export function fileResult(results: FileResult[], filePath: string): FileResult {
  const found = results.find((r) => r.filePath === filePath);
  if (!found) throw new Error(`No result for ${filePath}; got ${results.map((r) => r.filePath).join(', ')}`);
  return found;
}

/** `line:column ruleId severity` per message: short enough to compare whole lists in a test. */
export function brief(result: FileResult): string[] {
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'}`);
}

export function ruleIds(result: FileResult): string[] {
  return [...new Set(result.messages.map((m) => m.ruleId))].sort();
}

/** A Node stack trace, or any sign of one, in what the user sees. */
export const STACK_TRACE = /^\s+at .+[:(]\d+:\d+\)?$|node:internal|Unhandled|Error: .*\n\s+at /m;

export const ANSI = /\x1b\[[0-9;]*m/;

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Runs the CLI with its stdout already closed, as when it is piped into `head` and `head` has exited:
 * every write fails with EPIPE (with `closeStderr`, every write to stderr too). Resolves with the exit code and stderr.
 */
export function cliWithClosedStdout(args: string[], options: { cwd?: string; closeStderr?: boolean } = {}): Promise<{ status: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return inTurn(() => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    // Both closed, as `2>&1 | head -1` leaves them once head has exited.
    if (options.closeStderr) child.stderr.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    return new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr }));
    });
  });
}

/** Whether util-linux `script` is here, to run the CLI in a real pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * libfaketime (Debian's libfaketime), to run the built CLI on a clock that runs faster than the wall's
 * (`LD_PRELOAD=… FAKETIME="+0 x20"`), so a test of a time box of minutes takes seconds; undefined without it.
 */
export const libfaketime: string | undefined = (() => {
  const dirs = ['/usr/lib/faketime', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}/faketime`) : [])];
  return dirs.map((d) => `${d}/libfaketime.so.1`).find((f) => existsSync(f));
})();

/**
 * The CLI's output in a real terminal (util-linux `script`) `cols` columns wide, with no colour: its
 * standard output and error as the terminal shows them, with plain line ends.
 */
export function inTerminal(args: readonly string[], cols: number, options: RunOptions = {}): string {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  // (Not the COLUMNS of the shell that runs the tests: it would say the width over the terminal's.)
  const env = cliEnv({ COLUMNS: undefined, ...options.env });
  const done = spawnSync('script', ['-qfec', `stty cols ${cols}; ${quoted}`, '/dev/null'], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
  return done.stdout.replace(/\r\n/g, '\n');
}

/** The lines of `text` longer than `cols` characters (as a terminal counts them: "●" is one). */
export const overflowing = (text: string, cols: number): string[] => text.split('\n').filter((line) => [...line].length > cols);

export interface PtyOptions {
  /** The terminal's width (`stty cols`), 100 unless said; it has 40 rows. */
  cols?: number;
  /** COLUMNS, set on the command alone (bash sets its own after stty changes the size); unset unless said. */
  columns?: number | string;
  /** Words before the command: variables such as `TERM=dumb`, or `LD_PRELOAD=… FAKETIME=…`. */
  before?: string;
  /** A command run after the `exit=N` line, such as `stty -a` to show the terminal as the CLI left it. */
  after?: string;
  /** Colour: no NO_COLOR, and with `force`, FORCE_COLOR=1. Off unless said. */
  colour?: boolean;
  force?: boolean;
}

/**
 * `tpm-prep ARGS` (as the shell reads them) in a real pseudo-terminal (util-linux `script`) in `dir`, with
 * TERM=xterm (a terminal that redraws) and no colour unless said, then `echo "exit=$?"`: bash, which says the exit code
 * also when a Ctrl-C (SIGINT, in the terminal's line mode) ends the CLI cleanly. Type into it (`press`), wait for
 * text on it (`waitFor`, from where the last wait found its text), read it (`screen`, with plain line ends); `closed`
 * settles with the exit code of `script`, which is the last command's.
 */
export function inPseudoTerminal(dir: string, args: string, options: PtyOptions = {}) {
  const { cols = 100, columns, before = '', after, colour = false, force = false } = options;
  const command =
    `stty cols ${cols} rows 40; ${columns === undefined ? '' : `COLUMNS=${columns} `}${before ? `${before} ` : ''}` +
    `'${process.execPath}' '${BIN}' ${args}; echo "exit=$?"${after ? `; ${after}` : ''}`;
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm', NO_COLOR: colour ? undefined : '1', FORCE_COLOR: force ? '1' : undefined, SHELL: '/bin/bash' };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
  const shown = () => screen.replace(/\r\n/g, '\n');
  let seen = 0;
  const waitFor = async (text: string) => {
    const started = Date.now();
    for (;;) {
      const at = shown().indexOf(text, seen);
      if (at !== -1) return void (seen = at + text.length);
      if (Date.now() - started > 10_000) throw new Error(`Timed out waiting for ${JSON.stringify(text)}:\n${shown().slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const press = async (key: string) => {
    await new Promise((r) => setTimeout(r, 60));
    child.stdin.write(key);
  };
  const closed = new Promise<number | null>((r) => child.on('close', (status: number | null) => r(status)));
  // A drill's answer: Enter starts the clock, and once it is seen running (`started`), Enter stops it.
  const answer = async (started: string) => {
    await waitFor('Press Enter to start');
    await press('\r');
    await waitFor(started);
    await press('\r');
  };
  return { waitFor, press, answer, closed, screen: shown };
}
