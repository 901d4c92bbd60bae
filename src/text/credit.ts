/**
 * Credit given to others, and the candidate's own disclaimed: "it was their work, not mine", "the credit goes to the
 * team", "I can't take credit for the rewrite". A sentence that says so tells who did the work: it hides no part of the
 * candidate's (see pronouns.ts) and tells of no failure (see failure.ts), however its "my", "not" and "it was" read.
 */

/** "not me", "not mine", "not my work": the candidate's part denied. (Not "not mine to make", "not me alone", "not just me".) */
export const NOT_MINE = String.raw`\bnot\s+(?:me|mine|my\s+own|my\s+(?:work|doing|code|design|achievement|credit|win))\b(?!\s+(?:alone|only|either|personally|to)\b)`;

// What a disclaimer can be about: the work, or the credit for it ("their work", "the credit", "their doing"). (Not
// "their workloads", "their teams": things of theirs that are not the work.)
const WORK = String.raw`(?:work|doing|credit|achievement|accomplishment|win|effort|success|code|design|labou?r|handiwork)`;

/**
 * The work told as theirs and not the candidate's: "it was their work, not mine", "the credit is theirs, not mine", "they
 * did it, not me", "the engineers, not me", "the team's work, not mine". The disclaimer is of the work or its credit, not
 * of something else of theirs: "We moved their workloads first, not mine", "they tested it, not me", "they asked us to,
 * not me" disclaim no work. (Not with the candidate's side named as theirs: "the design was mine, not theirs".)
 */
export const THEIRS_NOT_MINE = new RegExp(
  String.raw`(?:\btheir\s+(?:own\s+|hard\s+)?${WORK}s?|\b(?:${WORK}s?|it|this|that)\s+(?:is|was|are|were)\s+(?:all\s+|entirely\s+|wholly\s+|really\s+)?theirs|\bthey\s+(?:really\s+|actually\s+)?did\s+(?:it|this|that|all\s+of\s+it|(?:all\s+(?:of\s+)?|most\s+of\s+)?the\s+(?:work|rest|(?:heavy\s+)?lifting|hard\s+part))|\bthey\s+deserved?\s+(?:all\s+)?(?:the\s+)?credit|\b(?:credit|thanks)\s+(?:goes|went|is\s+due|was\s+due|belongs|belonged)\s+to\s+them|\bthe\s+(?:team|engineers|squad|developers)(?:['’]s?(?:\s+${WORK}s?)?)?)(?![\p{L}\p{N}])\s*,?\s*(?:(?:and|but)\s+)?${NOT_MINE}`,
  'iu',
);

// The credit given away: "the credit goes to the team", "all credit to Dana's engineers", "the credit is theirs", "I can't
// take credit for the rewrite", "I take no credit for it". (Not "I took credit", nor "the credit was mine".)
const CREDIT_GIVEN = new RegExp(
  String.raw`\b(?:(?:the|all(?:\s+the)?|full|most\s+of\s+the)\s+credit\s+(?:(?:really|rightly|properly)\s+)?(?:(?:goes|went|belongs|belonged|is\s+due|was\s+due)\s+(?:(?:entirely|all|wholly|squarely)\s+)?to|to|is\s+(?:all\s+)?theirs|was\s+(?:all\s+)?theirs)\s+(?!me\b|myself\b)|\bI\s+(?:can(?:not|['’]t| not)|could(?:n['’]t| not)|wo(?:n['’]t)|will\s+not|do(?:n['’]t| not)|did(?:n['’]t| not))\s+take\s+(?:the\s+|any\s+|much\s+|the\s+)?credit\b|\bI\s+(?:take|took|claim|claimed)\s+no\s+credit\b)`,
  'iu',
);

/** Whether `sentence` gives the credit for the work to others, or denies the candidate's part in it. */
export function creditsOthers(sentence: string): boolean {
  return THEIRS_NOT_MINE.test(sentence) || CREDIT_GIVEN.test(sentence);
}
