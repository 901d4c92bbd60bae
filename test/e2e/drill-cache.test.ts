/**
 * Drill's cache of story files through the real CLI: a drill the cache serves prints what a drill without it
 * prints, a story that changed is read again, a bad cache is ignored and replaced, --no-cache neither reads nor
 * writes it, and nothing is ever written beside the stories.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { LONE, ROOT, STACK_TRACE, STRONG, scratch, type Tree } from './support.js';

const tmp = scratch('drill-cache');
const from = (folder: string, to: string): Tree =>
  Object.fromEntries(readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.yaml')).map((name) => [`${to}/${name}`, readFileSync(join(ROOT, folder, name))]));

/**
 * The repository's bank, the weak fixtures in a folder below it (one file holds several stories), a draft, two
 * stories that share an id (named with their files), and a file that can't be parsed (the notice of stories left out).
 */
const BANK: Tree = {
  ...from('stories', 'stories'),
  ...from('test/fixtures/weak', 'stories/weak'),
  'stories/dup-a.yaml': `id: same\n${STRONG.replace(/^lps: .*$/m, 'lps: [think-big]')}`,
  'stories/dup-b.yaml': `id: same\ndraft: true\n${LONE.replace(/^lps: .*$/m, 'lps: [think-big, ownership]')}`,
  'stories/broken.yaml': 'title: [unclosed\n',
};

// Each drill here reads two dozen stories' words unless the cache serves it: about half a second of CPU.
const RUNS = 60_000;

/** A prep folder with the bank and a cache folder of its own, and a way to drill it (`--print`, so nothing is recorded). */
function prep(files: Tree = BANK) {
  const dir = tmp.write(files);
  const home = `${dir}.xdg`;
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(['drill', '--print', ...args], { cwd: dir, env: { XDG_CACHE_HOME: home, ...env } });
  /** Drill's cache file for the stories folder, if there is one. */
  const cacheFile = (): string | undefined => {
    const root = join(home, 'tpm-prep');
    if (!existsSync(root)) return undefined;
    const folders = readdirSync(root);
    expect(folders).toEqual([expect.stringMatching(/^lint-[0-9a-f]{16}$/)]);
    const name = readdirSync(join(root, folders[0]!)).find((n) => /^drill-[0-9a-f]{16}\.json$/.test(n));
    return name && join(root, folders[0]!, name);
  };
  return { dir, home, drill, cacheFile };
}

const CASES = [
  ['--seed', 'a', '-n', '100', '--lp', 'all'],
  ['--seed', 'b', '-n', '4', '--lp', 'think-big'],
  ['--seed', 'c', '-n', '30', '--format', 'json'],
  ['--seed', 'd', '-n', '12', '--category', 'behavioral', '--format', 'json-with-metadata'],
];

