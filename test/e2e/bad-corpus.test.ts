/**
 * The hostile-file corpus in test/fixtures/bad/ (expected outcomes in bad.expected.yaml), each file linted on its own and all of them together,
 * plus the files too big to commit (a 5 MB story, a 3 MB line), generated here. In every case: exit 0, 1
 * or 2; each problem names its line; no stack trace; done in seconds; the other files still linted.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const BAD = 'test/fixtures/bad';
const expected: Record<string, { exit: number; rules: string[] }> = parse(readFileSync(`${BAD}.expected.yaml`, 'utf8'));
const STACK = /\n\s+at .+:\d+:\d+\)?\n|Error: .*\n\s+at /;

// A check whose cost grew with the square of the text would take many minutes on these files (the runs below take
// seconds alone); a run past the time given is killed and has no exit status, so the test fails. Speed itself is
// npm run bench's job (its "hostile" cases), not a wall-clock bound here, which a busy machine broke (54 s against 45).
function lintJson(args: string[], cwd?: string, timeout = 150_000) {
  const run = cli(['lint', '--format', 'json', ...args], { cwd, timeout });
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stdout).not.toMatch(STACK);
  expect([0, 1, 2]).toContain(run.status);
  return { run, files: run.stdout ? (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[]) : [] };
}

describe('test/fixtures/bad, one file at a time', () => {
  it.each(Object.entries(expected))('%s', (name, { exit, rules }) => {
    const { run, files } = lintJson([`${BAD}/${name}`]);
    expect(run.status).toBe(exit);
    const messages = files.flatMap((f) => f.messages);
    for (const rule of rules) expect(messages.map((m) => m.ruleId)).toContain(rule);
    for (const m of messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.message).not.toContain('\n');
    }
  });

  it('duplicate ids across files: the second is an error naming the first', () => {
    const { run, files } = lintJson([`${BAD}/dup-id-a.yaml`, `${BAD}/dup-id-b.yaml`]);
    expect(run.status).toBe(1);
    expect(files[1]!.messages.find((m) => m.ruleId === 'duplicate-id')!.message).toContain(`${BAD}/dup-id-a.yaml:1`);
  });

  it('the whole corpus in one run: every file gets an entry, and the run finishes', () => {
    const { run, files } = lintJson([BAD]);
    expect(run.status).toBe(1);
    expect(files.filter((f) => f.filePath !== `${BAD}/`).length).toBe(Object.keys(expected).length + 2);
  });
});

describe('generated hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 5 MB story and a 3 MB single line are linted, every check in time linear in the text', () => {
    const sentence = 'I moved the batch jobs to the new cluster and cut the nightly run from 6 hours to 2. ';
    writeFileSync(join(dir, 'huge.yaml'), `title: Huge\naction: >-\n${`  ${sentence}\n`.repeat(Math.ceil(5_000_000 / (sentence.length + 3)))}`);
    writeFileSync(join(dir, 'long-line.yaml'), `title: Long line\nresult: "${'cut costs 20% '.repeat(Math.ceil(3_000_000 / 14))}"\n`);
    const { files } = lintJson(['huge.yaml', 'long-line.yaml'], dir);
    expect(files.map((f) => f.filePath)).toEqual(['huge.yaml', 'long-line.yaml']);
    // About 9 s alone on a 2-CPU machine, 54 s on one busy with other test runs.
  }, 160_000);

  it('a long story of sentences that reach the look-around checks is linted, every look-around check in time linear in the text', () => {
    // Each sentence wakes a check that reads around its match (a cost after a call, an omission owned as the
    // mistake, a role that may be software, a bare "Team"): read to the end of the text, they grew with its
    // square (600 KB took 13 s in one check).
    const sentences = 'I recommended the vendor. They said it would be slower. Leaving it out was my mistake. I asked the Payments manager to sign. I left.     Team morale held. ';
    writeFileSync(join(dir, 'repeats.yaml'), `title: Repeats\naction: >-\n  ${sentences.repeat(Math.ceil(800_000 / sentences.length))}\n`);
    const { files } = lintJson(['repeats.yaml'], dir);
    expect(files.map((f) => f.filePath)).toEqual(['repeats.yaml']);
    // About 2 s alone on a 2-CPU machine.
  }, 160_000);

  it.skipIf(process.getuid?.() === 0)('an unreadable file and folder: exit 2, named, the rest still linted', () => {
    mkdirSync(join(dir, 'bank/locked'), { recursive: true });
    writeFileSync(join(dir, 'bank/ok.yaml'), 'title: Fine\n');
    writeFileSync(join(dir, 'bank/secret.yaml'), 'title: Secret\n');
    chmodSync(join(dir, 'bank/secret.yaml'), 0);
    chmodSync(join(dir, 'bank/locked'), 0);
    const { run, files } = lintJson(['bank'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bank/secret.yaml: permission denied');
    expect(run.stderr).toContain('bank/locked: permission denied');
    expect(files.map((f) => f.filePath)).toContain('bank/ok.yaml');
  });
});
