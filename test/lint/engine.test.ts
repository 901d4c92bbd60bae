import { describe, expect, it } from 'vitest';
import { parseStories } from '../../src/bank/parse.js';
import { defaultConfig } from '../../src/lint/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import { lintText, only } from '../helpers.js';

const WEAK = `title: Migrated billing
action: We moved the jobs to the new cluster.
result: It went well.
`;

const ids = (text: string, config = defaultConfig()) => lintText(text, 'stories/s.yaml', config).messages.map((m) => m.ruleId);

describe('lintFiles', () => {
  it('runs every enabled rule and counts errors and warnings', () => {
    const result = lintText(WEAK);
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual([
      'missing-metric', 'missing-section', 'missing-section', 'no-named-partner', 'no-scope', 'no-tradeoff', 'vague-outcome', 'we-instead-of-i',
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([7, 1]);
  });

  it('skips rules that config turns off, and reports at the severity config sets', () => {
    const config = only('missing-metric');
    const rules = new Map(config.rules).set('no-tradeoff', { severity: 'warn', options: undefined });
    const result = lintText(WEAK, 'stories/s.yaml', { rules });
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['no-tradeoff', 1],
      ['missing-metric', 2],
    ]);
  });

  it('turns a draft story\'s errors into warnings', () => {
    const result = lintText(`${WEAK}draft: true\n`);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(8);
  });

  it('sorts by line, then column, then rule id', () => {
    const positions = lintText(WEAK).messages.map((m) => [m.line, m.column]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('points a finding about a missing thing at its section key, or at the story', () => {
    const byRule = Object.fromEntries(lintText(WEAK).messages.map((m) => [m.ruleId, `${m.line}:${m.column}`]));
    expect(byRule['missing-metric']).toBe('3:1');
    expect(byRule['we-instead-of-i']).toBe('2:9');
  });

  it('reports a duplicate id in each file that uses it, naming the other', () => {
    const a = parseStories('stories/a.yaml', 'id: launch\ntitle: A\n');
    const b = parseStories('stories/b.yaml', 'title: B\nid: launch\n');
    const c = parseStories('stories/c.yaml', 'id: other\ntitle: C\n');
    const [ra, rb, rc] = lintFiles([b, c, a], only());
    expect(ra!.filePath).toBe('stories/a.yaml');
    expect(ra!.messages).toEqual([
      { ruleId: 'duplicate-id', severity: 2, line: 1, column: 1, storyId: 'launch', message: 'The id `launch` is also used by stories/b.yaml:2. Give each story its own `id`.' },
    ]);
    expect(rb!.messages).toEqual([
      { ruleId: 'duplicate-id', severity: 2, line: 2, column: 1, storyId: 'launch', message: 'The id `launch` is also used by stories/a.yaml:1. Give each story its own `id`.' },
    ]);
    expect(rc!.messages).toEqual([]);
  });

  // A new user's trial: after `cp oncall-load.yaml oncall-load-v2.yaml`, the original (sorting after its copy) alone was
  // flagged; then a file named for the id was spared, and a copy in one so named flagged the original. Now every one is.
  it.each([
    ['a copy of a file named for the id, though it sorts first', ['stories/oncall-load.yaml', 'stories/oncall-load-v2.yaml'], 'oncall-load'],
    ['a copy named .yml', ['stories/a-copy.yaml', 'stories/a.yml'], 'a'],
    ['three, named for the id or not', ['stories/x-old.yaml', 'stories/x.yaml', 'stories/x-new.yaml'], 'x'],
    ['two named for nothing', ['stories/b.yaml', 'stories/a.yaml'], 'launch'],
    ['two named for the id', ['stories/old/launch.yaml', 'stories/launch.yaml'], 'launch'],
  ])('flags each story of %s, naming the others in path order', (_, paths, id) => {
    const files = paths.map((path) => parseStories(path, `id: ${id}\ntitle: T\n`));
    const results = lintFiles(files, only());
    const sorted = [...paths].sort();
    expect(results.map((r) => r.filePath)).toEqual(sorted);
    for (const r of results) {
      const others = sorted.filter((p) => p !== r.filePath).map((p) => `${p}:1`);
      const named = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
      expect(r.messages).toEqual([{ ruleId: 'duplicate-id', severity: 2, line: 1, column: 1, storyId: id, message: `The id \`${id}\` is also used by ${named}. Give each story its own \`id\`.` }]);
    }
  });

  it('names the first three others of many, and counts the rest', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => parseStories(`stories/${name}.yaml`, 'id: same\ntitle: T\n'));
    const messages = lintFiles(files, only()).map((r) => r.messages.map((m) => m.message).join());
    expect(messages[0]).toBe('The id `same` is also used by stories/b.yaml:1, stories/c.yaml:1, stories/d.yaml:1 and 2 more. Give each story its own `id`.');
    expect(messages[2]).toBe('The id `same` is also used by stories/a.yaml:1, stories/b.yaml:1, stories/d.yaml:1 and 2 more. Give each story its own `id`.');
    expect(messages[5]).toBe('The id `same` is also used by stories/a.yaml:1, stories/b.yaml:1, stories/c.yaml:1 and 2 more. Give each story its own `id`.');
    // Four in all: the three others, each named.
    const four = lintFiles(files.slice(0, 4), only()).map((r) => r.messages.map((m) => m.message).join());
    expect(four[3]).toBe('The id `same` is also used by stories/a.yaml:1, stories/b.yaml:1 and stories/c.yaml:1. Give each story its own `id`.');
  });

  it('names the other stories of one file by line, and each of three', () => {
    const list = parseStories('stories/all.yaml', 'stories:\n  - id: launch\n    title: A\n  - id: pager\n    title: B\n  - id: pager\n    title: C\n');
    const own = parseStories('stories/launch.yaml', 'title: Launch\n');
    const [all, launch] = lintFiles([own, list], only());
    expect(launch!.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['1:1 The id `launch` is also used by stories/all.yaml:2. Give each story its own `id`.']);
    expect(all!.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      '2:5 The id `launch` is also used by stories/launch.yaml:1. Give each story its own `id`.',
      '4:5 The id `pager` is also used by stories/all.yaml:6. Give each story its own `id`.',
      '6:5 The id `pager` is also used by stories/all.yaml:4. Give each story its own `id`.',
    ]);
    const third = parseStories('stories/z.yaml', 'id: pager\ntitle: D\n');
    const [again] = lintFiles([list, third], only());
    expect(again!.messages.filter((m) => m.storyId === 'pager').map((m) => m.message)).toEqual([
      'The id `pager` is also used by stories/all.yaml:6 and stories/z.yaml:1. Give each story its own `id`.',
      'The id `pager` is also used by stories/all.yaml:4 and stories/z.yaml:1. Give each story its own `id`.',
    ]);
  });

  it('records time per rule when asked', () => {
    const timings = new Map<string, number>();
    lintFiles([parseStories('s.yaml', WEAK)], defaultConfig(), { timings });
    expect([...timings.keys()].sort()).toEqual([
      'failure-without-lesson', 'hedging', 'missing-metric', 'missing-section', 'no-named-partner', 'no-scope', 'no-tradeoff', 'passive-voice',
      'too-long', 'too-many-principles', 'unsupported-principle', 'vague-outcome', 'we-instead-of-i',
    ]);
  });
});

