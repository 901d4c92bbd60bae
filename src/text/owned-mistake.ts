/**
 * A mistake the candidate owns out loud: "I admitted my own mistake in announcing the reorg by email", "It was my
 * fault", "that was on me", "the miss was mine", "I dropped the ball", an apology. Not a mistake denied ("it wasn't my
 * fault", "not my mistake"), nor one someone else lays on the candidate ("My manager said it was my fault"), nor a
 * responsibility ("it was on me to decide"). src/text/lessons.ts reads the repair of one after it; the failure words
 * (src/text/failure.ts) take the same owning, but for an apology, as a failure told. (The Earn Trust signal "owned their
 * mistake" in src/principles/signals.ts keeps its own wording: it is weighed evidence for the principle map, and adding
 * these words to it would move the map's results.)
 */

/** Owning words the failure words share: each tells of a mistake of the candidate's, whoever else is named. */
export const OWNS_MISTAKE_SOURCE = String.raw`\bI (?:admitted|owned|acknowledged|accepted|took (?:responsibility|ownership) for|owned up to|apologi[sz]ed for) (?:(?:it|this|that) was )?(?:my|the) (?:own )?(?:mistake|error|fault|misstep|miss|part in it)\b|\b(?:that|it|this|the (?:miss|slip|mistake|error|call)) (?:was|is) (?:all |entirely )?on me\b(?!\s+to\b)|\bthe (?:miss|mistake|error|fault|slip) was (?:all |entirely )?mine\b|\bI dropped the ball\b`;

// "my mistake", "my own fault": owning only when no one else says it and it is not denied (see mineAt).
const MY_MISTAKE = String.raw`\bmy (?:own )?(?:mistake|fault|error)\b`;
const APOLOGY = String.raw`\bI (?:apologi[sz]ed|said sorry) (?:to|for)\b`;
const OWNED = new RegExp(`${OWNS_MISTAKE_SOURCE}|(?<my>${MY_MISTAKE})|${APOLOGY}`, 'giu');

// What may stand before "my mistake" that makes it no owning: a denial ("not my fault", "it wasn't really my
// mistake", "no error of mine"), or someone else's word for it ("Priya said it was my fault", "the VP called it my
// error", "blamed it on my mistake"). Read in the clause before it, at most 80 characters, so the time stays linear.
const DENIED_MINE = /\b(?:not|no|never|wasn['’]t|isn['’]t|it was(?:n['’]t| not))\s+(?:\p{L}+\s+)?$/iu;
const SAID_MINE =
  /(?:^|[^\p{L}'’])(?<who>[\p{L}'’-]+)\s+(?:(?:also|then|later|openly|publicly|clearly|even|all but|basically)\s+)?(?:said|says|thought|felt|claimed|insisted|argued|implied|suggested|decided|concluded|told (?:me|us|everyone|them|him|her|the [\p{L}-]+)|called (?:it|this|that)|blamed (?:it|this|that)? ?on)\s+(?:that\s+)?(?:(?:it|this|that|the [\p{L}-]+)\s+(?:was|were|is|had been)\s+(?:all\s+|entirely\s+|really\s+)?)?$/iu;

/** Whether "my mistake" at `at` in `text` is owned: not denied, nor said by someone other than the candidate. */
function mineAt(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 80), at).split(/[.;:!?\n]/).at(-1)!;
  if (DENIED_MINE.test(clause)) return false;
  const said = SAID_MINE.exec(clause);
  return !said || said.groups!.who!.toLowerCase() === 'i';
}

/** Where the first mistake the candidate owns out loud ends in `text`, if it tells of one. */
export function ownedMistakeEnd(text: string): number | undefined {
  for (const m of text.matchAll(OWNED)) {
    if (m.groups!.my !== undefined && !mineAt(text, m.index)) continue;
    return m.index + m[0].length;
  }
  return undefined;
}
