import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { configYaml } from '../../src/commands/init-files.js';
import { configFileFor } from '../../src/commands/shared.js';
import { bankFolderOf, configAboveRepo, findConfigFile, repoTop } from '../../src/lint/config-file.js';
import { loadConfig, parseConfig } from '../../src/lint/config.js';

const severities = (text: string) => Object.fromEntries([...parseConfig(text, '.tpm-prep.yaml').rules].map(([id, s]) => [id, s.severity]));

describe('parseConfig', () => {
  it('starts from every rule at its default severity', () => {
    expect(severities('')).toEqual({
      'missing-metric': 'error',
      'we-instead-of-i': 'error',
      'no-named-partner': 'error',
      'no-tradeoff': 'error',
      hedging: 'warn',
      'too-long': 'error',
      'missing-section': 'error',
      'vague-outcome': 'error',
      'no-scope': 'warn',
      'failure-without-lesson': 'error',
      'passive-voice': 'warn',
      'unsourced-metric': 'off',
      'unsupported-principle': 'warn',
      'too-many-principles': 'warn',
      'lp-coverage': 'warn',
      'no-failure-story': 'warn',
    });
  });

  it('takes a severity in any case, as the command line takes its choices', () => {
    const text = 'rules:\n  missing-metric: OFF\n  no-tradeoff: Warn\n  no-named-partner:\n    severity: Warn\n  hedging: [Error]\n';
    expect(severities(text)).toMatchObject({ 'missing-metric': 'off', 'no-tradeoff': 'warn', 'no-named-partner': 'warn', hedging: 'error' });
  });

  it('sets severities by word, by number, or as {severity}', () => {
    const text = 'rules:\n  missing-metric: off\n  no-tradeoff: 1\n  no-named-partner:\n    severity: warn\n';
    expect(severities(text)).toMatchObject({ 'missing-metric': 'off', 'no-tradeoff': 'warn', 'no-named-partner': 'warn', 'we-instead-of-i': 'error' });
  });

  it("takes ESLint's form too: [severity] or [severity, {options}]", () => {
    const config = parseConfig('rules:\n  no-tradeoff: [warn]\n  too-long: [error, {wordsPerMinute: 130}]\n  lp-coverage: [1, {min: 2}]\n', '.tpm-prep.yaml');
    expect(config.rules.get('no-tradeoff')).toMatchObject({ severity: 'warn' });
    expect(config.rules.get('too-long')).toMatchObject({ severity: 'error', options: { wordsPerMinute: 130 } });
    expect(config.rules.get('lp-coverage')).toMatchObject({ severity: 'warn', options: { min: 2 } });
  });

  it.each([
    ['a bad option in the list form, at its key', 'rules:\n  too-long: [warn, {wordsPerMinute: -5}]\n', '.tpm-prep.yaml:2:21: Bad options for `too-long`: `wordsPerMinute` can\'t be -5. Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.'],
    ['a name on every object, not a severity', 'rules:\n  no-tradeoff: constructor\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].'],
    ['a severity in a list in a list', 'rules:\n  no-tradeoff: [[error]]\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].'],
    ['a list as the severity', 'rules:\n  no-tradeoff: {severity: [error]}\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].'],
    ['a list of three', 'rules:\n  no-tradeoff: [warn, {}, x]\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].'],
    ['an unknown top-level key', 'rulez:\n  missing-metric: off\n', '.tpm-prep.yaml:1:1: Unknown config key `rulez`. Did you mean `rules`?'],
    ['an unknown rule', 'rules:\n  no-trade-off: off\n', '.tpm-prep.yaml:2:3: Unknown rule `no-trade-off` in `rules`. Did you mean `no-tradeoff`?'],
    // A check of the files that lint reports under an id of its own is no rule, and is told so (a trial set it off).
    ['a file check set as a rule', 'rules:\n  duplicate-id: off\n', ".tpm-prep.yaml:2:3: Unknown rule `duplicate-id` in `rules`. `duplicate-id` is lint's check of the story files themselves, not a rule: it can't be set or turned off. Fix what it reports."],
    ['the parse check set as a rule', 'rules:\n  parse: warn\n', ".tpm-prep.yaml:2:3: Unknown rule `parse` in `rules`. `parse` is lint's check of the story files themselves, not a rule: it can't be set or turned off. Fix what it reports."],
    ['a bad severity', 'rules:\n  no-tradeoff: loud\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].'],
    ['"warning" for warn', 'rules:\n  no-tradeoff: warning\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `warn`?'],
    ['"on", to turn it on: warn or error, not off', 'rules:\n  unsourced-metric: on\n', '.tpm-prep.yaml:2:21: `rules.unsourced-metric` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. To turn it on, write `warn` or `error`.'],
    ['true, to turn it on', 'rules:\n  unsourced-metric: true\n', '.tpm-prep.yaml:2:21: `rules.unsourced-metric` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. To turn it on, write `warn` or `error`.'],
    ['"Enabled", to turn it on', 'rules:\n  unsourced-metric: Enabled\n', '.tpm-prep.yaml:2:21: `rules.unsourced-metric` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. To turn it on, write `warn` or `error`.'],
    ['false, to turn it off', 'rules:\n  no-scope: false\n', '.tpm-prep.yaml:2:13: `rules.no-scope` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. To turn it off, write `off`.'],
    ['"disabled", to turn it off', 'rules:\n  no-scope: disabled\n', '.tpm-prep.yaml:2:13: `rules.no-scope` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. To turn it off, write `off`.'],
    ['a misspelt severity', 'rules:\n  no-tradeoff: eror\n', '.tpm-prep.yaml:2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `error`?'],
    ['bad options', 'rules:\n  lp-coverage: {severity: warn, min: 0}\n', '.tpm-prep.yaml:2:33: Bad options for `lp-coverage`: `min` can\'t be 0. Its one option is `min`, a whole number of 1 or more.'],
    ['a negative words per minute, named', 'rules:\n  too-long: {severity: warn, wordsPerMinute: -5}\n', '.tpm-prep.yaml:2:30: Bad options for `too-long`: `wordsPerMinute` can\'t be -5. Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.'],
    ['a misspelt option, at its key, with a did-you-mean', 'rules:\n  too-long:\n    severity: warn\n    wordsPerMinit: 120\n', ".tpm-prep.yaml:4:5: Bad options for `too-long`: Unknown option `wordsPerMinit`. Did you mean `wordsPerMinute`? Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0."],
    ['a bad option value, at its key', 'rules:\n  unsourced-metric:\n    severity: warn\n    sources: Pulse\n', '.tpm-prep.yaml:4:5: Bad options for `unsourced-metric`: `sources` can\'t be "Pulse". Its one option is `sources`, a list of words that name where a number comes from.'],
    ['warning after the error, at `warnSeconds`', 'rules:\n  too-long: {severity: error, errorSeconds: 60, warnSeconds: 90}\n', '.tpm-prep.yaml:2:49: Bad options for `too-long`: `warnSeconds` (90) must not be more than `errorSeconds` (60); unset, they are 90 and 150.'],
    ['an error before the default warning, at `errorSeconds`', 'rules:\n  too-long:\n    severity: error\n    errorSeconds: 60\n', '.tpm-prep.yaml:4:5: Bad options for `too-long`: `warnSeconds` (90) must not be more than `errorSeconds` (60); unset, they are 90 and 150.'],
    ['a misspelt `severity`', 'rules:\n  too-long:\n    severty: warn\n', '.tpm-prep.yaml:3:5: `severty` in `rules.too-long` is not a setting. Did you mean `severity`?'],
    ['options for a rule that takes none, and no severity: the options first', 'rules:\n  hedging: {foo: 1}\n', '.tpm-prep.yaml:2:12: Bad options for `hedging`: `hedging` takes no options.\n.tpm-prep.yaml:2:12: `rules.hedging` needs a `severity` (off, warn or error) beside its options: {severity: warn, …}.'],
    ['a misspelt option and no severity: the option first', 'rules:\n  lp-coverage: {mn: 2}\n', ".tpm-prep.yaml:2:17: Bad options for `lp-coverage`: Unknown option `mn`. Did you mean `min`? Its one option is `min`, a whole number of 1 or more.\n.tpm-prep.yaml:2:16: `rules.lp-coverage` needs a `severity` (off, warn or error) beside its options: {severity: warn, …}."],
    ['options with no severity', 'rules:\n  too-long: {wordsPerMinute: 100}\n', '.tpm-prep.yaml:2:13: `rules.too-long` needs a `severity` (off, warn or error) beside its options: {severity: warn, …}.'],
    ['options for a rule that takes none', 'rules:\n  no-tradeoff: {severity: warn, level: 3}\n', '.tpm-prep.yaml:2:16: Bad options for `no-tradeoff`: `no-tradeoff` takes no options.'],
    ['rules that are not a mapping', 'rules: [a]\n', '.tpm-prep.yaml:1:8: `rules` maps rule ids to off, warn or error.'],
    ['a YAML syntax error', 'rules:\n  a: "x\n', '.tpm-prep.yaml:2:6: YAML syntax error: the quote opened on line 2 is never closed.'],
    // A new user's trial: a rule's key indented off the column of the rules around it is said to be, as in a story,
    // not taken for text with a colon in it.
    ['a rule indented further than the one above it', 'rules:\n  no-tradeoff: warn\n     missing-metric: off\n', '.tpm-prep.yaml:3:6: `missing-metric` starts at column 6, but the keys around it start at column 3: line it up with them.'],
    ['a rule indented less than the one above it', 'rules:\n    no-tradeoff: warn\n  missing-metric: off\n', '.tpm-prep.yaml:3:3: `missing-metric` starts at column 3, but the keys around it start at column 5: line it up with them.'],
    ['a rule indented further, under a rule with options', 'rules:\n  too-long:\n    severity: warn\n     missing-metric: off\n', '.tpm-prep.yaml:4:6: `missing-metric` starts at column 6, but the keys around it start at column 3: line it up with them.'],
    // A new user's trial: a config has no stories to say a key appears once in.
    ['a rule twice', 'rules:\n  hedging: warn\n  hedging: off\n', '.tpm-prep.yaml:3:3: Duplicate key `hedging` (first on line 2): each key appears once.'],
  ])('refuses %s, naming the file, line and key', (_name, text, message) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(new UsageError(message));
  });

  it('reports both mistakes of options with no severity: the options first, then the missing severity', () => {
    expect(() => parseConfig('rules:\n  too-long: {wordsPerMinit: 120}\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          ".tpm-prep.yaml:2:14: Bad options for `too-long`: Unknown option `wordsPerMinit`. Did you mean `wordsPerMinute`? Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.",
          '.tpm-prep.yaml:2:13: `rules.too-long` needs a `severity` (off, warn or error) beside its options: {severity: warn, …}.',
        ].join('\n'),
      ),
    );
  });

  // A new user's trial: a misspelt option beside a misspelt severity was told only once the severity was fixed.
  it('reports a bad severity and the bad options beside it, the severity first', () => {
    const usage = 'Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.';
    const severity = 'must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `error`?';
    expect(() => parseConfig('rules:\n  too-long: {severity: eror, wordsPerMinit: 130}\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          `.tpm-prep.yaml:2:13: \`rules.too-long\` ${severity}`,
          `.tpm-prep.yaml:2:30: Bad options for \`too-long\`: Unknown option \`wordsPerMinit\`. Did you mean \`wordsPerMinute\`? ${usage}`,
        ].join('\n'),
      ),
    );
    // ESLint's form, and a rule that takes no options.
    expect(() => parseConfig('rules:\n  too-long: [eror, {wordsPerMinute: -5}]\n  no-tradeoff: {severity: loud, level: 3}\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          `.tpm-prep.yaml:2:13: \`rules.too-long\` ${severity}`,
          `.tpm-prep.yaml:2:21: Bad options for \`too-long\`: \`wordsPerMinute\` can't be -5. ${usage}`,
          '.tpm-prep.yaml:3:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].',
          '.tpm-prep.yaml:3:16: Bad options for `no-tradeoff`: `no-tradeoff` takes no options.',
        ].join('\n'),
      ),
    );
  });

  // A twentieth user's trial: the order of warnSeconds and errorSeconds was told only once the bad value was fixed.
  it("reports every bad option of a rule, each at its key, too-long's order of seconds with a bad value", () => {
    const usage = 'Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.';
    expect(() => parseConfig('rules:\n  too-long: [warn, {wordsPerMinute: "130 wpm", warnSeconds: 200, errorSeconds: 150}]\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          `.tpm-prep.yaml:2:21: Bad options for \`too-long\`: \`wordsPerMinute\` can't be "130 wpm". ${usage}`,
          '.tpm-prep.yaml:2:48: Bad options for `too-long`: `warnSeconds` (200) must not be more than `errorSeconds` (150); unset, they are 90 and 150.',
        ].join('\n'),
      ),
    );
    expect(() => parseConfig('rules:\n  too-long:\n    severity: warn\n    wordsPerMinit: 120\n    warnSeconds: -1\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          // In the file's order (a review: they came in the schema's, 5:5 before 4:5).
          `.tpm-prep.yaml:4:5: Bad options for \`too-long\`: Unknown option \`wordsPerMinit\`. Did you mean \`wordsPerMinute\`? ${usage}`,
          `.tpm-prep.yaml:5:5: Bad options for \`too-long\`: \`warnSeconds\` can't be -1. ${usage}`,
        ].join('\n'),
      ),
    );
    // A bad second is not also compared with the other: the default it would fall back to is not what was written.
    expect(() => parseConfig('rules:\n  too-long: {severity: warn, warnSeconds: "two minutes", errorSeconds: 60}\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(`.tpm-prep.yaml:2:30: Bad options for \`too-long\`: \`warnSeconds\` can't be "two minutes". ${usage}`),
    );
  });

  // A user's config, `no-tradeof: eror`: the bad severity was told only once the rule's name was fixed.
  it('reports an unknown rule and its bad severity in one run, whatever form the severity is in', () => {
    const unknown = '`no-tradeof` in `rules`. Did you mean `no-tradeoff`?';
    const severity = 'must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `error`?';
    expect(() => parseConfig('rules:\n  no-tradeof: eror\n', '.tpm-prep.yaml')).toThrow(
      new UsageError([`.tpm-prep.yaml:2:3: Unknown rule ${unknown}`, `.tpm-prep.yaml:2:15: \`rules.no-tradeof\` ${severity}`].join('\n')),
    );
    expect(() => parseConfig('rules:\n  no-tradeof: {severity: eror, level: 3}\n  no-tradeof2: [eror]\n', '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          `.tpm-prep.yaml:2:3: Unknown rule ${unknown}`,
          `.tpm-prep.yaml:2:15: \`rules.no-tradeof\` ${severity}`,
          '.tpm-prep.yaml:3:3: Unknown rule `no-tradeof2` in `rules`. Did you mean `no-tradeoff`?',
          `.tpm-prep.yaml:3:16: \`rules.no-tradeof2\` ${severity}`,
        ].join('\n'),
      ),
    );
    // A good severity, or options alone (what they are for is not known), leave the unknown rule alone said.
    for (const value of ['warn', '{severity: 2, level: 3}', '{level: 3}']) {
      expect(() => parseConfig(`rules:\n  no-tradeof: ${value}\n`, '.tpm-prep.yaml')).toThrow(new UsageError(`.tpm-prep.yaml:2:3: Unknown rule ${unknown}`));
    }
  });

  it('reports every mistake, one line each, not only the first', () => {
    const text = 'rules:\n  no-tradeof: warn\n  hedging: loud\n  too-long: {severity: warn, wordsPerMinit: 120}\n  missing-metric: off\nmaxWarnings: 3\n';
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(
      new UsageError(
        [
          '.tpm-prep.yaml:2:3: Unknown rule `no-tradeof` in `rules`. Did you mean `no-tradeoff`?',
          '.tpm-prep.yaml:3:12: `rules.hedging` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].',
          ".tpm-prep.yaml:4:30: Bad options for `too-long`: Unknown option `wordsPerMinit`. Did you mean `wordsPerMinute`? Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.",
          '.tpm-prep.yaml:6:1: Unknown config key `maxWarnings`. The keys are: rules, questions, redact, interviewers, loopDate, drill, linterOptions.',
        ].join('\n'),
      ),
    );
  });

  // A new user's trial: under a misspelt `interviewer:`, the unknown principle `customer-first` was said only on the
  // run after the key was fixed. A misspelt key or setting is read as the one meant, so its value is checked too.
  const UNKNOWN_LP = 'Unknown Leadership Principle "customer-first" for `Bar raiser`. Did you mean `customer-obsession`? Run `tpm-prep lps` to list them.';
  it.each([
    [
      'a misspelt top-level key, and a bad value under it',
      'interviewer:\n  Bar raiser: [customer-first, earn-trust]\n',
      ['1:1: Unknown config key `interviewer`. Did you mean `interviewers`?', `2:16: ${UNKNOWN_LP}`],
    ],
    ['a misspelt `rules`, and a bad severity under it', 'rulez:\n  no-tradeoff: eror\n', ['1:1: Unknown config key `rulez`. Did you mean `rules`?', "2:16: `rules.no-tradeoff` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `error`?"]],
    ['a misspelt setting, and a bad value', 'drill:\n  quietClok: maybe\n', ['2:3: Unknown setting `quietClok` in `drill`. Did you mean `quietClock`?', '2:14: `drill.quietClock` is true or false.']],
    // Twins: with nothing wrong under it, only the key is said; beside the key it means, it is left unread.
    ['a misspelt key with a good value: the key alone', 'interviewer:\n  Bar raiser: [earn-trust]\n', ['1:1: Unknown config key `interviewer`. Did you mean `interviewers`?']],
    [
      'a misspelt key beside the key it means: left unread, the key meant read',
      'interviewer:\n  Bar raiser: [customer-first]\ninterviewers:\n  Peer: [earn-trust]\n',
      ['1:1: Unknown config key `interviewer`. Did you mean `interviewers`?'],
    ],
    ['a misspelt setting beside the setting it means: left unread', 'drill:\n  quietClok: maybe\n  quietClock: true\n', ['2:3: Unknown setting `quietClok` in `drill`. Did you mean `quietClock`?']],
    ['a key near none: its value unread', 'loop:\n  Bar raiser: [customer-first]\n', ['1:1: Unknown config key `loop`. The keys are: rules, questions, redact, interviewers, loopDate, drill, linterOptions.']],
  ])('reports %s, in one run', (_name, text, expected) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(new UsageError(expected.map((line) => `.tpm-prep.yaml:${line}`).join('\n')));
  });
});

