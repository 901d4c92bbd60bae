// Stories whose `|` blocks break their lines inside clauses ("The 4517 tickets were\n  closed"), as a user wraps
// them by hand. A finding that quotes such a clause quotes it on one line, in every format (a new user's trial got
// passive-voice's quote on two lines in `-f compact`, at column 0 in stylish, and with `%0A` in github); and
// `report --redact` hides every number of the story, also in those quotes (the same trial found "45 tickets were"
// in the shared page).
import { describe, expect, it } from 'vitest';
import { parseResults, run, scratch } from './support.js';

const tmp = scratch('line-broken');

/** Every rule on, unsourced-metric (off by default) too. */
const CONFIG = 'rules:\n  unsourced-metric: warn\n';

const SCANNER = `title: The scanner backlog before the audit
lps: [ownership, dive-deep]
situation: |
  Our scanner had 6130 open findings before the audit, and only the platform
  team was involved.
task: |
  I owned the backlog of
  4517 tickets.
action: |
  I read the scanner logs myself. The 4517 tickets were
  closed and the new 729-alert
  dashboard was not
  approved. We
  kind of migrated 3861 alerts to the shared queue, and we
  moved 2890 more. The security
  exceptions were not
  escalated, and the 318 changes can't be rolled
  back.
result: |
  The backlog fell from 6130
  to 2890. The audit was delivered on
  time.
`;

const SLIP = `title: The launch I missed
lps: [deliver-results]
situation: |
  I missed the mobile launch
  by 9413 hours because I underestimated the
  review queue of 5208 builds.
task: |
  I owned the release across the mobile and web teams.
action: |
  I moved the date, told the 6671 merchants
  myself, and cut the
  scope of 8054 screens instead of slipping again.
result: |
  The 3307 builds went out. We improved the user
  experience.
`;

/** Four lints, or two reports, of the two stories: a few seconds each on a loaded 2-core machine. */
const FOUR_RUNS = 60_000;

const bank = () => tmp.write({ '.tpm-prep.yaml': CONFIG, 'stories/scanner-backlog.yaml': SCANNER, 'stories/launch-slip.yaml': SLIP });

/** The rules whose messages quote the story's words, each of which these stories set off across a line break. */
const QUOTING = ['failure-without-lesson', 'hedging', 'passive-voice', 'unsourced-metric', 'unsupported-principle', 'vague-outcome', 'we-instead-of-i'];

describe('a quote of a clause broken across lines', () => {
  it('is on one line in every rule\'s message, with its words as the story has them', async () => {
    const dir = bank();
    const results = parseResults(await run(['lint', '--no-cache', '-f', 'json'], { cwd: dir }));
    const messages = results.flatMap((r) => r.messages);
    for (const id of QUOTING) expect(messages.some((m) => m.ruleId === id), id).toBe(true);
    expect(messages.filter((m) => /[\r\n]/.test(m.message))).toEqual([]);
    const said = messages.map((m) => m.message).join('\n');
    for (const quote of ['"The 4517 tickets were closed"', '"We kind of migrated"', '"exceptions were not escalated"', '"the 318 changes can\'t be rolled back"', '"from 6130 to 2890"', '"The audit was delivered on time."', '"We improved the user experience."'])
      expect(said).toContain(quote);
  });

  it('keeps compact to one problem a line, stylish to its columns, and github free of %0A', async () => {
    const dir = bank();
    const [compact, stylish, github, json] = await Promise.all(
      ['compact', 'stylish', 'github', 'json'].map((format) => run(['lint', '--no-cache', '-f', format], { cwd: dir })),
    );
    const count = parseResults(json!).reduce((n, r) => n + r.messages.length, 0);
    const lines = compact!.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(line).toMatch(/^stories\/[\w./-]*:\d+:\d+: (?:error|warning) .+ \[[a-z-]+\]$/);
    // Stylish: a file's name, its findings indented under it (each at line:column), its readiness, blank lines, the sum.
    const findings = stylish!.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    expect(findings).toHaveLength(count);
    for (const line of stylish!.stdout.split('\n')) expect(line).toMatch(/^(?:stories\/\S*|  \d+:\d+ .*|  readiness .*|✖ .*|)$/);
    const annotations = github!.stdout.trimEnd().split('\n');
    expect(annotations).toHaveLength(count);
    expect(github!.stdout).not.toContain('%0A');
  }, FOUR_RUNS);
});

describe('report --redact', () => {
  it('hides every number of a story whose quotes break across lines: no digit-bearing word of it is on the page', async () => {
    const dir = bank();
    const [plain, redacted] = await Promise.all([run(['report', '-o', '-'], { cwd: dir }), run(['report', '--redact', '-o', '-'], { cwd: dir })]);
    expect(redacted.status).toBe(0);
    const words = [...new Set(`${SCANNER}\n${SLIP}`.match(/\S*\d\S*/g) ?? [])];
    const numbers = [...new Set(words.flatMap((word) => word.match(/\d+/g) ?? []))];
    expect(numbers.sort()).toEqual(['2890', '318', '3307', '3861', '4517', '5208', '6130', '6671', '729', '8054', '9413']);
    for (const n of numbers) {
      const standing = new RegExp(`(?<!\\d)${n}(?!\\d)`);
      // Each is on the page unredacted (so the test reads the page where it shows them), and nowhere on the redacted one.
      expect(plain.stdout, n).toMatch(standing);
      expect(redacted.stdout, n).not.toMatch(standing);
    }
    // The quote the trial found is there, redacted and on one line.
    expect(redacted.stdout).toContain('&quot;The [n] tickets were closed&quot; hides who acted.');
  }, FOUR_RUNS);
});
