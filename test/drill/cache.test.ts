/**
 * Drill's cache of story files: what it keeps of a story shows it as reading the words does, and a cache that is
 * bad, stale or of another build serves nothing. (Through the real CLI: test/e2e/drill-cache.test.ts.)
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORY_KINDS } from '../../src/drill/asked.js';
import { StoryCache, shownFrom, type CachedFile } from '../../src/drill/cache.js';
import { readStories, shownByWords } from '../../src/drill/derive.js';
import { LP_IDS } from '../../src/principles/catalog.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-drill-cache-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every story file of the repository's bank and of the fixtures of weak and not-ready stories. */
const files = ['stories', 'test/fixtures/weak', 'test/fixtures/not-ready'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: `${folder}/${name}`, bytes: readFileSync(join(ROOT, folder, name)) })),
);

describe('what the cache keeps of a story', () => {
  const whole = readStories(files, true);
  const lazy = readStories(files, false);

  it('shows it as its words do: every score, every principle shown, every kind', () => {
    expect(whole.flatMap((f) => f.stories).length).toBeGreaterThan(15);
    whole.forEach((file, i) => {
      file.stories.forEach(({ story, shown }, j) => {
        const words = lazy[i]!.stories[j]!.shown;
        // From the cache's record of it, as a later run reads it back.
        const kept = shownFrom(JSON.parse(JSON.stringify(file.cached!.stories[j])));
        for (const lp of LP_IDS) expect([shown.score(lp), kept.score(lp)], `${story.id} ${lp}`).toEqual([words.score(lp), words.score(lp)]);
        const scores = words.scores().map(({ id, score }) => ({ id, score }));
        expect(shown.scores()).toEqual(scores);
        expect(kept.scores()).toEqual(scores);
        for (const kind of STORY_KINDS) expect([shown.isKind(kind), kept.isKind(kind)], `${story.id} ${kind}`).toEqual([words.isKind(kind), words.isKind(kind)]);
      });
    });
    // Some story is of each kind, and some of none, or the comparison above proves little.
    for (const kind of STORY_KINDS) expect(whole.some((f) => f.stories.some((s) => s.shown.isKind(kind))), kind).toBe(true);
  });

  it('keeps what drill shows of it: its id, title, claims and whether it is a draft, and the line it starts on', () => {
    whole.forEach((file, i) => {
      expect(file.cached!.stories.map((s) => [s.story, s.line])).toEqual(
        lazy[i]!.stories.map(({ story, line }) => [{ id: story.id, title: story.title, ...(story.lps ? { lps: story.lps } : {}), ...(story.draft !== undefined ? { draft: story.draft } : {}) }, line]),
      );
    });
  });

  it("keeps a file's errors by the story each names, for the notice of stories left out", () => {
    const [file] = readStories([{ path: 'stories/bad.yaml', bytes: Buffer.from('stories:\n  - id: good\n    title: Fine\n  - id: bad\n    title: 42\n  - title: [unclosed\n') }], true);
    expect(file!.cached!.errors).toEqual(file!.problems.filter((p) => p.severity === 2).map((p) => (p.storyId ? { storyId: p.storyId } : {})));
    expect(file!.cached!.errors.length).toBeGreaterThan(0);
  });

  it('reads the words of a story only as a question asks for them, without the cache', () => {
    const story = { id: 'a', title: 'A', action: 'I pulled the traces myself to find the root cause.' };
    expect(shownByWords(story).score('dive-deep')).toBeGreaterThan(0);
    expect(shownByWords(story).score('frugality')).toBe(0);
  });
});

describe('StoryCache', () => {
  const file: CachedFile = { stories: [{ story: { id: 'a', title: 'A', lps: ['ownership'] }, line: 1, scores: [{ id: 'ownership', score: 3 }], kinds: ['failure'] }], errors: [] };
  let n = 0;
  /** A cache in a folder of its own, as drill opens it from `cwd` for the stories folder. */
  const open = (home: string, build = 'b1') => new StoryCache('/prep', { XDG_CACHE_HOME: home }, '/prep/stories', build);
  const fresh = () => {
    const home = join(dir, `home-${++n}`);
    const cache = open(home);
    cache.remember('stories/a.yaml', 'h1', file);
    cache.save();
    return { home, path: cache.path };
  };

  it('serves a file whose bytes it saw, under the same build, and nothing else', () => {
    const { home, path } = fresh();
    expect(path.startsWith(join(home, 'tpm-prep'))).toBe(true);
    expect(open(home).lookUp('stories/a.yaml', 'h1')).toEqual(file);
    expect(open(home).lookUp('stories/a.yaml', 'h2')).toBeUndefined();
    expect(open(home).lookUp('stories/b.yaml', 'h1')).toBeUndefined();
    expect(open(home, 'b2').lookUp('stories/a.yaml', 'h1')).toBeUndefined();
  });

  it('lives in the folder of lint’s cache for the same folder, readable by the user alone', () => {
    const { home, path } = fresh();
    const [folder] = readdirSync(join(home, 'tpm-prep'));
    expect(folder).toMatch(/^lint-[0-9a-f]{16}$/);
    expect(path).toMatch(/[/\\]drill-[0-9a-f]{16}\.json$/);
    expect(readFileSync(path, 'utf8')).toContain('"stories/a.yaml"');
  });

  it.each([
    ['not JSON', () => '{"format":1,"files":{"stories/a.yaml"'],
    ['an entry of the wrong shape', (text: string) => text.replace('"title":"A"', '"title":42')],
    ['a principle it does not know', (text: string) => text.replace('"id":"ownership"', '"id":"ownershp"')],
    ['a kind it does not know', (text: string) => text.replace('"failure"', '"fiasco"')],
    ['a score that is no number', (text: string) => text.replace('"score":3', '"score":"3"')],
    ['another format', (text: string) => text.replace('"format":1', '"format":2')],
  ])('serves nothing from a cache of %s', (_, spoil) => {
    const { home, path } = fresh();
    writeFileSync(path, spoil(readFileSync(path, 'utf8')));
    expect(open(home).lookUp('stories/a.yaml', 'h1')).toBeUndefined();
  });

  it('writes only when it learned something or holds a file the run did not read, and removes itself when none is left', () => {
    const { home, path } = fresh();
    writeFileSync(path, readFileSync(path, 'utf8').replace('{"format":1', '{"format":1 '));
    const same = open(home);
    same.lookUp('stories/a.yaml', 'h1');
    same.save();
    expect(readFileSync(path, 'utf8')).toContain('{"format":1 ');
    // A run that found stories/a.yaml no more.
    const gone = open(home);
    gone.lookUp('stories/b.yaml', 'h3');
    gone.remember('stories/b.yaml', 'h3', file);
    gone.save();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).files)).toEqual(['stories/b.yaml']);
    open(home).save();
    expect(existsSync(path)).toBe(false);
  });
});
