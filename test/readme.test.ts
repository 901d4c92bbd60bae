import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lint/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]))('has a rules-table row for %s at its default severity (%s)', (id, severity) => {
    expect(readme).toContain(`| \`${id}\` | ${severity} |`);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npx tpm-prep lint stories/\nnpm test\n');
  });
});
