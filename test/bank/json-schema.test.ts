import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from '../../src/bank/json-schema.js';
import { STORY_KEYS } from '../../src/bank/schema.js';

describe('the story JSON Schema', () => {
  it('matches the committed schema/story.schema.json (run `tpm-prep schema > schema/story.schema.json`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/story.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(storyJsonSchema());
  });

  it('has every story key, and lists LP ids and aliases for completion', () => {
    const story = (storyJsonSchema().$defs as any).story;
    expect(Object.keys(story.properties).sort()).toEqual([...STORY_KEYS].sort());
    expect(story.additionalProperties).toBe(false);
    const [list] = story.properties.lps.anyOf;
    expect(list.items.enum).toEqual(expect.arrayContaining(['ownership', 'backbone', 'Dive Deep']));
  });

  it('takes `lps` and `tags` as a list or as one string, the items separated by commas', () => {
    const { lps, tags } = (storyJsonSchema().$defs as any).story.properties;
    expect(lps.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'string']);
    expect(tags.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'null', 'string']);
    expect(lps.description).toContain('commas');
  });
});
