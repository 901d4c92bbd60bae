#!/usr/bin/env node
// `npm run bench`: how fast tpm-prep is as whole processes, against bare Node (`node -e 0`) as the floor.
//
//   node scripts/bench.mjs [--runs N] [--quick] [--keep] [--generate DIR]
//
//   --runs N   timed runs of each case (default 15); the 10,000-story bank gets a third of that (at least 3),
//              and a case whose warm-up run took over 5 s gets 3
//   --quick    5 runs (2 for the 10,000 bank): a smoke check, noisy
//   --keep     keep the generated banks and print where they are, for profiling
//   --generate DIR   only write the banks (DIR/bank-100, bank-1000, bank-10000) and exit
//
// It times dist/ as built (npm run bench builds first). Each round runs every case right after a
// `node -e 0`, so the floor and the cases share the machine's state; a case's figure is its median.
// Peak memory is the process's max RSS, from one untimed warm-up run per case (/usr/bin/time -f %M,
// or, without it, process.resourceUsage() read in the child at exit). The banks are generated from
// stories/ and test/fixtures/weak/ with new ids, names, numbers and some weakened text, in a temp folder.
//
// A script, not a test: it prints ✓/✗ against the targets and always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL_PRINCIPLE_INPUTS } from './adversarial-principle-inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tpm-prep.js');
const NODE = process.execPath;

// ── options ──────────────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const keep = argv.includes('--keep');
const runsArg = argv.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(1, Number.parseInt(argv[runsArg + 1], 10) || 1) : quick ? 5 : 15;
const bigRuns = Math.min(runs, quick ? 2 : Math.max(3, Math.round(runs / 3)));

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.log('bench: dist/cli.js is missing; run `npm run build` first (npm run bench does).');
  process.exit(0);
}

// ── the generated banks ──────────────────────────────────────────────────────────────────────────────
/** A small seeded PRNG (mulberry32), so every run benchmarks the same banks. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One-story files to build from, without comments or ids: the model stories, and the weak fixtures. */
function templates() {
  const found = { strong: [], weak: [] };
  for (const [kind, dir] of [['strong', join(ROOT, 'stories')], ['weak', join(ROOT, 'test', 'fixtures', 'weak')]]) {
    const out = found[kind];
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n');
      if (/^stories:/m.test(text) || /^---/m.test(text)) continue; // one story a file only
      const body = text
        .split('\n')
        .filter((line) => !line.startsWith('#') && !/^id:/.test(line))
        .join('\n')
        .trim();
      if (/^title:/m.test(body)) out.push(body);
    }
  }
  return found;
}

const FIRST = ['Priya', 'Diego', 'Mei', 'Tomasz', 'Aisha', 'Kwame', 'Sofia', 'Hiroshi', 'Fatima', 'Lars', 'Ana', 'Raj', 'Olu', 'Ines', 'Yusuf', 'Grace'];
const LAST = ['Nair', 'Alvarez', 'Chen', 'Kowalski', 'Rahman', 'Mensah', 'Rossi', 'Tanaka', 'Haddad', 'Berg', 'Silva', 'Patel', 'Adeyemi', 'Moreau', 'Demir', 'Okoro'];
const VAGUE_RESULTS = [
  'The launch was a big success and everyone was happy with how it went.',
  'Things improved a lot, and leadership was pleased with the outcome.',
  'The program went well and the teams were much more aligned afterwards.',
];
const HEDGES = ['I think I ', 'I believe I ', 'I basically '];

/** The lines of a top-level field (its key line and the indented lines under it), as [start, end). */
function fieldRange(lines, key) {
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || lines[end].startsWith(' '))) end++;
  return [start, end];
}

/** Replaces a field's block with what `edit` returns for it (an empty list drops the field). */
function editField(body, key, edit) {
  const lines = body.split('\n');
  const range = fieldRange(lines, key);
  if (!range) return body;
  lines.splice(range[0], range[1] - range[0], ...edit(lines.slice(...range)));
  return lines.join('\n');
}

