/** The lint cache's pure parts: the keys, reading a cache that may be bad, and what is kept. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CacheStore, bankHash, cacheKey, defaultCacheDir, emptyCache, nextCache, readCache, type CacheData } from '../../src/lint/cache.js';
import type { LintedFile } from '../../src/lint/results.js';

const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-cache-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linted = (path: string): LintedFile => ({ path, messages: [], suppressed: [], stories: [] });

describe('keys', () => {
  it('changes the cache key with the build, the runtime, the config path or its text', () => {
    const base = cacheKey('b1', '20.20.2 15.1', '/r/.tpm-prep.yaml', 'rules: {}');
    expect(cacheKey('b1', '20.20.2 15.1', '/r/.tpm-prep.yaml', 'rules: {}')).toBe(base);
    expect(cacheKey('b2', '20.20.2 15.1', '/r/.tpm-prep.yaml', 'rules: {}')).not.toBe(base);
    expect(cacheKey('b1', '22.1.0 15.1', '/r/.tpm-prep.yaml', 'rules: {}')).not.toBe(base);
    expect(cacheKey('b1', '20.20.2 15.1', '/s/.tpm-prep.yaml', 'rules: {}')).not.toBe(base);
    expect(cacheKey('b1', '20.20.2 15.1', '/r/.tpm-prep.yaml', 'rules: {no-tradeoff: off}')).not.toBe(base);
    expect(cacheKey('b1', '20.20.2 15.1', undefined, '')).not.toBe(base);
  });

  it('hashes a bank by its folder and its files, in any order', () => {
    const files = [{ path: 'stories/a.yaml', hash: 'h1' }, { path: 'stories/b.yaml', hash: 'h2' }];
    const key = bankHash('stories/', files);
    expect(bankHash('stories/', [...files].reverse())).toBe(key);
    expect(bankHash('other/', files)).not.toBe(key);
    expect(bankHash('stories/', [files[0]!, { ...files[1]!, hash: 'h3' }])).not.toBe(key);
    expect(bankHash('stories/', [files[0]!])).not.toBe(key);
  });

  it('keeps one cache folder for each folder lint runs from, under XDG_CACHE_HOME', () => {
    const a = defaultCacheDir('/home/me/prep', { XDG_CACHE_HOME: '/tmp/c' }, 'linux');
    expect(a.startsWith(join('/tmp/c', 'tpm-prep', 'lint-'))).toBe(true);
    expect(defaultCacheDir('/home/me/prep', { XDG_CACHE_HOME: '/tmp/c' }, 'linux')).toBe(a);
    expect(defaultCacheDir('/home/me/other', { XDG_CACHE_HOME: '/tmp/c' }, 'linux')).not.toBe(a);
    expect(defaultCacheDir('/home/me/prep', {}, 'linux')).toMatch(/[\\/]\.cache[\\/]tpm-prep[\\/]lint-[0-9a-f]{16}$/);
    expect(defaultCacheDir('/home/me/prep', { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32').startsWith(join('C:\\Users\\me\\AppData\\Local', 'tpm-prep'))).toBe(true);
  });
});

describe('readCache', () => {
  const good: CacheData = { ...emptyCache('k'), files: { 'stories/a.yaml': { hash: 'h', linted: linted('stories/a.yaml') } } };
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads a cache written under the same key', () => {
    expect(readCache(write('good.json', JSON.stringify(good)), 'k')).toEqual(good);
  });

  it.each([
    ['a missing file', () => join(dir, 'none.json')],
    ['a folder', () => (mkdirSync(join(dir, 'folder.json'), { recursive: true }), join(dir, 'folder.json'))],
    ['another key', () => write('other-key.json', JSON.stringify({ ...good, key: 'other' }))],
    ['another format', () => write('other-format.json', JSON.stringify({ ...good, format: 3 }))],
    ['the format before suppressed findings were kept', () => write('format-1.json', JSON.stringify({ ...good, format: 1 }))],
    ['cut short', () => write('cut.json', JSON.stringify(good).slice(0, 40))],
    ['null', () => write('null.json', 'null')],
    ['no files', () => write('no-files.json', JSON.stringify({ format: 2, key: 'k' }))],
    ['binary junk', () => write('junk.json', '\u0000\u00ff{')],
  ])('counts %s as no cache', (_, path) => {
    expect(readCache(path(), 'k')).toBeUndefined();
  });
});

describe('nextCache', () => {
  it("keeps this run's files, and earlier entries whose files are not gone", () => {
    const previous: CacheData = {
      ...emptyCache('k'),
      files: {
        'stories/kept.yaml': { hash: 'old', linted: linted('stories/kept.yaml') },
        'stories/deleted.yaml': { hash: 'old', linted: linted('stories/deleted.yaml') },
        'stories/now.yaml': { hash: 'old', linted: linted('stories/now.yaml') },
      },
      bank: { hash: 'b-old', messages: [] },
      under: ['stories/sub'],
    };
    const gone = (path: string) => path === 'stories/deleted.yaml' || path === 'stories/now.yaml';
    const next = nextCache(previous, { files: { 'stories/now.yaml': { hash: 'new', linted: linted('stories/now.yaml') } } }, gone);
    expect(Object.keys(next.files).sort()).toEqual(['stories/kept.yaml', 'stories/now.yaml']);
    expect(next.files['stories/now.yaml']!.hash).toBe('new');
    expect(next.bank?.hash).toBe('b-old');
    expect(next.under).toEqual(['stories/sub']);
    const another = nextCache(previous, { files: {}, bank: { hash: 'b-new', messages: [] }, under: [] }, gone);
    expect(another.bank?.hash).toBe('b-new');
    expect(another).not.toHaveProperty('under');
  });
});

describe('CacheStore', () => {
  const problem = { ruleId: 'lp-coverage', severity: 1 as const, message: 'No story for Frugality.', line: 1, column: 1 };

  it('keeps each folder of stories in a shard of its own, and reads back what it saved', () => {
    const cwd = mkdtempSync(join(dir, 'store-'));
    for (const f of ['a/x.yaml', 'a/y.yaml', 'b/z.yaml']) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), 'title: T');
    }
    const at = join(cwd, '.cache');
    const first = new CacheStore(at, 'k', cwd);
    expect(first.file('a/x.yaml', 'h1')).toBeUndefined();
    first.rememberFile('a/x.yaml', 'h1', linted('a/x.yaml'));
    first.rememberFile('a/y.yaml', 'h2', linted('a/y.yaml'));
    first.rememberFile('b/z.yaml', 'h3', linted('b/z.yaml'));
    first.rememberBank('a/', 'bank-1', [problem]);
    first.save();
    expect(readdirSync(at)).toHaveLength(2);

    const second = new CacheStore(at, 'k', cwd);
    expect(second.file('a/x.yaml', 'h1')).toEqual(linted('a/x.yaml'));
    expect(second.file('a/x.yaml', 'changed')).toBeUndefined();
    expect(second.bank('a/', 'bank-1')).toEqual([problem]);
    expect(second.bank('a', 'bank-1')).toEqual([problem]);
    expect(second.bank('a/', 'bank-2')).toBeUndefined();
    expect(second.file('c/w.yaml', 'h4')).toBeUndefined();

    // Under another key (another build or config), nothing is found.
    const other = new CacheStore(at, 'k2', cwd);
    expect(other.file('a/x.yaml', 'h1')).toBeUndefined();
    expect(other.bank('a/', 'bank-1')).toBeUndefined();
  });

  const story = { facts: { id: 's', declared: [], inferred: [{ id: 'ownership' }], failure: false, readiness: { score: 1, impact: 1, scope: 0, ownership: 0, parts: { metric: 1, customer: 0, teams: 0, partner: 0, actions: 0, decision: 0, tradeoff: 0 } } }, idAt: { line: 1, column: 1 } };
  const good = { path: 'a/x.yaml', messages: [problem], suppressed: [{ ...problem, suppressions: [{ kind: 'directive', justification: 'a reason' }] }], stories: [story] };
  it.each([
    ['linted is not an object', {}],
    ['linted is empty', { linted: {} }],
    ['another path', { linted: { ...good, path: 'a/other.yaml' } }],
    ['messages is text', { linted: { ...good, messages: 'x' } }],
    ['a message with no line', { linted: { ...good, messages: [{ ...problem, line: undefined }] } }],
    ['a severity of 3', { linted: { ...good, messages: [{ ...problem, severity: 3 }] } }],
    ['suppressed holds a number', { linted: { ...good, suppressed: [3] } }],
    ['a suppressed finding with no suppressions (a shard of the format before)', { linted: { ...good, suppressed: [problem] } }],
    ['a suppression with no justification', { linted: { ...good, suppressed: [{ ...problem, suppressions: [{ kind: 'directive' }] }] } }],
    ['no suppressed list (a shard of the format before)', { linted: { ...good, suppressed: undefined } }],
    ['a story with no facts', { linted: { ...good, stories: [{ idAt: story.idAt }] } }],
    ['readiness is null', { linted: { ...good, stories: [{ ...story, facts: { ...story.facts, readiness: null } }] } }],
    ['readiness has no points per check', { linted: { ...good, stories: [{ ...story, facts: { ...story.facts, readiness: { ...story.facts.readiness, parts: undefined } } }] } }],
    ['readiness gives a check text, not points', { linted: { ...good, stories: [{ ...story, facts: { ...story.facts, readiness: { ...story.facts.readiness, parts: { ...story.facts.readiness.parts, decision: '0' } } } }] } }],
    ['inferred holds text', { linted: { ...good, stories: [{ ...story, facts: { ...story.facts, inferred: ['ownership'] } }] } }],
  ])('takes an entry whose %s as a miss, not a crash', (_, entry) => {
    const at = mkdtempSync(join(dir, 'shape-'));
    const store = new CacheStore(at, 'k', dir);
    store.rememberFile('a/x.yaml', 'h', good as never);
    store.rememberBank('a/', 'b', [problem]);
    store.save();
    expect(new CacheStore(at, 'k', dir).file('a/x.yaml', 'h')).toEqual(good);
    const [shard] = readdirSync(at);
    const data = JSON.parse(readFileSync(join(at, shard!), 'utf8'));
    data.files['a/x.yaml'] = { hash: 'h', ...entry };
    writeFileSync(join(at, shard!), JSON.stringify(data));
    expect(new CacheStore(at, 'k', dir).file('a/x.yaml', 'h')).toBeUndefined();
  });

  it.each([
    ['messages is a number', 5],
    ['a message is null', [null]],
  ])('takes bank findings whose %s as a miss', (_, messages) => {
    const at = mkdtempSync(join(dir, 'bank-shape-'));
    const store = new CacheStore(at, 'k', dir);
    store.rememberBank('a/', 'b', [problem]);
    store.save();
    const [shard] = readdirSync(at);
    const data = JSON.parse(readFileSync(join(at, shard!), 'utf8'));
    data.bank.messages = messages;
    writeFileSync(join(at, shard!), JSON.stringify(data));
    expect(new CacheStore(at, 'k', dir).bank('a/', 'b')).toBeUndefined();
  });

  it('keeps its files to the user alone: they quote the stories', () => {
    const at = join(dir, 'private', 'cache');
    const store = new CacheStore(at, 'k', dir);
    store.rememberBank('a/', 'b', [problem]);
    store.save();
    expect(statSync(at).mode & 0o777).toBe(0o700);
    expect(statSync(join(at, readdirSync(at)[0]!)).mode & 0o777).toBe(0o600);
  });

  it('drops, in the folders linted whole, the entries for files gone, and a shard of a folder gone with them', () => {
    const cwd = mkdtempSync(join(dir, 'reconcile-'));
    const files = ['a/x.yaml', 'a/gone.yaml', 'a/kept.txt', 'a/sub/y.yaml', 'a/old/z.yaml', 'b/w.yaml', 'b/gone.yaml'];
    for (const f of files) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), 'title: T');
    }
    const at = join(cwd, '.cache');
    const shards = () => readdirSync(at).length;
    const first = new CacheStore(at, 'k', cwd);
    for (const f of files) first.rememberFile(f, 'h', linted(f));
    first.save(['a']);
    expect(shards()).toBe(4); // a, a/sub, a/old, b
    for (const f of ['a/gone.yaml', 'a/old/z.yaml', 'b/gone.yaml']) rmSync(join(cwd, f));

    // A run over a/ that finds every file it reads in the cache, as the files left in a/ and a/sub/ are.
    const second = new CacheStore(at, 'k', cwd);
    for (const f of ['a/x.yaml', 'a/sub/y.yaml']) expect(second.file(f, 'h')).toEqual(linted(f));
    second.save(['a']);
    expect(shards()).toBe(3); // a/old's is gone with its one file
    const third = new CacheStore(at, 'k', cwd);
    // a/kept.txt, not read by that run but still there, is kept; b/, outside it, is as it was, b/gone.yaml too.
    expect(['a/x.yaml', 'a/gone.yaml', 'a/kept.txt', 'a/sub/y.yaml', 'a/old/z.yaml', 'b/w.yaml', 'b/gone.yaml'].filter((f) => third.file(f, 'h'))).toEqual(['a/x.yaml', 'a/kept.txt', 'a/sub/y.yaml', 'b/w.yaml', 'b/gone.yaml']);
    // Without the folders (files named one by one), a shard that learned nothing is not written.
    rmSync(join(cwd, 'a/x.yaml'));
    const fourth = new CacheStore(at, 'k', cwd);
    fourth.file('a/sub/y.yaml', 'h');
    fourth.save();
    expect(new CacheStore(at, 'k', cwd).file('a/x.yaml', 'h')).toEqual(linted('a/x.yaml'));
  });

  it('removes the shard of a folder gone while the build or config changed', () => {
    const cwd = mkdtempSync(join(dir, 'reconcile-key-'));
    for (const f of ['a/x.yaml', 'a/old/z.yaml']) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), 'title: T');
    }
    const at = join(cwd, '.cache');
    const first = new CacheStore(at, 'k', cwd);
    for (const f of ['a/x.yaml', 'a/old/z.yaml']) first.rememberFile(f, 'h', linted(f));
    first.save(['a']);
    expect(readdirSync(at)).toHaveLength(2);
    rmSync(join(cwd, 'a/old'), { recursive: true });
    const second = new CacheStore(at, 'k2', cwd);
    expect(second.file('a/x.yaml', 'h')).toBeUndefined();
    second.rememberFile('a/x.yaml', 'h', linted('a/x.yaml'));
    second.save(['a']);
    expect(readdirSync(at)).toHaveLength(1);
  });

  it('writes nothing when it learned nothing', () => {
    const at = join(dir, 'store-untouched');
    const store = new CacheStore(at, 'k', dir);
    store.file('a/x.yaml', 'h');
    store.save();
    expect(() => readdirSync(at)).toThrow();
  });
});