describe('drill: in the config', () => {
  it.each([
    ['drill: { quietClock: true }\n', { quietClock: true }],
    ['drill:\n  quietClock: false\n', { quietClock: false }],
    ['drill: {}\n', {}],
    ['rules: {}\n', undefined],
  ])('reads %j', (text, drill) => {
    expect(parseConfig(text, '.tpm-prep.yaml').drill).toEqual(drill);
  });

  it.each([
    ['drill: { quietClok: true }\n', '.tpm-prep.yaml:1:10: Unknown setting `quietClok` in `drill`. Did you mean `quietClock`?'],
    ['drill: { colour: true }\n', '.tpm-prep.yaml:1:10: Unknown setting `colour` in `drill`. The settings are: quietClock.'],
    ['drill:\n  quietClock: yes\n', '.tpm-prep.yaml:2:15: `drill.quietClock` is true or false.'],
    ['drill:\n  quietClock:\n', '.tpm-prep.yaml:2:14: `drill.quietClock` is true or false.'],
    ['drill: true\n', ".tpm-prep.yaml:1:8: `drill` holds the drill's settings, each true or false: write `drill: { quietClock: true }`."],
    ['drill:\n', ".tpm-prep.yaml:1:7: `drill` holds the drill's settings, each true or false: write `drill: { quietClock: true }`."],
  ])('refuses %j', (text, message) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(new UsageError(message));
  });
});

