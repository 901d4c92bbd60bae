import { textOf } from '../../bank/schema.js';
import { type Passive, findPassives } from '../../text/passive.js';
import { EXAMPLE_ACTOR, EXAMPLE_REVIEWER } from '../examples.js';
import { oneLine, quote } from '../../text/show.js';
import type { Rule } from '../rule.js';

/**
 * A negated passive told in the active, for "I" or for someone named (`they`, in the third person singular): "was not
 * escalated" → "did not escalate the risk", "was never reviewed" → "never reviewed the tests", "are never reviewed" →
 * "never review the changes" (the present kept), "had not been dropped" → "had not dropped …", "could not be
 * reproduced" → "could not reproduce the bug", "can't be rolled back" → "cannot roll back the change" (the particle kept).
 */
function notDone(passive: Passive, who: 'I' | 'they'): string {
  const { word, aux } = passive.negated!;
  const object = passive.object === '' ? '…' : oneLine(passive.object);
  const perfect = aux === 'had' || aux === 'has' || aux === 'have';
  const said = perfect ? (aux === 'had' ? 'had' : who === 'I' ? 'have' : 'has') : aux === 'do' && who === 'they' ? 'does' : aux;
  const verb = (perfect ? passive.participle : passive.base) + passive.particle;
  if (word === 'never') {
    const present = who === 'I' ? passive.base : thirdPerson(passive.base);
    const done = perfect || (aux !== 'did' && aux !== 'do') ? `${said} never ${verb}` : `never ${aux === 'do' ? present : passive.past}${passive.particle}`;
    return `${done} ${object}`;
  }
  return `${said === 'can' ? 'cannot' : `${said} not`} ${verb} ${object}`;
}

/** A verb's base in the third person singular: "review" → "reviews", "push" → "pushes", "verify" → "verifies". */
function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * Whether the passive's subject is the candidate's side ("We were not consulted", "some of us were told"): "I did not
 * consult us" is no fix.
 */
const doneToUs = (passive: Passive): boolean => /(?:^|\s)us$/.test(passive.object);

// A plural passive's "be": "our requests were declined" → "who declined them".
const PLURAL_BE = /\b(?:were|are|weren['’]t|aren['’]t)\b/i;

// A decision made, whose active is "decided", not "made": "A decision was made" → "I decided …" (a user's trial: "I made …").
const CALL_MADE = /\b(?:decision|choice)s?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|got)\s+(?:made|taken|reached)$/i;

export default {
  meta: {
    id: 'passive-voice',
    description: 'A passive in the action that hides who acted: "a decision was made", "the plan was approved".',
    fix:
      '"I decided…" if it was you; otherwise name who did it. A negated passive asks for the negated active: "the risk was not escalated" → "I did not escalate the risk", or who didn\'t ("had never been removed" → "I had never removed …"), in its tense ("are never reviewed" → "I never review …") and with its particle ("can\'t be rolled back" → "I cannot roll back …"); done or not done to your side ("we were not consulted"), it asks who: "the payments team did not consult us".',
    defaultSeverity: 'warn',
    principles: ['ownership'],
  },
  check(story, report) {
    for (const passive of findPassives(textOf(story, 'action'))) {
      report({
        field: 'action',
        index: passive.index,
        message: passive.negated
          ? // Not done: the active is negated too, "I did not escalate the risk", not "I escalated …" (a review of the rule).
            // Not done to the candidate's side ("We were not consulted"): only who didn't act can be named.
            doneToUs(passive)
            ? `${quote(passive.text)} hides who didn't act. Name who didn't ${passive.base}${passive.particle} you: "${EXAMPLE_ACTOR} ${notDone(passive, 'they')}".`
            : `${quote(passive.text)} hides who didn't act. If it was you, say "I ${notDone(passive, 'I')}"; if not, name who didn't: "${EXAMPLE_ACTOR} ${notDone(passive, 'they')}".`
          : doneToUs(passive)
            ? `${quote(passive.text)} hides who acted. Name who ${passive.past}${passive.particle} you: "${passive.participle}${passive.particle} by ${EXAMPLE_ACTOR}".`
            : passive.verdict
              ? // A verdict on the candidate's work is someone else's to name, not theirs to claim ("I rejected …", a user's trial).
                `${quote(passive.text)} hides who ${passive.past} ${PLURAL_BE.test(passive.text) ? 'them' : 'it'}${passive.particle}. Name who did: "${passive.participle}${passive.particle} by ${EXAMPLE_REVIEWER}".`
            : CALL_MADE.test(passive.text)
              ? `${quote(passive.text)} hides who decided. If it was you, say "I decided …"; if not, name who did: "${EXAMPLE_ACTOR} decided …".`
              : `${quote(passive.text)} hides who acted. If it was you, say "I ${passive.past}${passive.particle} …"; if not, name them: "${passive.participle}${passive.particle} by ${EXAMPLE_ACTOR}".`,
      });
    }
  },
} satisfies Rule;
