import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMON_S_WORDS } from '../../src/text/common-s-words.js';

describe('the common -s word list', () => {
  it('is what scripts/make-wordlist.mjs makes from the installed word lists', () => {
    const result = spawnSync(process.execPath, ['scripts/make-wordlist.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('holds plurals people start sentences with, and no given name or common surname', () => {
    const words = new Set(COMMON_S_WORDS.split(' '));
    for (const word of ['operators', 'plans', 'contracts', 'drivers', 'dispatchers', 'clinicians']) expect(words.has(word)).toBe(true);
    for (const word of ['carlos', 'james', 'thomas', 'miles', 'iris', 'nicholas', 'wells', 'banks', 'brooks']) expect(words.has(word)).toBe(false);
  });
});
