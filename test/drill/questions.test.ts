import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  builtinQuestionsDir,
  filterQuestions,
  findCategory,
  loadQuestions,
  mergeQuestions,
  questionJson,
  resolveCategories,
} from '../../src/drill/questions.js';
import { parseQuestions } from '../../src/drill/question-file.js';
import { precompileQuestions } from '../../src/drill/precompile.js';
import { UsageError } from '../../src/errors.js';
import { LP_IDS } from '../../src/principles/catalog.js';
import { ROOT } from '../helpers.js';

const GOOD = `questions:
  - id: mine-01
    text: Tell me about a launch you delayed.
    lps: [Deliver Results, backbone]
    category: behavioural
    followups:
      - Who disagreed?
  - id: mine-02
    text: Design a URL shortener.
    category: sd
`;

const tmp = () => mkdtempSync(join(tmpdir(), 'tpm-prep-questions-'));
/** No pre-parsed bank: every file goes through the YAML parser. */
const NO_CACHE = '/nonexistent/questions.json';

describe('parseQuestions', () => {
  it('reads questions with their positions, resolving LP and category names and aliases to ids', () => {
    const { questions, problems } = parseQuestions('mine.yaml', GOOD);
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.question.id, q.line, q.column])).toEqual([
      ['mine-01', 2, 5],
      ['mine-02', 8, 5],
    ]);
    expect(questionJson(questions[0]!.question)).toEqual({
      id: 'mine-01',
      text: 'Tell me about a launch you delayed.',
      lps: ['deliver-results', 'have-backbone-disagree-and-commit'],
      category: 'behavioral',
      followups: ['Who disagreed?'],
    });
    expect(questionJson(questions[1]!.question)).toMatchObject({ lps: [], category: 'system-design', followups: [] });
  });

  it.each([
    ['an unknown key, with a did-you-mean', 'questions:\n  - id: a\n    text: T\n    category: technical\n    folowups: []\n', 'q.yaml:5:5: Unknown key `folowups`. Did you mean `followups`?'],
    ['an unknown principle', 'questions:\n  - id: a\n    text: T\n    category: technical\n    lps: [ownership, dive-depp]\n', 'q.yaml:5:22: Unknown Leadership Principle "dive-depp". Did you mean `dive-deep`? Run `tpm-prep lps` to list them.'],
    ['an unknown category', 'questions:\n  - id: a\n    text: T\n    category: technicl\n', 'q.yaml:4:15: Unknown category "technicl". Did you mean `technical`?'],
    ['a missing text', 'questions:\n  - id: a\n    category: technical\n', 'q.yaml:2:5: A question needs `text`.'],
    ['a wrong type', 'questions:\n  - id: a\n    text: T\n    category: technical\n    lps: 42\n', 'q.yaml:5:10: `lps` should be a list or one comma-separated line.'],
    ['an unknown principle in a comma line', 'questions:\n  - id: a\n    text: T\n    category: technical\n    lps: ownership, dive depp\n', 'q.yaml:5:10: Unknown Leadership Principle "dive depp". Did you mean `dive-deep`? Run `tpm-prep lps` to list them.'],
    ['a bad id', 'questions:\n  - id: Bad Id\n    text: T\n    category: technical\n', 'q.yaml:2:9: A question id is lowercase-kebab-case, such as `ownership-01`.'],
    ['an unknown top-level key', 'question:\n  - id: a\n', 'q.yaml:1:1: A question file holds a `questions:` list, each entry starting with "- id: …".'],
    ['an empty file', '', 'q.yaml:1:1: The file is empty. A question file holds a `questions:` list, each entry starting with "- id: …".'],
    ['a file of comments only', '# my questions\n', 'q.yaml:1:1: The file is empty. A question file holds a `questions:` list, each entry starting with "- id: …".'],
    ['a YAML syntax error', 'questions:\n  - id: "a\n', 'q.yaml:2:9: YAML syntax error: the quote opened on line 2 is never closed.'],
    ['a key twice in a question', 'questions:\n  - id: a\n    text: T\n    text: U\n', 'q.yaml:4:5: Duplicate key `text` (first on line 3): each key appears once per question.'],
    ['the list twice', 'questions:\n  - id: a\nquestions:\n  - id: b\n', 'q.yaml:3:1: Duplicate key `questions` (first on line 1): each key appears once.'],
    ['an entry that is not a mapping', 'questions:\n  - just text\n', 'q.yaml:2:5: Each entry under `questions:` is a mapping with `id`, `text`, `lps`, `category` and `followups`.'],
    ['an alias with no anchor', 'questions:\n  - id: a\n    text: *t\n    category: technical\n', 'q.yaml:3:11: Unknown alias `*t`: no anchor `&t` before it. Put `&t` on the value it repeats, above this line, or write the text out.'],
  ])('reports %s at file:line:col', (_name, text, problem) => {
    const { questions, problems } = parseQuestions('q.yaml', text);
    expect(questions).toEqual([]);
    expect(problems[0]).toBe(problem);
  });

  it('reads `lps:` written as one line with commas, as a story does', () => {
    const { questions, problems } = parseQuestions('q.yaml', 'questions:\n  - id: a\n    text: T\n    category: behavioral\n    lps: ownership, Bias for Action\n');
    expect(problems).toEqual([]);
    expect(questions[0]!.question.lps).toEqual(['ownership', 'bias-for-action']);
  });

  it('keeps the good questions of a file that has a bad one', () => {
    const text = `${GOOD}  - id: mine-03\n    text: T\n    category: nope\n`;
    const { questions, problems } = parseQuestions('q.yaml', text);
    expect(questions.map((q) => q.question.id)).toEqual(['mine-01', 'mine-02']);
    expect(problems).toHaveLength(1);
  });

  it('reports an id used twice, naming where it was first used', () => {
    const a = parseQuestions('a.yaml', GOOD);
    const b = parseQuestions('b.yaml', GOOD.split('  - id: mine-02')[0]!);
    const merged = mergeQuestions([a, b]);
    expect(merged.questions).toHaveLength(2);
    expect(merged.problems).toEqual(['b.yaml:2:5: The question id `mine-01` is already used at a.yaml:2:5. Give each question its own id.']);
  });

  // Left alone from an eighteenth user's trial: an entry missing `category` hid that its id was used twice.
  it('reports an id used twice in the same run when one of the two entries has a problem of its own', () => {
    const file = `questions:\n  - id: mine-01\n    text: Why this team?\n  - id: mine-01\n    text: Why now?\n    category: behavioral\n`;
    const merged = mergeQuestions([parseQuestions('q.yaml', file)]);
    expect(merged.problems).toEqual(['q.yaml:2:5: A question needs `category`.', 'q.yaml:4:5: The question id `mine-01` is already used at q.yaml:2:5. Give each question its own id.']);
    expect(merged.questions).toEqual([]);
    // The other way round, and across files: the unloaded one is the second use.
    const valid = parseQuestions('a.yaml', GOOD);
    const broken = parseQuestions('b.yaml', 'questions:\n  - id: mine-02\n    text: Design it again.\n');
    expect(mergeQuestions([valid, broken]).problems).toEqual(['b.yaml:2:5: A question needs `category`.', 'b.yaml:2:5: The question id `mine-02` is already used at a.yaml:8:5. Give each question its own id.']);
  });
});