describe('drill cache', () => {
  it('prints the same, on standard output and error, without the cache, on the run that fills it and on the runs it serves', { timeout: RUNS }, () => {
    const p = prep();
    for (const args of CASES) {
      const none = p.drill([...args, '--no-cache']);
      expect(none.status).toBe(0);
      for (const run of [p.drill(args), p.drill(args)]) expect(run).toEqual(none);
    }
    expect(p.cacheFile()).toBeDefined();
    // What the comparison covers: suggestions, a draft, two stories that share an id, the notice of one left out.
    const text = p.drill(CASES[1]!);
    expect(text.stdout).toMatch(/Stories that fit: [\w-]+,\s+same \(stories\/dup-a\.yaml; claimed, no evidence yet\),\s+same \(stories\/dup-b\.yaml; draft; claimed, no evidence yet\)\n/);
    expect(text.stderr).toBe('tpm-prep: warning: left out for their errors: stories/broken.yaml; run `tpm-prep lint` for details.\n');
    expect(p.drill(CASES[0]!).stdout).toContain('multi-weak-onboarding-revamp');
  });

  it("marks the stories a config's loop plans for the same from the cache", { timeout: RUNS }, () => {
    const p = prep({ ...BANK, '.tpm-prep.yaml': 'interviewers:\n  Bar raiser: customer-obsession, dive-deep\n  Peer: think-big, ownership\n' });
    for (const args of [['--seed', 'e', '-n', '8'], ['--seed', 'f', '-n', '6', '--interviewer', 'peer', '--format', 'json']]) {
      const none = p.drill([...args, '--no-cache']);
      expect(none.stdout).toMatch(/planned for (Bar raiser|Peer)|"planned": \[/);
      for (const run of [p.drill(args), p.drill(args)]) expect(run).toEqual(none);
    }
  });

  it('serves an unchanged file from the cache, and reads one that changed again', { timeout: RUNS }, () => {
    const p = prep();
    const args = ['--seed', 'b', '-n', '4', '--lp', 'think-big'];
    const before = p.drill(args);
    expect(before.stdout).toContain('platform-deploy-migration');
    // What the cache says of the file is what drill shows, as long as the file's bytes are what it saw. (An id as
    // long, that sorts where the real one does: the same lines, the same ranking.)
    const cache = p.cacheFile()!;
    writeFileSync(cache, readFileSync(cache, 'utf8').replaceAll('"id":"platform-deploy-migration"', '"id":"platform-deploy-fromcache"'));
    expect(p.drill(args).stdout).toBe(before.stdout.replaceAll('platform-deploy-migration', 'platform-deploy-fromcache'));
    // Once the file changes, its stories are read again: as a drill without the cache reads them.
    const file = join(p.dir, 'stories', 'platform-deploy-migration.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: platform-deploy-relocated'));
    const none = p.drill([...args, '--no-cache']);
    expect(none.stdout).toBe(before.stdout.replaceAll('platform-deploy-migration', 'platform-deploy-relocated'));
    expect(p.drill(args)).toEqual(none);
    expect(readFileSync(cache, 'utf8')).not.toContain('fromcache');
    // A story whose words changed: it shows a principle it didn't, and is suggested for it.
    const frugal = ['--seed', 'g', '-n', '3', '--lp', 'frugality', '--format', 'json'];
    const unchanged = p.drill(frugal).stdout;
    const dup = join(p.dir, 'stories', 'dup-a.yaml');
    writeFileSync(dup, readFileSync(dup, 'utf8').replace('and I ran a weekly risk review', 'cut our cloud bill by $40k without new headcount, and I ran a weekly risk review'));
    const changed = p.drill(frugal);
    expect(changed).toEqual(p.drill([...frugal, '--no-cache']));
    expect([unchanged, changed.stdout].map((out) => out.includes('"id": "same"'))).toEqual([false, true]);
  });

  it('ignores a cache that is corrupt, or holds an entry of the wrong shape, and replaces it', { timeout: RUNS }, () => {
    const p = prep();
    const args = ['--seed', 'c', '-n', '30', '--format', 'json'];
    const none = p.drill([...args, '--no-cache']);
    p.drill(args);
    const cache = p.cacheFile()!;
    const good = readFileSync(cache, 'utf8');
    for (const bad of [
      good.slice(0, good.length / 2),
      'not json',
      good.replace('"id":"platform-deploy-migration"', '"id":42'),
      good.replace(/"scores":\[[^\]]*\]/, '"scores":"high"'),
      good.replace(/"kinds":\[\]/, '"kinds":["saga"]'),
    ]) {
      writeFileSync(cache, bad);
      expect(p.drill(args)).toEqual(none);
      expect(readFileSync(cache, 'utf8')).toBe(good);
    }
  });

  it('with --no-cache neither reads nor writes it; with or without, writes nothing beside the stories', { timeout: RUNS }, () => {
    const p = prep();
    const args = ['--seed', 'a', '-n', '5'];
    p.drill([...args, '--no-cache']);
    expect(existsSync(p.home)).toBe(false);
    p.drill(args);
    const cache = p.cacheFile()!;
    writeFileSync(cache, '{"not":"a cache"}');
    const none = p.drill([...args, '--no-cache']);
    expect(readFileSync(cache, 'utf8')).toBe('{"not":"a cache"}');
    expect(none.stderr).toBe('tpm-prep: warning: left out for their errors: stories/broken.yaml; run `tpm-prep lint` for details.\n');
    expect(readdirSync(p.dir)).toEqual(['stories']);
    for (const [rel, content] of Object.entries(BANK)) expect(readFileSync(join(p.dir, rel)), rel).toEqual(Buffer.from(content as string | Uint8Array));
  });

  it('warns in one line, and prints the same, when the cache cannot be written', () => {
    const p = prep(from('stories', 'stories'));
    writeFileSync(`${p.dir}.file`, 'a file where the cache folder would be\n');
    const args = ['--seed', 'h', '-n', '3'];
    const none = p.drill([...args, '--no-cache']);
    const r = p.drill(args, { XDG_CACHE_HOME: `${p.dir}.file` });
    expect(r.stdout).toBe(none.stdout);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^tpm-prep: warning: Can't write .*[/\\]drill-[0-9a-f]{16}\.json: [^\n]+\. Drill works without its cache; --no-cache stops it trying\.\n$/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  // Node's recursive mkdir spins for ever under /proc, where a folder can't be made and the error says its parent is
  // missing: drill sat at full CPU with XDG_CACHE_HOME=/proc/self. The run is killed after 15 s, where it took one.
  it.runIf(existsSync('/proc/self'))('gives up in one line on a cache folder that cannot be made, under /proc, and prints the same', { timeout: RUNS }, () => {
    const p = prep(from('stories', 'stories'));
    const args = ['drill', '--print', '--seed', 'h', '-n', '3'];
    const none = cli([...args, '--no-cache'], { cwd: p.dir });
    const r = cli(args, { cwd: p.dir, env: { XDG_CACHE_HOME: '/proc/self' }, timeout: 15_000 });
    expect([r.status, r.stdout]).toEqual([0, none.stdout]);
    expect(r.stderr).toMatch(/^tpm-prep: warning: Can't write \/proc\/self\/tpm-prep\/lint-[0-9a-f]{16}\/drill-[0-9a-f]{16}\.json: no file can be made in that folder\. Drill works without its cache; --no-cache stops it trying\.\n$/);
  });
});
