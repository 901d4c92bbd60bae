import { describe, expect, it } from 'vitest';
import { selfCheckOf, selfChecks } from '../../src/drill/checks.js';
import { answerKind } from '../../src/drill/suggest.js';

describe('selfChecks: what the self-check asks after an answer', () => {
  it.each([
    ['behavioral', 'Tell me about a time you disagreed with your manager.', 'story', ['metric', 'saidI', 'partner', 'tradeoff']],
    ['program-management', 'How do you run a weekly status review across six teams?', 'story', ['metric', 'saidI', 'partner', 'tradeoff']],
    // A design or an explanation has no partner to name and no "I did" to say.
    ['system-design', 'A team wants to put a distributed cache in front of the product catalog database. What concerns would you raise before approving it?', 'design', ['metric', 'tradeoff']],
    ['technical', 'How does a hash table give fast lookups, and under what conditions does it slow down?', 'explanation', ['metric', 'tradeoff']],
    // About the candidate's own work: a story answers it, and the story's checks are asked.
    ['system-design', 'Walk me through the architecture of the most complex system you have worked on.', 'story', ['metric', 'saidI', 'partner', 'tradeoff']],
  ] as const)('%s: %j', (category, text, kind, items) => {
    expect(answerKind({ category, text })).toBe(kind);
    expect(selfChecks(kind).map((c) => c.value)).toEqual(items);
  });

  it('words the trade-off for what answers the question', () => {
    const tradeoff = (kind: 'story' | 'design' | 'explanation') => selfChecks(kind).find((c) => c.value === 'tradeoff')!.name;
    expect(tradeoff('story')).toBe('Stated a trade-off: what I gave up, and why');
    expect(tradeoff('design')).toBe('Stated a trade-off: what the design gives up, and why');
    expect(tradeoff('explanation')).toBe('Stated a trade-off: what it costs, and where it breaks');
    for (const kind of ['design', 'explanation'] as const) expect(selfChecks(kind).map((c) => c.name).join('\n')).not.toMatch(/partner|"I"|what I did/);
  });

  it('records each item asked as ticked or not, and leaves out the items not asked', () => {
    expect(selfCheckOf(selfChecks('story'), ['metric'])).toEqual({ metric: true, saidI: false, partner: false, tradeoff: false });
    expect(selfCheckOf(selfChecks('design'), ['tradeoff'])).toEqual({ metric: false, tradeoff: true });
  });
});
