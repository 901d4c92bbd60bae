import { describe, expect, it } from 'vitest';
import { piecesOf, splitPattern } from '../../src/text/pattern-source.js';

// Branches no text holds, to make a pattern worth splitting.
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

describe('splitPattern: where a pattern splits into the branches of its alternation', () => {
  it.each([
    ['its own top level', String.raw`cut scope|re-?planned|shipped late`, 'g', ['cut scope', 're-?planned', 'shipped late'], ''],
    ['a group after a head of letters and assertions', String.raw`(?<=\bI )(?:refused|declined)\b(?! to help)`, 'gi', ['refused', 'declined'], String.raw`\b(?! to help)`],
    ['a capturing group', String.raw`\b(shipped|launched) late`, 'gi', ['shipped', 'launched'], ' late'],
    ['a named group', String.raw`\b(?<verb>shipped|launched) late`, 'gi', ['shipped', 'launched'], ' late'],
    ['a named group with a long name', String.raw`\b(?<${'n'.repeat(70)}>shipped|launched) late`, 'gi', ['shipped', 'launched'], ' late'],
    // The first group that can match in more than one way, never a later one: split at the second, each branch would take
    // the first's shorter reading first ("abc" in "abcd", where the pattern finds "abcd").
    ['the first group with choices of its own', String.raw`(?:a|ab)(?:c|bcd)`, 'g', ['a', 'ab'], '(?:c|bcd)'],
  ])('splits at %s', (_, source, flags, branches, tail) => {
    const split = splitPattern(source, flags)!;
    expect(split.branches.map(([start, end]) => source.slice(start, end))).toEqual(branches);
    expect(source.slice(split.tailStart)).toBe(tail);
  });

  it.each([
    ['a backreference, whose groups a branch would number differently', String.raw`(\w)(?:\1x|${FILLER})`, 'g'],
    ['a repeated group', String.raw`\b(?:ab|${FILLER})+`, 'g'],
    ['a head that can match in more than one way', String.raw`\b\w+ (?:ab|${FILLER})`, 'g'],
    ['a brace read as itself, which beside a branch could read as a repetition', String.raw`x{(?:2}|${FILLER})`, 'g'],
    ['a sticky pattern', String.raw`(?:ab|${FILLER})`, 'gy'],
  ])('leaves whole %s', (_, source, flags) => {
    expect(splitPattern(source, flags)).toBeUndefined();
  });
});
