// The `questions:` key of .tpm-prep.yaml: a folder of your own questions, relative to the config file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { configFileFor } from '../../src/commands/shared.js';
import { loadConfig, parseConfig } from '../../src/lint/config.js';

describe('questions: in .tpm-prep.yaml', () => {
  it('is resolved against the folder of the config file, not the working folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, '.tpm-prep.yaml'), 'questions: my-questions\nrules:\n  no-tradeoff: warn\n');
    const config = loadConfig(configFileFor(undefined, [], deep), deep);
    expect(config.questions).toBe(join(root, 'my-questions'));
    expect(config.rules.get('no-tradeoff')!.severity).toBe('warn');
  });

  it('keeps an absolute folder as it is, and is absent when not set', () => {
    expect(parseConfig('questions: /srv/q\n', 'x/.tpm-prep.yaml').questions).toBe('/srv/q');
    expect(parseConfig('questions: q\n', 'x/.tpm-prep.yaml').questions).toBe('x/q');
    expect(parseConfig('rules: {}\n', '.tpm-prep.yaml').questions).toBeUndefined();
  });

  it.each([
    ['empty', 'questions:\n', '.tpm-prep.yaml:1:11: `questions` names a folder of your own question files, relative to this config file.'],
    ['a list', 'questions: [a, b]\n', '.tpm-prep.yaml:1:12: `questions` names a folder of your own question files, relative to this config file.'],
    ['misspelt', 'questons: q\n', '.tpm-prep.yaml:1:1: Unknown config key `questons`. Did you mean `questions`?'],
  ])('refuses a value that is %s, at file:line:col', (_name, text, message) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(new UsageError(message));
  });
});
