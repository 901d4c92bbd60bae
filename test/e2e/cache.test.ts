/**
 * The lint cache through the real CLI: a second run gives the same report as the first and as
 * --no-cache, re-lints only what changed, notices a changed config, survives a bad or unwritable cache,
 * and writes nothing beside the stories.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { LONE, NO_METRIC, ROOT, STACK_TRACE, STRONG, WE_TASK, run, scratch, type Tree } from './support.js';

const tmp = scratch('cache');
const WEAK = join(ROOT, 'test/fixtures/weak');
const weakFiles = Object.fromEntries(readdirSync(WEAK).map((name) => [`stories/${name}`, readFileSync(join(WEAK, name))]));

/** A fresh prep folder with its own cache file, and a way to lint it. */
function prep(files: Tree) {
  const dir = tmp.write(files);
  const cache = `${dir}.cache`;
  const lint = (args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    run(['lint', '--cache-location', cache, ...args, 'stories/'], { cwd: dir, env });
  /** `cache: N of M files reused`, from TIMING=1. */
  const reused = async (args: string[] = []) => /cache: (\d+) of (\d+)/.exec((await lint(args, { TIMING: '1' })).stderr)?.slice(1, 3).join(' of ');
  return { dir, cache, lint, reused, write: (rel: string, text: string) => writeFileSync(join(dir, rel), text) };
}

/** The fingerprint lint's cache used before SHA-1 (cyrb53 with two seeds, and the length), to write a cache as an earlier build did. */
function cyrb53(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let [a1, a2, b1, b2] = [0xdeadbeef, 0x41c6ce57, 0xdeadbeef ^ 0x9e3779b9, 0x41c6ce57 ^ 0x9e3779b9];
  for (const ch of bytes) {
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2246822519);
    b2 = Math.imul(b2 ^ ch, 3266489917);
  }
  const finish = (h1: number, h2: number) => {
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return `${finish(a1, a2)}${finish(b1, b2)}${bytes.length.toString(36)}`;
}

// Each lint here runs every rule over full stories unless the cache serves it: about a second of CPU for the weak
// fixtures, and half that for two or three stories. The two tests that compare every format and every option
// with --no-cache run seven such lints and a handful of cached ones, some 7 s of CPU: at a load of 4 to 5 on two
// cores, 15 to 20 s; they get three times that. The rest run a few lints each, within the default.
const EVERY_WAY = 60_000;

describe('lint cache', () => {
  // The run that fills the cache and the runs it serves, against --no-cache. The cache holds what lint found, not
  // what a format made of it, so one run fills it for every format; the runs for the formats go side by side.
  it('gives the same report from the cache as from the rules, in every format', { timeout: EVERY_WAY }, async () => {
    const p = prep({ ...weakFiles, 'stories/dup-a.yaml': `id: same\n${LONE}`, 'stories/dup-b.yaml': `id: same\n${STRONG}` });
    const [fresh, first] = [await p.lint(['--no-cache', '-f', 'json']), await p.lint(['-f', 'json'])];
    expect([fresh.status, first.status]).toEqual([1, 1]);
    expect(first.stdout).toBe(fresh.stdout);
    const formats = ['stylish', 'json', 'compact', 'github', 'sarif'];
    const runs = await Promise.all(formats.map((format) => Promise.all([p.lint(['--no-cache', '-f', format]), p.lint(['-f', format])])));
    for (const [uncached, cached] of runs) {
      expect([uncached.status, cached.status]).toEqual([1, 1]);
      expect(cached.stdout).toBe(uncached.stdout);
      expect(cached.stderr).toBe('');
    }
    expect(await p.reused()).toBe(`${Object.keys(weakFiles).length + 2} of ${Object.keys(weakFiles).length + 2}`);
    // The cached run still finds the id the two files share, and the bank-level findings.
    const json = JSON.parse((await p.lint(['-f', 'json'])).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(json.flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('duplicate-id');
    expect(json.at(-1)!.filePath).toBe('stories/');
  });

  it('gives the same output and exit code from the cache with -q, --max-warnings, directives, drafts, a parse error and an unreadable file', { timeout: EVERY_WAY }, async () => {
    const p = prep({
      'stories/draft.yaml': `draft: true\n${LONE}`,
      'stories/directives.yaml': `# tpm-prep-disable no-named-partner\n${LONE.replace(/^action:/m, '# tpm-prep-disable-next-line no-tradeoff\naction:')}`,
      'stories/broken.yaml': 'title: [unclosed\n',
      'stories/weak.yaml': readFileSync(join(WEAK, 'all-four.yaml')),
      'stories/gone.yaml': { link: 'nowhere.yaml' },
    });
    // One run fills the cache, whatever it shows; each way of showing it then runs with the cache and without.
    await p.lint();
    const options = [[], ['-q'], ['--max-warnings', '0'], ['-q', '-f', 'json']];
    const runs = await Promise.all(options.map((args) => Promise.all([p.lint(['--no-cache', ...args]), p.lint(args)])));
    for (const [fresh, cached] of runs) {
      expect(fresh.status).toBe(2); // the dangling link is an IO problem
      expect([cached.status, cached.stdout, cached.stderr]).toEqual([fresh.status, fresh.stdout, fresh.stderr]);
    }
  });

  it('runs no rule and reads no config on a run the cache serves whole', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC, 'stories/a.yaml': STRONG, '.tpm-prep.yaml': 'rules:\n  hedging: error\n' });
    const rules = /^(missing-metric|unsupported-principle|lp-coverage|hedging)\s+\d/m;
    const first = await p.lint([], { TIMING: '1' });
    expect(first.stderr).toMatch(rules);
    const second = await p.lint([], { TIMING: '1' });
    expect(second.stderr).not.toMatch(rules);
    expect(second.stderr).toContain('cache: 2 of 2 files reused');
    expect(second.stdout).toBe(first.stdout);
  });

  it('loads no node:v8 on a run the cache serves whole (it sets V8 flags for the rules only)', async () => {
    const p = prep({ 'stories/a.yaml': STRONG });
    // Node's own list of the built-in modules the run loaded, written to stderr as it exits.
    const preload = join(p.dir, 'loaded.cjs');
    writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nloaded: ' + process.moduleLoadList.join(',')));\n");
    const loaded = async () => /loaded: (.*)/.exec((await p.lint([], { NODE_OPTIONS: `--require ${preload}` })).stderr)![1]!.split(',');
    expect(await loaded()).toContain('NativeModule v8');
    expect(await loaded()).not.toContain('NativeModule v8');
  });

  it('takes a cache entry of the wrong shape as a miss, and replaces it', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC });
    const expected = await p.lint(['--no-cache']);
    await p.lint();
    const [shard] = readdirSync(p.cache);
    const data = JSON.parse(readFileSync(join(p.cache, shard!), 'utf8'));
    data.files['stories/b.yaml'].linted = {};
    data.bank.messages = 5;
    writeFileSync(join(p.cache, shard!), JSON.stringify(data));
    const r = await p.lint();
    expect([r.status, r.stdout, r.stderr]).toEqual([expected.status, expected.stdout, '']);
    expect(await p.reused()).toBe('1 of 1');
  });

  it('re-lints only the file that changed, and reports what changed', async () => {
    const p = prep({ 'stories/a.yaml': `id: shared\n${STRONG}`, 'stories/b.yaml': NO_METRIC, 'stories/c.yaml': `id: other\n${STRONG}` });
    expect((await p.lint(['-f', 'compact'])).stdout).toContain('missing-metric');
    expect(await p.reused()).toBe('3 of 3');
    p.write('stories/b.yaml', WE_TASK);
    expect(await p.reused()).toBe('2 of 3');
    const after = await p.lint(['-f', 'compact']);
    expect(after.stdout).not.toContain('missing-metric');
    expect(after.stdout).toContain('we-instead-of-i');
    // An id taken by a file that changed is still a duplicate of one that didn't, each told of the other.
    p.write('stories/c.yaml', `id: shared\n${STRONG}`);
    const dup = await p.lint(['-f', 'compact']);
    expect(dup.stdout).toMatch(/^stories\/c\.yaml:1:1: error The id `shared` is also used by stories\/a\.yaml:1\. .*\[duplicate-id\]$/m);
    expect(dup.stdout).toMatch(/^stories\/a\.yaml:1:1: error The id `shared` is also used by stories\/c\.yaml:1\. .*\[duplicate-id\]$/m);
    expect(dup.status).toBe(1);
  });

  it('drops what it holds for the files of a folder it lints that are gone, a folder gone with them, and keeps the rest', async () => {
    const p = prep({
      'stories/a.yaml': STRONG,
      'stories/sub/b.yaml': `id: b\n${LONE}`,
      'stories/sub/c.yaml': `id: c\n${NO_METRIC}`,
      'stories/old/d.yaml': `id: d\n${WE_TASK}`,
      'stories/notes.txt': `id: notes\n${STRONG}`,
      'other/x.yaml': `id: x\n${LONE}`,
    });
    /** Every file the cache holds an entry for, over all its shards. */
    const held = () => readdirSync(p.cache).flatMap((shard) => Object.keys(JSON.parse(readFileSync(join(p.cache, shard), 'utf8')).files as object)).sort();
    await p.lint();
    // A file named outside the folder's stories, and another folder, linted from here too.
    await run(['lint', '--cache-location', p.cache, 'stories/notes.txt', 'other/'], { cwd: p.dir });
    expect(held()).toEqual(['other/x.yaml', 'stories/a.yaml', 'stories/notes.txt', 'stories/old/d.yaml', 'stories/sub/b.yaml', 'stories/sub/c.yaml']);
    const shards = readdirSync(p.cache).length;

    rmSync(join(p.dir, 'stories/sub/b.yaml'));
    rmSync(join(p.dir, 'stories/old'), { recursive: true });
    // Nothing left to lint afresh: the files left are all in the cache. The gone ones are dropped all the same,
    // the shard of stories/old/ with them; the .txt and other/ (not linted by this run, still there) are kept.
    expect(await p.reused()).toBe('2 of 2');
    expect(held()).toEqual(['other/x.yaml', 'stories/a.yaml', 'stories/notes.txt', 'stories/sub/c.yaml']);
    expect(readdirSync(p.cache)).toHaveLength(shards - 1);
    // A run over a few named files drops nothing it didn't read: the folder's entries serve the next run whole.
    rmSync(join(p.dir, 'stories/sub/c.yaml'));
    expect((await run(['lint', '--cache-location', p.cache, 'stories/a.yaml'], { cwd: p.dir, env: { TIMING: '1' } })).stderr).toContain('cache: 1 of 1 file reused');
    expect(held()).toContain('stories/sub/c.yaml');
    expect(await p.reused()).toBe('1 of 1');
    expect(held()).toEqual(['other/x.yaml', 'stories/a.yaml', 'stories/notes.txt']);
  });

  // A fresh-eyes review: the shard of a folder deleted whole was rewritten, not removed, where that folder had been
  // linted on its own (it kept the bank rules' findings, and the folders below it): the next run no longer listed the
  // folder under its parent, so nothing would ever remove it.
  describe('removes the shard of a folder deleted whole', () => {
    /** Each shard's text, so that a test can say no shard tells of a folder. */
    const shards = (cache: string) => readdirSync(cache).map((shard) => readFileSync(join(cache, shard), 'utf8'));
    const lintFrom = (dir: string, cache: string) => async (path: string) => {
      const r = await run(['lint', '--cache-location', cache, path], { cwd: dir });
      // Nothing but, for a folder of a larger bank, the line that says its bank-level rules are left out.
      expect(r.stderr.replace(/^tpm-prep: \S+ is part of the bank \S+: the bank-level rules .*\n$/, '')).toBe('');
    };

    it('a bank linted on its own and with the folder above it', async () => {
      const dir = tmp.write({ 'bankA/a.yaml': `id: a\n${LONE}`, 'bankB/b.yaml': `id: b\n${NO_METRIC}` });
      const cache = `${dir}.cache`;
      const lint = lintFrom(dir, cache);
      for (const path of ['bankA', 'bankB', '.']) await lint(path);
      expect(shards(cache)).toHaveLength(3);
      expect(shards(cache).filter((text) => text.includes('lp-coverage'))).toHaveLength(3);
      rmSync(join(dir, 'bankB'), { recursive: true });
      await lint('.');
      expect(shards(cache)).toHaveLength(2);
      expect(shards(cache).filter((text) => text.includes('bankB'))).toEqual([]);
      // and stays so.
      await lint('.');
      expect(shards(cache)).toHaveLength(2);
    });

    it('a folder inside the stories, with a folder of its own, linted on its own and with the stories', async () => {
      const dir = tmp.write({ 'stories/s.yaml': `id: s\n${STRONG}`, 'stories/a/x.yaml': `id: x\n${LONE}`, 'stories/a/b/y.yaml': `id: y\n${WE_TASK}` });
      const cache = `${dir}.cache`;
      const lint = lintFrom(dir, cache);
      await lint('stories/a');
      await lint('stories');
      expect(shards(cache)).toHaveLength(3); // stories; stories/a (part of the bank stories, so with no bank entry) and the folder below it; stories/a/b
      rmSync(join(dir, 'stories/a'), { recursive: true });
      await lint('stories');
      expect(shards(cache)).toHaveLength(1);
      expect(JSON.parse(shards(cache)[0]!)).toMatchObject({ files: { 'stories/s.yaml': {} }, bank: {} });
      expect(shards(cache)[0]).not.toContain('stories/a');
    });

    it('a folder below one deleted that only a lint of the deleted one saw', async () => {
      const dir = tmp.write({ 'stories/s.yaml': `id: s\n${STRONG}`, 'stories/a/x.yaml': `id: x\n${LONE}` });
      const cache = `${dir}.cache`;
      const lint = lintFrom(dir, cache);
      await lint('stories');
      mkdirSync(join(dir, 'stories/a/b'));
      writeFileSync(join(dir, 'stories/a/b/y.yaml'), `id: y\n${WE_TASK}`);
      await lint('stories/a');
      expect(shards(cache)).toHaveLength(3); // stories, stories/a, stories/a/b
      rmSync(join(dir, 'stories/a'), { recursive: true });
      await lint('stories');
      expect(shards(cache)).toHaveLength(1);
      expect(shards(cache)[0]).not.toContain('stories/a');
    });
  });

  it('never caches standard input: with --stdin, --cache-location and --no-cache change nothing, and are not refused', () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC });
    // Not in the default cache folder either.
    const env = { XDG_CACHE_HOME: join(p.dir, 'xdg') };
    const stdin = (...extra: string[]) => cli(['lint', '--stdin', '--stdin-filename', 'stories/b.yaml', ...extra], { cwd: p.dir, env, input: NO_METRIC });
    const plain = stdin();
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('missing-metric');
    for (const extra of [['--cache-location', p.cache], ['--no-cache']]) expect(stdin(...extra)).toEqual(plain);
    expect(existsSync(p.cache)).toBe(false);
    expect(existsSync(env.XDG_CACHE_HOME)).toBe(false);
    // As --help says, beside what the cache does.
    expect(cli(['lint', '--help']).stdout.replace(/\s+/g, ' ')).toContain('their findings come from a cache in your cache folder. Standard input (--stdin) is never cached.');
  });

  it('lints again when the config changes', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC });
    expect((await p.lint(['-f', 'compact'])).stdout).toContain('missing-metric');
    p.write('.tpm-prep.yaml', 'rules:\n  missing-metric: off\n');
    const off = await p.lint(['-f', 'compact']);
    expect(off.stdout).not.toContain('missing-metric');
    expect(off.status).toBe(0);
    // A config that breaks after a good run is still reported, cache or not.
    p.write('.tpm-prep.yaml', 'rules:\n  missing-metric: sometimes\n');
    const bad = await p.lint();
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tpm-prep: .*\.tpm-prep\.yaml:2:\d+: `rules.missing-metric` must be/);
  });

  it('treats a corrupt cache as none, and replaces it', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC });
    const expected = await p.lint(['--no-cache']);
    await p.lint();
    const [shard] = readdirSync(p.cache);
    writeFileSync(join(p.cache, shard!), '{"format":1,"key":"x","files":{"stories/b.yaml"');
    expect(await p.reused()).toBe('0 of 1');
    const r = await p.lint();
    expect([r.status, r.stdout, r.stderr]).toEqual([expected.status, expected.stdout, '']);
    expect(JSON.parse(readFileSync(join(p.cache, shard!), 'utf8')).files).toHaveProperty(['stories/b.yaml']);
    expect(await p.reused()).toBe('1 of 1');
  });

  // Lint's cache knew a file by cyrb53, in JavaScript, before it took SHA-1 from node:crypto: a cache an earlier build
  // wrote, in a --cache-location kept across the upgrade, must give no finding of its own, even under this build's key.
  it('takes a cache fingerprinted the way an earlier build did as none, even under this key, and replaces it', async () => {
    const p = prep({ 'stories/a.yaml': NO_METRIC, 'stories/b.yaml': `id: b\n${STRONG}` });
    const expected = await p.lint(['--no-cache', '-f', 'json']);
    await p.lint();
    const [shard] = readdirSync(p.cache);
    type Shard = { files: Record<string, { hash: string; linted: { messages: unknown[] } }>; bank?: { hash: string; messages: unknown[] } };
    const data = JSON.parse(readFileSync(join(p.cache, shard!), 'utf8')) as Shard;
    // Every entry, and the bank's, as the earlier fingerprint knew these very bytes, each holding a finding a hit would show.
    const stale = { ruleId: 'missing-metric', severity: 2, message: 'A finding from an earlier build.', line: 1, column: 1 };
    for (const [path, entry] of Object.entries(data.files)) {
      entry.hash = cyrb53(readFileSync(join(p.dir, path)));
      entry.linted.messages = [stale];
    }
    const lines = Object.entries(data.files).map(([path, entry]) => `${path}\0${entry.hash}`).sort();
    data.bank = { hash: cyrb53(`stories/\n${lines.join('\n')}`), messages: [stale] };
    writeFileSync(join(p.cache, shard!), JSON.stringify(data));
    // And the shard as the earlier build named it.
    writeFileSync(join(p.cache, `${cyrb53('stories').slice(0, 16)}.json`), JSON.stringify(data));
    const r = await p.lint(['-f', 'json'], { TIMING: '1' });
    expect([r.status, r.stdout]).toEqual([expected.status, expected.stdout]);
    expect(r.stderr).toContain('cache: 0 of 2 files reused');
    const now = JSON.parse(readFileSync(join(p.cache, shard!), 'utf8')) as Shard;
    expect(Object.values(now.files).map((entry) => entry.hash)).toEqual([expect.stringMatching(/^[0-9a-f]{40}$/), expect.stringMatching(/^[0-9a-f]{40}$/)]);
    expect(JSON.stringify(now)).not.toContain('earlier build');
    expect(await p.reused()).toBe('2 of 2');
  });

  it('warns once, and lints as usual, when the cache cannot be written', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC });
    const r = await p.lint(['--cache-location', join(p.dir, 'stories', 'b.yaml', 'cache')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('missing-metric');
    expect(r.stderr).toMatch(/^tpm-prep: warning: Can't write .*[\/]cache[\/][0-9a-f]{16}\.json: a file stands where a folder should be\. Lint works without its cache; --no-cache stops it trying\.\n$/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  // Node's recursive mkdir spins for ever under /proc, where a folder can't be made and the error says its parent is
  // missing: lint sat at full CPU with XDG_CACHE_HOME=/proc/self. Each run is killed after 15 s, where it takes one.
  it.runIf(existsSync('/proc/self'))('gives up in one line on a cache folder that cannot be made, under /proc, and lints as usual', { timeout: EVERY_WAY }, () => {
    const dir = tmp.write({ 'stories/b.yaml': NO_METRIC });
    const none = cli(['lint', '--no-cache', 'stories/'], { cwd: dir });
    const warning = (folder: string) => new RegExp(`^tpm-prep: warning: Can't write ${folder}/[0-9a-f]{16}\\.json: no file can be made in that folder\\. Lint works without its cache; --no-cache stops it trying\\.\n$`);
    const xdg = cli(['lint', 'stories/'], { cwd: dir, env: { XDG_CACHE_HOME: '/proc/self' }, timeout: 15_000 });
    expect([xdg.status, xdg.stdout]).toEqual([1, none.stdout]);
    expect(xdg.stderr).toMatch(warning('/proc/self/tpm-prep/lint-[0-9a-f]{16}'));
    const named = cli(['lint', '--cache-location', '/proc/self/cache', 'stories/'], { cwd: dir, timeout: 15_000 });
    expect([named.status, named.stdout]).toEqual([1, none.stdout]);
    expect(named.stderr).toMatch(warning('/proc/self/cache'));
  });

  it('with --no-cache neither reads nor writes one, and never writes beside the stories', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC, 'stories/a.yaml': STRONG });
    await p.lint(['--no-cache']);
    expect(existsSync(p.cache)).toBe(false);
    await p.lint();
    const [shard] = readdirSync(p.cache);
    writeFileSync(join(p.cache, shard!), 'not json'); // a cache it would replace, were it used
    await p.lint(['--no-cache']);
    expect(readFileSync(join(p.cache, shard!), 'utf8')).toBe('not json');
    expect(readdirSync(p.dir).sort()).toEqual(['stories']);
    expect(readdirSync(join(p.dir, 'stories')).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('keeps its default cache in XDG_CACHE_HOME, a folder for each folder it runs from', async () => {
    const dir = tmp.write({ 'stories/b.yaml': NO_METRIC });
    const home = tmp.path('xdg');
    const r = await run(['lint', 'stories/'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(r.status).toBe(1);
    expect(readdirSync(join(home, 'tpm-prep'))).toEqual([expect.stringMatching(/^lint-[0-9a-f]{16}$/)]);
  });

  it('reads only the shards of the folders it lints, so another bank linted from here costs nothing', async () => {
    const p = prep({ 'stories/b.yaml': NO_METRIC, 'other/x.yaml': STRONG, 'other/y.yaml': LONE });
    await p.lint();
    await run(['lint', '--cache-location', p.cache, 'other/'], { cwd: p.dir });
    expect(readdirSync(p.cache)).toHaveLength(2);
    expect(await p.reused()).toBe('1 of 1');
    // A few staged files from the bank reuse the bank's entries.
    const staged = await run(['lint', '--cache-location', p.cache, 'other/x.yaml'], { cwd: p.dir, env: { TIMING: '1' } });
    expect(staged.stderr).toContain('cache: 1 of 1 file reused');
  });
});
