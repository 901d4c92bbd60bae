import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { appendStory } from '../../src/bank/append.js';
import { parseStories } from '../../src/bank/parse.js';
import { storyYaml } from '../../src/bank/template.js';

/** A new story as `new` writes it: its empty sections with their hints above them, a folded action. */
const MAPPING = storyYaml({ id: 'vendor-exit', title: 'Exited the vendor', action: 'I ran the exit plan.', lps: ['frugality'] }, { hintEmpty: true });
const NEW_STORY = parse(MAPPING);

/** The stories of a file as the loader reads them: their ids. */
const ids = (text: string) => parseStories('stories/x.yaml', text).stories.map((s) => s.story.id);

function appended(source: string): { text: string; line: number } {
  const result = appendStory(source, MAPPING, 'vendor-exit');
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

const LIST = `# My Ownership stories.
stories:
  - id: cert-expiry   # the first
    title: Cert expiry
    action: >-
      I rotated every certificate
      myself.

  - id: on-call
    title: On-call load
    result: |
      Pages fell from 40 to 12.
`;

describe('appendStory', () => {
  it('adds an entry at the end of a `stories:` list, at its indent, leaving every byte above as it was', () => {
    const { text, line } = appended(LIST);
    expect(text.startsWith(LIST)).toBe(true);
    expect(text.slice(LIST.length).split('\n')[0]).toBe('  - id: vendor-exit');
    expect(line).toBe(LIST.split('\n').length);
    expect(ids(text)).toEqual(['cert-expiry', 'on-call', 'vendor-exit']);
    expect(parse(text).stories[2]).toEqual(NEW_STORY);
    // Its hints stay comments, indented under the entry.
    expect(text).toContain('\n    # ');
  });

  it('takes the dash at the column the entries have it (here the first), and keeps a file without a last line break whole', () => {
    const source = 'stories:\n- id: a\n  title: A';
    const { text, line } = appended(source);
    expect(text).toBe(`${source}\n- id: vendor-exit\n${MAPPING.trimEnd().split('\n').slice(1).map((l) => (l ? `  ${l}` : l)).join('\n')}\n`);
    expect(line).toBe(4);
    expect(ids(text)).toEqual(['a', 'vendor-exit']);
  });

  it('keeps Windows line ends', () => {
    const source = LIST.replace(/\n/g, '\r\n');
    const { text } = appended(source);
    expect(text.startsWith(source)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(ids(text)).toEqual(['cert-expiry', 'on-call', 'vendor-exit']);
  });

  it('starts the list of a `stories:` with nothing under it yet, and of a file with nothing but comments', () => {
    for (const source of ['stories:\n', '# Ownership\nstories:   # to come\n', '', '# Ownership, to come\n']) {
      const { text, line } = appended(source);
      expect(text.startsWith(source)).toBe(true);
      expect(ids(text)).toEqual(['vendor-exit']);
      expect(text.split('\n')[line - 1]).toBe('  - id: vendor-exit');
    }
  });

  it('adds a document after the last of a file of `---` documents', () => {
    const source = 'id: a\ntitle: A\n---\nid: b\ntitle: B\n';
    const { text, line } = appended(source);
    expect(text).toBe(`${source}---\n${MAPPING}`);
    expect(line).toBe(7);
    expect(parseAllDocuments(text).length).toBe(3);
    expect(ids(text)).toEqual(['a', 'b', 'vendor-exit']);
  });

  it('refuses what it would have to rewrite: a file of one story, a list on one line, a file that does not parse', () => {
    expect(appendStory('id: a\ntitle: A\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'one-story' });
    expect(appendStory('stories: [{title: A}]\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'flow-list' });
    expect(appendStory('stories: []\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'flow-list' });
    expect(appendStory('stories:\n  - title: "A\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'not-yaml' });
    expect(appendStory('stories: a story\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'not-stories' });
    expect(appendStory('- title: A\n', MAPPING, 'vendor-exit')).toEqual({ refused: 'not-stories' });
  });

  it('refuses rather than hand back a file whose stories are not the ones it had and the new one', () => {
    // A last entry whose block text keeps its trailing lines (`|+`): an entry put after it would be read into it.
    const source = 'stories:\n  - id: a\n    title: A\n    result: |+\n      kept\n\n';
    const result = appendStory(source, MAPPING, 'vendor-exit');
    if ('text' in result) expect(ids(result.text)).toEqual(['a', 'vendor-exit']);
    else expect(result).toEqual({ refused: 'unchanged' });
  });
});
