import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

// An eighth user's trial, retold in our own words: a disagreement committed to in the next section, work taken
// on from another team, a miss told ahead with its reason, and vendors merged with the others retired each
// scored 2 or nothing in `map --evidence`, and a post-mortem the candidate chose not to wait for counted.
describe('map --evidence on a story told in plain words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-plain-'));
  writeFileSync(
    join(dir, 'token.yaml'),
    [
      'title: Sign-in for the credit union',
      'lps: [backbone, ownership, earn-trust, invent-and-simplify]',
      'situation: The COO set an eight-week timeline for the new sign-in flow across three card vendors.',
      'task: I ran the programme for the member app.',
      'action: >-',
      '  I disagreed with the eight weeks and argued for a hardware token, with branch data on members without',
      '  smartphones. I took the settlement fixes on, although settlement sat with finance operations and not',
      '  with engineering, and I patched the feed that night rather than waiting for the post-mortem. I told the',
      '  head of risk, Tomas Berg, that we would miss the audit date, and why.',
      'result: >-',
      '  The COO chose the app. I committed to it, moved the card traffic onto the new gateway and retired the',
      '  other two integrations.',
      '',
    ].join('\n'),
  );
  const run = cli(['map', '--evidence', 'token.yaml'], { cwd: dir });

  it('shows every claimed principle, each with the evidence that carries it', () => {
    expect(run.status).toBe(0);
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).not.toContain('not shown yet');
    expect(text).not.toContain('no evidence yet');
    expect(text).toContain('": committed to a call that was not theirs (+2)');
    expect(text).toContain('": went beyond own scope (+3)');
    expect(text).toContain('": raised bad news early (+3)');
    expect(text).toContain('"retired the other two integrations": consolidated several things into one (+3)');
  });

  it('gives no post-mortem evidence for the one not waited for', () => {
    expect(run.stdout).not.toContain('post-mortem":');
    expect(run.stdout).not.toContain('wrote the post-mortem (+');
  });
});
