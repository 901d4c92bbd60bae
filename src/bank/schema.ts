/**
 * The story format. This schema is the only definition of it: types, validation, the README's field
 * table and the editor JSON Schema all come from here.
 */
import * as z from 'zod/mini';
import { findPrinciple, lpDidYouMean, lpListItems, type LpId } from '../principles/catalog.js';
import { commaItems, type ListItem } from '../text/lists.js';
import { partnerItems, readPartners } from '../text/partners.js';
import { showValue } from '../text/show.js';

/** An LP written by id, name or alias; validated and turned into its id. */
export const lpRef = z.pipe(
  z.string(),
  z.transform((value: string, ctx): LpId => {
    const principle = findPrinciple(value);
    if (principle) return principle.id;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `Unknown Leadership Principle ${showValue(value)}.${lpDidYouMean(value)} Run \`tpm-prep lps\` to list them.`,
    });
    return z.NEVER;
  }),
);

/**
 * The list fields that may be written as one line of text, "ownership, dive-deep", and how that text is cut
 * into items. A string is read as the list of its items; parse.ts points at each item inside the string.
 */
export const COMMA_LISTS = { lps: lpListItems, tags: commaItems, partners: partnerItems } as const satisfies Record<string, (text: string) => ListItem[]>;
export type CommaListField = keyof typeof COMMA_LISTS;

/** What a comma-list field expects, in a message: "`lps` should be a list or one comma-separated line, not a number (42)". */
export const LIST_OR_LINE = 'a list or one comma-separated line';
export const isCommaListField = (field: unknown): field is CommaListField => typeof field === 'string' && Object.hasOwn(COMMA_LISTS, field);

/** A list field that also takes its items as one comma-separated string. */
export function listOrCommas<T extends z.ZodMiniType>(field: CommaListField, list: T) {
  return z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? COMMA_LISTS[field](value).map((item) => item.text) : value)),
    list,
  );
}

/** What an `id:` may be: any text without spaces. */
export const ID_PATTERN = /^[^\s]+$/;

const text = (description: string) => z.optional(z.nullable(z.string().check(z.describe(description))));

/** A partner written as a mapping: `{name, role}`. */
export const partnerMapping = z.strictObject({ name: z.string().check(z.minLength(1)), role: z.optional(z.string()) });
export const PARTNER_KEYS = Object.keys(partnerMapping.def.shape) as (keyof z.output<typeof partnerMapping>)[];

export const partnerSchema = z.union([z.string().check(z.minLength(1)), partnerMapping]);

export const storySchema = z.strictObject({
  id: z.optional(
    z.string().check(z.regex(ID_PATTERN, 'An id has no spaces; use-kebab-case.'), z.describe('How other commands refer to the story. Defaults to the file name.')),
  ),
  title: z.string().check(z.minLength(1, 'A story needs a non-empty title.'), z.describe('What the story is about.')),
  lps: z.optional(
    listOrCommas('lps', z.array(lpRef)).check(
      z.describe('The Leadership Principles this story shows, by id, name or alias: a list, or one line with commas between them.'),
    ),
  ),
  situation: text('Situation: the context, briefly.'),
  task: text('Task: what you owned. Say "I".'),
  action: text('Action: what you did, in the first person. The longest section.'),
  result: text('Result: what changed, with numbers: from what to what.'),
  partners: z.optional(
    listOrCommas('partners', z.nullable(z.array(partnerSchema))).check(
      z.describe('Who you worked with: names, or {name, role}: a list, or one line with commas between them.'),
    ),
  ),
  tradeoff: text('What you gave up, deferred or chose over what, and why.'),
  learned: text('The lesson, or what you changed afterwards.'),
  tags: z.optional(listOrCommas('tags', z.nullable(z.array(z.string()))).check(z.describe('Free labels, such as failure: a list, or one line with commas between them.'))),
  draft: z.optional(z.boolean().check(z.describe("A draft's errors are reported as warnings."))),
});

export type StoryData = z.output<typeof storySchema>;
export const STORY_KEYS = Object.keys(storySchema.def.shape) as (keyof StoryData)[];

/** The free-text fields a rule can point into. */
export const TEXT_FIELDS = ['title', 'situation', 'task', 'action', 'result', 'tradeoff', 'learned'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
/** The spoken sections, in the order a candidate tells them. */
export const SPOKEN_FIELDS = ['situation', 'task', 'action', 'result', 'tradeoff', 'learned'] as const;
export type SpokenField = (typeof SPOKEN_FIELDS)[number];
/** The spoken sections after the situation: what the candidate did, not the background to it. */
export const AFTER_SITUATION = SPOKEN_FIELDS.filter((field) => field !== 'situation');

/** A validated story with its resolved id. */
export interface Story extends StoryData {
  readonly id: string;
}

/** The text of a field, or '' when it is absent or empty. */
export function textOf(story: StoryData, field: TextField): string {
  return story[field] ?? '';
}

/** Everything the candidate says aloud, as one text, sections apart by a blank line. */
export function spokenText(story: StoryData): string {
  return SPOKEN_FIELDS.map((field) => textOf(story, field)).join('\n\n');
}

/** The spoken text with the partners' roles after it: where teams and functions are named. */
export function withRoles(story: StoryData): string {
  return [spokenText(story), ...partnersOf(story).map((p) => p.role ?? '')].join('\n\n');
}

/**
 * Partners as {name, role} whatever way they were written: a partner written as text has its role read from it
 * ("Rohit Sharma, Procurement", "Rohit Sharma (Procurement)"; see readPartner), and is two where it names two ("Sam
 * Lee, Priya Shah"; see readPartners).
 */
export function partnersOf(story: StoryData): { name: string; role?: string }[] {
  return (story.partners ?? []).flatMap((p) => (typeof p === 'string' ? readPartners(p) : [p]));
}
