import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { lowered, matcher, matchesOf, patternsFor, piecesOf, planOf, splitPatterns, type Plan } from '../../src/text/prefilter.js';

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

describe('piecesOf: the pieces one of which every match holds', () => {
  it.each([
    [String.raw`\brefused to (?:ship|launch)\b`, 'gi', ['refused to ship', 'refused to launch']],
    [String.raw`\b\d+ (?:days|weeks) late\b`, 'gi', [' days late', ' weeks late']],
    // Lower-cased, with or without the i flag: the text is lowered too.
    [String.raw`\bI (?:decided|chose)\b`, 'g', ['i chose', 'i decided']],
    [String.raw`\bre-?planned\b`, 'gi', ['replanned', 're-planned']],
    [String.raw`\borgani[sz]ed\b`, 'gi', ['organised', 'organized']],
    [String.raw`\b(?:root[- ]caus(?:e|es|ed)|real cause)\b`, 'gi', ['root-cause', 'root cause', 'real cause']],
    // What may be anything is skipped over: a word, a number, a class of many characters.
    [String.raw`\w+ing\b`, 'gi', ['ing']],
    [String.raw`[a-z]+ly\b`, 'gi', ['ly']],
    [String.raw`[\w-]+ team`, 'g', [' team']],
    [String.raw`\p{L}+ing`, 'gu', ['ing']],
    [String.raw`(?:ab){2,}`, 'g', ['ab']],
    // A lookbehind or lookahead looks at the text too; a negative one asks for nothing.
    [String.raw`(?=[^.]*budget)\bcut\b`, 'gi', ['budget']],
    [String.raw`\bcut(?! corners)`, 'gi', ['cut']],
    // A character outside ASCII is left unknown (its cases may be many); the ASCII beside it stays.
    [String.raw`\bdidn['’]t\b`, 'gi', ['didn']],
    [String.raw`\$\d`, 'g', ['$']],
    // An escape is read to its end, not as the letters it is written with.
    [String.raw`\u0041BC`, 'g', ['bc']],
    [String.raw`\x41BC`, 'g', ['bc']],
    [String.raw`\cJfoo`, 'g', ['foo']],
    // Without the u flag, \p is a p and a brace that repeats nothing is a brace (Annex B).
    [String.raw`p{L}ing`, 'g', ['p{l}ing']],
    [String.raw`a{x}b`, 'g', ['a{x}b']],
    // Each branch of an alternation brings its own.
    [String.raw`(a)|b\1`, 'g', ['a', 'b']],
  ])('/%s/%s needs one of %j', (source, flags, pieces) => {
    expect(piecesOf(source, flags)).toEqual(pieces);
  });

  it.each([
    [String.raw`\w+`, 'gi'],
    [String.raw`x*`, 'g'],
    [String.raw`(?:a|\d+)`, 'gi'],
    [String.raw`(?:a|)b?`, 'g'],
    [String.raw`[^abc]`, 'g'],
    [String.raw`[abc]`, 'v'],
  ])('/%s/%s needs nothing known', (source, flags) => {
    expect(piecesOf(source, flags)).toBeUndefined();
  });

  it('keeps a long alternation to a few pieces, each the start of its words', () => {
    const words = ['refused', 'refusing', 'declined', 'declining', 'rejected', 'rejecting', 'vetoed', 'vetoing', 'blocked', 'blocking', 'stopped', 'stopping', 'halted', 'halting', 'paused', 'pausing', 'froze', 'freezing', 'delayed', 'delaying', 'postponed', 'postponing', 'deferred', 'deferring', 'cancelled', 'cancelling'];
    const pieces = piecesOf(String.raw`\b(?:${words.join('|')})\b`, 'gi')!;
    expect(pieces.length).toBeLessThanOrEqual(24);
    for (const word of words) expect(pieces.some((p) => word.startsWith(p))).toBe(true);
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
    expect(run.map((r) => r.source)).toEqual([String.raw`\bshipped (?:early|late)\b`, String.raw`\bcut (?:the )?scope\b`, String.raw`\bre-?planned\b`]);
    expect(splitMatches(re, plan, text)).toEqual(ownMatches(re, text));
    expect(ownMatches(re, text)).toEqual(['2:re-planned', '28:cut the scope', '46:shipped late', '62:replanned']);
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

  it.each([
    ['a backreference, whose groups a branch would number differently', String.raw`(\w)(?:\1x|${FILLER})`, 'g'],
    ['a repeated group', String.raw`\b(?:ab|${FILLER})+`, 'g'],
    ['a head that can match in more than one way', String.raw`\b\w+ (?:ab|${FILLER})`, 'g'],
    ['a brace read as itself, which beside a branch could read as a repetition', String.raw`x{(?:2}|${FILLER})`, 'g'],
    ['a sticky pattern', String.raw`(?:ab|${FILLER})`, 'gy'],
  ])('leaves whole %s', (_, source, flags) => {
    expect(planOf(source, flags)[1]).toBeUndefined();
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
