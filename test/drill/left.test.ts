import { describe, expect, it } from 'vitest';
import { leftPhrases } from '../../src/commands/drill.js';
import type { Question } from '../../src/drill/questions.js';
import type { LpId } from '../../src/principles/catalog.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const q = (id: string, lps: LpId[], category: Question['category'] = 'behavioral'): Question => ({ id, text: `${id}?`, lps, category, followups: [] });

// What a spent time box (drill --minutes) says it left for the next drill.
describe('leftPhrases', () => {
  it('names the principles of the questions not reached that no answer asked, in order, each due one with how overdue', () => {
    const asked = [q('a', ['ownership', 'think-big'])];
    const left = [q('b', ['frugality', 'ownership']), q('c', ['dive-deep', 'frugality']), q('d', ['think-big'])];
    const due = [{ id: 'dive-deep' as LpId, dueAt: new Date('2026-03-07T09:00:00Z') }];
    expect(leftPhrases(left, asked, due, NOW)).toEqual(['Left for your next drill (3 questions not reached):', 'Frugality ·', 'Dive Deep (3 days overdue).']);
    expect(leftPhrases([left[0]!], asked, [], NOW)).toEqual(['Left for your next drill (1 question not reached):', 'Frugality.']);
    // A dumb terminal's, with commas: a screen reader says "·" as "dot".
    expect(leftPhrases(left, asked, due, NOW, true)).toEqual(['Left for your next drill (3 questions not reached):', 'Frugality,', 'Dive Deep (3 days overdue).']);
  });

  it('says only how many where they ask nothing the answers did not', () => {
    expect(leftPhrases([q('d', ['think-big']), q('sd', [], 'system-design')], [q('a', ['think-big'])], [], NOW)).toEqual(['Left for your next drill: 2 questions not reached.']);
  });
});