// A user's trial: in the config as `init` writes it, with a comment line above every key, a rule one space off the
// column of the rules around it was said at the comment above it, in the parser's words ("all mapping items must
// start at the same column"), and the first rule one space in as text run on, at a comment: the comments are passed
// over to the key's line, and the message is the one a key with no comment above it gets.
describe('a rule off its column under the comment above it, as init writes the config', () => {
  const written = configYaml();
  const lines = written.split('\n');
  const ids = lines.flatMap((line) => /^ {2}([a-z-]+):/.exec(line)?.[1] ?? []);
  const lineOf = (id: string) => lines.findIndex((line) => line.startsWith(`  ${id}:`)) + 1;
  const shifted = (id: string, indent: string) => written.replace(new RegExp(`^  ${id}:`, 'm'), `${indent}${id}:`);
  const refused = (text: string) => {
    try {
      parseConfig(text, '.tpm-prep.yaml');
    } catch (error) {
      return (error as Error).message;
    }
    return 'read';
  };
  const OFF = (id: string, column: number, expected: number) =>
    `.tpm-prep.yaml:${lineOf(id)}:${column}: \`${id}\` starts at column ${column}, but the keys around it start at column ${expected}: line it up with them.`;

  it('has a comment line above every rule, each rule at column 3', () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(lines[lineOf(id) - 2]).toMatch(/^ {2}# /);
  });

  it.each([
    ['one space in', '   ', 4],
    ['one space out', ' ', 2],
    ['two spaces in', '    ', 5],
  ])('names each rule %s, at its own line, the first rule too', (_name, indent, column) => {
    for (const id of ids) expect([id, refused(shifted(id, indent))]).toEqual([id, OFF(id, column, 3)]);
  });

  it('passes over blank lines between the comment and the rule too', () => {
    const text = written.replace(/^( {2}hedging:)/m, '\n\n $1');
    expect(refused(text)).toBe(`.tpm-prep.yaml:${lineOf('hedging') + 2}:4: \`hedging\` starts at column 4, but the keys around it start at column 3: line it up with them.`);
  });

  it('says the same of the first rule with no comments: the first rule, not the one after it', () => {
    expect(refused('rules:\n   missing-metric: error\n  no-tradeoff: warn\n  hedging: off\n')).toBe('.tpm-prep.yaml:2:4: `missing-metric` starts at column 4, but the keys around it start at column 3: line it up with them.');
    expect(refused('rules:\n # first\n missing-metric: error\n  # second\n  no-tradeoff: warn\n  hedging: off\n')).toBe('.tpm-prep.yaml:3:2: `missing-metric` starts at column 2, but the keys around it start at column 3: line it up with them.');
    // Two rules alone: which is off can't be told, so the second, as ever.
    expect(refused('rules:\n    no-tradeoff: warn\n  # c\n  missing-metric: off\n')).toBe('.tpm-prep.yaml:4:3: `missing-metric` starts at column 3, but the keys around it start at column 5: line it up with them.');
  });

  it('says a rule twice, with no colon or indented with a tab at its line under a comment', () => {
    expect(refused(written.replace(/^ {2}hedging: warn$/m, '  hedging: warn\n  # again\n  hedging: off'))).toBe(
      `.tpm-prep.yaml:${lineOf('hedging') + 2}:3: Duplicate key \`hedging\` (first on line ${lineOf('hedging')}): each key appears once.`,
    );
    expect(refused(written.replace(/^ {2}hedging: warn$/m, '  hedging warn'))).toBe(`.tpm-prep.yaml:${lineOf('hedging')}:3: \`hedging\` needs a colon after it: \`hedging: warn\`.`);
    expect(refused(written.replace(/^ {2}hedging: warn$/m, '\thedging: warn'))).toBe(`.tpm-prep.yaml:${lineOf('hedging')}:1: A tab indents this line; YAML indents with spaces.`);
  });
});

