import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import { readiness } from '../../src/lint/readiness.js';
import { missingParts, type Missing } from '../../src/lint/readiness-report.js';
import { LP_IDS, type LpId } from '../../src/principles/catalog.js';
import { mapStories } from '../../src/principles/coverage.js';
import { parseStories } from '../../src/bank/parse.js';
import type { Plan, Unready } from '../../src/principles/plan.js';
import { ROOT, cli } from '../helpers.js';
import { buildReport } from '../../src/report/model.js';
import { practiceStats } from '../../src/drill/stats.js';
import { entry } from '../drill/fixtures.js';
import { NOW, SAMPLE_HISTORY, modelOf, sampleHistory } from './support.js';

describe('the report model', () => {
  const { model, bank } = modelOf(['stories/', 'test/fixtures/weak/all-four.yaml'], sampleHistory());
  const maps = mapStories(bank.files);

  it('has the 16 principles, and a row of 16 cells per story, claimed and inferred as map has them', () => {
    expect(model.principles.map((p) => p.id)).toEqual([...LP_IDS]);
    expect(model.stories.map((s) => s.id)).toEqual(maps.map((m) => m.id));
    for (const [i, s] of model.stories.entries()) {
      expect(s.cells.map((c) => c.lp)).toEqual([...LP_IDS]);
      for (const c of s.cells) {
        const claimed = maps[i]!.declared.includes(c.lp);
        const shown = maps[i]!.inferred.find((x) => x.id === c.lp);
        expect(c.state).toBe(claimed && shown ? 'both' : claimed ? 'claimed' : shown ? 'inferred' : 'none');
        expect(c.score).toBe(shown?.score);
      }
    }
  });

  it('gives each story its readiness and every lint finding of its file, numbered, with the phrase marked', () => {
    const results = lintFiles(bank.files, defaultConfig());
    const weak = model.stories.find((s) => s.id === 'all-four')!;
    const lint = results.find((r) => r.filePath === 'test/fixtures/weak/all-four.yaml')!;
    expect(weak.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(lint.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`));
    expect(weak.findings.map((f) => f.n)).toEqual(weak.findings.map((_, i) => i + 1));
    expect(weak.readiness).toEqual(readiness(bank.files.find((f) => f.path.endsWith('all-four.yaml'))!.stories[0]!.story));
    // Every "we" finding marks the phrase its message quotes; missing-metric flags the result's key.
    const task = weak.sections.find((s) => s.field === 'task')!;
    const marks = task.segments.filter((g) => g.marks.length > 0).map((g) => g.text);
    expect(marks).toEqual(['We needed', 'our team was']);
    const result = weak.sections.find((s) => s.field === 'result')!;
    const metric = weak.findings.find((f) => f.ruleId === 'missing-metric')!;
    expect(result.keyFindings).toEqual([metric.n]);
    expect(metric.marked).toBe(false);
    expect(model.errors).toBe(results.reduce((n, r) => n + r.errorCount, 0));
  });

  it('keeps the text whole: the segments of each section join back to the field', () => {
    for (const s of model.stories) {
      const story = bank.files.flatMap((f) => f.stories).find((l) => l.story.id === s.id)!.story;
      for (const sec of s.sections) expect(sec.segments.map((g) => g.text).join('')).toBe(story[sec.field] ?? '');
    }
  });

  it("quotes each cell's evidence on one line, as `map --evidence` does, with the unit after a number", () => {
    const text = 'title: Pushed for the fix\nsituation: Errors were up.\ntask: I owned reliability.\naction: |\n  - I found 62% of the errors came from one pool\n  - I disagreed with Tom Reyes, the director, and pushed for the capacity fix\n  - He decided to ship the feature first\n  - I committed to his call\nresult: Errors fell.\n';
    const report = buildReport({ files: [parseStories('q.yaml', text)], results: [], history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY });
    const evidence = report.stories[0]!.cells.flatMap((c) => c.evidence);
    expect(evidence).toContain('disagreed with Tom Reyes, the director, and pushed for the capacity fix; He decided to ship the feature first; I committed');
    expect(evidence).toContain('found 62%');
    for (const e of evidence) expect(e).not.toMatch(/\n/);
  });

  it('plans the loop as `tpm-prep plan` does (the command itself, run on the same files)', () => {
    const plan = JSON.parse(cli(['plan', '--format', 'json', 'stories/', 'test/fixtures/weak/all-four.yaml']).stdout) as Plan;
    expect(model.plan.assignments.map((a) => [a.lp, a.storyId, a.score])).toEqual(plan.assignments.map((a) => [a.lp, a.storyId, a.score]));
    expect([...model.plan.taken, ...model.plan.none].map((x) => x.lp).sort()).toEqual([...plan.uncovered].sort());
  });

  describe('with --interviewer', () => {
    type Assigned = { lp: LpId; storyId: string; score: number };
    type LoopJson = Plan & { interviewers: { lps: LpId[]; assignments: Assigned[]; uncovered: LpId[] }[]; notReady: Unready[] };
    // Ownership asked by five interviewers: four stories show it, then none is left.
    const loop: LpId[][] = [['ownership', 'dive-deep'], ['bias-for-action', 'deliver-results', 'ownership'], ['ownership', 'frugality'], ['ownership'], ['ownership']];
    const paths = ['stories/', 'test/fixtures/weak/all-four.yaml'];
    const { model: planned } = modelOf(paths, [], loop);
    const json = JSON.parse(cli(['plan', '--format', 'json', ...loop.flatMap((lps) => ['--interviewer', lps.join(',')]), ...paths]).stdout) as LoopJson;

    it('shows each interviewer their principles in order, with the story `plan --interviewer` gives each, or none', () => {
      expect(json.interviewers).toHaveLength(5);
      expect(planned.plan.interviewers.map((i) => i.rows.map((r) => r.lp))).toEqual(loop);
      expect(planned.plan.interviewers.map((i) => i.rows.filter((r) => r.storyId !== undefined).map(({ lp, storyId, score }) => ({ lp, storyId, score })))).toEqual(
        json.interviewers.map((i) => i.assignments.map(({ lp, storyId, score }) => ({ lp, storyId, score }))),
      );
      expect(planned.plan.interviewers.map((i) => i.rows.filter((r) => r.storyId === undefined).map((r) => r.lp))).toEqual(json.interviewers.map((i) => i.uncovered));
      expect(planned.plan.interviewers[0]!.rows[0]).toEqual({ lp: 'ownership', name: 'Ownership', storyId: json.interviewers[0]!.assignments[0]!.storyId, score: json.interviewers[0]!.assignments[0]!.score });
      expect(planned.plan.interviewers[4]!.rows).toEqual([{ lp: 'ownership', name: 'Ownership' }]);
    });

    it("tells each story once in the loop, plans only the interviewers' principles, and lists one left out once", () => {
      const told = planned.plan.assignments.map((a) => a.storyId);
      expect(new Set(told).size).toBe(told.length);
      expect(planned.plan.assignments.map(({ lp, storyId, score }) => ({ lp, storyId, score }))).toEqual(json.assignments.map(({ lp, storyId, score }) => ({ lp, storyId, score })));
      expect([...planned.plan.taken, ...planned.plan.none].map((x) => x.lp)).toEqual(['ownership']);
      expect(planned.plan.notReady.map(({ storyId, score, errors }) => ({ storyId, score, errors }))).toEqual(json.notReady);
    });

    it('has no interviewers without the option, and plans all 16 then', () => {
      expect(model.plan.interviewers).toEqual([]);
      expect(model.plan.assignments.length + model.plan.taken.length + model.plan.none.length).toBe(16);
    });
  });

  it('names the planned stories that are not ready, as `tpm-prep plan --format json` does', () => {
    // A story that digs (Dive Deep) but names no partner, customer, team or decision: readiness well under 80.
    const digs = 'title: Found the retry storm\nsituation: Pages were up.\ntask: I owned the on-call health.\naction: I pulled six months of pages from the paging tool myself and found the root cause, a retry storm in the auth client.\nresult: Retries fell 40%.\n';
    const dir = mkdtempSync(join(tmpdir(), 'tpm-unready-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'digs.yaml'), digs);
    const plan = JSON.parse(cli(['plan', '--format', 'json', join(dir, 'digs.yaml'), 'stories/']).stdout) as Plan & { notReady: (Unready & { missing: Missing[] })[] };
    const files = [parseStories('digs.yaml', digs), ...modelOf(['stories/']).bank.files];
    const report = buildReport({ files, results: lintFiles(files, defaultConfig()), history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY });
    // Its lint errors too, each rule once.
    const r = readiness(files[0]!.stories[0]!.story);
    expect(plan.notReady).toEqual([{ storyId: 'digs', filePath: expect.stringMatching(/digs\.yaml$/), score: r.score, missing: missingParts(r.parts), errors: ['no-named-partner', 'no-tradeoff'] }]);
    expect(plan.notReady[0]!.score).toBeLessThan(80);
    expect(report.plan.notReady.map(({ storyId, score, missing, errors }) => ({ storyId, score, missing, errors }))).toEqual(plan.notReady.map(({ storyId, score, missing, errors }) => ({ storyId, score, missing, errors })));
    expect(report.plan.notReady[0]!.at).toBe(1);
    // The shipped stories alone are all ready.
    expect(model.plan.notReady).toEqual([]);
  });

  it('judges each of two stories that share an id, as `tpm-prep plan` does', () => {
    // Two stories with one id: a weak one that digs, and a ready one that shows nothing the plan wants.
    const weak = 'id: dup\ntitle: Found the retry storm\nsituation: Pages were up.\ntask: I owned the on-call health.\naction: I pulled six months of pages from the paging tool myself and found the root cause, a retry storm in the auth client.\nresult: Retries fell 40%.\n';
    const dir = mkdtempSync(join(tmpdir(), 'tpm-dup-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'a.yaml'), weak);
    writeFileSync(join(dir, 'b.yaml'), readFileSync(join(ROOT, 'stories', 'cert-expiry-incident.yaml'), 'utf8').replace(/^id: .*$/m, 'id: dup'));
    const plan = JSON.parse(cli(['plan', '--format', 'json', '--lps', 'dive-deep,ownership', dir]).stdout) as Plan & { notReady: Unready[] };
    // The weak one for its readiness and its errors; the ready one only for the id it shares, a lint error of both.
    expect(plan.notReady.map((u) => [u.storyId, u.score < 80, u.errors])).toEqual([
      ['dup', true, ['duplicate-id', 'no-named-partner', 'no-tradeoff']],
      ['dup', false, ['duplicate-id']],
    ]);
    // The report plans them as the two stories they are, as plan does: one story told for each principle.
    const files = modelOf([dir]).bank.files;
    const report = buildReport({ files, results: lintFiles(files, defaultConfig()), history: [], now: NOW, sources: [dir], historyPath: SAMPLE_HISTORY, interviewers: [{ lps: ['dive-deep', 'ownership'] }] });
    expect(report.plan.assignments.map(({ lp, storyId, score }) => ({ lp, storyId, score }))).toEqual(plan.assignments.map(({ lp, storyId, score }) => ({ lp, storyId, score })));
    expect(report.plan.assignments).toHaveLength(2);
    expect(report.plan.notReady.map((u) => [u.storyId, u.score < 80, u.errors])).toEqual(plan.notReady.map((u) => [u.storyId, u.score < 80, u.errors]));
  });

  it('gives each story what its readiness lacks, read off its points, as lint and map give it', () => {
    for (const s of model.stories) expect(s.missing).toEqual(missingParts(s.readiness.parts));
    expect(model.stories.find((s) => s.id === 'curbside-pickup-launch')!.missing).toEqual([]);
    expect(model.stories.find((s) => s.id === 'cert-expiry-incident')!.missing).toEqual([{ check: 'teams', points: 6, label: 'fewer than three teams' }]);
  });

  it('names a planned story with a lint error as not ready, whatever its readiness, as `tpm-prep plan` does', () => {
    // Ownership shown, 80/100 or more, but a failure with no lesson and no trade-off: two errors.
    const told = readFileSync('test/fixtures/not-ready/outage.yaml', 'utf8');
    const files = [parseStories('outage.yaml', told)];
    const report = buildReport({ files, results: lintFiles(files, defaultConfig()), history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY });
    expect(report.plan.assignments.map((a) => a.storyId)).toContain('outage');
    const r = readiness(files[0]!.stories[0]!.story);
    expect(report.plan.notReady).toEqual([{ storyId: 'outage', score: r.score, missing: missingParts(r.parts), errors: ['no-tradeoff', 'failure-without-lesson'], at: 1 }]);
    expect(report.plan.notReady[0]!.score).toBeGreaterThanOrEqual(80);
    // With no lint results to go by, its readiness alone: ready.
    expect(buildReport({ files, results: [], history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY }).plan.notReady).toEqual([]);
  });

  it('breaks a tie in the plan for the story that claims the principle, as `tpm-prep plan` does', () => {
    // Two stories with the same words; one of them claims Ownership.
    const words = 'situation: Pages were up.\ntask: I owned on-call health.\naction: I took on the alert noise myself and wrote the runbook.\nresult: Pages fell 40%.\n';
    for (const claimant of ['a', 'b']) {
      const claims = (id: string) => (id === claimant ? 'lps: [ownership]\n' : '');
      const files = ['a', 'b'].map((id) => parseStories(`${id}.yaml`, `title: ${id.toUpperCase()}\n${claims(id)}${words}`));
      const tied = buildReport({ files, results: [], history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY });
      expect(tied.plan.assignments.find((a) => a.lp === 'ownership')?.storyId).toBe(claimant);
    }
  });

  it('summarises the practice: per principle, the share over time as stats gives it, and the ratings', () => {
    const history = sampleHistory();
    const p = model.practice!;
    expect(p.answers).toBe(history.length);
    expect(p.ratings.reduce((a, b) => a + b, 0)).toBe(history.length);
    expect(p.over).toBe(history.filter((e) => e.seconds > e.limit).length);
    const own = p.principles.find((x) => x.id === 'ownership')!;
    const mine = history.filter((e) => e.lps.includes('ownership'));
    expect(own.points.map((pt) => pt.seconds)).toEqual(mine.map((e) => e.seconds));
    expect(own.overTime).toBe(practiceStats(history, NOW).principles.find((x) => x.id === 'ownership')!.overTime);
    expect(p.never.length + p.principles.length).toBe(16);
  });

  it('counts an answer over time against the limit it was drilled with, as stats does, not against 2:00', () => {
    const at = (day: number) => `2026-11-${String(10 + day).padStart(2, '0')}T09:00:00.000Z`;
    const history = [
      entry({ at: at(1), lps: ['ownership'], seconds: 105, limit: 90 }), // 1:45 with -t 90: over
      entry({ at: at(2), lps: ['ownership'], seconds: 130, limit: 180 }), // 2:10 with -t 180: not over
      entry({ at: at(3), lps: ['ownership'], seconds: 100, limit: 90 }), // 1:40 with -t 90: over
      entry({ at: at(4), lps: ['dive-deep'], seconds: 100, limit: 120 }),
    ];
    const p = buildReport({ files: [], results: [], history, now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY }).practice!;
    expect(p.over).toBe(2);
    const own = p.principles.find((x) => x.id === 'ownership')!;
    expect(own.overTime).toBe(2 / 3);
    expect(own.points).toEqual([
      { at: Date.parse(at(1)), seconds: 105, limit: 90, over: true },
      { at: Date.parse(at(2)), seconds: 130, limit: 180, over: false },
      { at: Date.parse(at(3)), seconds: 100, limit: 90, over: true },
    ]);
    expect(p.principles.find((x) => x.id === 'dive-deep')!.overTime).toBe(0);
    // The share `stats` shows, where the share over 2:00 (kept in its JSON) says otherwise.
    const stats = practiceStats(history, NOW).principles.find((x) => x.id === 'ownership')!;
    expect(own.overTime).toBe(stats.overTime);
    expect(stats.overTwoMinutes).toBe(1 / 3);
  });

  it('lists under each principle the stories that show it, and marks one only claimed, as map does', () => {
    for (const p of model.principles) {
      expect(p.shownBy).toEqual(maps.filter((m) => m.inferred.some((i) => i.id === p.id)).map((m) => m.id));
      expect(p.claimedOnly).toBe(p.shownBy.length === 0 && p.stories.length > 0);
    }
    const files = [parseStories('claims.yaml', 'title: A claim\naction: I ran the syncs every week.\nlps: [earn-trust]\n')];
    const claims = buildReport({ files, results: [], history: [], now: NOW, sources: ['.'], historyPath: SAMPLE_HISTORY });
    expect(claims.principles.find((p) => p.id === 'earn-trust')).toMatchObject({ stories: ['claims'], shownBy: [], claimedOnly: true, gap: false });
  });

  it('marks a principle no story covers as a gap, and has no practice without a history', () => {
    const { model: weak } = modelOf(['test/fixtures/weak/only-we.yaml']);
    const covered = new Set(weak.stories.flatMap((s) => s.cells.filter((c) => c.state !== 'none').map((c) => c.lp)));
    expect(weak.principles.filter((p) => p.gap).map((p) => p.id)).toEqual(LP_IDS.filter((id) => !covered.has(id)));
    expect(weak.principles.some((p) => p.gap)).toBe(true);
    expect(weak.practice).toBeNull();
  });

  it('lists what is not in a story: bank-level findings and files that did not load', () => {
    const { model: bad } = modelOf(['test/fixtures/bad/unclosed-quote.yaml', 'stories/']);
    expect(bad.fileProblems.map((p) => `${p.filePath} ${p.ruleId}`)).toContain('test/fixtures/bad/unclosed-quote.yaml parse');
    const none = buildReport({ files: [], results: [], history: [], now: NOW, sources: [], historyPath: 'h' });
    expect(none.stories).toEqual([]);
    expect(none.principles.every((p) => p.gap)).toBe(true);
  });
});
