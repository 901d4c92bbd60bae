/**
 * The people tpm-prep's own advice names as examples ("Name who you worked with and their role (\"Priya Nair, the
 * Payments engineering manager\")"). They are kept in one place so that `report --redact` can tell them from the
 * candidate's partners, and leave the advice as written when a partner shares a first or a last name with one of them.
 */

/** The partner no-named-partner's advice names. */
export const EXAMPLE_PARTNER = 'Priya Nair';
/**
 * Who passive-voice's advice names as the one who acted: a team, as no-scope's advice names teams, and not a person's
 * name, which users read as canned ("approved by Dana Whitfield, the VP", a thirty-second user's trial).
 */
export const EXAMPLE_ACTOR = 'the payments team';
/** Who passive-voice's advice names as passing a verdict on the candidate's work: "rejected by the review board". */
export const EXAMPLE_REVIEWER = 'the review board';

export const EXAMPLE_NAMES: readonly string[] = [EXAMPLE_PARTNER];