describe('redact: in the config', () => {
  it.each([
    ['redact: [Hallam Payments, Slough]\n', ['Hallam Payments', 'Slough']],
    ['redact:\n  - Hallam Payments\n  - 7-Eleven\n', ['Hallam Payments', '7-Eleven']],
    ['redact: Hallam Payments\n', ['Hallam Payments']],
    // One line with commas, as lps: and tags: take it (a twelfth user's trial wrote it so, and hid nothing).
    ['redact: Kredmint, Zestkart\n', ['Kredmint', 'Zestkart']],
    ['rules: {}\n', undefined],
  ])('reads %j', (text, words) => {
    expect(parseConfig(text, '.tpm-prep.yaml').redact).toEqual(words);
  });

  it.each([
    ['redact:\n', '.tpm-prep.yaml:1:8:'],
    ['redact: [Hallam, {name: x}]\n', '.tpm-prep.yaml:1:18:'],
    ['redact:\n  - Slough\n  - ""\n', '.tpm-prep.yaml:3:5:'],
  ])('refuses %j where the bad item is, saying what it takes', (text, at) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(
      new UsageError(`${at} \`redact\` takes the words and phrases \`report --redact\` hides too, as a list or one line with commas: write \`redact: [Hallam Payments, Slough]\`.`),
    );
  });
});