describe('suppression comments', () => {
  it('silences a rule on the next line only', () => {
    const text = 'title: t\n# tpm-prep-disable-next-line we-instead-of-i\naction: We moved it.\ntask: We had to.\n';
    const found = lintText(text, 's.yaml', only('we-instead-of-i')).messages.map((m) => m.line);
    expect(found).toEqual([4]);
  });

  it('silences a rule for the whole story it sits in, and no other', () => {
    const text = `stories:\n  - title: One\n    # tpm-prep-disable no-tradeoff\n    action: a\n  - title: Two\n    action: b\n`;
    const found = lintText(text, 's.yaml', only('no-tradeoff')).messages.map((m) => m.storyId);
    expect(found).toEqual(['two']);
  });

  it('applies a directive above a story to that story', () => {
    const text = '# tpm-prep-disable no-tradeoff no-named-partner\ntitle: t\naction: a\n';
    expect(ids(text, only('no-tradeoff', 'no-named-partner'))).toEqual([]);
  });

  it('silences every story of a file for a directive above its stories: list, and warns about a bad rule there', () => {
    const text = `# tpm-prep-disable no-tradeoff, no-scop -- this year's stories\n\nstories:\n  - title: One\n    action: a\n  - title: Two\n    action: b\n`;
    const result = lintText(text, 's.yaml', only('no-tradeoff'));
    expect(result.messages).toEqual([
      { ruleId: 'directive', severity: 1, line: 1, column: 1, message: 'Unknown rule `no-scop` in `# tpm-prep-disable`. Did you mean `no-scope`?' },
    ]);
    // Above the first story itself, it is that story's, as in a file of one story.
    const first = `stories:\n  # tpm-prep-disable no-tradeoff\n  - title: One\n    action: a\n  - title: Two\n    action: b\n`;
    expect(lintText(first, 's.yaml', only('no-tradeoff')).messages.map((m) => m.storyId)).toEqual(['two']);
  });

  it('does not silence other rules', () => {
    const text = 'title: t\n# tpm-prep-disable-next-line no-tradeoff\naction: We moved it.\n';
    // The directive, of a rule that is off, silences nothing, and says so.
    const result = lintText(text, 's.yaml', only('we-instead-of-i'));
    expect(result.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([
      '2 directive Unused tpm-prep-disable-next-line for `no-tradeoff`: the rule is off.',
      '3 we-instead-of-i ' + result.messages[1]!.message,
    ]);
  });

  it('keeps each silenced finding, with the reason of each directive that silenced it', () => {
    const text = '# tpm-prep-disable we-instead-of-i -- a team story\ntitle: t\n# tpm-prep-disable-next-line we-instead-of-i\naction: We moved it.\ntask: We had to.\n';
    const result = lintText(text, 's.yaml', only('we-instead-of-i'));
    expect(result.messages).toEqual([]);
    expect(result.suppressed!.map((m) => [m.line, m.ruleId, m.suppressions])).toEqual([
      [4, 'we-instead-of-i', [{ kind: 'directive', justification: 'a team story' }, { kind: 'directive', justification: '' }]],
      [5, 'we-instead-of-i', [{ kind: 'directive', justification: 'a team story' }]],
    ]);
  });

  it('warns at a directive that silences nothing: the rule found nothing there, is off, or is a bank rule', () => {
    const text = [
      'title: t',
      '# tpm-prep-disable-next-line we-instead-of-i, no-tradeoff -- not on that line',
      'situation: I was there.',
      'action: We moved it.',
      '# tpm-prep-disable lp-coverage hedging',
    ].join('\n');
    const result = lintText(text, 's.yaml', only('we-instead-of-i', 'no-tradeoff', 'lp-coverage'));
    expect(result.messages.filter((m) => m.ruleId === 'directive').map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`)).toEqual([
      '2:1 1 Unused tpm-prep-disable-next-line for `we-instead-of-i`: nothing was reported there.',
      '2:1 1 Unused tpm-prep-disable-next-line for `no-tradeoff`: nothing was reported there.',
      '5:1 1 Unused tpm-prep-disable for `lp-coverage`: it reports on the whole bank, not on a story, so no comment silences it.',
      '5:1 1 Unused tpm-prep-disable for `hedging`: the rule is off.',
    ]);
    // Each rule of a directive is judged on its own: here one is used and the other is not.
    const half = 'title: t\n# tpm-prep-disable-next-line we-instead-of-i hedging\naction: We moved it.\n';
    expect(lintText(half, 's.yaml', only('we-instead-of-i', 'hedging')).messages.map((m) => m.message)).toEqual([
      'Unused tpm-prep-disable-next-line for `hedging`: nothing was reported there.',
    ]);
  });

  it('judges a directive above a block over the whole block', () => {
    const text = 'title: t\n# tpm-prep-disable-next-line we-instead-of-i\naction: >-\n  I started it.\n\n  Then we moved it.\nresult: r\n';
    const result = lintText(text, 's.yaml', only('we-instead-of-i'));
    expect(result.messages).toEqual([]);
    expect(result.suppressed!.map((m) => m.line)).toEqual([6]);
  });

  it('reports an unused directive at linterOptions.reportUnusedDisableDirectives: off, or error', () => {
    const text = 'title: t\n# tpm-prep-disable-next-line we-instead-of-i\naction: I moved it.\n';
    expect(lintText(text, 's.yaml', { ...only('we-instead-of-i'), unusedDirectives: 'off' }).messages).toEqual([]);
    expect(lintText(text, 's.yaml', { ...only('we-instead-of-i'), unusedDirectives: 'error' }).messages.map((m) => m.severity)).toEqual([2]);
  });

  it('warns about a directive without a rule id, or with an unknown one', () => {
    const text = '# tpm-prep-disable\n# tpm-prep-disable-next-line no-tradeof\ntitle: t\n';
    expect(lintText(text, 's.yaml', only()).messages).toEqual([
      { ruleId: 'directive', severity: 1, line: 1, column: 1, message: '`# tpm-prep-disable` needs the rule id to silence, for example `# tpm-prep-disable no-tradeoff`.' },
      { ruleId: 'directive', severity: 1, line: 2, column: 1, message: 'Unknown rule `no-tradeof` in `# tpm-prep-disable-next-line`. Did you mean `no-tradeoff`?' },
    ]);
  });

  it('suggests the rule an unknown one is a word or the first words of, as the config does, or where to list them', () => {
    const text = '# tpm-prep-disable-next-line passive too-many nonsense\ntitle: t\n';
    expect(lintText(text, 's.yaml', only()).messages.map((m) => m.message)).toEqual([
      'Unknown rule `passive` in `# tpm-prep-disable-next-line`. Did you mean `passive-voice`?',
      'Unknown rule `too-many` in `# tpm-prep-disable-next-line`. Did you mean `too-many-principles`?',
      'Unknown rule `nonsense` in `# tpm-prep-disable-next-line`. Run `tpm-prep rules` to list them.',
    ]);
  });

  it('says a file check named in a suppression comment is no rule, not "Run `tpm-prep rules`", which doesn\'t list it', () => {
    const text = '# tpm-prep-disable-next-line duplicate-id schema\ntitle: t\n';
    expect(lintText(text, 's.yaml', only()).messages.map((m) => m.message)).toEqual([
      "Unknown rule `duplicate-id` in `# tpm-prep-disable-next-line`. `duplicate-id` is lint's check of the story files themselves, not a rule: it can't be set or turned off. Fix what it reports.",
      "Unknown rule `schema` in `# tpm-prep-disable-next-line`. `schema` is lint's check of the story files themselves, not a rule: it can't be set or turned off. Fix what it reports.",
    ]);
  });
});

