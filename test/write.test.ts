import { linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, holds, isAtOrBelow, isBelow, keepCopyIfChanged, makeFolders, whyNotWritable, whyNotWritten, writeFileAtomic, writeOutputFile } from '../src/write.js';
import { makeUnwritable } from './helpers.js';

const failure = (code?: string, message = 'boom') => Object.assign(new Error(message), code ? { code } : {});

describe('isBelow: a path below a folder, by their names', () => {
  it.each([
    ['/bank/stories/a.yaml', '/bank/stories', true],
    ['/bank/stories/..drafts/a.yaml', '/bank/stories', true],
    ['/bank/stories', '/bank/stories', false],
    ['/bank/notes/a.yaml', '/bank/stories', false],
    ['/bank', '/bank/stories', false],
  ])('%s below %s: %s', (path, dir, below) => {
    expect(isBelow(path, dir)).toBe(below);
  });
});

describe('isAtOrBelow: the folder itself, or a path below it', () => {
  it.each([
    ['/bank/stories/a.yaml', '/bank/stories', true],
    ['/bank/stories', '/bank/stories', true],
    ['/bank/stories/', '/bank/stories', true],
    ['/bank/stories/..drafts', '/bank/stories', true],
    ['/bank/stories-old', '/bank/stories', false],
    ['/bank', '/bank/stories', false],
  ])('%s at or below %s: %s', (path, dir, atOrBelow) => {
    expect(isAtOrBelow(path, dir)).toBe(atOrBelow);
  });
});

describe('whyNotWritten', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'a folder has that name'],
    ['ENOTDIR', 'a file stands where a folder should be'],
    ['EEXIST', 'a file stands where a folder should be'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the file system is read-only'],
    ['ENOENT', 'no file can be made in that folder'],
    ['EDQUOT', 'the disk quota is used up'],
    ['ENAMETOOLONG', 'the name is too long'],
    // A code with no words of its own is named, so the user can look it up.
    ['EIO', 'the system said EIO'],
  ])('%s: %s', (code, words) => {
    expect(whyNotWritten(failure(code))).toBe(words);
  });

  it('gives the message of an error with no code', () => {
    expect(whyNotWritten(failure(undefined, 'disk on fire'))).toBe('disk on fire');
  });
});

describe('whyNotWritable', () => {
  it('says nothing of a file that can be written, or of one a write would make, with its folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-writable-'));
    writeFileSync(join(dir, 'history.jsonl'), '');
    expect(whyNotWritable(join(dir, 'history.jsonl'))).toBeUndefined();
    expect(whyNotWritable(join(dir, 'new.jsonl'))).toBeUndefined();
    expect(whyNotWritable(join(dir, '.tpm-prep', 'deeper', 'history.jsonl'))).toBeUndefined();
  });

  it('says why a file can not be written: a folder of its name, a file where a folder should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-writable-'));
    mkdirSync(join(dir, 'history.jsonl'));
    expect(whyNotWritable(join(dir, 'history.jsonl'))).toBe('a folder has that name');
    writeFileSync(join(dir, '.tpm-prep'), 'a file');
    expect(whyNotWritable(join(dir, '.tpm-prep', 'history.jsonl'))).toBe('a file stands where a folder should be');
    writeFileSync(join(dir, 'plain'), 'a file');
    expect(whyNotWritable(join(dir, 'plain', 'deeper', 'history.jsonl'))).toBe('a file stands where a folder should be');
  });

  it('says a file that may not be written is so', (ctx) => {
    const file = join(mkdtempSync(join(tmpdir(), 'tpm-writable-')), 'history.jsonl');
    writeFileSync(file, '');
    const undo = makeUnwritable(file);
    if (!undo) return ctx.skip();
    try {
      expect(whyNotWritable(file)).toBe('permission denied');
    } finally {
      undo();
    }
  });
});

describe('writeFileAtomic, replacing what is not a plain file', () => {
  // Only links to /dev/null are used, never /dev/null itself: if the code were wrong, it would replace the
  // link in a temp folder, not the device the whole machine uses.
  it('writes through a link to a device, keeping the link and the device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    const link = join(dir, 'out.json');
    symlinkSync('/dev/null', link);
    expect(writeFileAtomic(link, '{}', { overwrite: true })).toBe('replaced');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('replaces the target of a link to a plain file, and keeps the link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    writeFileSync(join(dir, 'real.html'), 'old');
    symlinkSync('real.html', join(dir, 'report.html'));
    expect(writeFileAtomic(join(dir, 'report.html'), 'new', { overwrite: true })).toBe('replaced');
    expect(readlinkSync(join(dir, 'report.html'))).toBe('real.html');
    expect(readFileSync(join(dir, 'real.html'), 'utf8')).toBe('new');
  });

  it('still replaces a plain file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    writeFileSync(join(dir, 'a.txt'), 'old text, longer than the new');
    expect(writeFileAtomic(join(dir, 'a.txt'), 'new', { overwrite: true })).toBe('replaced');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
  });
});

