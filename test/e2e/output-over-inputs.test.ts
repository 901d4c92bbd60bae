// `-o, --output` of lint and report never replaces what the command reads: a story file it linted or loaded, the
// config in use, the practice history it charts (by any name that leads there), nor any YAML file that exists. A new
// user's trial lost a story to `lint -o stories/k8s-migration.yaml`, another to `report -o stories/hiring.yaml`, and
// the config to `lint -o .tpm-prep.yaml stories/x.yaml`, each with exit 0. Refused: exit 2, one line naming the
// file, nothing written (not even lint's cache). A new file, or an earlier report, is written as before.
import { existsSync, linkSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { LONE, STRONG, run, scratch } from './support.js';

const tmp = scratch('output');
const CONFIG = 'rules:\n  no-scope: off\n';
const HISTORY = '{"version":1,"at":"2026-11-02T10:00:00.000Z","question":"q","lps":["ownership"],"story":null,"seconds":90,"limit":120,"check":{"metric":true,"saidI":true,"partner":true,"tradeoff":true},"rating":4}\n';

/** A prep folder: a config, two stories, a practice history, and a file of notes in YAML that nothing reads. */
function prep(): string {
  return tmp.write({
    '.tpm-prep.yaml': CONFIG,
    'stories/k8s-migration.yaml': STRONG,
    'stories/hiring.yaml': LONE.replace(/^title: .*$/m, 'title: Hiring loop'),
    '.tpm-prep/history.jsonl': HISTORY,
    'notes/ideas.yml': '- a story about the vendor audit\n',
  });
}

/** Every file under `dir` with its bytes, to show that nothing was written, nor left behind. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return files;
}

const refusal = (file: string, what: string, instead: string) =>
  `tpm-prep: Won't write over ${file}: it is ${what}, and the report would replace it. Nothing was written; name a new file, such as -o ${instead}.\n`;

describe('-o over a file the command reads, or over YAML, is refused and nothing is written', () => {
  const LINT = ['a story file lint reads', 'lint-report.txt'] as const;
  const REPORT = ['a story file report reads', 'report.html'] as const;
  const cases: [string, string[], string, readonly [string, string]][] = [
    ['lint, over the story it lints', ['lint', '-o', 'stories/k8s-migration.yaml', 'stories/k8s-migration.yaml'], 'stories/k8s-migration.yaml', LINT],
    ['lint, over a story of the folder it lints', ['lint', 'stories/', '-o', 'stories/hiring.yaml'], 'stories/hiring.yaml', LINT],
    ['lint, over a story of the default folder', ['lint', '--format', 'json', '--output', 'stories/hiring.yaml'], 'stories/hiring.yaml', LINT],
    ['lint, over the config', ['lint', '-o', '.tpm-prep.yaml', 'stories/k8s-migration.yaml'], '.tpm-prep.yaml', ['the config file lint uses', 'lint-report.txt']],
    ['lint, over a YAML file it does not read', ['lint', '-f', 'sarif', '-o', 'notes/ideas.yml', 'stories/'], 'notes/ideas.yml', ['a YAML file, a story or a config', 'lint-report.txt']],
    ['report, over a story it loads', ['report', '-o', 'stories/hiring.yaml'], 'stories/hiring.yaml', REPORT],
    ['report --redact, over a story it loads', ['report', '--redact', 'stories/', '-o', 'stories/k8s-migration.yaml'], 'stories/k8s-migration.yaml', REPORT],
    ['report, over the config', ['report', '-o', '.tpm-prep.yaml'], '.tpm-prep.yaml', ['the config file report uses', 'report.html']],
    ['report, over the practice history it charts', ['report', '-o', '.tpm-prep/history.jsonl'], '.tpm-prep/history.jsonl', ['the practice history report charts', 'report.html']],
    ['report, over a YAML file it does not read', ['report', 'stories/hiring.yaml', '-o', 'stories/k8s-migration.yaml'], 'stories/k8s-migration.yaml', ['a YAML file, a story or a config', 'report.html']],
  ];

  it.each(cases)('%s', async (_, args, file, [what, instead]) => {
    const dir = prep();
    const before = snapshot(dir);
    // The cache in the folder too, so that "nothing written" covers it.
    const done = await run(args[0] === 'lint' ? [...args, '--cache-location', '.cache'] : args, { cwd: dir });
    expect(done).toEqual({ status: 2, stdout: '', stderr: refusal(file, what, instead) });
    expect(snapshot(dir)).toEqual(before);
  });

  it('by another name that leads to the file: a symbolic link, or a hard link, whatever its extension', async () => {
    const dir = prep();
    symlinkSync('stories/k8s-migration.yaml', join(dir, 'lint.txt'));
    linkSync(join(dir, '.tpm-prep.yaml'), join(dir, 'config.txt'));
    const before = snapshot(dir);
    const linked = await run(['lint', '-o', 'lint.txt', 'stories/'], { cwd: dir });
    expect(linked).toEqual({ status: 2, stdout: '', stderr: refusal('lint.txt', 'a story file lint reads', 'lint-report.txt') });
    const hardLinked = await run(['lint', '-o', 'config.txt', 'stories/'], { cwd: dir });
    expect(hardLinked).toEqual({ status: 2, stdout: '', stderr: refusal('config.txt', 'the config file lint uses', 'lint-report.txt') });
    // A history named with --history, under a name that is no YAML.
    const history = await run(['report', '--history', '.tpm-prep/history.jsonl', '-o', './.tpm-prep//history.jsonl'], { cwd: dir });
    expect(history).toEqual({ status: 2, stdout: '', stderr: refusal('./.tpm-prep//history.jsonl', 'the practice history report charts', 'report.html') });
    expect(snapshot(dir)).toEqual(before);
  });

  it('lint --stdin, over the file --stdin-filename names (the editor buffer is that file)', () => {
    const dir = prep();
    writeFileSync(join(dir, 'stories/draft.story'), STRONG);
    const before = snapshot(dir);
    const done = cli(['lint', '--stdin', '--stdin-filename', 'stories/draft.story', '-o', 'stories/draft.story'], { cwd: dir, input: STRONG });
    expect(done).toEqual({ status: 2, stdout: '', stderr: refusal('stories/draft.story', 'the story file --stdin-filename names', 'lint-report.txt') });
    expect(snapshot(dir)).toEqual(before);
  });
});

// A screen-reader user's trial: `lint -o stories/out.yaml` wrote the report into the bank as a new story file, and the
// next lint failed on it.
describe('-o to a new YAML file in a folder lint reads is refused and nothing is written', () => {
  const refused = (file: string, folder: string) =>
    `tpm-prep: Won't write ${file}: it would be a new YAML file in ${folder}, which lint reads, and the next lint would read the report as a story. Nothing was written; name another file, such as -o lint-report.txt.\n`;
  it.each([
    ['the default folder', ['lint', '-o', 'stories/out.yaml'], '.', 'stories/out.yaml', 'stories/'],
    ['the folder named, in a folder below it not made yet', ['lint', 'stories', '-o', 'stories/reports/out.YML'], '.', 'stories/reports/out.YML', 'stories/'],
    ['the folder named, by a link to it', ['lint', 'stories/', '-f', 'json', '-o', 'linked/out.yaml'], '.', 'linked/out.yaml', 'stories/'],
    ['this folder', ['lint', '.', '-o', 'out.yml'], 'stories', 'out.yml', 'this folder'],
    // A review: a file named puts its folder under the same guard (the next lint of stories/ would read the report).
    ['the folder of a file named', ['lint', 'stories/k8s-migration.yaml', '-o', 'stories/out.yaml'], '.', 'stories/out.yaml', 'stories/'],
  ] as const)('%s', async (_, args, from, file, folder) => {
    const dir = prep();
    symlinkSync('stories', join(dir, 'linked'));
    const before = snapshot(dir);
    const done = await run([...args, '--cache-location', join(dir, '.cache')], { cwd: join(dir, from) });
    expect(done).toEqual({ status: 2, stdout: '', stderr: refused(file, folder) });
    expect(snapshot(dir)).toEqual(before);
  });
});

// A review: `report -o stories/x.yaml` wrote the page into the bank, where lint -o refuses; report refuses it the same way.
describe('-o to a new YAML file in a folder report reads is refused and nothing is written', () => {
  const refused = (file: string, folder: string) =>
    `tpm-prep: Won't write ${file}: it would be a new YAML file in ${folder}, which report reads, and the next report would read the page as a story. Nothing was written; name another file, such as -o report.html.\n`;
  it.each([
    ['the default folder', ['report', '-o', 'stories/x.yaml'], '.', 'stories/x.yaml', 'stories/'],
    ['the folder named, in a folder below it not made yet', ['report', 'stories', '--redact', '-o', 'stories/pages/x.YML'], '.', 'stories/pages/x.YML', 'stories/'],
    ['the folder named, by a link to it', ['report', 'stories/', '-o', 'linked/x.yaml'], '.', 'linked/x.yaml', 'stories/'],
    ['this folder', ['report', '.', '-o', 'x.yml'], 'stories', 'x.yml', 'this folder'],
    ['the folder of a file named', ['report', 'stories/k8s-migration.yaml', '-o', 'stories/x.yaml'], '.', 'stories/x.yaml', 'stories/'],
  ] as const)('%s', async (_, args, from, file, folder) => {
    const dir = prep();
    symlinkSync('stories', join(dir, 'linked'));
    const before = snapshot(dir);
    const done = await run([...args], { cwd: join(dir, from) });
    expect(done).toEqual({ status: 2, stdout: '', stderr: refused(file, folder) });
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes a YAML name outside the folders it reads, as before', async () => {
    const dir = prep();
    const done = await run(['report', 'stories/', '-o', 'pages/report.yaml'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(readFileSync(join(dir, 'pages/report.yaml'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});

describe('-o to a new file, or over an earlier report, is written as before', () => {
  it.each([
    ['lint, a new report', ['lint', '-o', 'reports/lint.txt', 'stories/'], 'reports/lint.txt', 1],
    ['lint, a new file named .yaml', ['lint', '-f', 'json', '-o', 'lint-results.yaml', 'stories/'], 'lint-results.yaml', 1],
    ['lint, over an earlier .txt', ['lint', '-o', 'old.txt', 'stories/'], 'old.txt', 1],
    ['lint, over an earlier .json', ['lint', '-f', 'json', '-o', 'old.json', 'stories/'], 'old.json', 1],
    ['lint, over an earlier .sarif', ['lint', '-f', 'sarif', '-o', 'old.sarif', 'stories/'], 'old.sarif', 1],
    ['report, over an earlier .html', ['report', '-o', 'old.html'], 'old.html', 0],
  ] as const)('%s', async (_, args, file, status) => {
    const dir = prep();
    for (const old of ['old.txt', 'old.json', 'old.sarif', 'old.html']) writeFileSync(join(dir, old), 'an earlier report\n');
    const stories = snapshot(join(dir, 'stories'));
    const done = await run([...args], { cwd: dir });
    expect(done.status).toBe(status);
    expect(done.stderr).not.toContain("Won't write");
    expect(existsSync(join(dir, file))).toBe(true);
    expect(readFileSync(join(dir, file), 'utf8')).not.toBe('an earlier report\n');
    expect(snapshot(join(dir, 'stories'))).toEqual(stories);
    expect(readFileSync(join(dir, '.tpm-prep.yaml'), 'utf8')).toBe(CONFIG);
  });
});

// A new user's trial: `lint -o -` wrote a file named "-", where `report -o -` means standard output. Every -o takes
// "-" as standard output: the report is printed, as without -o, and no file is made.
describe('-o - is standard output, for every command that takes -o', () => {
  it.each([
    ['lint', ['lint', 'stories/'], 1],
    ['lint -f json', ['lint', '-f', 'json', 'stories/'], 1],
    ['lint -f sarif', ['lint', '-f', 'sarif', 'stories/'], 1],
    ['report', ['report'], 0],
  ] as const)('%s', async (_, args, status) => {
    const dir = prep();
    const before = snapshot(dir);
    const [dashed, plain] = await Promise.all([run([...args, '-o', '-'], { cwd: dir }), run([...args, ...(args[0] === 'report' ? ['-o', '-'] : [])], { cwd: dir })]);
    expect(dashed.status).toBe(status);
    expect(dashed.stdout.length).toBeGreaterThan(0);
    expect(dashed.stdout).toBe(plain.stdout);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });
});
