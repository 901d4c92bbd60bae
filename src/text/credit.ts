/**
 * Credit given to others, and the candidate's own disclaimed: "it was their work, not mine". A sentence that says so
 * tells who did the work: it hides no part of the candidate's (see pronouns.ts).
 */

/** "not me", "not mine", "not my work": the candidate's part denied. (Not "not mine to make", "not me alone", "not just me".) */
export const NOT_MINE = String.raw`\bnot\s+(?:me|mine|my\s+own|my\s+(?:work|doing|code|design|achievement|credit|win))\b(?!\s+(?:alone|only|either|personally|to)\b)`;

/**
 * The work told as theirs and not the candidate's: "it was their work, not mine", "the credit is theirs, not mine", "they
 * did it, not me". (Not with the candidate's side named as theirs: "the design was mine, not theirs".)
 */
export const THEIRS_NOT_MINE = new RegExp(String.raw`\b(?:their|theirs|them|they|the\s+(?:team|engineers|squad|developers)['’]s?)\b[^.!?\n]{0,40}?${NOT_MINE}`, 'iu');
