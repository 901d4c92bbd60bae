/**
 * The practice history survives kill -9 and concurrent writers: a writer killed at a random moment
 * never leaves a broken or interleaved line, and earlier lines are never lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/drill/history.js';

let dir: string;
let writer: string;
/** Every writer started, so none outlives the test: a writer left running appends without end. */
const started = new Set<ChildProcess>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tpm-prep-kill-'));
  // The real appendHistory, bundled for a plain child process.
  const module = join(dir, 'history.mjs');
  buildSync({ entryPoints: ['src/drill/history.ts'], bundle: true, format: 'esm', platform: 'node', outfile: module, logLevel: 'silent' });
  writer = join(dir, 'writer.mjs');
  writeFileSync(
    writer,
    `import { appendHistory } from ${JSON.stringify(module)};
const [file, tag] = process.argv.slice(2);
const long = 'x'.repeat(2000);
process.stdout.write('ready\\n');
// A writer is meant to be killed within a moment; one that outlives its test (a timeout, a crashed worker)
// stops on its own, after a few seconds or when its parent is gone, rather than filling the disk.
const parent = process.ppid;
const until = Date.now() + 5000;
for (let i = 0; ; i++) {
  if (i % 100 === 0 && (Date.now() > until || process.ppid !== parent)) process.exit(3);
  appendHistory(file, { version: 1, at: new Date(0).toISOString(), question: tag + '-' + i, category: 'behavioral', lps: ['ownership'],
    story: long, seconds: 100, limit: 120, followup: null, check: { metric: true, saidI: true, partner: true, tradeoff: true }, rating: 4 });
}
`,
  );
});

/** Starts writers on one file, lets them run a random moment, then kills them all with SIGKILL. */
async function killRun(file: string, writers: number, round: number): Promise<void> {
  const children = Array.from({ length: writers }, (_, w) => spawn(process.execPath, [writer, file, `r${round}w${w}`], { stdio: ['ignore', 'pipe', 'inherit'] }));
  for (const child of children) {
    started.add(child);
    child.on('exit', () => started.delete(child));
  }
  await Promise.all(children.map((child) => new Promise((ready) => child.stdout!.once('data', ready))));
  await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 40));
  await Promise.all(children.map((child) => new Promise((exit) => (child.on('exit', exit), child.kill('SIGKILL')))));
}

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('history under kill -9', () => {
  it('loses and corrupts no line in 50 killed runs, with two writers at once', async () => {
    let file = '';
    let previous = '';
    // Whether the last round left a record cut off with no line end after it: it is read again below.
    let carried = 0;
    let read = 0;
    for (let round = 0; round < 50; round++) {
      // A fresh file every ten rounds: each round reads its file whole, and a file that grew for all fifty
      // rounds made the test slow enough to time out on a busy machine.
      if (round % 10 === 0) {
        file = join(dir, `history-${round / 10}.jsonl`);
        previous = '';
        carried = 0;
      }
      await killRun(file, 2, round);
      const text = readFileSync(file, 'utf8');
      // Every earlier line is still there, byte for byte: nothing is truncated or interleaved.
      expect(text.startsWith(previous), `round ${round}`).toBe(true);
      // The only damage a kill can do is to the one record each writer was writing at that moment: a
      // large write cut at a page boundary. The reader skips it with a warning, and the next append
      // starts on a fresh line, so it never spoils a neighbour. (What this round added is read, with the
      // cut record the last round may have left at its end.)
      const added = text.slice(previous.length);
      const { entries, warnings } = parseHistory(added, 'history.jsonl');
      expect(warnings.length, `round ${round}: ${warnings.join(' | ').slice(0, 300)}`).toBeLessThanOrEqual(2 + carried);
      const records = added.split('\n').filter((line) => line.trim() !== '');
      expect(entries.length + warnings.length).toBe(records.length);
      read += entries.length;
      carried = text.endsWith('\n') ? 0 : 1;
      previous = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    }
    expect(read).toBeGreaterThan(50);
    expect(parseHistory(previous, 'history.jsonl').entries.length).toBeGreaterThan(10);
  }, 120_000);
});
