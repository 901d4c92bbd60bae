import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayPath, expandPaths, firstStoryFile, foldersToRepoTop, foldersUpToRepoTop, globToRegExp, nearName, readEach } from '../../src/bank/files.js';

let root: string;
const rel = (files: string[]) => files.map((f) => displayPath(f, root));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tpm-prep-files-'));
  for (const dir of ['stories/deep', 'stories/.hidden', 'stories/node_modules']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['stories/a.yaml', 'stories/b.yml', 'stories/notes.md', 'stories/deep/c.YAML', 'stories/.hidden/h.yaml', 'stories/node_modules/n.yaml', 'other.txt']) {
    writeFileSync(join(root, file), 'title: t\n');
  }
  symlinkSync(join(root, 'stories'), join(root, 'stories/deep/loop'));
});

describe('expandPaths', () => {
  it('walks folders for .yaml and .yml, skipping dot-folders and node_modules, and survives a symlink loop', () => {
    const { files, problems } = expandPaths(['stories'], root);
    expect(rel(files)).toEqual(['stories/a.yaml', 'stories/b.yml', 'stories/deep/c.YAML']);
    expect(problems).toEqual([]);
  });

  it('takes a named file whatever its extension, once, mixed with folders', () => {
    expect(rel(expandPaths(['other.txt', 'stories/a.yaml', 'stories'], root).files)).toEqual([
      'other.txt',
      'stories/a.yaml',
      'stories/b.yml',
      'stories/deep/c.YAML',
    ]);
  });

  it('expands globs', () => {
    expect(rel(expandPaths(['stories/**/*.{yaml,YAML}'], root).files)).toEqual(['stories/a.yaml', 'stories/deep/c.YAML']);
    expect(rel(expandPaths(['stories/*.yml'], root).files)).toEqual(['stories/b.yml']);
  });

  it('reports a missing path and a glob that matches nothing', () => {
    expect(expandPaths(['nope.yaml', 'stories/*.json'], root).problems).toEqual([
      'nope.yaml: no such file or folder.',
      'No files match the pattern "stories/*.json".',
    ]);
  });
});

describe('foldersUpToRepoTop: the folders up to the repository top, nearest first, as they are asked for', () => {
  it('stops at the folder holding .git, and says it is the top', () => {
    const repo = mkdtempSync(join(tmpdir(), 'tpm-prep-up-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'stories/theme'), { recursive: true });
    expect([...foldersUpToRepoTop(join(repo, 'stories/theme'))]).toEqual([join(repo, 'stories/theme'), join(repo, 'stories'), repo]);
    expect(foldersToRepoTop(join(repo, 'stories/theme'))).toEqual({ folders: [join(repo, 'stories/theme'), join(repo, 'stories'), repo], top: repo });
  });

  it('gives the nearest folder first without walking on, for a caller that stops there', () => {
    const walk = foldersUpToRepoTop(join(root, 'stories/deep'));
    expect(walk.next()).toEqual({ value: join(root, 'stories/deep'), done: false });
  });
});

describe('firstStoryFile: whether a folder holds a story file other than those given', () => {
  it.each([
    ['a bank of stories', {}, 'a.yaml'],
    ['all but a deep one excepted', { except: ['a.yaml', 'b.yml'] }, 'deep/c.yaml'],
    ['the folder of the rest skipped', { except: ['a.yaml', 'b.yml'], skip: 'deep' }, undefined],
    ['everything excepted', { except: ['a.yaml', 'b.yml', 'deep/c.yaml'] }, undefined],
  ] as const)('%s', (_, given: { except?: readonly string[]; skip?: string }, first) => {
    const base = mkdtempSync(join(tmpdir(), 'tpm-prep-first-'));
    for (const dir of ['deep', '.hidden', 'node_modules/pkg']) mkdirSync(join(base, dir), { recursive: true });
    for (const file of ['a.yaml', 'b.yml', 'deep/c.yaml', '.hidden/h.yaml', 'node_modules/pkg/p.yaml', 'notes.md', 'deep/x.txt']) writeFileSync(join(base, file), '');
    const found = firstStoryFile(base, new Set((given.except ?? []).map((file) => join(base, file))), given.skip && join(base, given.skip));
    expect(found && displayPath(found, base)).toBe(first);
  });
});

describe('readEach', () => {
  it('hands each file its own bytes, whole, in path order: a big file, then a small one after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-read-'));
    const big = Buffer.alloc(300_000, 'a');
    writeFileSync(join(dir, 'a-big.yaml'), big);
    writeFileSync(join(dir, 'b-small.yaml'), 'title: t\n');
    writeFileSync(join(dir, 'c-empty.yaml'), '');
    const seen: [string, string][] = [];
    const problems = readEach([dir], dir, (path, bytes) => seen.push([path, bytes.toString('latin1')]));
    expect(problems).toEqual([]);
    expect(seen).toEqual([
      ['a-big.yaml', big.toString('latin1')],
      ['b-small.yaml', 'title: t\n'],
      ['c-empty.yaml', ''],
    ]);
  });

  it('lends the bytes from one buffer for all the files, so a caller that keeps them copies them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-lend-'));
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(join(dir, name), `title: ${name}\n${'# a long comment\n'.repeat(500)}`);
    const lent: Buffer[] = [];
    readEach([dir], dir, (_path, bytes) => lent.push(bytes));
    expect(lent.map((bytes) => bytes.length)).toEqual([8514, 8514, 8514]);
    expect(new Set(lent.map((bytes) => bytes.buffer)).size).toBe(1);
  });
});

describe('nearName: the name beside a missing path that it most likely meant', () => {
  const names = ['stories', 'schema', 'scripts', 'scratch', 'notes.md', 'matches', 'cert-expiry.yaml', 'checkout.yaml', 'README.md', '.tpm-prep.yaml'];
  it.each([
    ['storys', 'stories'], // a typo
    ['story', 'stories'], // singular for plural
    ['Story', 'stories'],
    ['story.yaml', undefined], // only a whole name is made plural
    ['match', 'matches'],
    ['stor', 'stories'], // the start of one name
    ['cert', 'cert-expiry.yaml'],
    ['che', 'checkout.yaml'],
    ['sc', undefined], // too short to be a start
    ['scr', undefined], // the start of two: scripts, scratch
    ['notes', 'notes.md'],
    ['tpm-prep.yaml', '.tpm-prep.yaml'],
    ['nowhere', undefined],
    ['history', undefined],
    // A story file's name, its extension set aside: the start of one, a typo, singular for plural.
    ['cert.yaml', 'cert-expiry.yaml'],
    ['cert.yml', 'cert-expiry.yaml'],
    ['chekout.yml', 'checkout.yaml'],
    ['match.yaml', undefined], // `matches` is no story file
    ['c.yaml', undefined], // too short to be a start
  ])('%s → %s', (name, expected) => {
    expect(nearName(name, names)).toBe(expected);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'x/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['s?.yml', 's1.yml', true],
    ['[ab].yml', 'c.yml', false],
    ['{a,b}.yml', 'b.yml', true],
    ['a.b.yml', 'axb.yml', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
