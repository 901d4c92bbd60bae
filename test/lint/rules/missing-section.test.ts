/**
 * missing-section: an empty or absent situation, task, action or result, or an action with fewer words
 * than the situation.
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../../src/bank/schema.js';
import rule from '../../../src/lint/rules/missing-section.js';
import { lintText, only, runRule } from '../../helpers.js';

const FULL: Partial<StoryData> = {
  situation: 'Checkout p99 latency had crept to 2.4 s before peak.',
  task: 'I owned the latency program across three teams.',
  action: 'I pulled the traces myself, found the synchronous fraud check, and moved it off the hot path with the Payments lead.',
  result: 'p99 fell from 2.4 s to 900 ms during the peak.',
};

/** Stories with a gap, and the fields reported. */
const invalid: [label: string, fields: Partial<StoryData>, reported: string[]][] = [
  ['no situation', { ...FULL, situation: undefined }, ['situation']],
  ['no task', { ...FULL, task: undefined }, ['task']],
  ['no action', { ...FULL, action: undefined }, ['action']],
  ['no result', { ...FULL, result: undefined }, ['result']],
  ['an empty result (result: "")', { ...FULL, result: '' }, ['result']],
  ['a result of only spaces and a line break', { ...FULL, result: '  \n ' }, ['result']],
  ['a null task (task: with nothing after it)', { ...FULL, task: null }, ['task']],
  ['only a title', {}, ['situation', 'task', 'action', 'result']],
  ['a placeholder task ("TBD")', { ...FULL, task: 'TBD' }, ['task']],
  ['a bullet or punctuation alone', { ...FULL, task: '•', result: '* * *' }, ['task', 'result']],
  ['a placeholder result ("n/a")', { ...FULL, result: 'n/a' }, ['result']],
  ['placeholders "N/A." and "-"', { ...FULL, task: 'N/A.', result: ' - ' }, ['task', 'result']],
  ['a placeholder action ("TODO")', { ...FULL, action: 'TODO' }, ['action']],
  ['an action shorter than the situation', { ...FULL, situation: 'A long situation with far more words in it than the action has.', action: 'I fixed it quickly.' }, ['action']],
  ['a one-line action under a paragraph of background', { ...FULL, situation: `${FULL.situation} ${FULL.situation}`, action: 'I added a cache and a kill switch.' }, ['action']],
];

/** Stories that are complete. */
const valid: [label: string, fields: Partial<StoryData>][] = [
  ['all four sections', FULL],
  ['an action exactly as long as the situation', { ...FULL, situation: 'one two three four five', action: 'I did three more things.' }],
  ['a trade-off and lesson that are empty (they are not STAR sections)', { ...FULL, tradeoff: '', learned: '' }],
  ['bulleted sections', { situation: '- Sev-1 on Cyber Monday.', task: '- Own the follow-up.', action: '- I built a cert inventory.\n- I automated renewal.', result: '- Zero cert outages since.' }],
  ['a short situation and a long action', { ...FULL, situation: 'Peak was coming.' }],
  ['a one-word task', { ...FULL, task: 'Mine.' }],
  ['a task that mentions TBD items', { ...FULL, task: 'I owned the TBD items on the launch list.' }],
  ['a result that starts with "None of"', { ...FULL, result: 'None of the 40 stores lost a sale; p99 fell to 900 ms.' }],
  ['a long title does not count as situation', { ...FULL, title: 'A very long title with many more words than the action has in it, by far' }],
  ['partners and tags do not matter', { ...FULL, partners: ['Priya Nair'], tags: ['latency'] }],
];

describe('missing-section', () => {
  it.each(invalid)('flags %s', (_label, fields, reported) => {
    expect(runRule(rule, fields).map((r) => r.field)).toEqual(reported);
  });

  it.each(valid)('accepts %s', (_label, fields) => {
    expect(runRule(rule, fields)).toEqual([]);
  });

  it('says what each section needs', () => {
    const messages = runRule(rule, {}).map((r) => r.message);
    expect(messages[0]).toMatch(/^There is no situation\. Set the scene/);
    expect(messages[1]).toMatch(/^There is no task\. Say in one sentence what you owned/);
    expect(messages[2]).toMatch(/^There is no action\. Tell what you did/);
    expect(messages[3]).toMatch(/^There is no result\. Say what changed and by how much/);
    const [short] = runRule(rule, { ...FULL, situation: 'Checkout latency had crept up for months before the holiday peak.', action: 'I fixed it.' });
    expect(short!.message).toBe('The action (3 words) is shorter than the situation (11). Cut the background and tell more of what you did.');
  });

  it('points at an empty section\'s key, and at the story for an absent one', () => {
    const result = lintText('title: t\nsituation: s\ntask: t\naction: I did it well.\nresult: ""\n', 'stories/s.yaml', only('missing-section'));
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['5:1']);
    const absent = lintText('title: t\nsituation: s\ntask: t\nresult: r\n', 'stories/s.yaml', only('missing-section'));
    expect(absent.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['1:1']);
  });
});
