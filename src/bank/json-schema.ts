/** The JSON Schema for story files, generated from the zod schema, for editors' YAML support. */
import * as z from 'zod/mini';
import { PRINCIPLES } from '../principles/catalog.js';
import { COMMA_LISTS, storySchema } from './schema.js';

export function storyJsonSchema(): Record<string, unknown> {
  const { $schema, ...story } = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
  // Editors can't run the alias lookup, so list every spelling it accepts: ids, aliases and names.
  const spellings = [...new Set(PRINCIPLES.flatMap((p) => [p.id, ...p.aliases, p.name]))];
  story.properties.lps.items = { type: 'string', enum: spellings };
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