/** A number of a similar size (a percentage stays under 100), with as many decimals. */
function varyNumber(text, percent, rand) {
  const decimals = text.split('.')[1]?.length ?? 0;
  const value = Number(text) * (percent ? 0.5 + rand() * 0.5 : 0.5 + rand());
  return decimals > 0 ? value.toFixed(decimals) : String(Math.max(1, Math.round(value)));
}

/** One varied story: new names and numbers, and for some a gap the rules should find. */
function vary(template, n, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let body = template;
  for (const m of template.matchAll(/^\s*-?\s*name:\s*(.+)$/gm)) {
    const name = m[1].trim().replace(/^['"]|['"]$/g, '');
    body = body.split(name).join(`${pick(FIRST)} ${pick(LAST)}`);
  }
  body = body.replace(/\b\d+(?:\.\d+)?(%?)/g, (d, percent) => varyNumber(d.replace('%', ''), percent, rand) + percent);
  body = body.replace(/^title:\s*(.*)$/m, (_, t) => `title: ${t.replace(/^['"]|['"]$/g, '')} (${n})`);
  const roll = rand();
  if (roll < 0.1) body = editField(body, 'action', (lines) => lines.map((l) => l.replace(/\bI (?=[a-z])/g, (_, at, all) => (/(?:^\s*|[.!?]\s)$/.test(all.slice(0, at)) ? 'We ' : 'we '))));
  else if (roll < 0.18) body = editField(body, 'tradeoff', () => []);
  else if (roll < 0.24) body = editField(body, 'result', () => ['result: >-', `  ${pick(VAGUE_RESULTS)}`]);
  else if (roll < 0.3) body = editField(body, 'action', ([key, first, ...rest]) => [key, first.replace(/^(\s*)I /, `$1${pick(HEDGES)}`), ...rest]);
  else if (roll < 0.34) body = `draft: true\n${body}`;
  else if (roll < 0.37) body = `# tpm-prep-disable no-named-partner -- the partner is confidential\n${body}`;
  return body;
}

/** Writes a bank of `count` stories under `dir`: files of one story, and some of 2–4 (`---` or `stories:`). */
function generateBank(dir, count, seed) {
  const rand = prng(seed);
  const { strong, weak } = templates();
  if (strong.length === 0) throw new Error('no stories/ to build a bank from');
  let n = 0;
  let file = 0;
  while (n < count) {
    const folder = join(dir, count > 100 ? `area-${String(Math.floor(file / 100)).padStart(2, '0')}` : '');
    mkdirSync(folder, { recursive: true });
    const several = rand() < 0.2 ? 2 + Math.floor(rand() * 3) : 1;
    const stories = [];
    for (let i = 0; i < several && n < count; i++, n++) {
      const id = `story-${String(n).padStart(5, '0')}`;
      const from = weak.length > 0 && rand() < 0.2 ? weak : strong;
      stories.push({ id, body: vary(from[n % from.length], n, rand) });
    }
    const header = '# yaml-language-server: $schema=../schema/story.schema.json\n';
    let text;
    if (stories.length === 1) text = `${header}id: ${stories[0].id}\n${stories[0].body}\n`;
    else if (rand() < 0.5) text = header + stories.map((s) => `id: ${s.id}\n${s.body}\n`).join('---\n');
    else {
      const item = (s) => `id: ${s.id}\n${s.body}`.split('\n').map((line, i) => (i === 0 ? `  - ${line}` : line ? `    ${line}` : line)).join('\n');
      text = `${header}stories:\n${stories.map(item).join('\n')}\n`;
    }
    writeFileSync(join(folder, `${stories[0].id}${file % 7 === 0 ? '.yml' : '.yaml'}`), text);
    file++;
  }
  return { dir, files: file };
}

// ── running ──────────────────────────────────────────────────────────────────────────────────────────
const env = { ...process.env };
delete env.TIMING;
delete env.FORCE_COLOR;
env.NO_COLOR = '1';

/** One whole process, its wall time in ms; stdout is discarded (a 10,000-story report is megabytes). */
function run(argsList, { cwd = ROOT, extraEnv, wrap } = {}) {
  const [cmd, ...args] = wrap ? [...wrap, NODE, ...argsList] : [NODE, ...argsList];
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd, env: extraEnv ? { ...env, ...extraEnv } : env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: result.status, signal: result.signal, stderr: result.stderr?.toString() ?? '', error: result.error };
}

const HAS_TIME = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'pipe' }).status === 0;
const RSS_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent("import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))");