describe('the built-in bank', async () => {
  const bank = await loadQuestions([], ROOT, builtinQuestionsDir(), NO_CACHE);

  it('loads clean', () => {
    expect(bank.problems).toEqual([]);
    expect(bank.questions.length).toBeGreaterThanOrEqual(200);
  });

  it('has questions for every principle and every category, each with a follow-up', () => {
    const questions = bank.questions.map((q) => q.question);
    for (const lp of LP_IDS) expect(filterQuestions(questions, { lps: [lp] }).length, lp).toBeGreaterThanOrEqual(5);
    for (const category of CATEGORY_IDS) expect(filterQuestions(questions, { categories: [category] }).length, category).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.followups.length === 0)).toEqual([]);
  });

  it('reads the same from the pre-parsed bank as from YAML, and ignores a stale entry', async () => {
    const dir = tmp();
    const questionsDir = join(dir, 'questions');
    mkdirSync(questionsDir);
    writeFileSync(join(questionsDir, 'mine.yaml'), GOOD);
    // A file with a problem is left to the loader, which reports it.
    writeFileSync(join(questionsDir, 'odd.yaml'), 'questions:\n  - id: odd-01\n    text: T\n    category: behavioral\n    lps: [ownershp]\n');
    const cache = join(dir, 'questions.json');
    precompileQuestions(questionsDir, cache);
    const json = JSON.parse(readFileSync(cache, 'utf8'));
    expect(Object.keys(json)).toEqual(['mine.yaml']);
    const fromYaml = await loadQuestions([], dir, questionsDir, NO_CACHE);
    expect(fromYaml.problems).toEqual([expect.stringMatching(/^questions\/odd\.yaml:5:11: Unknown Leadership Principle/)]);
    expect(await loadQuestions([], dir, questionsDir, cache)).toEqual(fromYaml);
    // While the file's bytes are those the build read, its entry is what is read (a text changed in it shows), unless
    // it is of the wrong shape (a principle that is no id): then the YAML is.
    json['mine.yaml'].questions[0].question.text = 'From the pre-parsed bank.';
    writeFileSync(cache, JSON.stringify(json));
    expect((await loadQuestions([], dir, questionsDir, cache)).questions.map((q) => q.question.text)).toContain('From the pre-parsed bank.');
    json['mine.yaml'].questions[0].question.lps = ['Deliver Results'];
    writeFileSync(cache, JSON.stringify(json));
    expect(await loadQuestions([], dir, questionsDir, cache)).toEqual(fromYaml);
    rmSync(join(questionsDir, 'odd.yaml'));
    precompileQuestions(questionsDir, cache);
    // Edit the file after the build: the entry no longer matches, so the YAML is parsed and its problem found.
    writeFileSync(join(questionsDir, 'mine.yaml'), GOOD.replace('category: sd', 'category: sdd'));
    expect((await loadQuestions([], dir, questionsDir, cache)).problems).toEqual([
      'questions/mine.yaml:10:15: Unknown category "sdd". Did you mean `system-design`?',
    ]);
  });

  it('the pre-parsed bank in dist/ matches the YAML', async () => {
    const cached = await loadQuestions([], ROOT);
    expect(cached).toEqual(bank);
  });
});

