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
    expect(story.properties.lps.items.enum).toEqual(expect.arrayContaining(['ownership', 'backbone', 'Dive Deep']));
  });
});
