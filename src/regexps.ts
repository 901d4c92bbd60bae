/**
 * The rules and the principle signals run a few hundred large regular expressions, most of them a handful
 * of times a run. Two of V8's defaults suit them badly, so a command sets V8's flags for them just before its
 * text analysis starts, saying how many stories it is about to analyse:
 * - V8 would compile each expression twice (bytecode, then native code on its second use); compiling once
 *   saves about 150 ms a run;
 * - it optimises the native code it makes, which pays back over dozens of stories but not over a few: for one
 *   story, code made without the optimisations saves about 200 ms and 18 MB (a story linted alone, or the one
 *   that changed in a big bank); for 30 stories the two are even; for 100, the optimised code is 15% faster.
 * Besides the flags, over a few stories the largest of them, the principle signals and the trade-off patterns, are not
 * compiled whole: each is run as the branches of it the stories' words can match (src/text/prefilter.ts), for one story
 * about a quarter of them.
 * It is set just before the analysis rather than at start-up: node:v8 takes a few ms to load, and a lint served
 * from the cache runs no regexp. (The flags apply to each expression when V8 compiles it, on first use; they
 * change how fast the code runs, never what it matches.) A command sets them once: set a second time, after
 * expressions had been compiled under the first, they crashed V8 (a segfault, in a drill that set them for its
 * questions and then for the stories it read).
 */
import { setFlagsFromString } from 'node:v8';
import { spokenText, type StoryData } from './bank/schema.js';
import { splitPatterns } from './text/prefilter.js';

/** Below this many stories, V8 is told not to optimise the regexp code it makes. */
export const FEW_STORIES = 30;
/** About the bytes of one story: a file of more text than its stories would hold counts by its size instead. */
const STORY_BYTES = 2_000;

/**
 * Sets the flags for `stories` stories holding `bytes` bytes of text (0 when the caller doesn't know): it is the
 * amount of text that decides, so one story of 5 MB (a pasted log) keeps the optimised code, which reads it in
 * seconds where unoptimised code takes minutes.
 */
export function compileRegexpsFor(stories: number, bytes = 0): void {
  const amount = Math.max(stories, bytes / STORY_BYTES);
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString(amount < FEW_STORIES ? '--no-regexp-optimization' : '--regexp-optimization');
  splitPatterns(amount < FEW_STORIES);
}

/**
 * Sets the flags for analysing `stories`, by how many there are and how much text they hold: map, plan, report
 * and drill, which have the stories rather than the files' bytes (lint counts those).
 */
export function compileRegexpsForStories(stories: readonly StoryData[]): void {
  compileRegexpsFor(stories.length, stories.reduce((n, story) => n + spokenText(story).length, 0));
}
