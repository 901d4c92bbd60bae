/**
 * no-failure-story (bank-level): the bank has no story of a failure or mistake and the recovery. A story
 * counts by a tag (`failure`, `mistake`, `setback`…) or by its words ("I missed the date", "the migration
 * failed", "went over budget"); an `incident` tag is a topic, and "rolled out" or "the vendor missed its
 * date" are not the candidate's failure.
 */
import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../src/bank/parse.js';
import type { Story, StoryData } from '../../../src/bank/schema.js';
import { lintFiles } from '../../../src/lint/engine.js';
import { factsOf } from '../../../src/lint/facts.js';
import rule from '../../../src/lint/rules/no-failure-story.js';
import { only } from '../../helpers.js';

const SUCCESS: Partial<StoryData> = {
  title: 'Launched curbside pickup',
  action: 'I cut the loyalty integration from launch scope and ran a daily war room.',
  result: 'All 120 stores opened on November 1.',
};

/** What the rule reports over a bank built from `stories`. */
function runBank(stories: Partial<StoryData>[]): string[] {
  const reports: string[] = [];
  const bank = stories.map((fields, i) => ({ title: `Story ${i}`, ...fields, id: `s${i}` }) as Story);
  rule.checkBank(bank.map(factsOf), (message) => reports.push(message));
  return reports;
}

/** Banks with no failure story. */
const invalid: [label: string, stories: Partial<StoryData>[]][] = [
  ['one success story', [SUCCESS]],
  ['three success stories', [SUCCESS, { ...SUCCESS, title: 'Cut cloud spend' }, { ...SUCCESS, title: 'Hired a team' }]],
  ['an `incident` tag, which is a topic', [{ ...SUCCESS, tags: ['incident', 'on-call'] }]],
  ['a `lessons` tag, which is not a failure', [{ ...SUCCESS, tags: ['lessons'] }]],
  ['a rollout, not a roll-back', [{ ...SUCCESS, result: 'I rolled out the new rota to all nine teams.' }]],
  ["the vendor missing its date, not the candidate", [{ ...SUCCESS, situation: 'The vendor missed its delivery date twice.' }]],
  ['a failover test', [{ ...SUCCESS, action: 'I ran a failover test in each region before peak.' }]],
  ['a programme under budget', [{ ...SUCCESS, result: 'The programme came in $200k under budget.' }]],
  ['a failure only in a title', [{ ...SUCCESS, title: 'Recovering a failing launch' }]],
  ['losses cut, avoided or nearly suffered', [{ ...SUCCESS, result: 'We cut losses by $2M, avoided losing $1M more, and nearly lost $300k in the outage.' }]],
  ['a running loss before the candidate\'s work', [{ ...SUCCESS, action: 'We were losing $2M a month before I rebuilt the fraud rules.' }]],
];

/** Banks with a failure story, and the empty bank. */
const valid: [label: string, stories: Partial<StoryData>[]][] = [
  ['a story tagged `failure`', [SUCCESS, { ...SUCCESS, tags: ['failure'] }]],
  ['a story tagged `Failed`', [{ ...SUCCESS, tags: ['Failed'] }]],
  ['a story tagged `setback`', [{ ...SUCCESS, tags: ['launch', 'setback'] }]],
  ['"I made a mistake"', [SUCCESS, { ...SUCCESS, action: 'I made a mistake in the capacity plan and owned it with the VP.' }]],
  ['"the migration failed"', [{ ...SUCCESS, result: 'The migration failed on the first night, and I ran the recovery.' }]],
  ['"we missed the deadline"', [{ ...SUCCESS, result: 'We missed the deadline by three weeks.' }]],
  ['a budget overrun', [{ ...SUCCESS, result: 'The programme went $400K over budget.' }]],
  ['a roll-back', [{ ...SUCCESS, action: 'I had to roll back the release after an hour.' }]],
  // A twenty-seventh user's trial: money lost, with no failure word or tag.
  ['money lost', [SUCCESS, { ...SUCCESS, title: 'Instant payouts launch I shipped too early', result: 'We lost 420,000 dollars to fraud in the first week.' }]],
  ['a launch shipped too early', [{ ...SUCCESS, action: 'I shipped instant payouts too early.' }]],
  ['"my call was wrong"', [{ ...SUCCESS, learned: 'My call was wrong: I should have piloted first.' }]],
  // What a mishap of the candidate's side cost, with no failure word or tag.
  ['what a mishap cost', [{ ...SUCCESS, result: 'The bug cost us two enterprise renewals.' }]],
  // A title in the candidate's own first-person failure words ("a failure only in a title" above has none).
  ['a title "The migration I got wrong"', [{ ...SUCCESS, title: 'The migration I got wrong' }]],
  ['an empty bank, with nothing to judge', []],
];

describe('no-failure-story', () => {
  it.each(invalid)('flags %s', (_label, stories) => {
    expect(runBank(stories)).toHaveLength(1);
  });

  it.each(valid)('accepts %s', (_label, stories) => {
    expect(runBank(stories)).toEqual([]);
  });

  it('says what story to add, and is a warning by default', () => {
    expect(runBank([SUCCESS])).toEqual([
      'No story tells of a failure and your recovery. Panels ask for one in most loops: add one, tagged `failure`, with what you changed afterwards.',
    ]);
    expect(rule.meta.defaultSeverity).toBe('warn');
  });

  it('reports against the folder, and only when a folder is linted', () => {
    const files = [parseStories('stories/a.yaml', 'title: One\naction: I moved it.\n')];
    expect(lintFiles(files, only('no-failure-story')).flatMap((r) => r.messages)).toEqual([]);
    const folder = lintFiles(files, only('no-failure-story'), { bankPath: 'stories/' }).at(-1)!;
    expect(folder.filePath).toBe('stories/');
    expect(folder.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['no-failure-story', 1, 1]]);
  });
});
