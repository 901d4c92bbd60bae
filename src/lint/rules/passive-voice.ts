import { textOf } from '../../bank/schema.js';
import { type Passive, findPassives } from '../../text/passive.js';
import { EXAMPLE_ACTOR } from '../examples.js';
import type { Rule } from '../rule.js';

/**
 * A negated passive told in the active, for "I" or for someone named (`they`, in the third person singular): "was not
 * escalated" → "did not escalate the risk", "was never reviewed" → "never reviewed the tests", "had not been dropped" →
 * "had not dropped …", "could not be reproduced" → "could not reproduce the bug".
 */
function notDone(passive: Passive, who: 'I' | 'they'): string {
  const { word, aux } = passive.negated!;
  const object = passive.object === '' ? '…' : passive.object;
  const perfect = aux === 'had' || aux === 'has' || aux === 'have';
  const said = perfect ? (aux === 'had' ? 'had' : who === 'I' ? 'have' : 'has') : aux === 'do' && who === 'they' ? 'does' : aux;
  if (word === 'never') return `${perfect || (aux !== 'did' && aux !== 'do') ? `${said} never ${perfect ? passive.participle : passive.base}` : `never ${passive.past}`} ${object}`;
  return `${said === 'can' ? 'cannot' : `${said} not`} ${perfect ? passive.participle : passive.base} ${object}`;
}

export default {
  meta: {
    id: 'passive-voice',
    description: 'A passive in the action that hides who acted: "a decision was made", "the plan was approved".',
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
            `"${passive.text}" hides who didn't act. If it was you, say "I ${notDone(passive, 'I')}"; if not, name who didn't: "${EXAMPLE_ACTOR}, the VP, ${notDone(passive, 'they')}".`
          : `"${passive.text}" hides who acted. If it was you, say "I ${passive.past} …"; if not, name them: "${passive.participle} by ${EXAMPLE_ACTOR}, the VP".`,
      });
    }
  },
} satisfies Rule;
