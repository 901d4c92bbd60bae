import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendHistory, formatVersion, historyFile, historyLine, parseHistory, readHistory } from '../../src/drill/history.js';
import { entry } from './fixtures.js';

const tmpFile = () => join(mkdtempSync(join(tmpdir(), 'tpm-prep-history-')), '.tpm-prep', 'history.jsonl');

describe('history file', () => {
  it('lives in .tpm-prep/ beside the stories folder', () => {
    expect(historyFile('/home/me/prep/stories')).toBe('/home/me/prep/.tpm-prep/history.jsonl');
  });

  it('writes one JSON line per answer, with a format version, keys in a fixed order', () => {
    expect(historyLine(entry())).toBe(
      '{"version":1,"at":"2026-03-02T09:00:00.000Z","question":"ownership-01","category":"behavioral","lps":["ownership"],' +
        '"story":"curbside-pickup-launch","seconds":95,"limit":120,"followup":"Who owns it today?",' +
        '"check":{"metric":true,"saidI":true,"partner":false,"tradeoff":true},"rating":4}\n',
    );
  });

  it('round-trips: what is appended is read back, in order, creating the folder', () => {
    const file = tmpFile();
    const written = [entry(), entry({ question: 'dive-deep-01', lps: ['dive-deep'], story: null, followup: null, rating: 2, seconds: 150 })];
    for (const e of written) appendHistory(file, e);
    expect(readHistory(file, 'h.jsonl')).toEqual({ entries: written, warnings: [] });
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(3);
  });

  it('reads a missing file as an empty history', () => {
    expect(readHistory(tmpFile(), 'h.jsonl')).toEqual({ entries: [], warnings: [] });
  });
});

describe('a self-check that left items out (a design or technical answer)', () => {
  const design = entry({ version: 2, question: 'sd-09', category: 'system-design', lps: ['dive-deep'], story: null, check: { metric: false, tradeoff: true } });

  it('is written in format 2, without the items not asked: they are neither a yes nor a no', () => {
    expect(formatVersion(design.check)).toBe(2);
    expect(formatVersion(entry().check)).toBe(1);
    expect(formatVersion({})).toBe(2);
    const line = historyLine(design);
    expect(line).toContain('"version":2,');
    expect(line).toContain('"check":{"metric":false,"tradeoff":true},');
    expect(line).not.toMatch(/saidI|partner/);
  });

  it('reads back beside the format-1 lines written before, which still read as they were', () => {
    const before =
      '{"version":1,"at":"2026-11-22T03:45:28.632Z","question":"dive-deep-05","category":"behavioral","lps":["dive-deep"],"story":"clickstream-cutover-failure",' +
      '"seconds":104,"limit":120,"followup":"What made you look twice?","check":{"metric":true,"saidI":true,"partner":false,"tradeoff":true},"rating":4}\n';
    const { entries, warnings } = parseHistory(before + historyLine(design), 'h.jsonl');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.check)).toEqual([{ metric: true, saidI: true, partner: false, tradeoff: true }, { metric: false, tradeoff: true }]);
    expect(entries[1]!.check).not.toHaveProperty('partner');
  });
});

