import { describe, expect, it } from 'vitest';
import { parseStories } from '../../src/bank/parse.js';

const STORY = 'title: Cut checkout latency\nresult: p99 fell from 2.4 s to 900 ms\n';

function problems(text: string, path = 'stories/x.yaml') {
  return parseStories(path, text).problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`);
}

describe('story shapes', () => {
  it('reads one story per file, with the file name as its id', () => {
    const file = parseStories('stories/checkout.yaml', STORY);
    expect(file.problems).toEqual([]);
    expect(file.stories.map((s) => s.story.id)).toEqual(['checkout']);
  });

  it('reads a list under `stories:`, with ids slugged from titles', () => {
    const file = parseStories('stories/bank.yml', 'stories:\n  - title: Cut Checkout Latency!\n  - title: Hire a team\n    id: hiring\n');
    expect(file.stories.map((s) => s.story.id)).toEqual(['cut-checkout-latency', 'hiring']);
  });

  it('reads several YAML documents', () => {
    const file = parseStories('stories/two.yaml', `${STORY}---\ntitle: Second one\n`);
    expect(file.stories.map((s) => s.story.id)).toEqual(['cut-checkout-latency', 'second-one']);
  });

  it('keeps valid entries of a list that mixes valid and invalid ones', () => {
    const file = parseStories('stories/mixed.yaml', 'stories:\n  - title: Good one\n  - title: 42\n  - just text\n');
    // A bare number for a title is read as written, with its error: only the item that is no story is left out.
    expect(file.stories.map((s) => s.story.id)).toEqual(['good-one', '42']);
    expect(file.problems.map((p) => [p.line, p.ruleId]).sort()).toEqual([
      [3, 'schema'],
      [4, 'schema'],
    ]);
  });

  // A seventh user's trial: one key written twice in a file of many stories emptied map and plan.
  it('leaves out only the story with a key written twice, and reads the rest of the list', () => {
    const file = parseStories('stories/bank.yaml', 'stories:\n  - title: First\n    result: a\n    result: b\n  - title: Second\n  - title: Third\n    partners:\n      - name: Dana\n        name: Dan\n');
    expect(file.stories.map((s) => s.story.id)).toEqual(['second']);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '4:5 Duplicate key `result` (first on line 3): each key appears once per story.',
      '9:9 Duplicate key `name` (first on line 8): each key appears once per story.',
    ]);
  });

  // Made with the story's id, as a schema error is, so map, plan and the bank-level findings can name it.
  it('names the story a key written twice left out, and no story when the key is outside every story', () => {
    const owners = (path: string, text: string) => parseStories(path, text).problems.map((p) => `${p.line} ${p.storyId ?? '-'}`);
    expect(owners('stories/bank.yaml', 'stories:\n  - title: First\n    result: a\n    result: b\n  - title: Second\n  - id: third-one\n    title: Third\n    title: Again\n')).toEqual(['4 first', '8 third-one']);
    expect(owners('stories/one.yaml', 'title: A\nresult: x\nresult: y\n')).toEqual(['3 one']);
    expect(owners('stories/docs.yaml', 'title: Kept\n---\ntitle: Broken story\nresult: a\nresult: b\n')).toEqual(['5 broken-story']);
    expect(owners('stories/bank.yaml', 'stories:\n  - title: A\nstories:\n  - title: B\n')).toEqual(['3 -']);
  });

  it('reads no story when a key twice is outside every story, or the file is one story', () => {
    expect(parseStories('stories/bank.yaml', 'stories:\n  - title: A\nstories:\n  - title: B\n').stories).toEqual([]);
    expect(parseStories('stories/one.yaml', 'title: A\nresult: x\nresult: y\n').stories).toEqual([]);
  });

  it('keeps the good documents of a multi-document file with one broken document', () => {
    const file = parseStories('stories/docs.yaml', `${STORY}---\ntitle: a\ntitle: b\n---\ntitle: Third\n`);
    expect(file.stories.map((s) => s.story.title)).toEqual(['Cut checkout latency', 'Third']);
    expect(file.problems[0]).toMatchObject({ ruleId: 'parse', line: 5 });
  });

  it('resolves LPs by id, name and alias', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [ownership, Dive Deep, backbone, Customer Obsession]\n');
    expect(file.stories[0]!.story.lps).toEqual(['ownership', 'dive-deep', 'have-backbone-disagree-and-commit', 'customer-obsession']);
  });

  it('normalises partners written as names or as {name, role}', () => {
    const file = parseStories('s.yaml', 'title: t\npartners:\n  - Priya Nair\n  - name: Marcus Lee\n    role: SRE lead\n');
    expect(file.stories[0]!.story.partners).toEqual(['Priya Nair', { name: 'Marcus Lee', role: 'SRE lead' }]);
  });

  it('keeps YAML 1.1 booleans as text: `title: no` is the title "no"', () => {
    expect(parseStories('s.yaml', 'title: no\n').stories[0]!.story.title).toBe('no');
  });
});

// A review: `result: 1` took the story out, where `reslt: 1` was read as the result "1". Both are read, as written, each
// with one error at its key; the fields so read are listed, and no rule speaks of them until they are text.
describe('a text key written as a bare number or true/false, spelt right or misspelt', () => {
  it.each([
    ['result: 1.50', { result: '1.50' }, ['result'], '2:9 schema Quote `result`\'s value, `result: "1.50"`: bare, YAML reads it as a number, not text.'],
    ['reslt: 1.50', { result: '1.50' }, ['result'], '2:1 schema Unknown key `reslt`. Did you mean `result`? Quote the value there too, `result: "1.50"`: bare, YAML reads it as a number, not text.'],
    ['task: yes', { task: 'yes' }, [], undefined],
    ['task: true', { task: 'true' }, ['task'], '2:7 schema Quote `task`\'s value, `task: "true"`: bare, YAML reads it as true or false, not text.'],
    ['result: "1.50"', { result: '1.50' }, [], undefined],
    ['reslt: fell from 4 to 2 hours', { result: 'fell from 4 to 2 hours' }, [], '2:1 schema Unknown key `reslt`. Did you mean `result`?'],
  ])('%s', (line, read, unquoted, problem) => {
    const file = parseStories('s.yaml', `title: t\n${line}\n`);
    expect(file.stories).toHaveLength(1);
    expect(file.stories[0]!.story).toMatchObject(read);
    expect(file.stories[0]!.unquoted ?? []).toEqual(unquoted);
    expect(problems(`title: t\n${line}\n`)).toEqual(problem === undefined ? [] : [problem]);
  });
});

describe('schema problems, each at its node', () => {
  it.each([
    ['an unknown key, with a did-you-mean', 'title: t\nreslt: x\n', '2:1 schema Unknown key `reslt`. Did you mean `result`?'],
    ['an unknown LP, with a did-you-mean', 'title: t\nlps:\n  - ownership\n  - dive-deeep\n', '4:5 schema Unknown Leadership Principle "dive-deeep". Did you mean `dive-deep`? Run `tpm-prep lps` to list them.'],
    ['a misspelt LP alias, with a did-you-mean', 'title: t\nlps: [bakcbone]\n', '2:7 schema Unknown Leadership Principle "bakcbone". Did you mean `have-backbone-disagree-and-commit`? Run `tpm-prep lps` to list them.'],
    ['one word of an LP id, with the id', 'title: t\nlps: [insist]\n', '2:7 schema Unknown Leadership Principle "insist". Did you mean `insist-on-the-highest-standards`? Run `tpm-prep lps` to list them.'],
    ['a word of several LP ids, with no guess', 'title: t\nlps: [the]\n', '2:7 schema Unknown Leadership Principle "the". Run `tpm-prep lps` to list them.'],
    ['a missing title', 'result: x\n', '1:1 schema A story needs a `title`.'],
    // Said as a misspelt key's bare value is ("Quote the value there too, …").
    ['a number where text belongs', 'title: t\nresult: 42\n', '2:9 schema Quote `result`\'s value, `result: "42"`: bare, YAML reads it as a number, not text.'],
    ['true/false where text belongs', 'title: t\nresult: true\n', '2:9 schema Quote `result`\'s value, `result: "true"`: bare, YAML reads it as true or false, not text.'],
    ['an infinity where text belongs', 'title: t\nresult: .inf\n', '2:9 schema Quote `result`\'s value, `result: ".inf"`: bare, YAML reads it as a number, not text.'],
    [
      'a list where a section belongs, with how to keep the bullets',
      'title: t\naction:\n  - a\n',
      '3:3 schema `action` should be text, not a list. To keep the bullets, write `action: |` and put each bullet on its own line under it, indented, starting with "- ".',
    ],
    ['a list where the title belongs', 'title: [a, b]\n', '1:8 schema `title` should be text, not a list.'],
    ['a mapping where text belongs', 'title: t\ntask: {a: 1}\n', '2:7 schema `task` should be text, not a mapping.'],
    ['a partner with no name', 'title: t\npartners:\n  - role: EM\n', '3:5 schema item 1 of `partners` has no `name`: write a name, or a mapping with `name` and an optional `role`.'],
    ['a partner that is neither a name nor a mapping', 'title: t\npartners:\n  - [Dana, EM]\n', '3:5 schema item 1 of `partners` should be a name, or a mapping with `name` and an optional `role`.'],
    ['draft that is not a boolean', 'title: t\ndraft: maybe\n', '2:8 schema `draft` should be true or false, not a string ("maybe"). Write `draft: true` for a story still being written, or leave the key out.'],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it.each(['situation', 'task', 'action', 'result', 'tradeoff', 'learned'])('tells how to keep the bullets of %s written as a YAML list', (field) => {
    expect(problems(`title: t\n${field}:\n- did one thing\n- did another\n`)).toEqual([
      `3:1 schema \`${field}\` should be text, not a list. To keep the bullets, write \`${field}: |\` and put each bullet on its own line under it, indented, starting with "- ".`,
    ]);
  });

  it('reads the bullets written as that advice says', () => {
    const file = parseStories('s.yaml', 'title: t\naction: |\n  - did one thing\n  - did another\n');
    expect(file.problems).toEqual([]);
    expect(file.stories[0]!.story.action).toBe('- did one thing\n- did another\n');
  });

  it('keeps a message on one line when the bad value has a line break (found by fuzzing)', () => {
    expect(problems('lps: ["\\n"]\ntitle: t\n')).toEqual(['1:7 schema Unknown Leadership Principle "\\n". Run `tpm-prep lps` to list them.']);
  });

  it('names every key a story can have when nothing is close', () => {
    expect(problems('title: t\nzzzzzz: x\n')[0]).toContain('A story\'s keys are: id, title, lps, situation');
  });
});

