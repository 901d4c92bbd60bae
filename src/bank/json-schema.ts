/** The JSON Schema for story files, generated from the zod schema, for editors' YAML support. */
import * as z from 'zod/mini';
import { normalizeLpKey, PRINCIPLES } from '../principles/catalog.js';
import { COMMA_LISTS, storySchema } from './schema.js';

export function storyJsonSchema(): Record<string, unknown> {
  const { $schema, ...story } = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
  // Editors can't run the principle lookup. A pattern takes every spelling it reads, in any case and
  // punctuation ("dive deep", "Earth’s"), so that no editor underlines a principle lint reads; the ids, aliases
  // and names are listed too, for completion. (The pattern comes first: an editor says what is wrong with a
  // value that fits neither from the first, and the message beats a list of over a hundred spellings.)
  const spellings = [...new Set(PRINCIPLES.flatMap((p) => [p.id, ...p.aliases, p.name]))];
  story.properties.lps.items = {
    type: 'string',
    anyOf: [{ pattern: lpPattern(), patternErrorMessage: 'Not a Leadership Principle. Run `tpm-prep lps` to list them.' }, { enum: spellings }],
  };
  // A list field also takes one line of text, its items separated by commas (zod sees only the list it becomes).
  for (const field of Object.keys(COMMA_LISTS)) {
    const { description, ...list } = story.properties[field];
    const oneLine = { type: 'string', description: 'The items on one line, separated by commas.' };
    story.properties[field] = { description, anyOf: [...(list.anyOf ?? [list]), oneLine] };
  }
  return {
    $schema,
    title: 'tpm-prep story file',
    description: 'One interview story, or a list of them under `stories:`.',
    anyOf: [
      { $ref: '#/$defs/story' },
      {
        type: 'object',
        properties: { stories: { type: 'array', items: { $ref: '#/$defs/story' } } },
        required: ['stories'],
        additionalProperties: false,
      },
    ],
    $defs: { story },
  };
}

// What the principle lookup makes of a spelling (`normalizeLpKey`): it lower-cases it, drops apostrophes,
// reads `&` as "and", and turns each run of anything else into one dash, at neither end.
const APOSTROPHE = "['’`]";
/** Anything but a letter, a digit or `&`: an apostrophe, which is dropped, or a character that parts words. */
const GAP = '[^A-Za-z0-9&]';
/**
 * Between two words: a run of GAP with something in it that parts them (apostrophes alone join them). Written
 * so that each character has one place to go: the apostrophes first, then the first character that parts the
 * words, then any more. (`GAP*` on both sides of the parting one let a long run of spaces be split in many
 * ways, which an editor's backtracking engine tried one by one on a value that doesn't match.)
 */
const PART = `${APOSTROPHE}*[^A-Za-z0-9&'’\`]${GAP}*`;

/**
 * A JSON Schema pattern (no flags, so each letter is a class of its two cases) that matches every spelling
 * `findPrinciple` reads, and nothing else: each id, name and alias in any case, with its words apart by any
 * run of spaces and punctuation, with apostrophes anywhere, and with `&` for "and". (But for the few
 * non-ASCII letters that lower-case to ASCII, as the Kelvin sign does to "k": the pattern counts them as
 * punctuation.)
 */
export function lpPattern(): string {
  const keys = [...new Set(PRINCIPLES.flatMap((p) => [p.id, ...[p.name, ...p.aliases].map(normalizeLpKey)]))];
  return `^(?:${keys.map(keyPattern).join('|')})$`;
}

/** The spellings of one lookup key ("learn-and-be-curious"): its words, and GAP or PART around and between them. */
function keyPattern(key: string): string {
  const words = key.split('-');
  const gap = (i: number) => (i === 0 || i === words.length ? `${GAP}*` : PART);
  let pattern = gap(0);
  for (const [i, word] of words.entries()) {
    const letters = [...word].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join(`${APOSTROPHE}*`);
    if (word === 'and' && words[i - 1] !== 'and' && words[i + 1] !== 'and') {
      // "and" written as `&` needs nothing around it to part it from the words beside it.
      pattern = pattern.slice(0, -gap(i).length) + `(?:${gap(i)}${letters}${gap(i + 1)}|${GAP}*&${GAP}*)`;
    } else pattern += letters + gap(i + 1);
  }
  return pattern;
}
