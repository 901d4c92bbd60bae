import { readdirSync, readFileSync } from 'node:fs';
import * as Ajv2020Module from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lpPattern, storyJsonSchema } from '../../src/bank/json-schema.js';
import { STORY_KEYS } from '../../src/bank/schema.js';
import { findPrinciple, PRINCIPLES } from '../../src/principles/catalog.js';

// Ajv 8 for JSON Schema 2020-12, the draft the schema declares, is CommonJS. `patternErrorMessage` is the message
// VS Code's and the YAML language server's own keyword for a value that doesn't fit a pattern.
const Ajv2020 = Ajv2020Module.default.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword('patternErrorMessage');
const validate = ajv.compile(storyJsonSchema());
const fits = (lp: string) => validate({ title: 'T', lps: [lp] });

describe('the story JSON Schema', () => {
  it('matches the committed schema/story.schema.json (run `tpm-prep schema > schema/story.schema.json`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/story.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(storyJsonSchema());
  });

  it('has every story key, and lists LP ids, aliases and names for completion', () => {
    const story = (storyJsonSchema().$defs as any).story;
    expect(Object.keys(story.properties).sort()).toEqual([...STORY_KEYS].sort());
    expect(story.additionalProperties).toBe(false);
    const [list] = story.properties.lps.anyOf;
    const spellings = list.items.anyOf.find((s: { enum?: string[] }) => s.enum).enum;
    expect(spellings).toEqual(expect.arrayContaining(['ownership', 'backbone', 'Dive Deep', 'Have Backbone; Disagree and Commit']));
  });

  it('takes `lps`, `tags` and `partners` as a list or as one string, the items separated by commas', () => {
    const { lps, tags, partners } = (storyJsonSchema().$defs as any).story.properties;
    expect(lps.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'string']);
    expect(tags.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'null', 'string']);
    expect(partners.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'null', 'string']);
    expect(lps.description).toContain('commas');
    expect(partners.description).toContain('commas');
    expect(validate({ title: 'T', partners: 'Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)' })).toBe(true);
  });

  it('takes every story the package ships', () => {
    const dir = new URL('../../stories/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect([name, validate(parse(readFileSync(new URL(name, dir), 'utf8')))]).toEqual([name, true]);
  });

  it.each([
    ['an id', 'dive-deep'],
    ['an id in capitals', 'DIVE-DEEP'],
    ['a name in lower case', 'dive deep'],
    ['a name with an underscore', 'Dive_Deep'],
    ['a name with spaces around it', '  Ownership '],
    ['a name with a curly apostrophe', 'Strive to be Earth’s Best Employer'],
    ['a name without its apostrophe', 'strive to be earths best employer'],
    ['a name with `&` for "and"', 'Learn & Be Curious'],
    ['`&` with nothing around it', 'learn&be curious'],
    ['a name with other punctuation', 'Have Backbone, Disagree & Commit!'],
    ['a name in capitals', 'ARE RIGHT, A LOT'],
    ['an alias in capitals', 'BACKBONE'],
    ['a two-letter alias', 'Co'],
    ['a name without its "the"', 'Insist on Highest Standards'],
  ])('takes a principle as lint reads it: %s (%s)', (_name, lp) => {
    expect(findPrinciple(lp)).toBeDefined();
    expect(fits(lp)).toBe(true);
  });

  it.each([
    ['a misspelt id', 'dive-deeep'],
    ['an id with its words run together', 'divedeep'],
    ['an apostrophe between words, which joins them', "dive'deep"],
    ['a word split', 'owner ship'],
    ['an `&` that is not between words', '& ownership'],
    ['a short alias split', 'c o'],
    ['nothing', ''],
    ['punctuation only', ' - '],
  ])('refuses what lint refuses: %s (%s)', (_name, lp) => {
    expect(findPrinciple(lp)).toBeUndefined();
    expect(fits(lp)).toBe(false);
    expect(validate.errors!.map((error) => error.keyword)).toEqual(expect.arrayContaining(['pattern', 'enum']));
  });

  it('refuses a long run of spaces between the words of a name quickly (no backtracking blow-up)', () => {
    const pattern = new RegExp(lpPattern(), 'u');
    const value = `success${' '.repeat(40)}and${' '.repeat(40)}scale${' '.repeat(40)}bring${' '.repeat(40)}broad${' '.repeat(40)}responsibility x`;
    // The ambiguous pattern took minutes on this, past the test's time-out; the one-way pattern answers at once.
    expect(pattern.test(value)).toBe(false);
    expect(pattern.test(`success${' '.repeat(80)}and scale bring broad responsibility`)).toBe(true);
  });

  it('takes exactly the spellings lint reads, however they are cased, punctuated or mistyped', () => {
    const pattern = new RegExp(lpPattern(), 'u');
    const words = PRINCIPLES.flatMap((p) => [p.id, p.name, ...p.aliases]);
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
    const other = fc.constantFrom(' ', '-', '_', ',', ';', '.', '/', '&', "'", '’', '`', '!', 'é', '\t');
    // A spelling lint reads, cased at random, perhaps with `&` for "and", with each of its characters perhaps
    // swapped for another, and perhaps something put after it.
    const written = fc
      .tuple(fc.constantFrom(...words).chain((word) => fc.constantFrom(word, word.replace(/\band\b/gi, '&'), word.replace(/ and /gi, '&'))), fc.array(fc.tuple(fc.boolean(), fc.nat(20), fc.oneof(letter, other, fc.constant('')), fc.oneof(other, fc.constant(''))), { minLength: 40, maxLength: 40 }))
      .map(([word, changes]) =>
        [...word]
          .map((c, i) => {
            const [upper, roll, swap, after] = changes[i % changes.length]!;
            const cased = upper ? c.toUpperCase() : c.toLowerCase();
            return (roll === 0 ? swap : cased) + (roll === 1 ? after : '');
          })
          .join(''),
      );
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(written, fc.string({ maxLength: 12 })), (lp) => {
        const principle = findPrinciple(lp);
        if (principle) read++;
        expect(pattern.test(lp), JSON.stringify(lp)).toBe(principle !== undefined);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the line are tried: many spellings lint reads, and many it doesn't.
    expect(read).toBeGreaterThan(600);
    expect(read).toBeLessThan(2400);
  });
});