/** Max RSS in MB of one run, and that run's result. */
function measureMemory(argsList, opts, scratch) {
  const out = join(scratch, 'rss.txt');
  rmSync(out, { force: true });
  const result = HAS_TIME
    ? run(argsList, { ...opts, wrap: ['/usr/bin/time', '-f', '%M', '-o', out] })
    : run([`--import=${RSS_PRELOAD}`, ...argsList], { ...opts, extraEnv: { BENCH_RSS_FILE: out } });
  const kb = existsSync(out) ? Number.parseInt(readFileSync(out, 'utf8').trim().split('\n').pop(), 10) : NaN;
  return { result, mb: kb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const generateArg = argv.indexOf('--generate');
if (generateArg >= 0) {
  const dir = argv[generateArg + 1] ?? 'bench-banks';
  for (const [size, seed] of [[100, 1], [1000, 2], [10000, 3]]) generateBank(join(dir, `bank-${size}`), size, seed);
  console.log(`banks written to ${dir}`);
  process.exit(0);
}

// ── the cases ────────────────────────────────────────────────────────────────────────────────────────
const scratch = mkdtempSync(join(tmpdir(), 'tpm-prep-bench-'));
const banks = {};
const genStart = performance.now();
for (const [size, seed] of [[100, 1], [1000, 2], [10000, 3]]) banks[size] = generateBank(join(scratch, `bank-${size}`), size, seed);
const genMs = performance.now() - genStart;

// Lint keeps a cache of each file's findings (src/lint/cache.ts), and drill one of each story file's stories and
// what their words show (src/drill/cache.ts), in the bench's own cache folder. The warm-up run fills it, so a plain
// `lint` case is a commit hook's run over an unchanged bank, and `drill` a drill over one; `--no-cache` cases read
// every story every time; the "one file changed" case rewrites one file before each run, as a commit that touches
// one story does.
env.XDG_CACHE_HOME = join(scratch, 'cache');
const firstArea = join(banks[10000].dir, readdirSync(banks[10000].dir).sort()[0]);
const changing = join(firstArea, readdirSync(firstArea).sort()[0]);
const original = readFileSync(changing, 'utf8');
let edits = 0;
const editOne = () => writeFileSync(changing, `${original}# edit ${++edits}\n`);

// Hostile input, as test/e2e/bad-corpus.test.ts writes it: a 5 MB story and a 3 MB single line, linted without the
// cache. The test checks they are linted at all; how long it takes is measured here, not bounded there.
const hostile = join(scratch, 'hostile');
mkdirSync(hostile);
const sentence = 'I moved the batch jobs to the new cluster and cut the nightly run from 6 hours to 2. ';
writeFileSync(join(hostile, 'huge.yaml'), `title: Huge\naction: >-\n${`  ${sentence}\n`.repeat(Math.ceil(5_000_000 / (sentence.length + 3)))}`);
writeFileSync(join(hostile, 'long-line.yaml'), `title: Long line\nresult: "${'cut costs 20% '.repeat(Math.ceil(3_000_000 / 14))}"\n`);

// Pathological patterns: the inputs that once sent a rule's regexps backtracking through every reading (a run of adverbs
// after "We have" or "I have", a list of functions with no end, long runs of spaces, "my fault" over and over, a story
// of a thousand accident sentences, long runs of money-like numbers, two thousand "we'd"s), each a story of its own, linted without the cache. The rules' tests check they are
// read, and rightly; how long they take is measured here, not bounded there.
const pathological = join(scratch, 'pathological');
mkdirSync(pathological);
const quoted = (text) => JSON.stringify(text);
[
  `We have ${'finally '.repeat(40)}nothing to add. I have ${'also then '.repeat(40)}nothing to add.`,
  `I worked with ${'risk, '.repeat(24)}and more. ${'with risk, '.repeat(400)}`,
  `I missed the date.${' '.repeat(40_000)}my fault ${'it was not my fault '.repeat(4_000)} I set up a weekly sync.`,
  `${'not '.repeat(10_000)}${' '.repeat(40_000)}end.`,
  'I ran the script and it deleted 14 tables, '.repeat(1000),
  'I interviewed the heads of finance about their reporting. '.repeat(1000),
  `${'keeping the old cluster an extra month '.repeat(120)}${'the delay '.repeat(500)}${'holding '.repeat(600)}`,
  `${'- Moved disk and CPU warnings to a queue and to\n'.repeat(2_000)}${'- Put the put the put the on '.repeat(2_000)}`,
  'I could not ship it on time. '.repeat(2_000),
  'I tried to fix it, '.repeat(20_000),
  // Many a "we'd" whose purpose is asked of its full form ("so that we had…"): the whole text was rebuilt for each.
  "I cut scope so that we'd ship on time. ".repeat(2_000),
  // Long runs read again from every point, digit or hyphen in them: money with a point after every digit, a share whose
  // number is such a run, twenty thousand digits, a digit after every hyphen, letters and hyphens.
  `€${'1.'.repeat(10_000)}1`,
  `${'1.'.repeat(10_000)}5% of the sellers had updated before the deadline.`,
  '1'.repeat(20_000),
  '-1'.repeat(10_000),
  'a-'.repeat(20_000),
  // A run of blanks read again from each of its blanks for a line break after it, and "every" read to the sentence's end at
  // each "Since this, every" (a review: 21 s and 16 s).
  `I fixed it.${' '.repeat(50_000)}x`,
  `${'Since this, every x '.repeat(10_000)} has had`,
  // Every "I" and every "and" read the text to its end for the actions listed after it (a review: over 40 s).
  'I and ran '.repeat(15_000),
  // A rollout's order of many a given name before "Park": each stop read its whole sentence again for another that is a place.
  `I rolled it out: ${'Priya Park first, then '.repeat(9_000)}Leeds.`,
].forEach((action, i) => writeFileSync(join(pathological, `p${i}.yaml`), `title: Pathological ${i}\ntags: [failure]\nsituation: The ledger was slow.\ntask: I owned it.\naction: ${quoted(action)}\nresult: Cut p99 from 2 s to 1 s.\n`));
// …and in the result, where missing-metric and vague-outcome read its numbers: money with a comma after every digit, and
// a number of twenty thousand groups of thousands (each read again after every comma); and many a small-n naira amount
// after a money word, each of which read the whole sentence so far again (a review: about a minute, 111 s in a lint); and
// as many after an article, each hyphened to a word or a noun after it (each read for a name's use).
[`$${'1,'.repeat(20_000)}1`, `1${',000'.repeat(20_000)}`, `We saved ${'n1m '.repeat(50_000)}`, `We paid ${'the n1m-row the n2bn service '.repeat(7_000)}`].forEach((result, i) =>
  writeFileSync(join(pathological, `r${i}.yaml`), `title: Pathological result ${i}\nsituation: The ledger was slow.\ntask: I owned it.\naction: I fixed it.\nresult: ${quoted(result)}\n`),
);

// Adversarial principle inputs (scripts/adversarial-principle-inputs.mjs): text shaped to make a principle signal's
// regexp backtrack, each the action of a story of its own, mapped (map keeps no cache, so every signal reads each).
const adversarial = join(scratch, 'adversarial');
mkdirSync(adversarial);
ADVERSARIAL_PRINCIPLE_INPUTS.forEach((action, i) => writeFileSync(join(adversarial, `a${i}.yaml`), `title: Adversarial ${i}\nsituation: The ledger was slow.\ntask: I owned it.\naction: ${quoted(action)}\nresult: Cut p99 from 2 s to 1 s.\n`));

const cases = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], floor: true },
  { name: 'lint stories/', args: [BIN, 'lint', 'stories/'] },
  { name: 'lint --no-cache stories/', args: [BIN, 'lint', '--no-cache', 'stories/'] },
  { name: 'lint 100 stories', args: [BIN, 'lint', banks[100].dir] },
  { name: 'lint 1,000 stories', args: [BIN, 'lint', banks[1000].dir] },
  { name: 'lint 10,000 stories', args: [BIN, 'lint', banks[10000].dir], runs: bigRuns },
  { name: 'lint 10,000, one file changed', args: [BIN, 'lint', banks[10000].dir], runs: bigRuns, before: editOne },
  { name: 'lint --no-cache 1,000 stories', args: [BIN, 'lint', '--no-cache', banks[1000].dir] },
  { name: 'lint --no-cache 10,000 stories', args: [BIN, 'lint', '--no-cache', banks[10000].dir], runs: bigRuns },
  { name: 'map 1,000 stories', args: [BIN, 'map', banks[1000].dir] },
  { name: 'drill --print --count 1', args: [BIN, 'drill', '--print', '--count', '1', '--seed', 'bench'] },
  { name: 'drill --print --no-cache', args: [BIN, 'drill', '--print', '--count', '1', '--seed', 'bench', '--no-cache'] },
  { name: 'lint --no-cache, a 5 MB story and a 3 MB line', args: [BIN, 'lint', '--no-cache', hostile] },
  { name: 'lint --no-cache, pathological patterns', args: [BIN, 'lint', '--no-cache', pathological] },
  { name: 'map, adversarial principle inputs', args: [BIN, 'map', adversarial] },
];
for (const c of cases) c.times = [];

