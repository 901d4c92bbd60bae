/**
 * The committed weak stories in test/fixtures/weak/ carry their expected findings as a comment,
 * `# expect: rule, rule`. Lint each through the CLI and check the set of rule ids reported is exactly
 * that set: every rule expected fires, and no other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT, fileResult, lintJson, run as runCli, ruleIds } from './support.js';

const WEAK = 'test/fixtures/weak';
const names = readdirSync(join(ROOT, WEAK)).filter((n) => /\.ya?ml$/.test(n)).sort();
const paths = names.map((n) => `${WEAK}/${n}`);

function expected(path: string): string[] {
  const line = readFileSync(join(ROOT, path), 'utf8').match(/^# expect: (.*)$/m);
  if (!line) throw new Error(`${path} has no "# expect: rule, rule" comment.`);
  return line[1]!.split(/[\s,]+/).filter(Boolean).sort();
}

// One run for all of them: files named one by one are not a folder, so no bank-level rule runs, and
// each file's result is its own. Their ids are all different, so no duplicate-id either.
const [{ run, results }, allFour] = await Promise.all([lintJson(paths), runCli(['lint', `${WEAK}/all-four.yaml`])]);

describe('test/fixtures/weak', () => {
  it('has fixtures to check, each with an # expect: comment', ({ expect }) => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const path of paths) expect(expected(path).length).toBeGreaterThan(0);
    expect(run.stderr).toBe('');
  });

  for (const path of paths) {
    it(`${path}: reports exactly the rules in its # expect: comment`, ({ expect }) => {
      expect(ruleIds(fileResult(results, path))).toEqual(expected(path));
    });
  }

  it('multi.yaml: the strong story fires nothing, and the weak one fires every expected rule', ({ expect }) => {
    const path = `${WEAK}/multi.yaml`;
    const byStory = (id: string) => [...new Set(fileResult(results, path).messages.filter((m) => m.storyId === id).map((m) => m.ruleId))].sort();
    expect(byStory('multi-strong-api-retirement')).toEqual([]);
    expect(byStory('multi-weak-onboarding-revamp')).toEqual(expected(path));
  });

  it('each finding points inside its file', ({ expect }) => {
    for (const path of paths) {
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n').length;
      for (const m of fileResult(results, path).messages) expect(m.line).toBeLessThanOrEqual(lines);
    }
  });
});

describe('all-four.yaml, as the user sees it', () => {
  it('exits 1 and names all four gap rules', ({ expect }) => {
    expect(allFour.status).toBe(1);
    expect(allFour.stderr).toBe('');
    expect(allFour.stdout).toMatch(/^test\/fixtures\/weak\/all-four\.yaml\n/);
    for (const rule of ['missing-metric', 'we-instead-of-i', 'no-named-partner', 'no-tradeoff']) expect(allFour.stdout).toMatch(new RegExp(`  ${rule}\\n`));
    expect(allFour.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });
});