describe('bad YAML', () => {
  it('reports a syntax error at its line and column', () => {
    expect(problems('title: "unclosed\nresult: x\n')[0]).toMatch(/^\d+:\d+ parse YAML syntax error: /);
  });

  it('reports duplicate keys', () => {
    expect(problems('title: a\ntitle: b\n')).toEqual(['2:1 parse Duplicate key `title` (first on line 1): each key appears once per story.']);
    expect(problems('id: x\n"result": a\nresult: b\n')).toEqual(['3:1 parse Duplicate key `result` (first on line 2): each key appears once per story.']);
    // A fourteenth user's trial: where the first one is, past other keys and a key with a dot in it.
    expect(problems('title: T\naction: a\nresult: r\nsit.ation: s\naction: b\n')[0]).toBe('5:1 parse Duplicate key `action` (first on line 2): each key appears once per story.');
    // A review: a file saved with CRLF line ends.
    expect(problems('title: T\r\naction: a\r\nresult: r\r\naction: b\r\n')).toEqual(['4:1 parse Duplicate key `action` (first on line 2): each key appears once per story.']);
  });

  it('refuses tags such as !!js/function without running anything', () => {
    const file = parseStories('s.yaml', 'title: !!js/function "function () { process.exit(9) }"\n');
    expect(file.problems.map((p) => p.message)).toEqual(['YAML tags are not allowed in stories (!!js/function); write plain text.']);
  });

  it('stops an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    bomb.push('title: *i');
    const found = problems(bomb.join('\n'));
    expect(found).toEqual(['1:1 parse Too many YAML aliases (*name): this looks like an alias bomb.']);
  });

  it('names an alias with no anchor, at the alias, not as an alias bomb', () => {
    const unknown = (name: string) => `Unknown alias \`*${name}\`: no anchor \`&${name}\` before it. Put \`&${name}\` on the value it repeats, above this line, or write the text out.`;
    expect(problems('title: t\nsituation: s\nresult: *b\n')).toEqual([`3:9 parse ${unknown('b')}`]);
    // The anchor set only after the alias: yaml looks for it before.
    expect(problems('title: t\nresult: *b\ntask: &b The task.\n')).toEqual([`2:9 parse ${unknown('b')}`]);
    // The first alias of the name with no anchor before it, not one that has one.
    expect(problems('title: t\ntask: &b The task.\nresult: *b\nsituation: [*c]\n')).toEqual([`4:13 parse ${unknown('c')}`]);
    // In a `stories:` list, in the second story.
    expect(problems('stories:\n  - title: a\n  - title: b\n    result: *r\n')).toEqual([`4:13 parse ${unknown('r')}`]);
  });

  it('survives nesting 20,000 levels deep', () => {
    const deep = `title: t\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(problems(deep).length).toBeGreaterThan(0);
  });

  it('warns about an empty or comment-only file', () => {
    expect(problems('')).toEqual(['1:1 parse This file holds no story. Add one, or delete the file.']);
    expect(problems('# just a comment\n')).toEqual(['1:1 parse This file holds no story. Add one, or delete the file.']);
    expect(parseStories('s.yaml', '').problems[0]!.severity).toBe(1);
  });

  it('warns about a file with only a document marker, or an empty `stories:` list', () => {
    expect(problems('---\n')).toEqual(['1:1 parse This file holds no story. Add one, or delete the file.']);
    expect(problems('stories: []\n')).toEqual(['1:10 parse The `stories:` list is empty. Add a story, or delete the file.']);
  });

  it('explains a colon inside plain text, and an unclosed quote', () => {
    expect(problems('title: t\ntask: The goal: halve it\n')).toEqual([
      '2:7 parse A colon and a space inside plain text start a new key. Put the text in quotes, or write it as a `>-` block.',
    ]);
    expect(problems('title: "unclosed\nresult: x\n')[0]).toContain('the quote opened on line 1 is never closed');
    expect(problems('title: "closed"\nresult: x\naction: \'I was\n')[0]).toContain('the quote opened on line 3 is never closed');
    // A '' pair inside the unclosed text is an escaped quote, not an opening one; an anchor may come first.
    expect(problems("title: t\naction: 'I said it was,\n  ''mine'', the call\nresult: x\n")[0]).toContain('the quote opened on line 2 is never closed');
    expect(problems('title: t\nresult: &r "x\n')[0]).toContain('the quote opened on line 2 is never closed');
  });

  it('explains a tab used as indentation, once, whatever the parser made of it', () => {
    const TAB = 'parse A tab indents this line; YAML indents with spaces.';
    expect(problems('title: t\nresult:\n\t- x\n')).toEqual([`3:1 ${TAB}`]);
    // Under a folded block the parser says "must be indented" and more; a tab is still the cause.
    expect(problems('title: T\nsituation: >-\n\tWe were slow.\naction: I fixed it\n')).toEqual([`3:1 ${TAB}`]);
    expect(problems('title: T\nresult:\n  - a\n\t- b\n')).toEqual([`4:1 ${TAB}`]);
  });

  it("reports a tab, and every other tab line, but not the parser's confusion below them (a seventh user's trial)", () => {
    const TAB = 'parse A tab indents this line; YAML indents with spaces.';
    const text = 'stories:\n  - id: a\n    title: A\n    action: >-\n      I did it.\n\tA second line.\n    result: y\n    tags: [a]\n\n  - id: b\n\ttitle: B\n    result: z\n';
    expect(problems(text)).toEqual([`6:1 ${TAB}`, `11:1 ${TAB}`]);
    // Problems above the first tab stay, and so do the file's own mistakes below it.
    expect(problems('title: T\nsituation: x\nsituation: y\nresult:\n\t- a\n')).toEqual(['3:1 parse Duplicate key `situation` (first on line 2): each key appears once per story.', `5:1 ${TAB}`]);
    expect(problems('title: T\nsituation: x\nresult:\n\t- a\ntask: y\naction I did it\n')).toEqual([
      `4:1 ${TAB}`,
      '6:1 parse `action` needs a colon after it: `action: I did it`, or, if the line goes on from the text above, indent it.',
    ]);
  });

  it('explains text that runs on to a line not indented past its key, wherever the parser trips on it', () => {
    const RUNS_ON = 'parse This line goes on from the text above but is not indented past its key, so YAML reads it as a new key. Indent it, or write the text as a `>-` block.';
    expect(problems('title: T\naction: I fixed the thing and then\nwent home early.\nresult: ok\n')).toEqual([`3:1 ${RUNS_ON}`]);
    // As the file's last line, and in a list of stories.
    expect(problems('title: T\naction: I fixed it\nresult: I fixed the thing and then\nwent home early.')).toEqual([`4:1 ${RUNS_ON}`]);
    expect(problems('stories:\n  - title: A\n    action: I fixed the thing and then\n  went home early.\n    result: ok\n')).toEqual([`4:1 ${RUNS_ON}`]);
  });

  // A twentieth user's trial: the parser's own words ("implicit map keys need to be followed by map values") for it.
  it('explains a line of a `>-` or `|` block not indented past its key, before a key, at the end and in a list', () => {
    const block = (key: string) => `parse This line goes on from the text of \`${key}\` above but is not indented past its key, so YAML reads it as a new key. Indent it as the lines above it are.`;
    expect(problems('title: T\ntradeoff: >-\n  I chose speed over cost,\nwhich cost two weeks\nresult: ok\n')).toEqual([`4:1 ${block('tradeoff')}`]);
    expect(problems('title: T\ntradeoff: >-\n  I chose speed over cost,\nwhich cost two weeks\n')).toEqual([`4:1 ${block('tradeoff')}`]);
    expect(problems('stories:\n  - title: A\n    action: |\n      I fixed it,\n    then went home.\n    result: ok\n')).toEqual([`5:5 ${block('action')}`]);
    // Indented as the block's lines are, it is text of the block: nothing to say.
    expect(problems('title: T\ntradeoff: >-\n  I chose speed over cost,\n  which cost two weeks\nresult: ok\n')).toEqual([]);
  });

  // The parser's own words ("all mapping items must start at the same column") for a comment among plain text's lines.
  it.each([
    ['after the text on the key\'s line', 'title: T\nsituation: Deploys took an hour\n  # ask Dana\n  and blocked the team.\naction: x\n', '3:3', 'situation'],
    ['after a line of text below it', 'title: T\nsituation: Deploys took an hour\n  and blocked the team.\n  # ask Dana\n  We fixed it.\n', '4:3', 'situation'],
    ['under a key with its text below it', 'title: T\naction:\n  I cut the build\n  # two steps\n  to five minutes.\n', '4:3', 'action'],
    ['at the margin, the first of two, a blank line after them', 'title: T\nresult: It fell\n# from 40\n  # to 5\n\n  minutes.\n', '3:1', 'result'],
    ['in a list of stories', 'stories:\n  - title: A\n    situation: Deploys took an hour\n      # ask Dana\n      and blocked the team.\n    action: x\n', '4:7', 'situation'],
    // The line after the comment with a colon in it (a thirty-first user's trial: the parser's words for it).
    ['before a line with a colon in it', 'title: T\nsituation: Deploys took an hour\n  # ask Dana\n  Latency: 900 ms at peak.\naction: x\n', '3:3', 'situation'],
    ['under a key with its text below it, before a line with a colon', 'title: T\nsituation:\n  Deploys took an hour\n  # ask Dana\n  Latency: 900 ms.\n', '4:3', 'situation'],
    // In a `>-` or `|` block, a comment to the left of the text ends it.
    ['in a `>-` block, at the margin', 'title: T\nsituation: >-\n  Deploys took an hour\n# ask Dana\n  and blocked the team.\naction: x\n', '4:1', 'situation'],
    ['in a `|` block, before a line with a colon', 'title: T\naction: |\n    I cut the build\n  # two steps\n    Latency: 900 ms.\n', '4:3', 'action'],
    ['in a block in a list of stories', 'stories:\n  - title: A\n    result: >-\n      It fell\n    # from 40\n      to 5 minutes.\n', '5:5', 'result'],
    // …its lines bullets (a review: the parser's words, or a colon's message, were said).
    ['in a `|` block of bullets', 'id: x\ntitle: X\naction: |\n  - I did X.\n# note\n  - I did Y.\nresult: 5 to 2.\n', '5:1', 'action'],
    ['in a `|` block of bullets, text after it', 'title: X\naction: |\n  - I did X.\n# note\n  and then Y.\n', '4:1', 'action'],
    ['in a block of bullets in a list of stories', 'stories:\n  - title: A\n    result: |\n      - It fell.\n  # note\n      - To 5.\n', '5:3', 'result'],
  ])('names a comment line inside plain text (%s), at the comment', (_name, text, at, key) => {
    expect(problems(text)).toEqual([
      `${at} parse A comment line inside the text of \`${key}\` ends the text there, so YAML reads the text after it as a new key. Move the comment above \`${key}:\`, or take it out.`,
    ]);
  });

  // Left alone before: text to YAML, so it was read out in a drill and shown in a report.
  it.each([
    ['a `>-` block', 'title: T\nsituation: >-\n  Deploys took an hour\n  # ask Dana\n  and blocked the team.\n', '4:3', 'situation', 'a `>-` block'],
    ['a `|` block, the last line', 'title: T\naction: |\n  I cut the build.\n  #\n', '4:3', 'action', 'a `|` block'],
    ['a `>` block in a list of stories, with CRLF line ends', 'stories:\r\n  - title: A\r\n    result: >\r\n      It fell.\r\n      # from 40 to 5?\r\n', '5:7', 'result', 'a `>` block'],
    ['double quotes', 'title: T\nsituation: "Deploys took an hour\n  # ask Dana\n  and blocked the team."\n', '3:3', 'situation', 'quotes'],
    ["single quotes, in a learned field", "title: T\nlearned: 'Test restores\n  # every quarter?\n  monthly.'\n", '3:3', 'learned', 'quotes'],
    ['a title\'s `>-` block', 'title: >-\n  Moving the ledger\n  # rename later\naction: I did.\n', '3:3', 'title', 'a `>-` block'],
  ])('warns of a line starting with "#" inside %s: text, not a comment', (_name, text, at, key, within) => {
    expect(problems(text)).toEqual([
      `${at} parse This line of \`${key}\` starts with "#", but inside ${within} it is text, not a comment: it would be read out and counted. Move it above \`${key}:\`, or take it out.`,
    ]);
  });

  it('says nothing of a "#" that is no comment-like line in a block: a hashtag, a number, mid-line, the header\'s comment, "# of"', () => {
    expect(problems('title: T\naction: >-\n  I fixed it.\n  #1 priority was the ledger.\n  #oncall was quieter.\n')).toEqual([]);
    expect(problems('title: T\naction: >-  # a real comment\n  I fixed issue # 42\n  in a day.\n')).toEqual([]);
    expect(problems('title: T\nresult: >-\n  Pages fell by half.\n  # of incidents fell from 40 to 4.\n')).toEqual([]);
    // A suppression comment in a block: the directive's own warning says so (test/e2e/config-and-suppression.test.ts).
    expect(problems('title: T\nresult: >-\n  Pages fell by half.\n  # tpm-prep-disable-next-line vague-outcome\n  It went well.\n')).toEqual([]);
  });

  it('leaves a comment alone where it ends no plain text: after the text, above it, or before a key', () => {
    expect(problems('title: T\nsituation: Deploys took an hour\n  # ask Dana\naction: x\n')).toEqual([]);
    expect(problems('title: T\nsituation:\n  # ask Dana\n  Deploys took an hour\n  and blocked the team.\n')).toEqual([]);
    // A line that is a key after the comment: it is that key which is off the column of the others.
    expect(problems('title: T\nsituation: Deploys took an hour\n  # ask Dana\n  task: I fixed it\n')).toEqual([
      '4:3 parse `task` starts at column 3, but the keys around it start at column 1: line it up with them.',
    ]);
    // Not indented past the key, the line runs on as it would with no comment.
    expect(problems('title: T\nsituation: Deploys took an hour and then\n# ask Dana\nblocked the team.\n')).not.toContainEqual(expect.stringContaining('comment line'));
    // A block's line not indented past its key after a comment: the line is what is wrong, as with no comment.
    expect(problems('title: T\nsituation: >-\n  Deploys took an hour\n# ask Dana\nand blocked the team.\naction: x\n')).not.toContainEqual(expect.stringContaining('comment line'));
  });

  it.each([
    ['after other keys', 'title: T\nsituation: It was broken.\naction I did it\nresult: ok\n', '3:1 parse `action` needs a colon after it: `action: I did it`.'],
    ['as the last line', 'title: T\nsituation: It was broken.\naction I did it\n', '3:1 parse `action` needs a colon after it: `action: I did it`.'],
    ['on the first line', 'title Missing colon\nsituation: It was broken.\n', '1:1 parse `title` needs a colon after it: `title: Missing colon`.'],
    ['as the only line', 'title Missing colon\n', '1:1 parse `title` needs a colon after it: `title: Missing colon`.'],
    ['after a `>-` block', 'title: T\nsituation: >-\n  It broke.\naction I did it\nresult: ok\n', '4:1 parse `action` needs a colon after it: `action: I did it`.'],
    ['after a list', 'title: T\npartners:\n  - Sam\naction I did it\n', '4:1 parse `action` needs a colon after it: `action: I did it`.'],
    ['after a title, which is one line', 'title: T\ndraft true\nresult: ok\n', '2:1 parse `draft` needs a colon after it: `draft: true`.'],
    ['a list', 'title: T\nsituation: It broke.\ntags [a, b]\n', '3:1 parse `tags` needs a colon after it: `tags: [a, b]`.'],
    ['in a list of stories', 'stories:\n  - title: A\n    result x\n  - title: B\n', '3:5 parse `result` needs a colon after it: `result: x`.'],
    ['first in a list of stories', 'stories:\n  - title A\n    result: x\n', '2:5 parse `title` needs a colon after it: `title: A`.'],
    ['with a comment after it, and CRLF line ends', 'title: T\r\nsituation: It broke.\r\naction I did it # first try\r\n', '3:1 parse `action` needs a colon after it: `action: I did it`.'],
    ['with long text, cut short', `title: T\naction I did ${'a great many things '.repeat(5)}\n`, '2:1 parse `action` needs a colon after it: `action: I did a great many things a great many …`.'],
    // After text that stops mid-sentence, the line may be that text run on: both are named.
    ['after text that stops mid-sentence', 'title: T\naction: I did it and the\nresult was good\n', '3:1 parse `result` needs a colon after it: `result: was good`, or, if the line goes on from the text above, indent it.'],
  ])('names a story key with no colon after it (%s), at the key', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('takes a line that starts with a key already above it, or with a word that is no key, as text run on', () => {
    const RUNS_ON = 'parse This line goes on from the text above but is not indented past its key, so YAML reads it as a new key. Indent it, or write the text as a `>-` block.';
    expect(problems('title: T\nresult: good\naction: I did it and the\nresult was good\n')).toEqual([`4:1 ${RUNS_ON}`]);
    expect(problems('title: T\nsituation: It broke.\nactoin I did it\n')).toEqual([`3:1 ${RUNS_ON}`]);
    expect(problems('title: T\nsituation: It broke.\nAction I did it\n')).toEqual([`3:1 ${RUNS_ON}`]);
  });

  it.each([
    ['one space in, under plain text', 'title: T\nsituation: It was broken.\n task: I fixed it\n', '3:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
    ['two spaces in, before other keys', 'title: T\nsituation: It was broken.\n  task: I fixed it\naction: x\n', '3:3 parse `task` starts at column 3, but the keys around it start at column 1: line it up with them.'],
    ['under quoted text', 'title: T\nsituation: "It broke."\n task: I fixed it\n', '3:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
    ['under a `>-` block', 'title: T\nsituation: >-\n  It was broken.\n task: I fixed it\n', '4:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
    ['under a list', 'title: T\ntags:\n  - a\n task: I fixed it\n', '4:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
    // A twelfth user's trial: a partner's key one space off the `name:` above it.
    ['a partner\'s role one space in', 'title: T\npartners:\n  - name: Sneha Pillai\n     role: Talent acquisition lead\n', '4:6 parse `role` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['a partner\'s role one space out', 'title: T\npartners:\n  - name: Sneha Pillai\n   role: Talent acquisition lead\n', '4:4 parse `role` starts at column 4, but the keys around it start at column 5: line it up with them.'],
    ['in a list of stories, one in', 'stories:\n  - title: A\n    situation: x\n     task: I fixed it\n', '4:6 parse `task` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['in a list of stories, one out', 'stories:\n  - title: A\n    situation: x\n   task: I fixed it\n', '4:4 parse `task` starts at column 4, but the keys around it start at column 5: line it up with them.'],
    ['in the second story of a list', 'stories:\n  - title: A\n    result: x\n  - title: B\n     task: y\n', '5:6 parse `task` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['with CRLF line ends', 'title: T\r\nsituation: It broke.\r\n task: I fixed it\r\n', '3:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
  ])('names a story key indented off the keys around it (%s), at the key', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  // A user's trial: with a comment line above each key, as the template story has, a key off its column was said at
  // the comment, as text run on or in the parser's words ("all mapping items must start at the same column").
  it.each([
    ['one space in', 'title: T\n# Situation\nsituation: It broke.\n# Task\n task: I fixed it.\n# Action\naction: x\n', '5:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
    ['in a list of stories, one in', 'stories:\n  - title: A\n    # Situation\n    situation: x\n    # Task\n     task: I fixed it\n    # Action\n    action: y\n', '6:6 parse `task` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['in a list of stories, one out', 'stories:\n  - title: A\n    # Situation\n    situation: x\n    # Task\n   task: I fixed it\n    action: y\n', '6:4 parse `task` starts at column 4, but the keys around it start at column 5: line it up with them.'],
    ['a comment and a blank line, two in', 'stories:\n  - title: A\n    situation: x\n    # Task\n\n      task: I fixed it\n    action: y\n', '6:7 parse `task` starts at column 7, but the keys around it start at column 5: line it up with them.'],
    ['the key after the title, one in', 'stories:\n  - title: A\n    # Situation\n     situation: x\n    # Task\n    task: y\n', '4:6 parse `situation` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['the last key, one out', 'stories:\n  - title: A\n    situation: x\n    # Trade-off\n   tradeoff: speed over cost\n', '5:4 parse `tradeoff` starts at column 4, but the keys around it start at column 5: line it up with them.'],
    ["a partner's role one in", 'title: T\npartners:\n  - name: Sneha Pillai\n    # her role\n     role: Talent acquisition lead\n', '5:6 parse `role` starts at column 6, but the keys around it start at column 5: line it up with them.'],
    ['with CRLF line ends', 'title: T\r\n# Situation\r\nsituation: It broke.\r\n# Task\r\n task: I fixed it.\r\n', '5:2 parse `task` starts at column 2, but the keys around it start at column 1: line it up with them.'],
  ])('names a story key indented off the keys around it under a comment (%s), at the key', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it.each([
    ['the first key one space in', ' title: T\nsituation: s\n', '2:1 parse `situation` starts at column 1, but the keys above it start at column 2: line them up.'],
    ['the first two keys two spaces in', '  title: T\n  id: x\nsituation: s\n', '3:1 parse `situation` starts at column 1, but the keys above it start at column 3: line them up.'],
    ['with CRLF line ends', ' title: T\r\nsituation: s\r\n', '2:1 parse `situation` starts at column 1, but the keys above it start at column 2: line them up.'],
  ])('names the first key at column 1 under keys indented further (%s)', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('leaves the library\'s message when the line at column 1 is no story key', () => {
    expect(problems(' title: T\nfoo: s\n')[0]).toMatch(/^2:1 parse YAML syntax error/);
  });

  it('keeps the colon-in-text message when the indented line is no story key, or a key right under the key that holds it', () => {
    const COLON = 'parse A colon and a space inside plain text start a new key. Put the text in quotes, or write it as a `>-` block.';
    expect(problems('title: T\nsituation: It broke\n  the fix: restart\n')).toEqual([`2:12 ${COLON}`]);
    expect(problems('stories:\n  title: A: b\n')).toEqual([`2:10 ${COLON}`]);
    expect(problems('title: T\nsituation:\n  task: A: b\n')).toEqual([`3:9 ${COLON}`]);
  });

  // A bank EM's trial: a bulleted `action:` pasted from Word, with "agreed a plan: I mentored…" on its second
  // line. YAML reads the text up to the colon as a key, which must be on one line, and the next line as a key
  // with no value: two raw parser errors, where one line that says what to write is wanted.
  const SEVERAL = (key: string, shown: string, indent: string) =>
    `parse \`${key}\` runs over several lines and has a colon and a space in it (\`${shown}\`), which YAML reads as a key: write \`${key}: |\` and ${indent === 'keep' ? 'keep the text indented' : 'indent the text'} below it.`;
  it.each([
    ['bulleted, pasted from Word', 'title: T\naction:\n  • Met both engineers weekly and\n  agreed a plan: I mentored them.\n  • Paired on incidents.\nresult: ok\n', `4:16 ${SEVERAL('action', 'plan: I', 'keep')}`],
    ['plain lines', 'title: T\naction:\n  Met both engineers weekly and\n  agreed a plan: I mentored them.\n  Paired on incidents.\nresult: ok\n', `4:16 ${SEVERAL('action', 'plan: I', 'keep')}`],
    ['the colon on its first line', 'title: T\naction:\n  agreed a plan: I mentored them.\n  Paired on incidents.\nresult: ok\n', `3:16 ${SEVERAL('action', 'plan: I', 'keep')}`],
    ['a comment and a blank line before it, CRLF', 'title: T\r\naction:  # pasted\r\n  Met both and\r\n\r\n  agreed a plan: I mentored\r\n  Paired.\r\nresult: ok\r\n', `5:16 ${SEVERAL('action', 'plan: I', 'keep')}`],
    ['not indented', 'title: T\naction:\nMet both and\nagreed a plan: I mentored\nPaired.\nresult: ok\n', `4:14 ${SEVERAL('action', 'plan: I', 'indent')}`],
    ['a bullet of a YAML list', 'title: T\naction:\n  - Met both and\n    agreed a plan: I mentored\n  - Paired.\nresult: ok\n', `4:18 ${SEVERAL('action', 'plan: I', 'keep')}`],
    ['a later bullet, dashes not indented', 'title: T\naction:\n- Paired.\n- Met both and\n  agreed: x\nresult: ok\n', `5:9 ${SEVERAL('action', 'agreed: x', 'indent')}`],
    ['in a list of stories', 'stories:\n  - title: T\n    action:\n      Met both and\n      agreed a plan: I mentored\n      Paired.\n    result: ok\n  - title: U\n', `5:20 ${SEVERAL('action', 'plan: I', 'keep')}`],
    // What the parser says about the rest of that text (a key twice in it) goes once it is a block: left out.
    ['with the same words and colon twice', 'title: T\naction:\n  Met both and\n  Note: a\n  Note: b\nresult: ok\n', `4:7 ${SEVERAL('action', 'Note: a', 'keep')}`],
    ['an item of a list that is no text', 'title: T\ntags:\n  - cost and\n    scope: x\nresult: ok\n', '4:10 parse An item of `tags` runs over several lines and has a colon and a space in it (`scope: x`), which YAML reads as a key: put the item in quotes.'],
  ])('names plain text under a key that runs over several lines with a colon in it (%s), once, at the colon', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('reads that text as a `|` block once it is one, and says a one-line colon under a key makes a mapping', () => {
    const fixed = parseStories('s.yaml', 'title: T\naction: |\n  • Met both engineers weekly and\n  agreed a plan: I mentored them.\n  • Paired on incidents.\nresult: ok\n');
    expect(fixed.problems).toEqual([]);
    expect(fixed.stories[0]!.story.action).toBe('• Met both engineers weekly and\nagreed a plan: I mentored them.\n• Paired on incidents.\n');
    expect(problems('title: T\naction:\n  agreed a plan: I mentored them.\nresult: ok\n')).toEqual([
      '3:3 schema `action` should be text, not a mapping. A colon and a space inside text start a key: write `action: |` and keep the text indented below it.',
    ]);
  });

  it('names an unclosed quote, not the tab inside the quoted text', () => {
    expect(problems('title: t\nresult: "x\n\tmore text')).toEqual(['2:9 parse YAML syntax error: the quote opened on line 2 is never closed.']);
  });

  it('says a file key such as `stories:` appears once, not once per story', () => {
    expect(problems('stories:\n  - title: A\n    result: ok\nstories:\n  - title: B\n')).toEqual(['4:1 parse Duplicate key `stories` (first on line 1): each key appears once.']);
  });
});

// A new user's trial: a story in a `stories:` list with its `task:` two spaces left of its other keys gave the right
// message at it, then four wrong or misleading ones (the next key "off" from `task`, raw "all mapping items must
// start at the same column", a key "off" from a partner's), and took the file's good stories out of map.
describe('a key indented off the keys around it, in a file of several stories', () => {
  const OFF = (line: string, key: string, column: number, expected: number) =>
    `${line} parse \`${key}\` starts at column ${column}, but the keys around it start at column ${expected}: line it up with them.`;
  const story = (id: string, task = '    task: >-\n      I owned it.\n') =>
    `  - id: ${id}\n    title: Story ${id}\n    situation: >-\n      It broke.\n${task}    action: >-\n      I fixed it.\n    partners:\n      - name: Mei Chen\n        role: Payroll lead\n    tradeoff: >-\n      We paused the upgrade.\n    result: Errors fell from 40 to 2.\n`;
  const outdented = story('two', '  task: >-\n      I owned it.\n');

  it('says it once, at the key, and reads the other stories of the list; the story it is in is left out, by its id', () => {
    const file = parseStories('stories/bank.yaml', `stories:\n${story('one')}${outdented}${story('three')}`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([OFF('20:3', 'task', 3, 5)]);
    expect(file.problems[0]!.storyId).toBe('two');
    expect(file.stories.map((s) => s.story.id)).toEqual(['one', 'three']);
    // Read as written, where written: the third story's text and positions.
    const three = file.stories[1]!;
    expect(three.story.partners).toEqual([{ name: 'Mei Chen', role: 'Payroll lead' }]);
    expect(three.locate.key('tradeoff')).toEqual({ line: 41, column: 5 });
  });

  it.each([
    ['one in, in the first story', 'stories:\n  - title: First story\n      situation: It broke.\n    result: Up 4%.\n  - title: Second story\n    result: Up 4%.\n', [OFF('3:7', 'situation', 7, 5)], ['second-story']],
    ['the last key of a story, one out', 'stories:\n  - id: one\n    title: First\n    result: Up 4%.\n   learned: I check first.\n  - id: two\n    title: Second\n', [OFF('5:4', 'learned', 4, 5)], ['two']],
    ['its text at the column of the keys around it', 'stories:\n  - id: one\n    title: First\n    situation: >-\n      It broke.\n  task: >-\n    I owned it.\n    result: Up 4%.\n  - id: two\n    title: Second\n', [OFF('6:3', 'task', 3, 5)], ['two']],
    ["a partner's role one out", 'stories:\n  - id: a\n    title: A\n    partners:\n      - name: Mei Chen\n       role: Payroll lead\n    result: Up 4%.\n  - id: b\n    title: B\n', [OFF('6:8', 'role', 8, 9)], ['b']],
    ['with CRLF line ends', 'stories:\r\n  - id: a\r\n    title: A\r\n    situation: x\r\n  task: y\r\n    result: Up 4%.\r\n  - id: b\r\n    title: B\r\n', [OFF('5:3', 'task', 3, 5)], ['b']],
    ['in a document of several', 'title: A\nsituation: x\n  task: y\nresult: Up 4%.\n---\ntitle: B\nresult: Up 4%.\n', [OFF('3:3', 'task', 3, 1)], ['b']],
    ['in each of two stories', 'stories:\n  - id: one\n    title: First\n     result: Up 4%.\n  - id: two\n    title: Second\n  - id: three\n    title: Third\n  result: Up 4%.\n    learned: x\n', [OFF('4:6', 'result', 6, 5), OFF('9:3', 'result', 3, 5)], ['two']],
  ])('%s', (_name, text, expected, read) => {
    const file = parseStories('stories/bank.yaml', text);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual(expected);
    expect(file.stories.map((s) => s.story.id)).toEqual(read);
  });

  it('still says what else the file gets wrong, and reads no story when that is a syntax error', () => {
    const file = parseStories('stories/bank.yaml', 'stories:\n  - id: one\n    title: First\n  task: y\n    result: Up 4%.\n  - id: two\n    title: Second\n    result x\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([OFF('4:3', 'task', 3, 5), '8:5 parse `result` needs a colon after it: `result: x`.']);
    expect(file.stories).toEqual([]);
    expect(problems('stories:\n  - title: A\n    situation: x\n  task: y\n    result: "unclosed\n  - title: B\n')).toEqual([
      OFF('4:3', 'task', 3, 5),
      // At the quote, on the line it names.
      '5:13 parse YAML syntax error: the quote opened on line 5 is never closed.',
    ]);
  });

  it.each([
    ['a list on one line', 'id: a\nlps: [ownership, dive-deep\ntitle: T\nsituation: s\n', '2:6', 'list', ']'],
    ['a list as the last line', 'id: a\nsituation: s\ntitle: [broken\n', '3:8', 'list', ']'],
    ['a list without a line break at the end', 'id: a\nsituation: s\ntags: [a, b', '3:7', 'list', ']'],
    ['a list over two lines', 'id: a\ntags: [a, b,\n  c\ntitle: T\n', '2:7', 'list', ']'],
    ['a list after an anchor', 'id: a\ntags: &t [a, b\ntitle: T\n', '2:10', 'list', ']'],
    ['a map', 'id: a\npartners: {name: Priya Shah\ntitle: T\n', '2:11', 'map', '}'],
    ['a list in a file of several stories', 'stories:\n  - id: a\n    lps: [ownership\n    title: T\n', '3:10', 'list', ']'],
    ['a list item of a list', 'id: a\ntags:\n  - [a, b\ntitle: T\n', '3:5', 'list', ']'],
    ['a list with a bracket in quoted text', 'id: a\ntags: ["a]b", c\ntitle: T\n', '2:7', 'list', ']'],
  ])('says where a bracket is never closed, at the bracket: %s', (_name, text, where, what, close) => {
    const [problem, ...rest] = problems(text);
    expect(problem).toMatch(new RegExp(`^${where} parse This \`[[{]\` opens a ${what} that is never closed: end it with \`\\${close}\``));
    expect(rest).toEqual([]);
  });

  it.each([
    ['a list in a file of several stories', 'stories:\n  - id: a\n    title: T\n    lps: [ownership,\n  dive-deep]\n    situation: s\n', '4:10', 'list'],
    ['a list in a one-story file', 'id: a\nlps: [ownership,\ndive-deep]\ntitle: T\n', '2:6', 'list'],
    ['a map whose next line reads like a key', 'id: a\npartners: {name: Priya,\nrole: PM}\ntitle: T\n', '2:11', 'map'],
  ])('says a bracket closed on a line not indented past its key is so, not that it is never closed: %s', (_name, text, where, what) => {
    expect(problems(text)).toEqual([`${where} parse This \`${what === 'map' ? '{' : '['}\` ${what} goes on to a line not indented past its key: indent the lines after the first, or keep the ${what} on one line.`]);
  });

  // A user's trial: "stories/leadership.yaml:52:49: … the quote opened on line 4 is never closed." named line 4 but was
  // said at the file's end, where the parser tripped, so an editor jumped to line 52.
  it('reports a quote never closed at the quote, on the line its message names, not at the end of the file', () => {
    const QUOTE = (line: number) => `parse YAML syntax error: the quote opened on line ${line} is never closed.`;
    expect(problems('id: a\ntitle: T\nsituation: "broken\n')).toEqual([`3:12 ${QUOTE(3)}`]);
    expect(problems('id: a\r\ntitle: T\r\nsituation: "broken\r\n')).toEqual([`3:12 ${QUOTE(3)}`]);
    expect(problems('id: a\ntitle: T\nsituation: "broken')).toEqual([`3:12 ${QUOTE(3)}`]);
    const rest = Array.from({ length: 40 }, (_, i) => `  more text on line ${i + 5} of the file`).join('\n');
    expect(problems(`stories:\n  - id: a\n    title: T\n    situation: "It broke\n    task: I owned it\n${rest}\n`)).toEqual([`4:16 ${QUOTE(4)}`]);
    expect(problems("title: T\nsituation: 'It''s broken\nand more\n\naction: x\n")).toEqual([`2:12 ${QUOTE(2)}`]);
    expect(problems('tags: [a, "b\nsituation: x\n')).toEqual([`1:11 ${QUOTE(1)}`]);
    // Before a document mark, where the parser trips, in the document it opened in.
    expect(problems('title: "a\nsituation: x\n---\ntitle: b\n')).toEqual([`1:8 ${QUOTE(1)}`]);
  });

  it('reads no story from a file of one, and names it by the file', () => {
    const file = parseStories('stories/one.yaml', 'title: T\nsituation: It was broken.\n  task: I fixed it\naction: x\n');
    expect(file.stories).toEqual([]);
    expect(file.problems.map((p) => p.storyId)).toEqual(['one']);
  });
});

describe('a misspelt principle in lps:', () => {
  it.each([
    ['a misspelt key, read as the key meant', 'title: T\nreslt: Referrals doubled.\n', '2:1 schema Unknown key `reslt`. Did you mean `result`?', { result: 'Referrals doubled.' }],
    ['a misspelt key when the key meant is there too, left out', 'title: T\nresult: Up 40%.\nreslt: Doubled.\n', '3:1 schema Unknown key `reslt`. Did you mean `result`?', { result: 'Up 40%.' }],
    ['an unknown key, left out', 'title: T\nmood: good\n', '2:1 schema Unknown key `mood`. A story\'s keys are: id, title, lps, situation, task, action, result, partners, tradeoff, learned, tags, draft.', { result: undefined }],
    // Another word for a key, which spelling alone doesn't reach (a twelfth user's trial wrote `lesson:`).
    ['another word for a key, read as the key meant', 'title: T\nlesson: I now pilot first.\n', '2:1 schema Unknown key `lesson`. Did you mean `learned`?', { learned: 'I now pilot first.' }],
    ['another word for a key the story has, left out', 'title: T\nresult: Up 40%.\noutcome: Doubled.\n', '3:1 schema Unknown key `outcome`. Did you mean `result`?', { result: 'Up 40%.' }],
    ['"draft: yes", read as true', 'title: T\ndraft: yes\n', '2:8 schema `draft` should be true or false, not a string ("yes"). It is read as `true`: write `draft: true`.', { draft: true }],
    ['"draft: off", read as false', 'title: T\ndraft: off\n', '2:8 schema `draft` should be true or false, not a string ("off"). It is read as `false`: write `draft: false`, or leave the key out.', { draft: false }],
    ['a draft: that means nothing, left out', 'title: T\ndraft: maybe\n', '2:8 schema `draft` should be true or false, not a string ("maybe"). Write `draft: true` for a story still being written, or leave the key out.', { draft: undefined }],
    ['"draft: \'true\'", quoted, read as true', "title: T\ndraft: 'true'\n", '2:8 schema `draft` should be true or false, not a string ("true"). It is read as `true`: write `draft: true`.', { draft: true }],
    // A review: a misspelt list key is left out (its items are found by its own name), and a misspelt text key
    // whose value still doesn't fit is left out too, not the story.
    ['a misspelt `lps`, left out', 'title: T\nlp: frugality, Ownership, own\n', '2:1 schema Unknown key `lp`. Did you mean `lps`?', { lps: undefined }],
    ['a misspelt section written as a list, left out, and said so', 'title: T\nactions:\n  - a\n', '2:1 schema Unknown key `actions`. Did you mean `action`? It is left out: `action` holds text, not a list. To keep the bullets, write `action: |` and put each bullet on its own line under it, indented, starting with "- ".', { result: undefined }],
    ['a misspelt section written as a mapping, left out, and said so', 'title: T\nreslt: {up: 40%}\n', '2:1 schema Unknown key `reslt`. Did you mean `result`? It is left out: `result` holds text, not a mapping.', { result: undefined }],
    // Two users' trials: `reslt: 1` was left out (so "There is no result" too) where `reslt: Up 40%.` is read as the
    // result. A misspelt text key is read as meant whatever its value: a bare number or true/false as written.
    ['a misspelt key holding a bare number, read as its text', 'title: T\nreslt: 1\n', '2:1 schema Unknown key `reslt`. Did you mean `result`? Quote the value there too, `result: "1"`: bare, YAML reads it as a number, not text.', { result: '1' }],
    ['a misspelt key holding a number, read as written', 'title: T\nreslt: 1.50\n', '2:1 schema Unknown key `reslt`. Did you mean `result`? Quote the value there too, `result: "1.50"`: bare, YAML reads it as a number, not text.', { result: '1.50' }],
    ['a misspelt key holding true, read as its text', 'title: T\nlesson: true\n', '2:1 schema Unknown key `lesson`. Did you mean `learned`? Quote the value there too, `learned: "true"`: bare, YAML reads it as true or false, not text.', { learned: 'true' }],
    ['a misspelt key left empty, read as the empty key', 'title: T\nreslt:\n', '2:1 schema Unknown key `reslt`. Did you mean `result`?', { result: null }],
    // A trial's `taks:` holding a sentence was said to mean `tags` (one edit nearer than `task`), and renamed so, the
    // sentence became a tag: the key the story lacks and whose kind of value fits is meant.
    ['a misspelt `task` holding a sentence, nearer to `tags`, read as `task`', 'title: T\ntaks: I owned the vendor contract.\n', '2:1 schema Unknown key `taks`. Did you mean `task`?', { task: 'I owned the vendor contract.', tags: undefined }],
    ['a transposed `task`, read as `task`', 'title: T\ntsak: I owned the vendor contract.\n', '2:1 schema Unknown key `tsak`. Did you mean `task`?', { task: 'I owned the vendor contract.' }],
    ['a misspelt `tags` holding a list, still `tags`', 'title: T\ntgas: [a, b]\n', '2:1 schema Unknown key `tgas`. Did you mean `tags`?', { tags: undefined }],
    ['a misspelt `tags` holding a short comma line, still `tags`', 'title: T\ntaks: vendors, failure\n', '2:1 schema Unknown key `taks`. Did you mean `tags`?', { task: undefined }],
    ['a misspelt key holding a sentence, when the story has that task, still `task`', 'title: T\ntask: I owned it.\ntaks: I owned the vendor contract.\n', '3:1 schema Unknown key `taks`. Did you mean `task`?', { task: 'I owned it.' }],
    ['an unknown key holding a number, left out', 'title: T\nmood: 7\n', '2:1 schema Unknown key `mood`. A story\'s keys are: id, title, lps, situation, task, action, result, partners, tradeoff, learned, tags, draft.', { result: undefined }],
  ])('reports %s, and still reads the story under its own id', (_name, text, expected, read) => {
    const file = parseStories('stories/x.yaml', `id: referral-bonus\n${text}action: I ran it.\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([expected.replace(/^(\d+)/, (n) => String(Number(n) + 1))]);
    expect(file.problems[0]!.storyId).toBe('referral-bonus');
    expect(file.stories.map((s) => [s.story.id, s.story.action])).toEqual([['referral-bonus', 'I ran it.']]);
    const story = file.stories[0]!.story as unknown as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(read).map((key) => [key, story[key]]))).toEqual(read);
  });

  it('leaves out a misspelt key whose value still does not fit the key it is read as, and reads the story', () => {
    const file = parseStories('stories/x.yaml', 'title: T\nactions:\n  - I ran it.\nresult: Up 40%.\n');
    expect(file.problems.map((p) => p.message)).toEqual([
      'Unknown key `actions`. Did you mean `action`? It is left out: `action` holds text, not a list. To keep the bullets, write `action: |` and put each bullet on its own line under it, indented, starting with "- ".',
    ]);
    expect(file.stories.map((s) => [s.story.title, s.story.action, s.story.result])).toEqual([['T', undefined, 'Up 40%.']]);
  });

  // Each misspelt key on its own: one whose value can't be text no longer takes the others' reading with it.
  it.each([
    ['a misspelt result beside a misspelt action written as a list', 'title: T\nreslt: Up 40%.\nactons:\n  - I ran it.\n', ['T', undefined, 'Up 40%.']],
    ['a misspelt title beside a misspelt result holding a number', 'titel: T\nreslt: 1\naction: I ran it.\n', ['T', 'I ran it.', '1']],
  ])('reads each misspelt key as meant on its own: %s', (_name, text, read) => {
    const file = parseStories('stories/x.yaml', text);
    expect(file.problems.every((p) => p.ruleId === 'schema' && p.message.startsWith('Unknown key'))).toBe(true);
    expect(file.stories.map((s) => [s.story.title, s.story.action, s.story.result])).toEqual([read]);
  });

  it('points a finding in a misspelt key read as a number at its value', () => {
    const file = parseStories('stories/x.yaml', 'title: T\nreslt: 1\n');
    expect(file.stories[0]!.locate.at('result', 0)).toMatchObject({ line: 2, column: 8 });
  });

  it('says a principle claimed twice on one line, though its items are blocks that start with a line break (found by the fuzz test)', () => {
    const text = 'title: T\nlps:\n  - >-\n\n    hire-and-develop-the-best\n  - >-\n\n    hire-and-develop-the-best\n';
    expect(parseStories('stories/x.yaml', text).problems.map((p) => p.message)).toEqual(['`hire-and-develop-the-best` is already claimed (entry 1 of `lps:`). List each principle once.']);
  });

  // A thirty-fifth user's trial: `titel:` took the whole story out ("A story needs a `title`"), where `reslt:` is read
  // as the result. A required key misspelt is read as meant too, and then it is not missing.
  it.each([
    ['a misspelt title', 'titel: Launched Pix\n', ['1:1 Unknown key `titel`. Did you mean `title`?'], 'Launched Pix'],
    ['a title with a letter twice', 'tittle: Launched Pix\n', ['1:1 Unknown key `tittle`. Did you mean `title`?'], 'Launched Pix'],
    ['a capitalised title', 'Title: Launched Pix\n', ['1:1 Unknown key `Title`. Did you mean `title`?'], 'Launched Pix'],
    ['a misspelt title beside the title, left out', 'title: Launched Pix\ntitel: Pix\n', ['2:1 Unknown key `titel`. Did you mean `title`?'], 'Launched Pix'],
    // Tricky twins: the title is still missing where nothing can be read as it.
    ['an unknown key far from any', 'heading: Launched Pix\n', ['1:1 A story needs a `title`.', "1:1 Unknown key `heading`. A story's keys are: id, title, lps, situation, task, action, result, partners, tradeoff, learned, tags, draft."], undefined],
    ['a misspelt title that is a bare number, read as its text', 'titel: 2024\n', ['1:1 Unknown key `titel`. Did you mean `title`? Quote the value there too, `title: "2024"`: bare, YAML reads it as a number, not text.'], '2024'],
    ['a misspelt title that is a list', 'titel: [Launched Pix]\n', ['1:1 A story needs a `title`.', '1:1 Unknown key `titel`. Did you mean `title`? It is left out: `title` holds text, not a list.'], undefined],
    ['a misspelt title left empty', 'titel: ""\n', ['1:1 A story needs a `title`.', '1:1 Unknown key `titel`. Did you mean `title`?'], undefined],
    ['no title and a misspelt result', 'reslt: Up 40%.\n', ['1:1 A story needs a `title`.', '1:1 Unknown key `reslt`. Did you mean `result`?'], undefined],
  ])('%s: says it, and reads the story only with a title', (_name, text, expected, title) => {
    const file = parseStories('stories/pix.yaml', `${text}action: I cut the scope.\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
    expect(file.problems.every((p) => p.storyId === 'pix')).toBe(true);
    expect(file.stories.map((s) => [s.story.id, s.story.title, s.story.action])).toEqual(title === undefined ? [] : [['pix', title, 'I cut the scope.']]);
  });

  // Two misspellings of one key, where none is spelt right: the first is read as it, and the second says so, naming
  // both, rather than being dropped with only a did-you-mean.
  it.each([
    [
      'two misspelt titles',
      'titel: Launched Pix\ntittle: Pix launch\n',
      [
        '1:1 Unknown key `titel`. Did you mean `title`?',
        '2:1 Unknown key `tittle`: it and `titel` (line 1) both look like `title`, and `titel` is read as it, so this one is left out. Keep one, spelt `title`.',
      ],
      ['Launched Pix', undefined],
    ],
    [
      'two misspelt results, apart',
      'titel: Launched Pix\nreslt: Up 40%.\nsituation: S.\nreslut: Up 41%.\n',
      [
        '1:1 Unknown key `titel`. Did you mean `title`?',
        '2:1 Unknown key `reslt`. Did you mean `result`?',
        '4:1 Unknown key `reslut`: it and `reslt` (line 2) both look like `result`, and `reslt` is read as it, so this one is left out. Keep one, spelt `result`.',
      ],
      ['Launched Pix', 'Up 40%.'],
    ],
    [
      'a misspelling and another word for the same key',
      'title: Launched Pix\noutcome: Up 40%.\nreslt: Up 41%.\n',
      [
        '2:1 Unknown key `outcome`. Did you mean `result`?',
        '3:1 Unknown key `reslt`: it and `outcome` (line 2) both look like `result`, and `outcome` is read as it, so this one is left out. Keep one, spelt `result`.',
      ],
      ['Launched Pix', 'Up 40%.'],
    ],
    // The key spelt right beside them: each misspelling is only unknown, as one alone is (nothing is read as the key).
    [
      'the title and two misspellings of it',
      'title: Launched Pix\ntitel: Pix\ntittle: Pix launch\n',
      ['2:1 Unknown key `titel`. Did you mean `title`?', '3:1 Unknown key `tittle`. Did you mean `title`?'],
      ['Launched Pix', undefined],
    ],
    // Two misspellings of different keys are each read as their own.
    [
      'a misspelt title and a misspelt result',
      'titel: Launched Pix\nreslt: Up 40%.\n',
      ['1:1 Unknown key `titel`. Did you mean `title`?', '2:1 Unknown key `reslt`. Did you mean `result`?'],
      ['Launched Pix', 'Up 40%.'],
    ],
  ])('%s: names both, at the second', (_name, text, expected, [title, result]) => {
    const file = parseStories('stories/pix.yaml', `${text}action: I cut the scope.\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
    expect(file.problems.every((p) => p.severity === 2 && p.ruleId === 'schema')).toBe(true);
    expect(file.stories.map((s) => [s.story.title, s.story.result])).toEqual([[title, result]]);
  });

  it('names the other misspelling by its own line in a list of stories', () => {
    const file = parseStories('stories/bank.yaml', 'stories:\n  - title: Said no to sales\n  - titel: Launched Pix early\n    action: I cut the scope.\n    tittle: Pix\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.storyId} ${p.message}`)).toEqual([
      '3:5 launched-pix-early Unknown key `titel`. Did you mean `title`?',
      '5:5 launched-pix-early Unknown key `tittle`: it and `titel` (line 3) both look like `title`, and `titel` is read as it, so this one is left out. Keep one, spelt `title`.',
    ]);
  });

  it('reads a misspelt title in a list of stories as the title, the id its slug, and points the title at the key', () => {
    const file = parseStories('stories/bank.yaml', 'stories:\n  - titel: Launched Pix early\n    action: I cut the scope.\n  - title: Said no to sales\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.storyId} ${p.message}`)).toEqual(['2:5 launched-pix-early Unknown key `titel`. Did you mean `title`?']);
    expect(file.stories.map((s) => s.story.id)).toEqual(['launched-pix-early', 'said-no-to-sales']);
    expect(file.stories[0]!.locate.key('title')).toMatchObject({ line: 2, column: 5 });
  });

  it('points the findings about a misspelt key at it', () => {
    const file = parseStories('stories/x.yaml', 'title: T\nreslt: Referrals doubled.\n');
    expect(file.stories[0]!.locate.at('result', 0)).toMatchObject({ line: 2, column: 8 });
  });

  it('is an error, and the story is still read with the principles that are right', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [customer-obsesion, earn-trust]\naction: A decision was made.\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity}`)).toEqual(['2:7 schema 2']);
    expect(file.problems[0]!.message).toContain('Did you mean `customer-obsession`?');
    expect(file.stories.map((s) => [s.story.id, s.story.lps])).toEqual([['s', ['earn-trust']]]);
  });

  it("files the error under the story's own id, and points findings about lps at the items as written", () => {
    const file = parseStories('cert.yaml', 'id: certs\ntitle: t\nlps: [ownersip, think-big, dive-deep]\n');
    expect(file.problems.map((p) => p.storyId)).toEqual(['certs']);
    const [loaded] = file.stories;
    expect(loaded!.story.lps).toEqual(['think-big', 'dive-deep']);
    // think-big is lps[0] of the story, and the second item on line 3.
    expect(loaded!.locate.at('lps', 0)).toEqual({ line: 3, column: 17 });
    expect(loaded!.locate.at('lps', 1)).toEqual({ line: 3, column: 28 });
  });

  it('reads a story with a bare number for its result beside an unknown principle, each with its error', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [customer-obsesion]\nresult: 42\n');
    expect(file.problems).toHaveLength(2);
    expect(file.stories.map((s) => [s.story.lps, s.story.result, s.unquoted])).toEqual([[[], '42', ['result']]]);
  });

  it('does not save a story with another schema error too', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [customer-obsesion]\nresult: [a, b]\n');
    expect(file.problems).toHaveLength(2);
    expect(file.stories).toEqual([]);
  });
});

describe('a misspelt or unknown key in a `{name, role}` partner', () => {
  const PARTNERS = 'id: checkout\ntitle: T\naction: I ran it.\npartners:\n  - Sam Okafor\n';
  const cut = (key: string, meant: string) => `Unknown key \`${key}\` in item 2 of \`partners\`: a comma inside a \`{…}\` partner ends the value before it. Put the value in quotes: \`${meant}\`.`;
  it.each([
    ['a misspelt `name`, read as the name', '  - nmae: Dana Whitfield\n    role: Payments EM\n', ['6:5 Unknown key `nmae` in item 2 of `partners`. Did you mean `name`?'], { name: 'Dana Whitfield', role: 'Payments EM' }],
    ['a misspelt `role`, read as the role', '  - name: Dana\n    rol: Payments EM\n', ['7:5 Unknown key `rol` in item 2 of `partners`. Did you mean `role`?'], { name: 'Dana', role: 'Payments EM' }],
    ['both misspelt, each read as meant', '  - nmae: Dana\n    roel: Payments EM\n', ['6:5 Unknown key `nmae` in item 2 of `partners`. Did you mean `name`?', '7:5 Unknown key `roel` in item 2 of `partners`. Did you mean `role`?'], { name: 'Dana', role: 'Payments EM' }],
    ['a capitalised key, read as meant', '  - Name: Dana\n', ['6:5 Unknown key `Name` in item 2 of `partners`. Did you mean `name`?'], { name: 'Dana' }],
    ['an unknown key, left out', '  - name: Dana\n    email: dana@example.com\n', ["7:5 Unknown key `email` in item 2 of `partners`. A partner's keys are: name, role."], { name: 'Dana' }],
    ['a misspelt `name` beside the name, left out', '  - name: Dana\n    nmae: Dan\n', ['7:5 Unknown key `nmae` in item 2 of `partners`. Did you mean `name`?'], { name: 'Dana' }],
    ['a misspelt `role` whose value is no text, left out', '  - name: Dana\n    rol: [EM, lead]\n', ['7:5 Unknown key `rol` in item 2 of `partners`. Did you mean `role`?'], { name: 'Dana' }],
    // YAML reads a comma in a `{…}` map as the map's: the value ends there, and the words after it are a key.
    ['a comma in a `{…}` partner\'s value, which cuts it there', '  - {name: Daniel Okoro, role: my manager, Payments Engineering}\n', ['6:44 ' + cut('Payments Engineering', 'role: "my manager, Payments Engineering"')], { name: 'Daniel Okoro', role: 'my manager' }],
    ['two commas in a `{…}` partner\'s value, each cutting it', '  - {name: Ana Ruiz, role: lead, Payments, Risk}\n', ['6:34 ' + cut('Payments', 'role: "lead, Payments, Risk"'), '6:44 ' + cut('Risk', 'role: "lead, Payments, Risk"')], { name: 'Ana Ruiz', role: 'lead' }],
    ['a comma in a `{…}` partner\'s name', '  - {name: Okoro, Daniel, role: EM}\n', ['6:19 ' + cut('Daniel', 'name: "Okoro, Daniel"')], { name: 'Okoro', role: 'EM' }],
    ['an unknown key with a value in a `{…}` partner, left out', '  - {name: Dana, role: EM, team: Payments}\n', ["6:28 Unknown key `team` in item 2 of `partners`. A partner's keys are: name, role."], { name: 'Dana', role: 'EM' }],
    ['an unknown key with an empty value in a `{…}` partner, left out', '  - {name: Dana, role: EM, team: }\n', ["6:28 Unknown key `team` in item 2 of `partners`. A partner's keys are: name, role."], { name: 'Dana', role: 'EM' }],
  ])('reports %s as an error at the key, and still reads the story', (_name, partner, expected, read) => {
    const file = parseStories('stories/x.yaml', PARTNERS + partner);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
    expect(file.problems.map((p) => [p.ruleId, p.severity, p.storyId])).toEqual(expected.map(() => ['schema', 2, 'checkout']));
    expect(file.stories.map((s) => [s.story.id, s.story.action, s.story.partners])).toEqual([['checkout', 'I ran it.', ['Sam Okafor', read]]]);
  });

  it.each([
    ['no name at all', '  - role: Payments EM\n', ['6:5 item 2 of `partners` has no `name`: write a name, or a mapping with `name` and an optional `role`.']],
    ['a misspelt role and no name', '  - rol: Payments EM\n', ['6:5 item 2 of `partners` has no `name`: write a name, or a mapping with `name` and an optional `role`.']],
    ['an empty name beside a misspelt role', "  - name: ''\n    rol: EM\n", ['6:11 `name` in item 2 of `partners` must not be empty.', '7:5 Unknown key `rol` in item 2 of `partners`. Did you mean `role`?']],
  ])('is an error, at the partner, with %s', (_name, partner, expected) => {
    const file = parseStories('stories/x.yaml', PARTNERS + partner);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
    expect(file.problems.map((p) => p.severity)).toEqual(expected.map(() => 2));
  });

  it('reads a `{…}` partner whose value with a comma is in quotes, with no problem', () => {
    const file = parseStories('stories/x.yaml', `${PARTNERS}  - {name: Daniel Okoro, role: "my manager, Payments Engineering"}\n`);
    expect(file.problems).toEqual([]);
    expect(file.stories.map((s) => s.story.partners)).toEqual([['Sam Okafor', { name: 'Daniel Okoro', role: 'my manager, Payments Engineering' }]]);
  });

  it('says so of a comma in a `{…}` partner\'s value beside a misspelt key of that partner', () => {
    const file = parseStories('stories/x.yaml', `${PARTNERS}  - {nom: Daniel Okoro, role: my manager, Payments}\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '6:6 Unknown key `nom` in item 2 of `partners`. Did you mean `name`?',
      '6:43 ' + cut('Payments', 'role: "my manager, Payments"'),
    ]);
  });

  it('reports a misspelt partner key beside a misspelt story key, and reads both as meant', () => {
    const file = parseStories('stories/x.yaml', `${PARTNERS}  - nmae: Dana\nreslt: Up 40%.\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '6:5 2 Unknown key `nmae` in item 2 of `partners`. Did you mean `name`?',
      '7:1 2 Unknown key `reslt`. Did you mean `result`?',
    ]);
    expect(file.stories.map((s) => [s.story.result, s.story.partners])).toEqual([['Up 40%.', ['Sam Okafor', { name: 'Dana' }]]]);
  });

  it('reads a misspelt partner key in a story of a `stories:` list, and the stories around it', () => {
    const text = 'stories:\n  - title: A\n    partners:\n      - nmae: Dana\n  - title: B\n';
    const file = parseStories('stories/bank.yaml', text);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.storyId} ${p.message}`)).toEqual(['4:9 a Unknown key `nmae` in item 1 of `partners`. Did you mean `name`?']);
    expect(file.stories.map((s) => [s.story.id, s.story.partners])).toEqual([['a', [{ name: 'Dana' }]], ['b', undefined]]);
  });
});

describe('a list field written as one line of text', () => {
  it.each([
    ['one principle', 'lps: ownership', { lps: ['ownership'] }],
    ['principles with commas', 'lps: "Frugality, Customer Obsession, dive-deep"', { lps: ['frugality', 'customer-obsession', 'dive-deep'] }],
    ['a name with a comma in it', 'lps: Are Right, A Lot, backbone', { lps: ['are-right-a-lot', 'have-backbone-disagree-and-commit'] }],
    ['a folded block', 'lps: >-\n  ownership,\n  dive deep', { lps: ['ownership', 'dive-deep'] }],
    ['an empty string, as no principle', 'lps: ""', { lps: [] }],
    ['tags', 'tags: failure, launch', { tags: ['failure', 'launch'] }],
    ['one tag', 'tags: failure', { tags: ['failure'] }],
    // A new user's trial: partners on one line, each with a role in brackets, took the story out of every command.
    ['partners with commas', 'partners: Deepa Menon, Rohit Sharma', { partners: ['Deepa Menon', 'Rohit Sharma'] }],
    ['one partner', 'partners: Deepa Menon', { partners: ['Deepa Menon'] }],
    [
      'partners with roles in brackets, a comma in one',
      'partners: Deepa Menon (LabelKart, account manager), Rohit Sharma (Procurement)',
      { partners: ['Deepa Menon (LabelKart, account manager)', 'Rohit Sharma (Procurement)'] },
    ],
    ['partners apart by semicolons, each "Name, role"', 'partners: "Deepa Menon, account manager; Rohit Sharma, Procurement"', { partners: ['Deepa Menon, account manager', 'Rohit Sharma, Procurement'] }],
    // Twins that keep their old reading: a list, and a `{…}` partner whose comma is in quotes.
    ['partners as a list, as before', 'partners: [Deepa Menon (AM), Rohit Sharma]', { partners: ['Deepa Menon (AM)', 'Rohit Sharma'] }],
    ['a `{…}` partner, as before', 'partners:\n  - {name: Deepa Menon, role: "LabelKart, AM"}', { partners: [{ name: 'Deepa Menon', role: 'LabelKart, AM' }] }],
  ])('reads %s as the list', (_, yaml, fields) => {
    const file = parseStories('s.yaml', `title: t\n${yaml}\n`);
    expect(file.problems).toEqual([]);
    expect(file.stories[0]!.story).toMatchObject(fields);
  });

  it.each([
    // The near-miss is named at its own column inside the string, with its did-you-mean.
    ['in quotes', 'lps: "Frugality, Customer Obsesion, Are Right A Lot"', '2:18', 2, { line: 2, column: 37 }],
    ['plain', 'lps: frugality, ownersip, dive-deep', '2:17', 2, { line: 2, column: 27 }],
    ['over lines', 'lps: >-\n  frugality,\n  ownersip,\n  dive-deep', '4:3', 2, { line: 5, column: 3 }],
  ])('points at an unknown principle in a comma string %s, and keeps the story', (_, yaml, at, kept, next) => {
    const file = parseStories('s.yaml', `title: t\n${yaml}\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual([`${at} schema`]);
    expect(file.problems[0]!.message).toMatch(/^Unknown Leadership Principle ".*"\. Did you mean `(customer-obsession|ownership)`\?/);
    const [loaded] = file.stories;
    expect(loaded!.story.lps).toHaveLength(kept);
    // A finding about the principle after the misspelt one points at it as written.
    expect(loaded!.locate.at('lps', 1)).toEqual(next);
  });

  it('points findings about each item at the item inside the string', () => {
    const { locate } = parseStories('s.yaml', 'title: t\nlps: ownership,  dive-deep\ntags: "failure, launch"\npartners: Deepa Menon (LabelKart, AM), Rohit Sharma\n').stories[0]!;
    expect([locate.at('lps', 0), locate.at('lps', 1), locate.at('tags', 1), locate.at('partners', 1)]).toEqual([
      { line: 2, column: 6 },
      { line: 2, column: 18 },
      { line: 3, column: 17 },
      { line: 4, column: 40 },
    ]);
  });

  it('reads the principles of a story whose partners are on one line, so no claim goes missing from the bank', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: Are Right, A Lot, ownership\npartners: Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)\n');
    expect(file.problems).toEqual([]);
    expect(file.stories.map((s) => s.story.lps)).toEqual([['are-right-a-lot', 'ownership']]);
  });

  it('still refuses a number', () => {
    expect(problems('title: t\nlps: 7\n')).toEqual(['2:6 schema `lps` should be a list or one comma-separated line, not a number (7).']);
    expect(problems('title: t\npartners: 7\n')).toEqual(['2:11 schema `partners` should be a list or one comma-separated line, not a number (7).']);
  });
});

describe('an item of a list that does not fit, or a list key that is no list', () => {
  // A new user's trial: `tags: [forecasting, 2021]` was an error with no hint, and took the story out of map and plan.
  it.each([
    ['a number among the tags, with the quote hint', 'tags: [forecasting, 2021]', ['2:21 item 2 of `tags` should be text (quote it if it looks like a number), not a number (2021).'], { tags: ['forecasting'] }],
    ['true among the tags, with the quote hint', 'tags:\n  - failure\n  - true', ['4:5 item 2 of `tags` should be text (quote it: YAML reads a bare true or false as true/false), not true/false (true).'], { tags: ['failure'] }],
    ['a list among the tags, with no hint', 'tags: [failure, [a, b]]', ['2:17 item 2 of `tags` should be text, not a list.'], { tags: ['failure'] }],
    ['tags as a mapping', 'tags: {team: payments}', ['2:7 `tags` should be a list or one comma-separated line, not a mapping.'], { tags: undefined }],
    ['a partner with no name', 'partners:\n  - Sam Okafor\n  - role: EM', ['4:5 item 2 of `partners` has no `name`: write a name, or a mapping with `name` and an optional `role`.'], { partners: ['Sam Okafor'] }],
    ['a partner that is a number', 'partners: [Sam Okafor, 42]', ['2:24 item 2 of `partners` should be a name, or a mapping with `name` and an optional `role`.'], { partners: ['Sam Okafor'] }],
    ['partners as a mapping', 'partners: {name: Sam Okafor}', ['2:11 `partners` should be a list or one comma-separated line, not a mapping.'], { partners: undefined }],
    ['a number among the principles, with no quote hint', 'lps: [ownership, 42, dive-deep]', ['2:18 item 2 of `lps` should be text, not a number (42).'], { lps: ['ownership', 'dive-deep'] }],
    ['principles as a number', 'lps: 7', ['2:6 `lps` should be a list or one comma-separated line, not a number (7).'], { lps: undefined }],
  ])('reports %s, and reads the story without it', (_name, yaml, expected, read) => {
    const file = parseStories('stories/x.yaml', `title: T\n${yaml}\naction: I ran it.\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(expected);
    expect(file.problems.map((p) => [p.ruleId, p.severity, p.storyId])).toEqual(expected.map(() => ['schema', 2, 'x']));
    expect(file.stories.map((s) => s.story.action)).toEqual(['I ran it.']);
    const story = file.stories[0]!.story as unknown as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(read).map((key) => [key, story[key]]))).toEqual(read);
  });

  it('points findings about the principles kept at the items as written, past a number among them', () => {
    const { locate } = parseStories('s.yaml', 'title: t\nlps: [ownership, 42, dive-deep]\n').stories[0]!;
    expect(locate.at('lps', 1)).toEqual({ line: 2, column: 22 });
  });

  it('still leaves out a story whose text does not fit, beside a tag that does not', () => {
    const file = parseStories('s.yaml', 'title: t\ntags: [2021]\nresult: {a: 1}\n');
    expect(file.problems).toHaveLength(2);
    expect(file.stories).toEqual([]);
    // A bare number is text read as written, as a misspelt key's is: the story stays, the tag left out.
    const bare = parseStories('s.yaml', 'title: t\ntags: [2021]\nresult: 42\n');
    expect(bare.problems).toHaveLength(2);
    expect(bare.stories.map((s) => [s.story.tags, s.story.result])).toEqual([[[], '42']]);
  });
});

describe('a principle claimed twice in lps:', () => {
  it.each([
    [
      'two names for one principle',
      'title: t\nlps: [Disagree and Commit, ownership, Have Backbone]\n',
      ['have-backbone-disagree-and-commit', 'ownership'],
      '2:39 schema 1 `Have Backbone` and `Disagree and Commit` (entry 1 of `lps:`) name the same principle, Have Backbone; Disagree and Commit. List it once.',
    ],
    ['one name twice', 'title: t\nlps: [ownership, ownership]\n', ['ownership'], '2:18 schema 1 `ownership` is already claimed (entry 1 of `lps:`). List each principle once.'],
    ['an id and an alias, in a block list', 'title: t\nlps:\n  - dive-deep\n  - dd\n', ['dive-deep'], '4:5 schema 1 `dd` and `dive-deep` (entry 1 of `lps:`) name the same principle, Dive Deep. List it once.'],
  ])('%s: one warning, at the second entry, and the story claims it once', (_name, text, lps, problem) => {
    const file = parseStories('s.yaml', text);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity} ${p.message}`)).toEqual([problem]);
    expect(file.problems[0]!.storyId).toBe('s');
    expect(file.stories[0]!.story.lps).toEqual(lps);
  });

  it('points findings about the principles kept at the items as written, past a misspelt one and a repeat', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [backbone, ownersip, disagree, dive-deep]\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.severity}`)).toEqual(['2:17 2', '2:27 1']);
    const [loaded] = file.stories;
    expect(loaded!.story.lps).toEqual(['have-backbone-disagree-and-commit', 'dive-deep']);
    expect(loaded!.locate.at('lps', 1)).toEqual({ line: 2, column: 37 });
  });

  it.each([
    // A review: a misspelt name before the repeat, and a name with a comma in it repeated.
    [
      'lps: frugality, frugalty, ownership, Ownership',
      ['2:17 2', '2:38 1 `Ownership` and `ownership` (entry 3 of `lps:`) name the same principle, Ownership. List it once.'],
      ['frugality', 'ownership'],
    ],
    [
      'lps: Are Right, A Lot, ownership, are right a lot',
      ['2:35 1 `are right a lot` and `Are Right, A Lot` (entry 1 of `lps:`) name the same principle, Are Right, A Lot. List it once.'],
      ['are-right-a-lot', 'ownership'],
    ],
  ])('names a repeat in a comma string as written: %s', (yaml, expected, lps) => {
    const file = parseStories('s.yaml', `title: t\n${yaml}\n`);
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.severity}${p.severity === 1 ? ` ${p.message}` : ''}`)).toEqual(expected);
    expect(file.stories[0]!.story.lps).toEqual(lps);
  });

  it('warns at the repeat inside a comma string', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: ownership, dive-deep, Ownership\n');
    expect(file.problems.map((p) => `${p.line}:${p.column} ${p.severity}`)).toEqual(['2:28 1']);
    expect(file.stories[0]!.story.lps).toEqual(['ownership', 'dive-deep']);
  });

  it('leaves a list with no repeat as it is', () => {
    const file = parseStories('s.yaml', 'title: t\nlps: [ownership, dive-deep]\n');
    expect(file.problems).toEqual([]);
    expect(file.stories[0]!.locate.at('lps', 1)).toEqual({ line: 2, column: 18 });
  });
});

describe('suppression directives', () => {
  it('finds next-line and story directives, with their rules', () => {
    const file = parseStories('s.yaml', '# tpm-prep-disable no-named-partner, no-tradeoff -- told in the loop\ntitle: t\n# tpm-prep-disable-next-line we-instead-of-i\naction: we did\n');
    expect(file.directives).toEqual([
      { line: 1, column: 1, scope: 'story', rules: ['no-named-partner', 'no-tradeoff'], story: 0, reason: 'told in the loop' },
      { line: 3, column: 1, scope: 'next-line', rules: ['we-instead-of-i'], through: 4 },
    ]);
  });

  it('keeps the reason after ` -- ` (each ` -- ` after the first is part of it), and each rule once', () => {
    const file = parseStories('s.yaml', 'title: t\n# tpm-prep-disable-next-line hedging hedging, hedging -- told -- in the loop \naction: a\n');
    expect(file.directives).toEqual([{ line: 2, column: 1, scope: 'next-line', rules: ['hedging'], through: 3, reason: 'told -- in the loop' }]);
  });

  it('reaches to the end of a value that starts on the next line, and no further', () => {
    const text = 'title: t\n# tpm-prep-disable-next-line no-tradeoff\naction: >-\n  one\n  two\n\n  three\nresult: r\n';
    expect(parseStories('s.yaml', text).directives[0]).toMatchObject({ line: 2, through: 7 });
    const plain = 'title: t\n# tpm-prep-disable-next-line no-tradeoff\naction: one\nresult: r\n';
    expect(parseStories('s.yaml', plain).directives[0]).toMatchObject({ line: 2, through: 3 });
    // A plain value that starts on the line after its key, and a list.
    const indented = 'title: t\n# tpm-prep-disable-next-line we-instead-of-i\naction:\n  We did one thing.\n  We did another.\nresult: r\n';
    expect(parseStories('s.yaml', indented).directives[0]).toMatchObject({ line: 2, through: 5 });
    const list = 'title: t\n# tpm-prep-disable-next-line no-named-partner\npartners:\n  - Sam\n  - Lee\nresult: r\n';
    expect(parseStories('s.yaml', list).directives[0]).toMatchObject({ line: 2, through: 5 });
  });

  it('ties a directive between list items to the story below it, and one inside a story to that story', () => {
    const text = 'stories:\n  - title: A\n    action: a\n  # tpm-prep-disable no-tradeoff\n  - title: B\n    # tpm-prep-disable no-named-partner\n    action: b\n';
    expect(parseStories('s.yaml', text).directives.map((d) => [d.line, d.story])).toEqual([
      [4, 1],
      [6, 1],
    ]);
  });

  it('marks a directive on its own line inside a text block as text, which silences nothing', () => {
    const file = parseStories('s.yaml', 'title: t\naction: |\n  # tpm-prep-disable no-tradeoff\n  not a comment\n');
    expect(file.directives).toEqual([{ line: 3, column: 3, scope: 'in-text', rules: ['no-tradeoff'], written: 'tpm-prep-disable' }]);
    const nextLine = parseStories('s.yaml', 'title: t\naction: |\n  # tpm-prep-disable-next-line no-tradeoff\n  not a comment\n');
    expect(nextLine.directives).toMatchObject([{ scope: 'in-text', written: 'tpm-prep-disable-next-line' }]);
  });

  it('ignores the words in the middle of a text field', () => {
    const file = parseStories('s.yaml', 'title: t\naction: "I wrote # tpm-prep-disable no-tradeoff in the doc"\n');
    expect(file.directives).toEqual([]);
  });
});
