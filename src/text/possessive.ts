/**
 * Possessives, as the rules read them: a word's "'s" ("the vendor's", "Priya's"), a plural's bare apostrophe ("the
 * vendors'", "Systems'"), each with a straight or a curly apostrophe, and the possessive pronouns of another party's
 * ("their", "its"). Regular-expression sources, to build into a rule's own expressions, and the helpers on one word.
 */

/** A name's or a word's "'s", straight or curly: "Priya's", "the vendor’s". */
export const APOSTROPHE_S = String.raw`['’]s`;

/**
 * A possessive's ending on a word: its "'s" ("the vendor's"), or a bare apostrophe after the "s" of a plural or a name
 * ending in "s" ("the vendors'", "Systems'"). A bare apostrophe after any other letter closes a quote ("the 'beta'
 * build"): no possessive.
 */
export const POSSESSIVE_ENDING = String.raw`(?:${APOSTROPHE_S}|(?<=s)['’])`;

/** The possessive pronouns that make a thing another party's: "his", "her", "their", "its", "your". */
export const OTHERS_PRONOUN = String.raw`(?:his|her|their|its|your)`;

/** A word that ends in "'s": "Priya's", "the team’s". */
export const ENDS_APOSTROPHE_S = new RegExp(`${APOSTROPHE_S}$`);

const ENDING = new RegExp(`${POSSESSIVE_ENDING}$`);
const IT_IS = /^it['’]s$/i;

/** Whether `word` is a possessive by its ending ("vendor's", "vendors'", "Systems'"); not "it's", which is "it is". */
export function isPossessive(word: string): boolean {
  return ENDING.test(word) && !IT_IS.test(word);
}

/** The owner a possessive `word` names, its ending left off: "vendor's" → "vendor", "Systems'" → "Systems". */
export function ownerOf(word: string): string {
  return word.replace(ENDING, '');
}