const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
let commit = '';
try {
  commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).stdout?.toString().trim() ?? '';
} catch {}
console.log(`tpm-prep bench · node ${process.version} · ${availableParallelism()} cpu · ${cpuModel}${commit ? ` · HEAD ${commit}` : ''}`);
console.log(
  `banks: ${[100, 1000, 10000].map((n) => `${n.toLocaleString('en-US')} stories in ${banks[n].files} files`).join(', ')} (generated in ${genMs.toFixed(0)} ms, ${scratch})`,
);
console.log(`runs: ${runs} per case, ${bigRuns} for the 10,000 bank, interleaved with node -e 0; memory: ${HAS_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'}\n`);

// Warm-up (untimed): fills the file cache, measures peak memory, and drops a case that can't run.
for (const c of cases) {
  c.before?.();
  let { result, mb } = measureMemory(c.args, {}, scratch);
  // A cached case's first run fills the cache; its memory is a later run's, as a hook sees it.
  if (!c.floor && (c.args.includes('lint') || c.args.includes('drill')) && !c.args.includes('--no-cache')) {
    c.before?.();
    ({ result, mb } = measureMemory(c.args, {}, scratch));
  }
  c.mb = mb;
  // A case that takes seconds gets 3 runs, so a slow build still finishes the bench in minutes.
  if (result.ms > 5000) c.runs = Math.min(c.runs ?? runs, 3);
  if (result.error || result.signal || (result.status !== 0 && result.status !== 1)) {
    const first = (result.stderr.split('\n').find((l) => l.trim()) ?? String(result.error ?? result.signal ?? '')).trim();
    c.skip = /unknown command/i.test(result.stderr) ? 'not available' : `failed (exit ${result.status ?? result.signal}): ${first}`;
  }
}

