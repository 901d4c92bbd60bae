import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { piecesOf } from '../../src/text/pattern-source.js';
import { advance, lowered, matcher, matchesOf, patternsFor, planOf, splitPatterns, type Plan } from '../../src/text/prefilter.js';

/** Every match of `next` from the start, each looked for from the character after the last one's start. */
function allMatches(next: (from: number) => RegExpExecArray | null): string[] {
  const out: string[] = [];
  for (let m = next(0); m; m = next(m.index + 1)) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** The pattern's own matches, as allMatches finds them. */
function ownMatches(re: RegExp, text: string): string[] {
  return allMatches((from) => {
    re.lastIndex = from;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m;
  });
}

/** The matches of the patterns patternsFor runs on `text`, taken together by matcher. */
function splitMatches(re: RegExp, plan: Plan, text: string): string[] {
  const run = patternsFor(re, () => plan, () => lowered(text));
  return run.length === 0 ? [] : allMatches(matcher(run, text));
}

// Branches no text below holds, to make a pattern long enough to split (planOf leaves short ones whole).
const FILLER = Array.from({ length: 40 }, (_, i) => `qqzx${i}`).join('|');

describe('advance: the place to look from after a match', () => {
  it('steps over a pair under the u flag, where looking from inside it finds the same match again', () => {
    const text = 'x𝐀bc';
    const re = /\p{Lu}\p{Ll}+/gu;
    re.lastIndex = 2;
    expect(re.exec(text)?.index).toBe(1);
    expect(advance(text, 1, true)).toBe(3);
    expect(advance(text, 1, false)).toBe(2);
    expect(advance(text, 0, true)).toBe(1);
  });
});

describe('lowered', () => {
  // The two characters outside ASCII that match an ASCII letter case-insensitively under /iu.
  it('reads the Kelvin sign as k and the long s as s', () => {
    expect(lowered('\u212Aelvin Cla\u017Fs')).toBe('kelvin class');
    expect(piecesOf(String.raw`\bkelvin class\b`, 'giu')).toEqual(['kelvin class']);
    expect(/\bkelvin class\b/giu.test('\u212Aelvin Cla\u017Fs')).toBe(true);
  });
});

describe('patternsFor and matcher: a pattern run as the branches a text can match', () => {
  afterEach(() => splitPatterns(false));

  const re = new RegExp(String.raw`\b(?:shipped (?:early|late)|cut (?:the )?scope|re-?planned|${FILLER})\b`, 'gi');
  const plan = planOf(re.source, re.flags);

  it('runs nothing on a text that holds none of the pieces, and the whole pattern where every branch may match', () => {
    splitPatterns(true);
    expect(patternsFor(re, () => plan, () => lowered('Nothing to see here.'))).toEqual([]);
    const every = `We shipped late, cut scope, re-planned, ${FILLER.replaceAll('|', ' ')}`;
    expect(patternsFor(re, () => plan, () => lowered(every))).toEqual([re]);
  });

  it('runs only the branches the text can match, and finds what the pattern finds', () => {
    splitPatterns(true);
    const text = 'I re-planned twice, then we cut the scope and shipped late; I replanned once more.';
    const run = patternsFor(re, () => plan, () => lowered(text));
    expect(run.map((r) => r.source)).toEqual([String.raw`\b(?:shipped (?:early|late))\b`, String.raw`\b(?:cut (?:the )?scope)\b`, String.raw`\b(?:re-?planned)\b`]);
    expect(splitMatches(re, plan, text)).toEqual(ownMatches(re, text));
    expect(ownMatches(re, text)).toEqual(['2:re-planned', '28:cut the scope', '46:shipped late', '62:replanned']);
  });

  it.each([
    ['an escape Annex B ends early, before a branch that would lengthen it', String.raw`\x4(?:1|2|${FILLER})`, 'g', 'x41 A'],
    ['a NUL escape before a digit', String.raw`\0(?:1|2|${FILLER})`, 'g', 'a\u00001 \u0001'],
    ['a control escape with no letter', String.raw`\c(?:A|B|${FILLER})`, 'g', '\\cA \u0001'],
    ['a short unicode escape', String.raw`\u00e(?:9|8|${FILLER})`, 'g', 'u00e9 é'],
    ['an escape ending a branch, before the tail', String.raw`(?:zz|\x4|${FILLER})1`, 'g', 'x41 A'],
    ['a lone surrogate before a branch', String.raw`\uD83D(?:\uDE00|x|${FILLER})`, 'gu', '😀 \uD83Dx'],
  ])('finds what the pattern finds where %s', (_, source, flags, text) => {
    splitPatterns(true);
    const re = new RegExp(source, flags);
    expect(splitMatches(re, planOf(re.source, re.flags), text)).toEqual(ownMatches(re, text));
  });

  it('takes the branch listed first where two start at the same place, as the pattern does', () => {
    splitPatterns(true);
    const first = new RegExp(String.raw`(?:cut|cut scope|${FILLER})`, 'g');
    const text = 'we cut scope';
    expect(ownMatches(first, text)).toEqual(['3:cut']);
    expect(splitMatches(first, planOf(first.source, first.flags), text)).toEqual(['3:cut']);
    const longer = new RegExp(String.raw`(?:cut scope|cut|${FILLER})`, 'g');
    expect(splitMatches(longer, planOf(longer.source, longer.flags), text)).toEqual(['3:cut scope']);
  });

  it('keeps a head that matches one way only, a lookbehind, and the tail, on every branch', () => {
    splitPatterns(true);
    const spoken = new RegExp(String.raw`(?<=\bI )(?:refused|declined|vetoed|${FILLER})\b(?! to help)`, 'gi');
    const plan2 = planOf(spoken.source, spoken.flags);
    expect(plan2[1]).toBeDefined();
    const text = 'She refused. I refused to help. I declined it, and I vetoed the date.';
    expect(splitMatches(spoken, plan2, text)).toEqual(ownMatches(spoken, text));
    expect(ownMatches(spoken, text)).toEqual(['34:declined', '53:vetoed']);
  });

  it('runs the whole pattern, unfiltered, when not splitting (over many stories)', () => {
    splitPatterns(false);
    expect(patternsFor(re, () => plan, () => lowered('Nothing to see here.'))).toEqual([re]);
  });

  it('gives every match matchAll gives, after an empty one from the next character, or code point under the u flag', () => {
    splitPatterns(true);
    for (const flags of ['g', 'gu']) {
      const empty = new RegExp(String.raw`(?:(?=cut)|(?=\uD83D)|cut scope|re-?planned|${FILLER})`, flags);
      const plan2 = planOf(empty.source, empty.flags);
      const text = 'we cut scope 😀 then re-planned 😀😀 and cut';
      const run = patternsFor(empty, () => plan2, () => lowered(text));
      expect(run).not.toContain(empty);
      expect([...matchesOf(empty, run, text)].map((m) => `${m.index}:${m[0]}`)).toEqual([...text.matchAll(empty)].map((m) => `${m.index}:${m[0]}`));
    }
  });

  // A word list to build texts from: each of the pattern's words, their pieces, and others.
  const WORDS = ['I', 'we', 'shipped', 'early', 'late', 'cut', 'the', 'scope', 're-planned', 'replanned', 'planned', 're', 'qqzx1', 'qqzx12', 'ship', 'scoped', 'Cut', 'SHIPPED'];
  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '. ', '-', '')), { maxLength: 24 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));

  it('finds every match the pattern finds, in any text made of its words, looked for from each match or after it', () => {
    splitPatterns(true);
    fc.assert(
      fc.property(text, (t) => {
        expect(splitMatches(re, plan, t)).toEqual(ownMatches(re, t));
        const run = patternsFor(re, () => plan, () => lowered(t));
        expect([...matchesOf(re, run, t)].map((m) => `${m.index}:${m[0]}`)).toEqual([...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 300 },
    );
  });
});