// A review: Ctrl-C at the rating lost the answer given, and `story: null` meant both "no story" and "stopped before
// saying". An answer stopped before its rating or its story is written in format 3, the keys not said left out.
describe('an answer stopped before its rating or its story (format 3)', () => {
  const { rating: _r, story: _s, ...unrated } = entry();
  const unsaid = (({ story: _, ...rest }) => rest)(entry());

  it('is written in format 3, with the keys not said left out; every other line in the oldest format that holds it', () => {
    expect(formatVersion(unrated.check, { rating: undefined, story: undefined })).toBe(3);
    expect(formatVersion(unsaid.check, { rating: 4, story: undefined })).toBe(3);
    expect(formatVersion(entry().check, { rating: 4, story: 'curbside-pickup-launch' })).toBe(1);
    expect(formatVersion(entry().check, { rating: 4, story: null })).toBe(1);
    expect(formatVersion({ metric: true }, { rating: 4, story: 'x' })).toBe(2);
    const line = historyLine({ ...unrated, version: 3 });
    expect(line).toContain('"version":3,');
    expect(line).not.toMatch(/"rating"|"story"/);
    expect(line.endsWith('}\n')).toBe(true);
    expect(historyLine({ ...unsaid, version: 3 })).toMatch(/"rating":4\}\n$/);
  });

  it('reads back beside older lines, whose `"story": null` is "no story" as ever', () => {
    const file = tmpFile();
    const written = [entry({ story: null }), { ...unrated, version: 3 as const }, { ...unsaid, version: 3 as const }];
    for (const e of written) appendHistory(file, e);
    const { entries, warnings } = readHistory(file, 'h.jsonl');
    expect(warnings).toEqual([]);
    expect(entries).toEqual(written);
    expect(entries.map((e) => ['story' in e, e.story, e.rating])).toEqual([
      [true, null, 4],
      [false, undefined, undefined],
      [false, undefined, 4],
    ]);
  });

  it('is no record in an older format, which has both: such a line is skipped with a warning', () => {
    const line = (version: number) => JSON.stringify({ ...unrated, version }) + '\n';
    const { entries, warnings } = parseHistory(line(1) + line(2) + line(3), 'h.jsonl');
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([
      'h.jsonl:1: this line is not a practice record (`story` is missing) and was skipped. Delete or fix it to silence this warning.',
      'h.jsonl:2: this line is not a practice record (`story` is missing) and was skipped. Delete or fix it to silence this warning.',
    ]);
    const noRating = JSON.stringify({ ...entry(), rating: undefined }) + '\n';
    expect(parseHistory(noRating, 'h.jsonl').warnings).toEqual(['h.jsonl:1: this line is not a practice record (`rating` is missing) and was skipped. Delete or fix it to silence this warning.']);
  });
});