// A sixteenth user's trial: her loop of five, typed as five --interviewer options for every plan and report.
describe('interviewers: in the config', () => {
  it('reads each interviewer by name, its principles as a list or one line with commas, in order', () => {
    const text = 'interviewers:\n  Bar raiser: earn-trust, backbone\n  Hiring manager: [Deliver Results, ownership]\n  Peer: [dive-deep, Dive Deep, Are Right A Lot]\n';
    expect(parseConfig(text, '.tpm-prep.yaml').interviewers).toEqual([
      { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] },
      { name: 'Hiring manager', lps: ['deliver-results', 'ownership'] },
      { name: 'Peer', lps: ['dive-deep', 'are-right-a-lot'] },
    ]);
    expect(parseConfig('rules: {}\n', '.tpm-prep.yaml').interviewers).toBeUndefined();
  });

  it.each([
    ['interviewers:\n', '.tpm-prep.yaml:1:14: `interviewers` names each interviewer and the principles they probe:'],
    ['interviewers: [earn-trust, backbone]\n', '.tpm-prep.yaml:1:15: `interviewers` names each interviewer and the principles they probe:'],
    ['interviewers:\n  Bar raiser:\n', '.tpm-prep.yaml:2:14: `Bar raiser` names no principle:'],
    // At the item of one line with commas, not the line's start (an eighteenth user's trial).
    ['interviewers:\n  Bar raiser: earn-trust, bakcbone\n', '.tpm-prep.yaml:2:27: Unknown Leadership Principle "bakcbone" for `Bar raiser`. Did you mean `have-backbone-disagree-and-commit`?'],
    ['interviewers:\n  Bar raiser: "earn-trust, bakcbone"\n', '.tpm-prep.yaml:2:28: Unknown Leadership Principle "bakcbone" for `Bar raiser`. Did you mean `have-backbone-disagree-and-commit`?'],
    ['interviewers:\n  Peer: [dive-deep, nosuch]\n', '.tpm-prep.yaml:2:21: Unknown Leadership Principle "nosuch" for `Peer`.'],
    ['interviewers:\n  Peer: [dive-deep, 3]\n', '.tpm-prep.yaml:2:21: Unknown Leadership Principle "3" for `Peer`.'],
  ])('refuses %j where it is wrong, saying what it takes', (text, start) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(start);
  });
});

