import { describe, expect, it } from 'vitest';
import { parseStories } from '../../src/bank/parse.js';
import { textOf } from '../../src/bank/schema.js';
import { anchorOf, indexAt, segments } from '../../src/report/highlight.js';
import { lintText, only } from '../helpers.js';

/** Every finding of `rules` on `yaml`, each with the text its anchor marks (or the key it points at). */
function marked(yaml: string, ...rules: string[]): string[] {
  const file = parseStories('stories/t.yaml', yaml);
  const { story, locate } = file.stories[0]!;
  return lintText(yaml, 'stories/t.yaml', only(...rules)).messages.map((m) => {
    const a = anchorOf(story, locate, m.line, m.column, m.message);
    if (a.kind === 'phrase') return `${a.field}: ${textOf(story, a.field).slice(a.start, a.end)}`;
    return a.kind === 'key' ? `key ${a.field}` : 'story';
  });
}

describe('a finding back into the story text', () => {
  it('marks the phrase the message quotes, at the start and at the end of a folded field', () => {
    const yaml = ['title: T', 'task: >-', '  We needed to move everything, and', '  then the plan slipped because we moved', 'result: x', ''].join('\n');
    expect(marked(yaml, 'we-instead-of-i')).toEqual(['task: We needed', 'task: we moved']);
  });

  it('finds the phrase after multi-byte characters: accents, CJK and an emoji (UTF-16 columns)', () => {
    const yaml = ['title: T', 'action: "Zoë 👩‍💻 and 東京 — we hit the limit, so we escalated it."', ''].join('\n');
    expect(marked(yaml, 'we-instead-of-i')).toEqual(['action: we hit', 'action: we escalated']);
  });

  it('finds a phrase in a literal block with CRLF line ends and in single quotes', () => {
    const crlf = ['title: T', 'action: |', '  First line.', '  Then we started the work.', ''].join('\r\n');
    expect(marked(crlf, 'we-instead-of-i')).toEqual(['action: we started']);
    const quoted = ["title: T", "action: 'It''s done: we shipped it.'", ''].join('\n');
    expect(marked(quoted, 'we-instead-of-i')).toEqual(['action: we shipped']);
  });

  // A thirty-eighth user's trial: a failure quoted mid-message ("This story tells of a failure, \"I underestimated…\"")
  // was marked as its first word, "I".
  it('marks a phrase quoted mid-message, and a long one cut short with "…" as far as it is quoted', () => {
    const yaml = ['title: T', 'action: I underestimated how long the App Store review takes, and I planned the submission two days before launch.', 'result: The app shipped 5 days late.', ''].join('\n');
    const [failure] = marked(yaml, 'failure-without-lesson');
    expect(failure).toMatch(/^action: I underestimated how long the App Store review takes, and I planned the/);
  });

  it.each([
    ['quoted first', '"shipped it" is vague.', 'shipped it'],
    ['quoted mid-message', 'The phrase "shipped it" is vague.', 'shipped it'],
    ['cut short with …', 'A failure, "shipped it fa…", with no lesson.', 'shipped it fa'],
    ['the second quote the one at the place', 'Say "I deferred X" where "shipped it" stands.', 'shipped it'],
    ['a quote that is not at the place: the word there', 'Say "I deferred X to ship Y".', 'shipped'],
    ['no quote: the word there', 'No quote here.', 'shipped'],
  ])('marks %s', (_, message, want) => {
    const file = parseStories('s.yaml', 'title: T\naction: I shipped it fast.\n');
    const { story, locate } = file.stories[0]!;
    const a = anchorOf(story, locate, 2, 11, message);
    expect(a.kind === 'phrase' ? textOf(story, a.field).slice(a.start, a.end) : a.kind).toBe(want);
  });

  it('points a finding about something missing at the key, not into the text', () => {
    const yaml = ['title: T', 'action: I moved the service.', 'result: It went fine.', ''].join('\n');
    expect(marked(yaml, 'missing-metric', 'no-tradeoff')).toEqual(['key action', 'key result']);
  });

  it('marks the word at the place when the message quotes nothing', () => {
    const file = parseStories('s.yaml', 'title: T\naction: I shipped it fast.\n');
    const { story, locate } = file.stories[0]!;
    expect(anchorOf(story, locate, 2, 11, 'No quote here.')).toEqual({ kind: 'phrase', field: 'action', start: 2, end: 9 });
    expect(anchorOf(story, locate, 9, 1, 'Nowhere.')).toEqual({ kind: 'story' });
  });

  it('bisects to the exact index, or none when the place falls between characters', () => {
    const at = (i: number) => ({ line: 1 + Math.floor(i / 10), column: 3 + (i % 10) });
    const text = 'x'.repeat(35);
    expect(indexAt(text, at, 1, 3)).toBe(0);
    expect(indexAt(text, at, 4, 7)).toBe(34);
    expect(indexAt(text, at, 2, 5)).toBe(12);
    expect(indexAt(text, at, 2, 1)).toBeUndefined();
    expect(indexAt(text, at, 5, 1)).toBeUndefined();
    expect(indexAt('', at, 1, 3)).toBeUndefined();
  });
});

describe('segments', () => {
  it('cuts at every phrase edge, so overlapping phrases both show, and numbers each phrase where it ends', () => {
    expect(segments('abcdefgh', [{ n: 1, start: 0, end: 4 }, { n: 2, start: 2, end: 6 }])).toEqual([
      { text: 'ab', marks: [1], ends: [] },
      { text: 'cd', marks: [1, 2], ends: [1] },
      { text: 'ef', marks: [2], ends: [2] },
      { text: 'gh', marks: [], ends: [] },
    ]);
  });

  it('gives the whole text as one plain run with no phrase, and a phrase that is the whole text', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', marks: [], ends: [] }]);
    expect(segments('abc', [{ n: 1, start: 0, end: 3 }])).toEqual([{ text: 'abc', marks: [1], ends: [1] }]);
  });
});
