/**
 * What lint says of its suppression comments, through the real CLI: a directive that silences nothing is a
 * warning in every format (as ESLint 9 reports an unused eslint-disable), `linterOptions` turns it off or up, an
 * unknown rule gets the config's did-you-mean, and the findings silenced are kept, with the reason after ` -- `,
 * in JSON's `suppressedMessages` and SARIF's `suppressions` (from the lint cache too).
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { LONE, STRONG, WE_TASK, fileResult, lintJson, run, scratch } from './support.js';

const tmp = scratch('suppressions');
const before = (story: string, key: string, comment: string) => story.replace(new RegExp(`^${key}:`, 'm'), `${comment}\n$&`);
const UNUSED = 'Unused tpm-prep-disable-next-line for `we-instead-of-i`: nothing was reported there.';

interface Suppressed {
  ruleId: string;
  line: number;
  column: number;
  suppressions: { kind: string; justification: string }[];
}

describe.concurrent('a directive that silences nothing', () => {
  // STRONG says "I" throughout: the directive above its action (now line 9) has nothing to silence.
  const dir = tmp.write({ 'unused.yaml': before(STRONG, 'action', '# tpm-prep-disable-next-line we-instead-of-i') });

  it('is a warning at the directive, in every format, and lint still passes (exit 0)', async ({ expect }) => {
    const [stylish, compact, github, sarif, json] = await Promise.all(
      ['stylish', 'compact', 'github', 'sarif', 'json'].map((format) => run(['lint', '--no-cache', '-f', format, 'unused.yaml'], { cwd: dir })),
    );
    for (const done of [stylish, compact, github, sarif, json]) expect([done!.status, done!.stderr]).toEqual([0, '']);
    expect(stylish!.stdout).toContain(`8:1  warning  ${UNUSED}  directive`);
    expect(stylish!.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(compact!.stdout).toBe(`unused.yaml:8:1: warning ${UNUSED} [directive]\n`);
    expect(github!.stdout).toBe(`::warning file=unused.yaml,line=8,col=1,title=directive::${UNUSED}\n`);
    const results = JSON.parse(sarif!.stdout).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ruleId: 'directive', level: 'warning', message: { text: UNUSED } });
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 8, startColumn: 1 });
    expect(results[0].suppressions).toBeUndefined();
    expect(JSON.parse(json!.stdout)[0].messages).toEqual([{ ruleId: 'directive', severity: 1, message: UNUSED, line: 8, column: 1, storyId: null }]);
  });

  it('is judged over all a directive reaches: above a `>-` block, a finding anywhere in it uses it', async ({ expect }) => {
    // WE_TASK's we-instead-of-i is at 7:3, on the block's text below `task:`; the directive is above `task:`.
    const block = tmp.write({ 'block.yaml': before(WE_TASK, 'task', '# tpm-prep-disable-next-line we-instead-of-i'), 'other-key.yaml': before(WE_TASK, 'situation', '# tpm-prep-disable-next-line we-instead-of-i') });
    const { run: done, results } = await lintJson(['--no-cache', 'block.yaml', 'other-key.yaml'], { cwd: block });
    expect(fileResult(results, 'block.yaml').messages).toEqual([]);
    // Above another key, it silences nothing, and says so; the finding stays.
    expect(fileResult(results, 'other-key.yaml').messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message.startsWith('Unused') ? m.message : ''}`.trim())).toEqual([
      `3:1 directive ${UNUSED}`,
      '8:3 we-instead-of-i',
    ]);
    expect(done.status).toBe(1);
  });

  it('names a rule that is off, and a bank rule, for what they are', async ({ expect }) => {
    const files = tmp.write({
      '.tpm-prep.yaml': 'rules:\n  hedging: off\n',
      's.yaml': `# tpm-prep-disable hedging, lp-coverage\n${STRONG}`,
    });
    const { run: done, results } = await lintJson(['--no-cache', 's.yaml'], { cwd: files });
    expect(fileResult(results, 's.yaml').messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      '1:1 Unused tpm-prep-disable for `hedging`: the rule is off.',
      '1:1 Unused tpm-prep-disable for `lp-coverage`: it reports on the whole bank, not on a story, so no comment silences it.',
    ]);
    expect(done.status).toBe(0);
  });

  it('is not reported with linterOptions.reportUnusedDisableDirectives: off, and fails lint at error', async ({ expect }) => {
    const story = before(STRONG, 'action', '# tpm-prep-disable-next-line we-instead-of-i');
    const off = tmp.write({ '.tpm-prep.yaml': 'linterOptions:\n  reportUnusedDisableDirectives: off\n', 's.yaml': story });
    const error = tmp.write({ '.tpm-prep.yaml': 'linterOptions: { reportUnusedDisableDirectives: error }\n', 's.yaml': story });
    const [quiet, loud] = await Promise.all([lintJson(['--no-cache', 's.yaml'], { cwd: off }), lintJson(['--no-cache', 's.yaml'], { cwd: error })]);
    expect([quiet.run.status, quiet.results[0]!.messages]).toEqual([0, []]);
    expect(loud.run.status).toBe(1);
    expect(loud.results[0]!.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`)).toEqual([`8:1 2 ${UNUSED}`]);
    // A misspelt setting is told, as the config's other keys are.
    const bad = tmp.write({ '.tpm-prep.yaml': 'linterOptions:\n  reportUnusedDirectives: off\n', 's.yaml': story });
    const refused = await run(['lint', '--no-cache', 's.yaml'], { cwd: bad });
    expect([refused.status, refused.stderr]).toEqual([2, 'tpm-prep: .tpm-prep.yaml:2:3: Unknown setting `reportUnusedDirectives` in `linterOptions`. Did you mean `reportUnusedDisableDirectives`?\n']);
  });
});

describe.concurrent('an unknown rule in a directive', () => {
  it('gets the did-you-mean the config gives: a typo, the rule it is a word of, or the one rule that holds its words', async ({ expect }) => {
    const dir = tmp.write({ 's.yaml': `# tpm-prep-disable-next-line passive no-tradof\n# tpm-prep-disable no-partner, too-many\n${STRONG}` });
    const { results } = await lintJson(['--no-cache', 's.yaml'], { cwd: dir });
    expect(results[0]!.messages.map((m) => m.message)).toEqual([
      'Unknown rule `passive` in `# tpm-prep-disable-next-line`. Did you mean `passive-voice`?',
      'Unknown rule `no-tradof` in `# tpm-prep-disable-next-line`. Did you mean `no-tradeoff`?',
      'Unknown rule `no-partner` in `# tpm-prep-disable`. Did you mean `no-named-partner`?',
      'Unknown rule `too-many` in `# tpm-prep-disable`. Did you mean `too-many-principles`?',
    ]);
    const config = tmp.write({ '.tpm-prep.yaml': 'rules:\n  passive: warn\n', 's.yaml': STRONG });
    const refused = await run(['lint', '--no-cache', 's.yaml'], { cwd: config });
    expect(refused.stderr).toBe('tpm-prep: .tpm-prep.yaml:2:3: Unknown rule `passive` in `rules`. Did you mean `passive-voice`?\n');
    const words = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-partner: off\n', 's.yaml': STRONG });
    expect((await run(['lint', '--no-cache', 's.yaml'], { cwd: words })).stderr).toBe(
      'tpm-prep: .tpm-prep.yaml:2:3: Unknown rule `no-partner` in `rules`. Did you mean `no-named-partner`?\n',
    );
  });
});

describe.concurrent('the findings silenced', () => {
  // LONE reports no-named-partner and no-tradeoff at `action:`, line 8 (10, below the two directives).
  const story = `# tpm-prep-disable no-named-partner -- the partner is confidential\n${before(LONE, 'action', '# tpm-prep-disable-next-line no-tradeoff, no-named-partner')}`;
  const dir = tmp.write({ 's.yaml': story });
  const cache = join(dir, 'cache');

  it("are in JSON's suppressedMessages, with each directive and its reason, and not in messages", async ({ expect }) => {
    const { run: done, results } = await lintJson(['--no-cache', 's.yaml'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(results[0]!.messages).toEqual([]);
    const suppressed = (results[0] as unknown as { suppressedMessages: Suppressed[] }).suppressedMessages;
    expect(suppressed.map(({ ruleId, line, column, suppressions }) => ({ ruleId, line, column, suppressions }))).toEqual([
      {
        ruleId: 'no-named-partner',
        line: 10,
        column: 1,
        suppressions: [
          { kind: 'directive', justification: 'the partner is confidential' },
          { kind: 'directive', justification: '' },
        ],
      },
      { ruleId: 'no-tradeoff', line: 10, column: 1, suppressions: [{ kind: 'directive', justification: '' }] },
    ]);
    expect(Object.keys(suppressed[0]!)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'storyId', 'suppressions']);
  });

  it("are SARIF results with suppressions (inSource, and the reason as justification)", async ({ expect }) => {
    const done = await run(['lint', '--no-cache', '-f', 'sarif', 's.yaml'], { cwd: dir });
    expect(done.status).toBe(0);
    const results = JSON.parse(done.stdout).runs[0].results as { ruleId: string; suppressions: unknown }[];
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['no-named-partner', [{ kind: 'inSource', justification: 'the partner is confidential' }, { kind: 'inSource' }]],
      ['no-tradeoff', [{ kind: 'inSource' }]],
    ]);
  });

  it('are shown nowhere in stylish, compact and github', async ({ expect }) => {
    const runs = await Promise.all(['stylish', 'compact', 'github'].map((format) => run(['lint', '--no-cache', '-f', format, 's.yaml'], { cwd: dir })));
    expect(runs.map((r) => [r.status, r.stdout])).toEqual([[0, ''], [0, ''], [0, '']]);
  });

  it('are kept by the lint cache: a run it serves gives the same JSON and SARIF', async ({ expect }) => {
    for (const format of ['json', 'sarif']) {
      const fresh = await run(['lint', '--no-cache', '-f', format, 's.yaml'], { cwd: dir });
      await run(['lint', '--cache-location', cache, '-f', format, 's.yaml'], { cwd: dir });
      const cached = await run(['lint', '--cache-location', cache, '-f', format, 's.yaml'], { cwd: dir, env: { TIMING: '1' } });
      expect(cached.stderr).toContain('cache: 1 of 1 file reused');
      expect(cached.stdout).toBe(fresh.stdout);
      expect(cached.stdout).toContain('the partner is confidential');
    }
  });
});