describe('writeOutputFile: a report never over what the command reads, nor over YAML', () => {
  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-output-'));
    writeFileSync(join(dir, 'story.yaml'), 'title: kept\n');
    writeFileSync(join(dir, 'history.jsonl'), '{}\n');
    writeFileSync(join(dir, 'notes.YML'), '- kept\n');
    writeFileSync(join(dir, 'old.txt'), 'an earlier report\n');
    symlinkSync('story.yaml', join(dir, 'to-story.txt'));
    symlinkSync('notes.YML', join(dir, 'to-notes.txt'));
    linkSync(join(dir, 'history.jsonl'), join(dir, 'history.txt'));
    return dir;
  }
  const reads = (dir: string) => [
    { path: join(dir, 'story.yaml'), what: 'a story file lint reads' },
    { path: join(dir, 'history.jsonl'), what: 'the practice history report charts' },
  ];

  it.each([
    ['story.yaml', 'a story file lint reads'],
    ['to-story.txt', 'a story file lint reads'],
    ['history.jsonl', 'the practice history report charts'],
    ['history.txt', 'the practice history report charts'],
    ['notes.YML', 'a YAML file, a story or a config'],
    ['to-notes.txt', 'a YAML file, a story or a config'],
  ])('refuses %s (%s), and writes nothing', (name, what) => {
    const dir = folder();
    const before = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    expect(() => writeOutputFile(join(dir, name), 'REPORT', { display: name, reads: reads(dir), instead: 'report.txt' })).toThrow(
      `Won't write over ${name}: it is ${what}, and the report would replace it. Nothing was written; name a new file, such as -o report.txt.`,
    );
    expect(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])).toEqual(before);
  });

  it.each([['old.txt'], ['new.yaml'], ['deeper/new.txt']])('writes %s: an earlier report, or a new file', (name) => {
    const dir = folder();
    expect(writeOutputFile(join(dir, name), 'REPORT', { display: name, reads: reads(dir), instead: 'report.txt' })).toMatch(/^(?:created|replaced)$/);
    expect(readFileSync(join(dir, name), 'utf8')).toBe('REPORT');
    expect(readFileSync(join(dir, 'story.yaml'), 'utf8')).toBe('title: kept\n');
  });
});

describe('makeFolders', () => {
  it('makes the folders missing, each with the mode given, and leaves those there as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-folders-'));
    const before = statSync(dir).mode;
    makeFolders(join(dir, 'a', 'b', 'c'), 0o700);
    makeFolders(join(dir, 'a', 'b', 'c'), 0o700); // all there: nothing to do
    expect(statSync(dir).mode).toBe(before);
    for (const folder of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
      const stat = statSync(join(dir, ...folder));
      expect(stat.isDirectory()).toBe(true);
      if (process.platform !== 'win32') expect(stat.mode & 0o777).toBe(0o700);
    }
  });

  it('throws where a file stands in the way, and makes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-folders-'));
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeFolders(join(dir, 'file', 'a', 'b'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => makeFolders(join(dir, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });
});

describe('backupName', () => {
  it.each([
    [0, '.tpm-prep.yaml.bak'],
    [1, '.tpm-prep.yaml.bak.1'],
    [2, '.tpm-prep.yaml.bak.2'],
  ])('attempt %i: %s', (attempt, name) => {
    expect(backupName('.tpm-prep.yaml', attempt)).toBe(name);
  });
});

describe('holds', () => {
  it.each([
    ['no file', undefined, 0o644, 'same', undefined, false],
    ['the same content', 'same', 0o644, 'same', undefined, true],
    ['other content', 'old', 0o644, 'same', undefined, false],
    ['the same content, executable as asked', 'same', 0o755, 'same', 0o755, true],
    ['the same content, not executable', 'same', 0o644, 'same', 0o755, false],
  ])('%s', (_name, existing, mode, text, wanted, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    if (existing !== undefined) writeFileSync(join(dir, 'a.txt'), existing, { mode });
    expect(holds(join(dir, 'a.txt'), text, wanted)).toBe(expected);
  });

  it('is false for a folder and a device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    symlinkSync('/dev/null', join(dir, 'out'));
    expect(holds(dir, '')).toBe(false);
    expect(holds(join(dir, 'out'), '')).toBe(false);
  });
});

describe('keepCopyIfChanged', () => {
  it.each([
    ['no file', undefined, 'new', undefined],
    ['the same content', 'same', 'same', undefined],
    ['other content', 'old', 'new', 'a.txt.bak'],
  ])('%s: keeps %s', (_name, existing, text, kept) => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    if (existing !== undefined) writeFileSync(join(dir, 'a.txt'), existing);
    const copy = keepCopyIfChanged(join(dir, 'a.txt'), text);
    expect(copy).toBe(kept === undefined ? undefined : join(dir, kept));
    if (copy !== undefined) expect(readFileSync(copy, 'utf8')).toBe(existing);
  });

  it('takes the next free name, leaving earlier copies as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    const file = join(dir, 'a.txt');
    writeFileSync(`${file}.bak`, 'first');
    writeFileSync(`${file}.bak.1`, 'second');
    writeFileSync(file, 'third');
    expect(keepCopyIfChanged(file, 'new')).toBe(`${file}.bak.2`);
    expect([readFileSync(`${file}.bak`, 'utf8'), readFileSync(`${file}.bak.1`, 'utf8'), readFileSync(`${file}.bak.2`, 'utf8')]).toEqual(['first', 'second', 'third']);
  });

  it('keeps nothing of a device: it is written through, not replaced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-write-'));
    symlinkSync('/dev/null', join(dir, 'out'));
    expect(keepCopyIfChanged(join(dir, 'out'), 'new')).toBeUndefined();
  });
});
