/**
 * Property-based fuzzing of the loader and the whole lint pipeline: random bytes, random YAML-ish text
 * and random story-shaped documents never throw, and every finding has a real position.
 *
 * CI runs about 1,000 cases in all; `npm run fuzz` runs 100,000 (FUZZ_RUNS sets the number per property).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/bank/decode.js';
import { parseStories } from '../../src/bank/parse.js';
import { STORY_KEYS } from '../../src/bank/schema.js';
import { defaultConfig } from '../../src/lint/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import { LP_IDS } from '../../src/principles/catalog.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const config = defaultConfig();
const allOn = { rules: new Map([...config.rules].map(([id, s]) => [id, { ...s, severity: 'error' as const }])) };

/** Lints text as a bank of one file and checks the invariants every result must keep. */
function lintOk(text: string): void {
  const file = parseStories('stories/fuzz.yaml', text);
  const results = lintFiles([file], allOn, { bankPath: 'stories/' });
  const lines = text.split('\n').length;
  for (const result of results) {
    for (const m of result.messages) {
      expect(m.severity === 1 || m.severity === 2).toBe(true);
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      if (result.filePath === 'stories/fuzz.yaml') expect(m.line).toBeLessThanOrEqual(lines + 1);
      expect(m.message).not.toMatch(/\n/);
      expect(m.message.length).toBeGreaterThan(0);
    }
  }
}

const YAML_CHARS = [...'abcXYZ 019:-[]{},#&*!|>\'"%@`?\n\t\r\\/.~=', 'é', '😀', '\u00a0', '\ufeff'];
const yamlish = fc.array(fc.constantFrom(...YAML_CHARS), { maxLength: 400 }).map((chars) => chars.join(''));

const prose = fc.array(
  fc.constantFrom('I', 'we', 'the team', 'cut', 'latency', 'by', '30%', 'from', '48 hours', 'to', '12', 'Priya Nair,', 'the Payments EM', 'instead of', 'was approved', 'I think', 'three teams', 'in 2023', '$2M', '2x', '"we said"', '.', ',', ':', '\n'),
  { maxLength: 60 },
).map((words) => words.join(' '));
const value = fc.oneof(prose, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(prose, { maxLength: 3 }), fc.dictionary(fc.string(), prose, { maxKeys: 2 }));
const storyKey = fc.oneof(fc.constantFrom(...STORY_KEYS), fc.constantFrom('reslt', 'lp', 'stories', '__proto__'), fc.string({ maxLength: 8 }));
const story = fc.record(
  {
    title: fc.oneof(prose, fc.string(), fc.integer()),
    lps: fc.array(fc.oneof(fc.constantFrom(...LP_IDS), fc.string({ maxLength: 12 })), { maxLength: 6 }),
    situation: prose,
    task: prose,
    action: prose,
    result: prose,
    partners: fc.array(fc.oneof(prose, fc.record({ name: prose, role: prose })), { maxLength: 3 }),
    tradeoff: prose,
    draft: fc.boolean(),
  },
  { requiredKeys: [] },
);
const document = fc.oneof(
  story,
  fc.record({ stories: fc.array(story, { maxLength: 4 }) }),
  fc.dictionary(storyKey, value, { maxKeys: 6 }),
);
const yamlOptions = fc.record({
  lineWidth: fc.constantFrom(0, 20, 80),
  blockQuote: fc.constantFrom(true, false, 'folded' as const, 'literal' as const),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_FOLDED' as const, 'BLOCK_LITERAL' as const),
});

describe('fuzzing the loader and lint', () => {
  it('random bytes never crash decoding, parsing or linting', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const text = decode(bytes);
        if ('text' in text) lintOk(text.text);
        else expect(text.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('random YAML-ish text never crashes the pipeline', () => {
    fc.assert(fc.property(yamlish, lintOk), { numRuns: RUNS });
  });

  it('random story-shaped documents, written every way YAML allows, never crash it', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), yamlOptions, fc.boolean(), (docs, options, crlf) => {
        let text = docs.map((doc) => stringify(doc, options)).join('---\n');
        if (crlf) text = text.replace(/\n/g, '\r\n');
        lintOk(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('a phrase the rules report is found where they say, in every scalar style', () => {
    fc.assert(
      fc.property(prose, yamlOptions, (action, options) => {
        const text = stringify({ title: 't', action: `${action} and then we shipped it` }, options);
        const file = parseStories('s.yaml', text);
        const [result] = lintFiles([file], { rules: new Map([['we-instead-of-i', { severity: 'error', options: undefined }]]) });
        const lines = text.split('\n');
        for (const m of result!.messages) {
          // The phrase may fold across lines: read on from the position with layout collapsed.
          const at = [lines[m.line - 1]!.slice(m.column - 1), ...lines.slice(m.line)].join(' ').replace(/\s+/g, ' ');
          // There: "we…", "the team…", "our team…", or a passive the team acts in, which the message quotes from its verb
          // to its "by" ("was approved by the team"): then the text there starts with the quote's first word. (Not the
          // whole quote: the text is YAML source, with a double-quoted style's escapes in it.)
          const quoted = (/^["“]([^"”]*)/.exec(m.message)?.[1] ?? '').toLowerCase();
          const here = at.toLowerCase();
          const passive = /\bby (?:the |our |my )?(?:team|us)$/.test(quoted) && here.startsWith(`${quoted.split(' ')[0]} `);
          expect(here.startsWith('we') || here.startsWith('the team') || here.startsWith('our team') || passive).toBe(true);
        }
      }),
      // Always run: the passive the team acts in, which a fresh-clone CI's run drew (the message's phrase starts at "was"),
      // and "we" with an escaped line break in a double-quoted string.
      {
        numRuns: RUNS,
        examples: [
          ['was approved by the team', { lineWidth: 0, blockQuote: true, defaultStringType: 'PLAIN' }],
          ['we \n', { lineWidth: 0, blockQuote: true, defaultStringType: 'QUOTE_DOUBLE' }],
        ],
      },
    );
  });
});