describe('loopDate: in the config', () => {
  it.each([
    ['a day', 'loopDate: 2026-12-17\n', '2026-12-17', '.tpm-prep.yaml:1:11'],
    ['a day quoted', 'loopDate: "2028-02-29"\n', '2028-02-29', '.tpm-prep.yaml:1:11'],
    ['a day beside the loop', 'interviewers:\n  Bar raiser: earn-trust\nloopDate: 2026-12-17\n', '2026-12-17', '.tpm-prep.yaml:3:11'],
  ])('reads %s, and where it is set', (_what, text, day, at) => {
    const config = parseConfig(text, '.tpm-prep.yaml');
    expect([config.loopDate, config.loopDateAt]).toEqual([day, at]);
  });

  it('is absent where the config has none', () => {
    expect(parseConfig('interviewers:\n  Bar raiser: earn-trust\n', '.tpm-prep.yaml').loopDate).toBeUndefined();
  });

  // Today, 2026-03-10, dates the example: a month on.
  const TODAY = Date.UTC(2026, 2, 10) / 86_400_000;
  const usage = 'write `loopDate: 2026-04-09`.';
  it.each([
    ['a day that does not exist', 'loopDate: 2026-02-30\n', `1:11: \`loopDate\` is the day of your loop, and "2026-02-30" is none: 2026 has no 30 February. Give it as YYYY-MM-DD: ${usage}`],
    ['29 February of a common year', 'loopDate: 2026-02-29\n', `1:11: \`loopDate\` is the day of your loop, and "2026-02-29" is none: 2026 has no 29 February. Give it as YYYY-MM-DD: ${usage}`],
    ['a year before 1970, not read as 1999', 'loopDate: 0099-01-01\n', `1:11: \`loopDate\` is the day of your loop, and "0099-01-01" is none: 0099 is before 1970. Give it as YYYY-MM-DD: ${usage}`],
    ['a day more than 5 years ahead', 'loopDate: 2031-03-11\n', `1:11: \`loopDate\` is the day of your loop, and "2031-03-11" is none: 2031-03-11 is more than 5 years away. Give it as YYYY-MM-DD: ${usage}`],
    // A day in another order that reads one way only is the example (a Lagos manager's trial got a month from today).
    ['a day in another order', 'loopDate: 17/12/2026\n', '1:11: `loopDate` is the day of your loop as YYYY-MM-DD, not "17/12/2026": write `loopDate: 2026-12-17`.'],
    ['a day month first', 'loopDate: 12/17/2026\n', '1:11: `loopDate` is the day of your loop as YYYY-MM-DD, not "12/17/2026": write `loopDate: 2026-12-17`.'],
    ['a day in an order that reads two ways', 'loopDate: 05/06/2026\n', `1:11: \`loopDate\` is the day of your loop as YYYY-MM-DD, not "05/06/2026": ${usage}`],
    ['a time', 'loopDate: 2026-12-17T09:00\n', `1:11: \`loopDate\` is the day of your loop as YYYY-MM-DD, not "2026-12-17T09:00": ${usage}`],
    ['days from today, which would move every day', 'loopDate: +10d\n', `1:11: \`loopDate\` is the day of your loop as YYYY-MM-DD, not "+10d": ${usage}`],
    ['a number', 'loopDate: 20261217\n', `1:11: \`loopDate\` is the day of your loop as YYYY-MM-DD, not 20261217: ${usage}`],
    ['nothing', 'loopDate:\n', `1:10: \`loopDate\` is the day of your loop as YYYY-MM-DD: ${usage}`],
    ['a list', 'loopDate: [2026-12-17]\n', `1:11: \`loopDate\` is the day of your loop as YYYY-MM-DD: ${usage}`],
  ])('refuses %s, in one line at its value', (_what, text, message) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml', '.', TODAY)).toThrow(new UsageError(`.tpm-prep.yaml:${message}`));
  });

  it('says a misspelt key is loopDate, and checks its value too', () => {
    expect(() => parseConfig('loop-date: 2026-12-17\n', '.tpm-prep.yaml')).toThrow(new UsageError('.tpm-prep.yaml:1:1: Unknown config key `loop-date`. Did you mean `loopDate`?'));
    expect(() => parseConfig('loop-date: 12/17\n', '.tpm-prep.yaml', '.', TODAY)).toThrow(
      new UsageError(['.tpm-prep.yaml:1:1: Unknown config key `loop-date`. Did you mean `loopDate`?', `.tpm-prep.yaml:1:12: \`loopDate\` is the day of your loop as YYYY-MM-DD, not "12/17": ${usage}`].join('\n')),
    );
  });

  it('does not say `loop:` with interviewers under it is loopDate', () => {
    expect(() => parseConfig('loop:\n  Bar raiser: earn-trust\n', '.tpm-prep.yaml')).toThrow(
      new UsageError('.tpm-prep.yaml:1:1: Unknown config key `loop`. The keys are: rules, questions, redact, interviewers, loopDate, drill, linterOptions.'),
    );
  });
});