describe('bank-level rules', () => {
  const bank = (texts: string[]) => texts.map((t, i) => parseStories(`stories/s${i}.yaml`, t));

  it('run only when a folder is linted, and report against the folder', () => {
    const files = bank(['title: One\naction: I moved it.\n']);
    expect(lintFiles(files, only('no-failure-story')).map((r) => r.filePath)).toEqual(['stories/s0.yaml']);
    const results = lintFiles(files, only('no-failure-story'), { bankPath: 'stories/' });
    expect(results.at(-1)).toMatchObject({ filePath: 'stories/', warningCount: 0, errorCount: 1 });
    expect(results.at(-1)!.messages[0]).toMatchObject({ ruleId: 'no-failure-story', line: 1, column: 1 });
  });

  it('no-failure-story is satisfied by a story tagged failure', () => {
    const files = bank(['title: One\n', 'title: Two\ntags: [failure]\n']);
    expect(lintFiles(files, only('no-failure-story'), { bankPath: 'stories/' }).at(-1)!.messages).toEqual([]);
  });

  it('lp-coverage names each principle with too few stories, counting claims', () => {
    const files = bank(['title: One\nlps: [ownership, dive-deep]\n']);
    const messages = lintFiles(files, only('lp-coverage'), { bankPath: 'stories/' }).at(-1)!.messages.map((m) => m.message);
    expect(messages).toHaveLength(14);
    expect(messages.join('\n')).not.toMatch(/for Ownership|for Dive Deep/);
    expect(messages[0]).toMatch(/^No story for Customer Obsession \(want 1\)\./);
  });
});

