/** The lint cache's pure parts: the fingerprint, the keys, reading a cache that may be bad, and what is kept. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bankHash, cacheKey, defaultCacheFile, emptyCache, hash, nextCache, readCache, type CacheData } from '../../src/lint/cache.js';
import type { LintedFile } from '../../src/lint/results.js';

const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-cache-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linted = (path: string): LintedFile => ({ path, messages: [], silenced: [], stories: [] });

describe('hash', () => {
  it('is the same for the same bytes, as text or as bytes', () => {
    expect(hash('title: A\n')).toBe(hash('title: A\n'));
    expect(hash(Buffer.from('title: A\n'))).toBe(hash('title: A\n'));
  });

  it.each([
    ['one letter', 'title: A', 'title: B'],
    ['a byte added', 'title: A', 'title: A '],
    ['two bytes swapped', 'ab', 'ba'],
    ['empty and a space', '', ' '],
    ['a line ending', 'a\n', 'a\r\n'],
    ['a byte-order mark', 'a', '\uFEFFa'],
  ])('tells apart %s', (_, a, b) => {
    expect(hash(a)).not.toBe(hash(b));
  });

  it('has no collision among 20,000 near-identical files', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hash(`title: Story\nresult: cut latency by ${i}%\n`));
    expect(seen.size).toBe(20_000);
  });
});

describe('keys', () => {
  it('changes the cache key with the build, the config path or its text', () => {
    const base = cacheKey('b1', '/r/.tpm-prep.yaml', 'rules: {}');
    expect(cacheKey('b1', '/r/.tpm-prep.yaml', 'rules: {}')).toBe(base);
    expect(cacheKey('b2', '/r/.tpm-prep.yaml', 'rules: {}')).not.toBe(base);
    expect(cacheKey('b1', '/s/.tpm-prep.yaml', 'rules: {}')).not.toBe(base);
    expect(cacheKey('b1', '/r/.tpm-prep.yaml', 'rules: {no-tradeoff: off}')).not.toBe(base);
    expect(cacheKey('b1', undefined, '')).not.toBe(base);
  });

  it('hashes a bank by its folder and its files, in any order', () => {
    const files = [{ path: 'stories/a.yaml', hash: 'h1' }, { path: 'stories/b.yaml', hash: 'h2' }];
    const key = bankHash('stories/', files);
    expect(bankHash('stories/', [...files].reverse())).toBe(key);
    expect(bankHash('other/', files)).not.toBe(key);
    expect(bankHash('stories/', [files[0]!, { ...files[1]!, hash: 'h3' }])).not.toBe(key);
    expect(bankHash('stories/', [files[0]!])).not.toBe(key);
  });

  it('keeps one cache file for each folder lint runs from, under XDG_CACHE_HOME', () => {
    const a = defaultCacheFile('/home/me/prep', { XDG_CACHE_HOME: '/tmp/c' });
    expect(a.startsWith(join('/tmp/c', 'tpm-prep', 'lint-'))).toBe(true);
    expect(defaultCacheFile('/home/me/prep', { XDG_CACHE_HOME: '/tmp/c' })).toBe(a);
    expect(defaultCacheFile('/home/me/other', { XDG_CACHE_HOME: '/tmp/c' })).not.toBe(a);
    expect(defaultCacheFile('/home/me/prep', {})).toMatch(/[\\/]\.cache[\\/]tpm-prep[\\/]lint-[0-9a-f]{16}\.json$/);
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
    ['another format', () => write('other-format.json', JSON.stringify({ ...good, format: 2 }))],
    ['cut short', () => write('cut.json', JSON.stringify(good).slice(0, 40))],
    ['null', () => write('null.json', 'null')],
    ['no files', () => write('no-files.json', JSON.stringify({ format: 1, key: 'k' }))],
    ['binary junk', () => write('junk.json', '\u0000\u00ff{')],
  ])('counts %s as no cache', (_, path) => {
    expect(readCache(path(), 'k')).toBeUndefined();
  });
});

describe('nextCache', () => {
  it("keeps this run's files, and earlier entries whose files still exist", () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    mkdirSync(join(cwd, 'stories'));
    writeFileSync(join(cwd, 'stories/kept.yaml'), 'title: K');
    const previous: CacheData = {
      ...emptyCache('k'),
      files: {
        'stories/kept.yaml': { hash: 'old', linted: linted('stories/kept.yaml') },
        'stories/deleted.yaml': { hash: 'old', linted: linted('stories/deleted.yaml') },
        'stories/now.yaml': { hash: 'old', linted: linted('stories/now.yaml') },
      },
      bank: { hash: 'b-old', messages: [] },
    };
    const next = nextCache(previous, { files: { 'stories/now.yaml': { hash: 'new', linted: linted('stories/now.yaml') } } }, cwd);
    expect(Object.keys(next.files).sort()).toEqual(['stories/kept.yaml', 'stories/now.yaml']);
    expect(next.files['stories/now.yaml']!.hash).toBe('new');
    expect(next.bank?.hash).toBe('b-old');
    expect(nextCache(previous, { files: {}, bank: { hash: 'b-new', messages: [] } }, cwd).bank?.hash).toBe('b-new');
  });
});
