/**
 * What lint keeps of a story once its rules have run: what the bank rules and the formatters ask of it.
 * It is also what the lint cache stores in place of the story, so a cached story is never parsed or
 * read again. Each fact is worked out on first use, once: with --no-cache, a compact run never scores
 * readiness and a bank rule that is off never infers principles. (Saving to the cache asks for every fact.)
 */
import type { Story } from '../bank/schema.js';
import type { LpId } from '../principles/catalog.js';
import { inferPrinciples } from '../principles/infer.js';
import { isFailureStory } from '../text/failure.js';
import { readiness } from './readiness.js';
import type { Readiness } from './readiness-report.js';

export interface StoryFacts {
  readonly id: string;
  /** The principles claimed in `lps:`. */
  readonly declared: readonly LpId[];
  /** The one to three principles the words show best. */
  readonly inferred: readonly { readonly id: LpId }[];
  /** A story of a failure or mistake, by its words or its tags. */
  readonly failure: boolean;
  readonly readiness: Readiness;
}

export function factsOf(story: Story): StoryFacts {
  let inferred: StoryFacts['inferred'] | undefined;
  let failure: boolean | undefined;
  return {
    id: story.id,
    declared: story.lps ?? [],
    get inferred() {
      return (inferred ??= inferPrinciples(story).map(({ id }) => ({ id })));
    },
    get failure() {
      return (failure ??= isFailureStory(story));
    },
    get readiness() {
      return readiness(story);
    },
  };
}