describe('a severity per report', () => {
  // too-long reports a warning past warnSeconds and an error past errorSeconds; at one word a second these
  // options make 15 words a warning and 25 an error.
  const options = { wordsPerMinute: 60, warnSeconds: 10, errorSeconds: 20 };
  const story = (words: number, extra = '') => `title: t\naction: ${Array.from({ length: words }, () => 'word').join(' ')}\n${extra}`;
  const at = (severity: 'off' | 'warn' | 'error') => ({ rules: new Map(only().rules).set('too-long', { severity, options }) });
  const levels = (text: string, severity: 'off' | 'warn' | 'error') => lintText(text, 's.yaml', at(severity)).messages.map((m) => m.severity);

  it('lets a rule mark a finding as a warning while the rule is at error', () => {
    expect(levels(story(15), 'error')).toEqual([1]);
    expect(levels(story(25), 'error')).toEqual([2]);
  });

  it('caps every finding at the configured severity: warn keeps an error a warning, off reports nothing', () => {
    expect(levels(story(25), 'warn')).toEqual([1]);
    expect(levels(story(15), 'warn')).toEqual([1]);
    expect(levels(story(25), 'off')).toEqual([]);
  });

  it('still turns a draft\'s errors into warnings', () => {
    expect(levels(story(25, 'draft: true\n'), 'error')).toEqual([1]);
  });

  it('counts the capped findings as what they became', () => {
    const result = lintText(story(15), 's.yaml', at('error'));
    expect([result.errorCount, result.warningCount]).toEqual([0, 1]);
  });
});