describe('corruption', () => {
  it('skips a torn last line (an interrupted write) with a warning naming file:line', () => {
    const line = historyLine(entry());
    const { entries, warnings } = parseHistory(line + line.slice(0, 40), '.tpm-prep/history.jsonl');
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([
      '.tpm-prep/history.jsonl:2: the last line is unfinished (an interrupted write?) and was skipped. Delete it to silence this warning.',
    ]);
  });

  it('starts the next answer on a new line after a torn one, so it is not lost too', () => {
    const file = tmpFile();
    appendHistory(file, entry());
    appendFileSync(file, historyLine(entry()).slice(0, 30));
    appendHistory(file, entry({ question: 'after-the-crash' }));
    const { entries, warnings } = readHistory(file, 'h.jsonl');
    expect(entries.map((e) => e.question)).toEqual(['ownership-01', 'after-the-crash']);
    expect(warnings).toEqual(['h.jsonl:2: this line is not valid JSON and was skipped. Delete or fix it to silence this warning.']);
  });

  it('skips corrupt lines anywhere, keeps the rest, and never throws', () => {
    const good = historyLine(entry()).trim();
    const text = [
      good,
      'garbage',
      '{"version":1,"question":"x"}',
      JSON.stringify({ ...entry(), rating: 9 }),
      '',
      JSON.stringify({ ...entry(), version: 4, extra: true }),
      '\u0000\u0000\u0000',
      `${good}\r`,
    ].join('\n') + '\n';
    const { entries, warnings } = parseHistory(text, 'h.jsonl');
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([
      'h.jsonl:2: this line is not valid JSON and was skipped. Delete or fix it to silence this warning.',
      'h.jsonl:3: this line is not a practice record (`at` is missing) and was skipped. Delete or fix it to silence this warning.',
      'h.jsonl:4: this line is not a practice record (`rating` should be at most 5, not 9) and was skipped. Delete or fix it to silence this warning.',
      'h.jsonl:6: this line was written by a newer tpm-prep (format 4) and was skipped. Update tpm-prep to read it.',
      'h.jsonl:7: this line is not valid JSON and was skipped. Delete or fix it to silence this warning.',
    ]);
  });

  it.each([
    [{ check: { metric: 'yes', saidI: true, partner: false, tradeoff: true } }, '`check.metric` should be true or false, not a string ("yes")'],
    [{ seconds: '90' }, '`seconds` should be a number, not a string ("90")'],
    [{ lps: 'dive-deep' }, '`lps` should be a list, not a string ("dive-deep")'],
    [{ story: 7 }, '`story` should be text, not a number (7)'],
    [{ rating: 0 }, '`rating` should be at least 1, not 0'],
    [{ rating: 2.5 }, '`rating` should be a whole number, not a number (2.5)'],
    [{ limit: 0 }, '`limit` should be more than 0, not 0'],
    [{ version: 0 }, '`version` should be 1 or 2 or 3, not 0'],
    [{ at: 'yesterday' }, '`at`: not a date'],
  ])('says in words what is wrong with a field: %j', (change, words) => {
    const { warnings } = parseHistory(JSON.stringify({ ...entry(), ...change }) + '\n', 'h.jsonl');
    expect(warnings).toEqual([`h.jsonl:1: this line is not a practice record (${words}) and was skipped. Delete or fix it to silence this warning.`]);
  });

  it('reads a file that is not even text without failing', () => {
    const file = tmpFile();
    appendHistory(file, entry());
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x0a]), { flag: 'a' });
    expect(readHistory(file, 'h.jsonl').entries).toHaveLength(1);
  });

  it('reads past a byte order mark at the start of the file (an editor saved it as "UTF-8 with BOM")', () => {
    const line = historyLine(entry());
    expect(parseHistory(`\uFEFF${line}${line}`, 'h.jsonl')).toEqual({ entries: [entry(), entry()], warnings: [] });
    // Only at the start: anywhere else it is no JSON.
    expect(parseHistory(`${line}\uFEFF${line}`, 'h.jsonl').warnings).toEqual(['h.jsonl:2: this line is not valid JSON and was skipped. Delete or fix it to silence this warning.']);
  });

  it('skips a line dated more than a day after now (a hand-edited year), with a warning naming file:line', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const text = [entry({ at: '2026-03-09T09:00:00Z' }), entry({ at: '2030-01-01' }), entry({ at: '2026-03-10T20:00:00Z' }), entry({ at: '2026-03-11T09:00:01Z' })].map(historyLine).join('');
    const { entries, warnings } = parseHistory(text, '.tpm-prep/history.jsonl', now);
    // Within a day ahead (another machine's clock, a date without its time) is read as it is.
    expect(entries.map((e) => e.at)).toEqual(['2026-03-09T09:00:00Z', '2026-03-10T20:00:00Z']);
    expect(warnings).toEqual([
      '.tpm-prep/history.jsonl:2: this answer is dated in the future (`at` "2030-01-01") and was skipped. Fix its date to count it.',
      '.tpm-prep/history.jsonl:4: this answer is dated in the future (`at` "2026-03-11T09:00:01Z") and was skipped. Fix its date to count it.',
    ]);
    // Without a clock, parsing takes every date as it is.
    expect(parseHistory(text, 'h.jsonl').entries).toHaveLength(4);
  });

  it('appends whole lines after a byte order mark and a line dated in the future: the file stays valid JSONL', () => {
    const file = tmpFile();
    appendHistory(file, entry());
    writeFileSync(file, `\uFEFF${historyLine(entry({ question: 'first' }))}${historyLine(entry({ question: 'future', at: '2030-01-01T00:00:00.000Z' })).trimEnd()}`);
    appendHistory(file, entry({ question: 'after' }));
    const { entries, warnings } = readHistory(file, 'h.jsonl', new Date('2026-03-10T09:00:00Z'));
    expect(entries.map((e) => e.question)).toEqual(['first', 'after']);
    expect(warnings).toHaveLength(1);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as { question: string }).question)).toEqual(['first', 'future', 'after']);
  });

  it('keeps every line whole when many answers are appended', () => {
    const file = tmpFile();
    for (let i = 0; i < 200; i++) appendHistory(file, entry({ question: `q-${i}`, seconds: i }));
    const { entries, warnings } = readHistory(file, 'h.jsonl');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.seconds)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });
});