describe('finding the config', () => {
  it('finds the nearest .tpm-prep.yaml upward', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: off\n');
    expect(findConfigFile(deep)).toBe(join(root, '.tpm-prep.yaml'));
    expect(loadConfig(configFileFor(undefined, [], deep), deep).rules.get('no-tradeoff')!.severity).toBe('off');
  });

  it('looks no further up than the folder holding .git, whose own config counts', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    const deep = join(root, 'repo', 'a');
    mkdirSync(join(root, 'repo', '.git'), { recursive: true });
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: off\n');
    expect(findConfigFile(deep)).toBeUndefined();
    expect(findConfigFile(root)).toBe(join(root, '.tpm-prep.yaml'));
    writeFileSync(join(root, 'repo', '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: warn\n');
    expect(findConfigFile(deep)).toBe(join(root, 'repo', '.tpm-prep.yaml'));
  });

  it('uses --config when given, and fails with exit-2 UsageError when it is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    writeFileSync(join(root, 'custom.yaml'), 'rules:\n  missing-metric: warn\n');
    expect(loadConfig(configFileFor('custom.yaml', [], root), root).rules.get('missing-metric')!.severity).toBe('warn');
    expect(() => loadConfig(configFileFor('absent.yaml', [], root), root)).toThrow(UsageError);
  });

  it('is looked up from the stories named, not the working folder; with none named, from the working folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'career/interview/stories/team'), { recursive: true });
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, '.tpm-prep.yaml'), 'rules: {}\n');
    writeFileSync(join(root, 'career/interview/.tpm-prep.yaml'), 'rules: {}\n');
    writeFileSync(join(root, 'career/interview/stories/a.yaml'), '');
    const inner = join(root, 'career/interview/.tpm-prep.yaml');
    // A folder, a file in it, a folder below, a glob: each from where its stories are.
    for (const paths of [['career/interview/stories'], ['career/interview/stories/a.yaml'], ['career/interview/stories/team'], ['career/interview/stories/*.yaml'], ['career/interview/stories/', 'career/interview/stories/a.yaml']]) {
      expect(configFileFor(undefined, paths, root)).toEqual({ path: inner });
    }
    expect(configFileFor(undefined, [], root)).toEqual({ path: join(root, '.tpm-prep.yaml') });
    expect(configFileFor(undefined, [], join(root, 'career/interview/stories'))).toEqual({ path: inner });
    // --config wins, wherever the stories are.
    expect(configFileFor('other.yaml', ['career/interview/stories'], root)).toEqual({ path: join(root, 'other.yaml'), named: 'other.yaml' });
  });

  it('refuses, in one line, paths whose nearest configs differ', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'a/stories'), { recursive: true });
    mkdirSync(join(root, 'b/stories'), { recursive: true });
    writeFileSync(join(root, 'a/.tpm-prep.yaml'), 'rules: {}\n');
    expect(() => configFileFor(undefined, ['a/stories', 'b/stories'], root)).toThrow(
      new UsageError('a/stories is under a/.tpm-prep.yaml and b/stories is under no .tpm-prep.yaml: read them in separate runs, or give --config FILE to read them all with one config.'),
    );
    writeFileSync(join(root, 'b/.tpm-prep.yaml'), 'rules: {}\n');
    expect(() => configFileFor(undefined, ['a/stories', 'b/stories/x.yaml'], root)).toThrow(/^a\/stories is under a\/\.tpm-prep\.yaml and b\/stories\/x\.yaml is under b\/\.tpm-prep\.yaml: /);
    expect(configFileFor('a/.tpm-prep.yaml', ['a/stories', 'b/stories'], root).path).toBe(join(root, 'a/.tpm-prep.yaml'));
  });
});

describe('the repository top, and the config above it', () => {
  it('is the first folder up with a .git, a folder or a worktree file; none outside a repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-top-'));
    mkdirSync(join(root, 'repo/a/b'), { recursive: true });
    mkdirSync(join(root, 'worktree/a'), { recursive: true });
    expect(repoTop(join(root, 'repo/a/b'))).toBeUndefined();
    mkdirSync(join(root, 'repo/.git'));
    writeFileSync(join(root, 'worktree/.git'), 'gitdir: ../repo/.git/worktrees/w\n');
    expect(repoTop(join(root, 'repo/a/b'))).toBe(join(root, 'repo'));
    expect(repoTop(join(root, 'repo'))).toBe(join(root, 'repo'));
    expect(repoTop(join(root, 'worktree/a'))).toBe(join(root, 'worktree'));
  });

  it('names the config above the top only where none is read inside the repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-top-'));
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    mkdirSync(join(root, 'repo/a'));
    mkdirSync(join(root, 'stories'));
    writeFileSync(join(root, '.tpm-prep.yaml'), 'rules: {}\n');
    expect(configAboveRepo(join(root, 'repo/a'))).toEqual({ config: join(root, '.tpm-prep.yaml'), stories: join(root, 'stories') });
    // Outside a repository the config is found, and read: nothing is skipped.
    expect(configAboveRepo(root)).toBeUndefined();
    writeFileSync(join(root, 'repo/.tpm-prep.yaml'), 'rules: {}\n');
    expect(configAboveRepo(join(root, 'repo/a'))).toBeUndefined();
  });
});

