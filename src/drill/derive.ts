/**
 * What drill reads in the story files its cache can't serve (all of them with --no-cache): the stories, and what
 * the words of each show. Loaded only then, as lint loads its rules: it brings the YAML parser, the signals and
 * the failure model, which a drill its cache serves needs none of.
 */
import { loadText } from '../bank/load.js';
import type { Problem } from '../bank/problem.js';
import type { Story, StoryData } from '../bank/schema.js';
import { scorePrinciple, scorePrinciples } from '../principles/infer.js';
import { compileRegexpsForStories } from '../regexps.js';
import { STORY_KINDS, type StoryKind } from './asked.js';
import { shownFrom, type CachedFile, type CachedStory } from './cache.js';
import { isKind } from './kinds.js';
import type { Shown } from './suggest.js';

/** A story file read: its stories, each with the line it starts on and what its words show, and its problems. */
export interface ReadFile {
  readonly stories: readonly { readonly story: Story; readonly line: number; readonly shown: Shown }[];
  readonly problems: readonly Problem[];
  /** With `whole`: what the cache keeps of the file. */
  readonly cached?: CachedFile;
}

/**
 * The files' stories. With `whole` (for the cache), every principle's score and every kind of each story are
 * judged now; without it, each only when a question asks for it (a drill on one principle scores no other).
 */
export function readStories(files: readonly { readonly path: string; readonly bytes: Uint8Array }[], whole: boolean): ReadFile[] {
  const loaded = files.map((file) => loadText(file.path, file.bytes));
  compileRegexpsForStories(loaded.flatMap((file) => file.stories.map((s) => s.story)));
  return loaded.map((file) => {
    if (!whole) return { stories: file.stories.map(({ story, locate }) => ({ story, line: locate.start.line, shown: shownByWords(story) })), problems: file.problems };
    const stories = file.stories.map(({ story, locate }): CachedStory & { readonly story: Story } => ({
      story,
      line: locate.start.line,
      scores: scorePrinciples(story).map(({ id, score }) => ({ id, score })),
      kinds: STORY_KINDS.filter((kind) => isKind(story, kind)),
    }));
    const cached: CachedFile = {
      stories: stories.map(({ story, line, scores, kinds }) => ({ story: briefOf(story), line, scores, kinds })),
      errors: file.problems.filter((p) => p.severity === 2).map((p) => (p.storyId === undefined ? {} : { storyId: p.storyId })),
    };
    return { stories: stories.map((s) => ({ story: s.story, line: s.line, shown: shownFrom(s) })), problems: file.problems, cached };
  });
}

/** What its words show, read from them when asked: each principle scored once (infer.ts keeps it), each kind judged once. */
export function shownByWords(story: StoryData): Shown {
  const kinds = new Map<StoryKind, boolean>();
  return {
    score: (lp) => scorePrinciple(story, lp)?.score ?? 0,
    scores: () => scorePrinciples(story),
    isKind: (kind) => {
      let is = kinds.get(kind);
      if (is === undefined) kinds.set(kind, (is = isKind(story, kind)));
      return is;
    },
  };
}

/** What drill shows of a story, and ranks it by besides its words (StoryBrief): all the cache keeps of its text. */
function briefOf(story: Story): CachedStory['story'] {
  return { id: story.id, title: story.title, ...(story.lps !== undefined ? { lps: story.lps } : {}), ...(story.draft !== undefined ? { draft: story.draft } : {}) };
}
