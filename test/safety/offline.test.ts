/**
 * tpm-prep never sends a story anywhere and never runs one: every command works with the network
 * modules stubbed to throw, and nothing written in a story is ever evaluated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const PRELOAD = fileURLToPath(new URL('./no-network.mjs', import.meta.url));
const offline = (args: string[], cwd?: string) => cli(args, { cwd, env: { NODE_OPTIONS: `--import ${PRELOAD}`, HOME: tmpdir() } });

describe('offline', () => {
  it.each([
    ["require('node:https').get('https://example.invalid')", 'https.request'],
    ["require('node:net').connect(80, '127.0.0.1')", 'net.connect'],
    ["fetch('https://example.invalid')", 'fetch'],
  ])('the preload really refuses the network: %s', (code, what) => {
    const run = spawnSync(process.execPath, ['--import', PRELOAD, '-e', code], { encoding: 'utf8' });
    expect(run.stderr).toContain(`NETWORK ATTEMPT: ${what}`);
    expect(run.status).not.toBe(0);
  });

  it.each([
    [['lint', 'stories/'], 0],
    [['lint', 'test/fixtures/weak/all-four.yaml'], 1],
    [['map', 'stories/'], 0],
    [['plan', 'stories/'], 0],
    [['report', 'stories/', '--history', 'test/fixtures/history/sample.jsonl', '-o', '-'], 0],
    [['lps'], 0],
    [['rules'], 0],
    [['schema'], 0],
    [['questions', '--lp', 'ownership'], 0],
    [['drill', '--print', '--count', '3', '--seed', 'x'], 0],
    [['--version'], 0],
  ])('tpm-prep %j makes no network call', (args, status) => {
    const run = offline(args);
    expect(run.stderr).not.toContain('NETWORK ATTEMPT');
    expect(run.status).toBe(status);
  });
});

describe('no code execution', () => {
  it('never evaluates a story: tags, template strings and code in text stay text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-eval-'));
    const marker = join(dir, 'pwned');
    const story = [
      'title: !!js/function "function () { require(\'fs\').writeFileSync(\'' + marker + '\', \'x\') }"',
      `situation: "\${require('fs').writeFileSync('${marker}', 'x')}"`,
      `action: "{{constructor.constructor('return process')().exit(7)}}"`,
      "__proto__: { polluted: true }",
      "constructor: x",
      '',
    ].join('\n');
    writeFileSync(join(dir, 'story.yaml'), story);
    const run = cli(['lint', '--format', 'json', 'story.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(existsSync(marker)).toBe(false);
    const [file] = JSON.parse(run.stdout);
    const messages = file.messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`);
    expect(messages).toContain('parse: YAML tags are not allowed in stories (!!js/function); write plain text.');
  });
});
