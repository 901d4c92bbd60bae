import { describe, expect, it } from 'vitest';
import { whyNotWritten } from '../src/write.js';

const failure = (code?: string, message = 'boom') => Object.assign(new Error(message), code ? { code } : {});

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