describe('loadQuestions with a folder of your own', () => {
  it('adds your questions to the built-in bank', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'extra.yaml'), GOOD);
    const bank = await loadQuestions(['mine'], dir);
    expect(bank.problems).toEqual([]);
    expect(bank.questions.at(-1)).toMatchObject({ path: 'mine/extra.yaml', line: 8, question: { id: 'mine-02' } });
  });

  it('reports a folder that does not exist, a file given as a folder, and a duplicate of a built-in id', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file.yaml'), GOOD);
    mkdirSync(join(dir, 'dup'));
    writeFileSync(join(dir, 'dup', 'd.yaml'), 'questions:\n  - id: ownership-01\n    text: T\n    category: behavioral\n');
    const bank = await loadQuestions(['absent', 'file.yaml', 'dup'], dir);
    expect(bank.problems[0]).toBe('absent: no such file or folder.');
    expect(bank.problems[1]).toBe('file.yaml: is a file, not a folder of question files.');
    expect(bank.problems[2]).toMatch(/^dup\/d\.yaml:2:5: The question id `ownership-01` is already used at .*questions\/ownership\.yaml:3:5\./);
  });

  it.skipIf(process.platform === 'win32')('says a named pipe given as a folder is one, as lint does', async () => {
    const dir = tmp();
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    expect((await loadQuestions(['pipe'], dir)).problems).toEqual(['pipe: is a named pipe, not a folder of question files.']);
  });
});

describe('filters', () => {
  const { questions } = parseQuestions('mine.yaml', GOOD);
  const all = questions.map((q) => q.question);

  it('keeps questions with any of the principles, in any of the categories', () => {
    expect(filterQuestions(all, { lps: ['deliver-results'] }).map((q) => q.id)).toEqual(['mine-01']);
    expect(filterQuestions(all, { categories: ['system-design', 'technical'] }).map((q) => q.id)).toEqual(['mine-02']);
    expect(filterQuestions(all, { lps: ['deliver-results'], categories: ['system-design'] })).toEqual([]);
    expect(filterQuestions(all, {})).toHaveLength(2);
  });

  it('takes categories by id, name or alias, repeated or as comma lists', () => {
    expect(resolveCategories(['sd,Program Management', 'behavioural', 'sd'])).toEqual(['system-design', 'program-management', 'behavioral']);
    expect(findCategory('Technical')?.id).toBe('technical');
  });

  it.each([[['']], [[' , ']], [['sd', '']]])('refuses a --category that names no category, rather than taking every one: %j', (values) => {
    expect(() => resolveCategories(values)).toThrow(
      /^--category (""|" , ") names no category: give one of behavioral, system-design, technical, program-management, or leave --category out for every category\.$/,
    );
  });

  it('refuses an unknown category with a did-you-mean', () => {
    expect(() => resolveCategories(['technicl'])).toThrow(
      new UsageError('Unknown category "technicl" for --category. Did you mean `technical`? The categories are: behavioral, system-design, technical, program-management.'),
    );
  });

  it('names a category by its id in the did-you-mean, when the nearest spelling is an alias', () => {
    expect(() => resolveCategories(['programe'])).toThrow(
      new UsageError('Unknown category "programe" for --category. Did you mean `program-management`? The categories are: behavioral, system-design, technical, program-management.'),
    );
    expect(() => resolveCategories(['behaviuor'])).toThrow(/Did you mean `behavioral`\?/);
  });
});