describe('bankFolderOf: the bank a sub-folder belongs to', () => {
  it('in a repository, is the nearest stories folder up to its top, above the current folder too', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-bank-'));
    mkdirSync(join(root, 'stories/repo/.git'), { recursive: true });
    mkdirSync(join(root, 'stories/repo/stories/cliente'), { recursive: true });
    mkdirSync(join(root, 'stories/repo/themes/work'), { recursive: true });
    const repo = join(root, 'stories/repo');
    expect(bankFolderOf(join(repo, 'stories/cliente'), join(repo, 'stories/cliente'))).toBe(join(repo, 'stories'));
    // The `stories` above the repository's top is another bank.
    expect(bankFolderOf(join(repo, 'themes/work'), repo)).toBe(join(repo, 'themes/work'));
  });

  it('outside a repository, with no config, is a stories folder no higher than the current folder, or the one holding both', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-bank-'));
    mkdirSync(join(root, 'stories/notes/prep/cases'), { recursive: true });
    mkdirSync(join(root, 'other'));
    const prep = join(root, 'stories/notes/prep');
    // The `stories` far above the folder the command runs in is not its bank: walking to the root found it.
    expect(bankFolderOf(join(prep, 'cases'), prep)).toBe(join(prep, 'cases'));
    expect(bankFolderOf(join(prep, 'cases'), join(prep, 'cases'))).toBe(join(prep, 'cases'));
    // Named from where that stories folder is, or from beside it, it is.
    expect(bankFolderOf(join(prep, 'cases'), root)).toBe(join(root, 'stories'));
    expect(bankFolderOf(join(prep, 'cases'), join(root, 'other'))).toBe(join(root, 'stories'));
  });

  it('outside a repository, is the stories folder a theme folder named or run in is directly in, or one with practice beside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-bank-'));
    mkdirSync(join(root, 'out/stories/cliente/deep'), { recursive: true });
    const bank = join(root, 'out/stories');
    expect(bankFolderOf(join(bank, 'cliente'), join(bank, 'cliente'))).toBe(bank);
    expect(bankFolderOf(join(bank, 'cliente'), join(bank, 'cliente/deep'))).toBe(bank);
    expect(bankFolderOf(join(bank, 'cliente/deep'), join(bank, 'cliente'))).toBe(bank);
    // Two levels down, with no practice beside the bank yet, nothing says the `stories` above is this bank.
    expect(bankFolderOf(join(bank, 'cliente/deep'), join(bank, 'cliente/deep'))).toBe(join(bank, 'cliente/deep'));
    mkdirSync(join(root, 'out/.tpm-prep'));
    expect(bankFolderOf(join(bank, 'cliente/deep'), join(bank, 'cliente/deep'))).toBe(bank);
  });

  it("outside a repository, stops at a prep folder's config", () => {
    const root = mkdtempSync(join(tmpdir(), 'tpm-prep-bank-'));
    mkdirSync(join(root, 'stories/prep/themes/work'), { recursive: true });
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'stories/prep/.tpm-prep.yaml'), 'rules: {}\n');
    expect(bankFolderOf(join(root, 'stories/prep/themes/work'), join(root, 'other'))).toBe(join(root, 'stories/prep/themes/work'));
  });
});

describe('linterOptions: in the config', () => {
  it.each([
    ['linterOptions: { reportUnusedDisableDirectives: off }\n', 'off'],
    ['linterOptions:\n  reportUnusedDisableDirectives: error\n', 'error'],
    ['linterOptions: { reportUnusedDisableDirectives: 1 }\n', 'warn'],
    ['linterOptions: { reportUnusedDisableDirectives: true }\n', 'warn'],
    ['linterOptions: { reportUnusedDisableDirectives: false }\n', 'off'],
    ['linterOptions: {}\n', undefined],
    ['rules: {}\n', undefined],
  ])('reads %j', (text, severity) => {
    expect(parseConfig(text, '.tpm-prep.yaml').unusedDirectives).toEqual(severity);
  });

  it.each([
    ['linterOptions: { reportUnusedDirectives: off }\n', '.tpm-prep.yaml:1:18: Unknown setting `reportUnusedDirectives` in `linterOptions`. Did you mean `reportUnusedDisableDirectives`?'],
    ['linterOptions: { noInlineConfig: true }\n', '.tpm-prep.yaml:1:18: Unknown setting `noInlineConfig` in `linterOptions`. The settings are: reportUnusedDisableDirectives.'],
    ['linterOptions: { reportUnusedDisableDirectives: eror }\n', '.tpm-prep.yaml:1:49: `linterOptions.reportUnusedDisableDirectives` is off, warn or error. Did you mean `error`?'],
    ['linterOptions: off\n', '.tpm-prep.yaml:1:16: `linterOptions` holds how lint treats suppression comments: write `linterOptions: { reportUnusedDisableDirectives: off }`.'],
  ])('refuses %j', (text, message) => {
    expect(() => parseConfig(text, '.tpm-prep.yaml')).toThrow(new UsageError(message));
  });
});

describe('an unknown rule in the config', () => {
  it.each([
    ['passive', 'Did you mean `passive-voice`?'],
    ['too-many', 'Did you mean `too-many-principles`?'],
    ['nonsense', 'Run `tpm-prep rules` to list them.'],
  ])('%s: %s', (id, hint) => {
    expect(() => parseConfig(`rules:\n  ${id}: warn\n`, '.tpm-prep.yaml')).toThrow(new UsageError(`.tpm-prep.yaml:2:3: Unknown rule \`${id}\` in \`rules\`. ${hint}`));
  });
});
