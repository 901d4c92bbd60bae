/**
 * A new user's trial: `plan` called a story "not ready" at 70/100 and sent her to `tpm-prep lint`, which
 * printed nothing for it (it breaks no rule: what it lacks is a customer and a decision, which no rule
 * checks). Wherever a story's readiness is shown, or it is called not ready, what the score lacks is said
 * too. Each test runs the real CLI on that story (test/fixtures/not-ready/reconciliation-breaks.yaml).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers.js';

const STORY = join(ROOT, 'test/fixtures/not-ready/reconciliation-breaks.yaml');
const dir = mkdtempSync(join(tmpdir(), 'tpm-not-ready-'));
copyFileSync(STORY, join(dir, 'reconciliation-breaks.yaml'));
const LACKS = 'no customer, fewer than three teams, no decision';

describe('what a story lacks, in lint', () => {
  it('a story that breaks no rule lints silent, exit 0, and its JSON still carries what it lacks', () => {
    const quiet = cli(['lint', 'reconciliation-breaks.yaml'], { cwd: dir });
    expect(quiet).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const [file] = JSON.parse(cli(['lint', '--format', 'json', 'reconciliation-breaks.yaml'], { cwd: dir }).stdout);
    expect(file.readiness.stories).toEqual([
      {
        storyId: 'reconciliation-breaks',
        score: 70,
        impact: 20,
        scope: 27,
        ownership: 23,
        missing: [
          { check: 'customer', points: 14, label: 'no customer' },
          { check: 'teams', points: 6, label: 'fewer than three teams' },
          { check: 'decision', points: 10, label: 'no decision' },
        ],
      },
    ]);
  });

  it('with a finding, the stylish readiness line ends with what the score lacks', () => {
    // A principle claimed that the words don't show: one warning, so the file and its readiness are shown.
    writeFileSync(join(dir, 'claims.yaml'), readFileSync(STORY, 'utf8').replace('lps: [dive-deep]', 'lps: [dive-deep, frugality]'));
    const run = cli(['lint', 'claims.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`\n  readiness 70/100 (impact 20/34, scope 27/33, ownership 23/33): ${LACKS}\n`);
  });
});