const floor = cases[0];
const active = cases.filter((c) => !c.floor && !c.skip);
for (let round = 0; round < runs; round++) {
  for (const c of active) {
    if (round >= (c.runs ?? runs)) continue;
    floor.times.push(run(floor.args).ms);
    c.before?.();
    c.times.push(run(c.args).ms);
  }
  if (process.stderr.isTTY) process.stderr.write(`\r  round ${round + 1}/${runs}`);
}
if (process.stderr.isTTY) process.stderr.write('\r' + ' '.repeat(30) + '\r');

// ── the report ───────────────────────────────────────────────────────────────────────────────────────
const floorMs = median(floor.times);
for (const c of cases) c.ms = median(c.times);
const rows = [['case', 'runs', 'median ms', '× floor', '+ms', 'peak MB']];
for (const c of cases) {
  if (c.skip) {
    rows.push([c.name, '-', c.skip, '', '', '']);
    continue;
  }
  rows.push([
    c.name,
    String(c.times.length),
    c.ms.toFixed(1),
    (c.ms / floorMs).toFixed(2),
    c.floor ? '' : (c.ms - floorMs).toFixed(1),
    Number.isFinite(c.mb) ? c.mb.toFixed(1) : '?',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[1] === '-' && i > 1 ? 0 : r[i].length))));
