/**
 * The people tpm-prep's own advice names as examples ("name them: approved by Dana Whitfield, the VP"). They
 * are kept in one place so that `report --redact` can tell them from the candidate's partners, and leave the
 * advice as written when a partner shares a first or a last name with one of them.
 */

/** The partner no-named-partner's advice names. */
export const EXAMPLE_PARTNER = 'Priya Nair';
/** The actor passive-voice's advice names. */
export const EXAMPLE_ACTOR = 'Dana Whitfield';

export const EXAMPLE_NAMES: readonly string[] = [EXAMPLE_PARTNER, EXAMPLE_ACTOR];
