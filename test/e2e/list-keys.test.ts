/**
 * A thirty-sixth user's trial (an ML engineer in Bengaluru moving to TPM, one file per story): `partners:` on one line
 * with commas, as `lps:` and `tags:` take them, and `tags: [forecasting, 2021]`, each took the whole story out of every
 * rule and of map and plan, and with it its claims ("No story for Are Right, A Lot"). Each test runs the built CLI.
 */
import { describe, it } from 'vitest';
import { cli } from '../helpers.js';
import { fileResult, lintJson, run, scratch } from './support.js';

const LABELS = [
  'title: Moved our labelling work to a new vendor without slipping the model refresh',
  'lps: Are Right, A Lot, ownership',
  'situation: >-',
  "  Our image labelling vendor's error rate went from 3% to 11% in one quarter, and the fraud model",
  '  refresh was due in eight weeks.',
  'task: >-',
  '  I owned the labelling pipeline and had to decide whether to stay or switch vendors.',
  'action: >-',
  '  I audited 2,000 labels myself, found the errors were in two classes, and ran a two-week pilot with',
  '  LabelKart. I worked with Deepa Menon, their account manager, on a gold set, and with Rohit Sharma from',
  '  Procurement on the contract.',
  'result: >-',
  '  Label error rate fell from 11% to 2.4%, and the refresh shipped on the planned date.',
  'partners: Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)',
  'tradeoff: >-',
  '  I paid 15% more per label to get the accuracy, and deferred the active-learning work by a quarter.',
  'learned: >-',
  '  I now keep a gold set for every vendor from day one.',
  '',
].join('\n');

const FORECAST = [
  'title: Rebuilt demand forecasting for the 2021 festive season',
  'lps: [dive-deep, deliver-results]',
  'situation: Forecast error for Diwali week was 38% the year before.',
  'task: I owned the forecasting pipeline.',
  'action: I rebuilt the features with Anil Kumar, the data science lead, and back-tested on three years.',
  'result: Forecast error fell from 38% to 14% for Diwali week.',
  'tradeoff: I dropped the promo-level model to ship before October.',
  'tags: [forecasting, 2021]',
  '',
].join('\n');

const tmp = scratch('list-keys');
const bank = tmp.write({ 'stories/label-vendor.yaml': LABELS, 'stories/forecast.yaml': FORECAST });
// The twins: the partners as a list, and the year in quotes, which were read before.
const twins = tmp.write({
  'stories/label-vendor.yaml': LABELS.replace(/^partners: (.*)$/m, 'partners: [$1]'),
  'stories/forecast.yaml': FORECAST.replace('2021]', '"2021"]'),
});

const messages = (results: Awaited<ReturnType<typeof lintJson>>['results'], path: string) =>
  fileResult(results, path).messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity} ${m.message}`);

describe('partners on one line, with commas', () => {
  it('are read as the list, a comma in brackets the role\'s: no schema error, and the story is linted as its twin written as a list', async ({ expect }) => {
    const [one, list] = await Promise.all([lintJson(['stories'], { cwd: bank }), lintJson(['stories'], { cwd: twins })]);
    const said = messages(one.results, 'stories/label-vendor.yaml');
    expect(said.filter((m) => / schema /.test(m))).toEqual([]);
    expect(said).toEqual(messages(list.results, 'stories/label-vendor.yaml'));
    // Its claims count for the bank: no "No story for Are Right, A Lot".
    const bankLevel = one.results.find((r) => r.filePath === 'stories/' || r.filePath === 'stories')!;
    expect(bankLevel.messages.map((m) => m.message).join('\n')).not.toMatch(/No story for (?:Are Right, A Lot|Ownership)\b/);
    expect(bankLevel.messages.map((m) => m.message).join('\n')).toMatch(/No story for Customer Obsession\b/);
  });

  it('are read so from --stdin too; a long value that is wrong is quoted with its quote closed', ({ expect }) => {
    const lint = (text: string) => cli(['lint', '--stdin', '--stdin-filename', 'stories/label-vendor.yaml', '-f', 'compact'], { input: text });
    expect(lint(LABELS).stdout).not.toMatch(/\[schema\]/);
    // The same line where no list belongs: the message quotes it, cut short, with its quote closed.
    const said = lint(LABELS.replace('partners: ', 'draft: ')).stdout;
    expect(said).toContain('stories/label-vendor.yaml:14:8: error `draft` should be true or false, not a string ("Deepa Menon (LabelKart account manage…").');
  });
});

describe('a number among the tags', () => {
  it('is an error with the hint to quote it, and the story is still linted', async ({ expect }) => {
    const { run: done, results } = await lintJson(['stories/forecast.yaml'], { cwd: bank });
    expect(done.status).toBe(1);
    const said = messages(results, 'stories/forecast.yaml');
    expect(said.filter((m) => / schema /.test(m))).toEqual(['8:21 schema 2 item 2 of `tags` should be text (quote it if it looks like a number), not a number (2021).']);
    // The other rules read it: its twin with the year quoted gets the same findings, but the schema error.
    const twin = messages((await lintJson(['stories/forecast.yaml'], { cwd: twins })).results, 'stories/forecast.yaml');
    expect(said.filter((m) => !/ schema /.test(m))).toEqual(twin);
    expect(twin.length).toBeGreaterThan(0);
  });

  it('leaves neither story out of map or plan: the file with the error is named, not left out', async ({ expect }) => {
    const [map, plan] = await Promise.all([run(['map', '--format', 'json'], { cwd: bank }), run(['plan', '--format', 'json', '--lps', 'dive-deep'], { cwd: bank })]);
    expect(map.status).toBe(0);
    expect(JSON.parse(map.stdout).stories.map((s: { id: string; declared: string[] }) => [s.id, s.declared])).toEqual([
      ['forecast', ['dive-deep', 'deliver-results']],
      ['label-vendor', ['are-right-a-lot', 'ownership']],
    ]);
    expect(map.stderr).toBe('tpm-prep: warning: errors in stories/forecast.yaml; run `tpm-prep lint` for details.\n');
    expect(plan.status).toBe(0);
    expect(plan.stderr).toBe(map.stderr);
    expect(JSON.parse(plan.stdout).assignments.map((a: { lp: string; storyId: string }) => [a.lp, a.storyId])).toEqual([['dive-deep', 'label-vendor']]);
  });
});