for (const [i, r] of rows.entries()) {
  if (r[1] === '-') console.log(`${r[0].padEnd(widths[0])}  ${r[2]}`);
  else console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
}

const byName = Object.fromEntries(cases.map((c) => [c.name, c]));
const ok = (c) => c && !c.skip && Number.isFinite(c.ms);
const ratio = (c) => `${(c.ms / floorMs).toFixed(2)}×`;
const targets = [
  ['lint stories/ ≤ 1.3× floor', byName['lint stories/'], (c) => c.ms <= 1.3 * floorMs, ratio],
  ['lint --no-cache stories/ ≤ 1.3× floor', byName['lint --no-cache stories/'], (c) => c.ms <= 1.3 * floorMs, ratio],
  ['drill --print ≤ 1.5× floor', byName['drill --print --count 1'], (c) => c.ms <= 1.5 * floorMs, ratio],
  ...['lint 10,000 stories', 'lint 10,000, one file changed', 'lint --no-cache 10,000 stories'].map((name) => [`${name} < 1 s`, byName[name], (c) => c.ms < 1000, (c) => `${c.ms.toFixed(0)} ms`]),
  ...[['lint', ''], ['lint --no-cache', '--no-cache ']].map(([label, flag]) => [
    `${label} 10,000 ≤ 12× 1,000`,
    byName[`lint ${flag}10,000 stories`],
    (c) => ok(byName[`lint ${flag}1,000 stories`]) && c.ms <= 12 * byName[`lint ${flag}1,000 stories`].ms,
    (c) => (ok(byName[`lint ${flag}1,000 stories`]) ? `${(c.ms / byName[`lint ${flag}1,000 stories`].ms).toFixed(2)}×` : 'no 1,000 figure'),
  ]),
  ...['lint 10,000 stories', 'lint 10,000, one file changed', 'lint --no-cache 10,000 stories'].map((name) => [
    `peak memory, ${name} < 150 MB`,
    byName[name],
    (c) => c.mb < 150,
    (c) => (Number.isFinite(c.mb) ? `${c.mb.toFixed(1)} MB` : 'unknown'),
  ]),
];
console.log('\ntargets');
for (const [label, c, pass, shown] of targets) {
  if (!ok(c)) console.log(`  ?  ${label}: ${c?.skip ?? 'not measured'}`);
  else console.log(`  ${pass(c) ? '✓' : '✗'}  ${label}: ${shown(c)}`);
}

// TIMING=1 on the 1,000 bank: lint's own split of loading and per-rule time (its stderr).
const timed = spawnSync(NODE, [BIN, 'lint', '--no-cache', banks[1000].dir], { cwd: ROOT, env: { ...env, TIMING: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
const table = (timed.stderr?.toString() ?? '').split('\n').filter((l) => /\d\.\d{3}\s*$|^Rule\b/.test(l));
console.log('\nTIMING=1 tpm-prep lint --no-cache <1,000 bank> (stderr; ms inside the process)');
console.log(table.length > 0 ? table.map((l) => `  ${l}`).join('\n') : '  (no timing table on stderr)');

writeFileSync(changing, original);
if (keep) console.log(`\nbanks kept in ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
process.exitCode = 0;
