// The CI formats end to end: `github` byte for byte, `sarif` against the official SARIF 2.1.0 schema,
// `-o` and `--stdin`, and the README's GitHub Actions and editor recipes run as written.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as AjvModule from 'ajv-draft-04';
import * as formatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FileResult } from '../../src/lint/engine.js';
import { github } from '../../src/lint/formatters/github.js';
import { FORMATS } from '../../src/lint/formatters/index.js';
import { FILE_CHECKS, RULES, RULE_IDS } from '../../src/lint/rules/index.js';
import { ROOT, cli } from '../helpers.js';
import { STRONG, WEAK, childEnv, cleanUp, prepRepo, recipe, sh, tempDir } from './recipes.js';

afterAll(cleanUp);

// ajv-draft-04 (Ajv 8 for JSON Schema draft-04, which the SARIF schema is written in) and ajv-formats are CommonJS.
const Ajv = AjvModule.default.default;
const addFormats = formatsModule.default.default;
// The schema's `language` pattern has a stray `]`, valid only without the u flag, as JSON Schema regexes were read then.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')));

function expectValidSarif(text: string): any {
  const log = JSON.parse(text);
  const valid = validateSarif(log);
  expect(valid ? [] : validateSarif.errors).toEqual([]);
  return log;
}

/** A config with only the rules named, at the severity given; every other rule off. */
function configFile(rules: Record<string, 'warn' | 'error'>): string {
  const path = join(tempDir(), '.tpm-prep.yaml');
  writeFileSync(path, `rules:\n${RULE_IDS.map((id) => `  ${id}: ${rules[id] ?? 'off'}`).join('\n')}\n`);
  return path;
}

/** A folder whose bank, `stories/`, holds one strong story: the bank-level rules have gaps to report. */
function oneStoryBank(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'stories'));
  copyFileSync(STRONG, join(dir, 'stories', 'strong.yaml'));
  return dir;
}

describe('lint --format github', () => {
  it('prints one workflow command per problem, byte for byte (golden)', () => {
    const config = configFile({ 'missing-metric': 'error', 'no-tradeoff': 'error', 'no-named-partner': 'warn' });
    const run = cli(['lint', '-f', 'github', '-c', config, 'test/fixtures/weak/all-four.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        '::warning file=test/fixtures/weak/all-four.yaml,line=12,col=1,title=no-named-partner::No partner is named. Name who you worked with and their role ("Priya Nair, the Payments engineering manager"), or add `partners:`.',
        '::error file=test/fixtures/weak/all-four.yaml,line=12,col=1,title=no-tradeoff::No trade-off is stated. Name what you gave up and why: "I deferred X to ship Y", "…instead of…", or add `tradeoff:`.',
        '::error file=test/fixtures/weak/all-four.yaml,line=17,col=1,title=missing-metric::The result has no number. Say what changed and by how much: "from 48 hours to 12", "down 15%25", "$2M a year".',
        '',
      ].join('\n'),
    );
  });

  it('escapes %, CR and LF in messages, and : and , in properties, as the GitHub toolkit does (golden)', () => {
    const results: FileResult[] = [
      {
        filePath: 'stories/a,b:c%.yaml',
        messages: [{ ruleId: 'schema', severity: 2, message: '100% done\r\nnext: line', line: 3, column: 7 }],
        errorCount: 1,
        warningCount: 0,
        stories: [],
      },
      { filePath: 'stories/clean.yaml', messages: [], errorCount: 0, warningCount: 0, stories: [] },
      {
        filePath: 'stories/',
        messages: [{ ruleId: 'lp-coverage', severity: 1, message: 'No story for Frugality, 0%.', line: 1, column: 1 }],
        errorCount: 0,
        warningCount: 1,
        stories: [],
        bank: true,
      },
    ];
    expect(github(results)).toBe(
      '::error file=stories/a%2Cb%3Ac%25.yaml,line=3,col=7,title=schema::100%25 done%0D%0Anext: line\n' +
        '::warning title=lp-coverage::stories/: No story for Frugality, 0%25.\n',
    );
    expect(github([])).toBe('');
  });

  it('reports bank-level findings too, without a file or line, naming the folder', () => {
    const run = cli(['lint', '-f', 'github', 'stories/'], { cwd: oneStoryBank() });
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(error|warning) (file=[^,]+,line=\d+,col=\d+,)?title=[a-z-]+::\S/);
    expect(lines.filter((l) => l.startsWith('::warning title=lp-coverage::stories/: ')).length).toBeGreaterThan(0);
  });
});

describe('lint --format sarif', () => {
  it('is valid SARIF 2.1.0 for a weak story, with every rule described from RULES', () => {
    const run = cli(['lint', '-f', 'sarif', 'test/fixtures/weak/all-four.yaml']);
    expect(run.status).toBe(1);
    const log = expectValidSarif(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('tpm-prep');
    const level = { off: 'none', warn: 'warning', error: 'error' };
    for (const { meta } of RULES) {
      const rule = driver.rules.find((r: any) => r.id === meta.id);
      expect(rule.shortDescription.text).toBe(meta.description);
      expect(rule.defaultConfiguration.level).toBe(level[meta.defaultSeverity]);
    }
    // Every rule, then every check of the files that `rules` names as no rule (FILE_CHECKS), and nothing else.
    expect(driver.rules.map((r: any) => r.id)).toEqual([...RULE_IDS, ...FILE_CHECKS]);
  });

  // GitHub code scanning shows a rule's fullDescription and help with each alert; sarif-multitool's GH2012 asks for help.
  it("gives every rule a full description and help: what it flags and how to fix it, as the README's rules table says", () => {
    const { rules } = expectValidSarif(cli(['lint', '-f', 'sarif', 'test/fixtures/weak/all-four.yaml']).stdout).runs[0].tool.driver;
    for (const { meta } of RULES) {
      const rule = rules.find((r: any) => r.id === meta.id);
      expect(rule.fullDescription).toEqual({ text: meta.description });
      expect(rule.help).toEqual({ text: meta.fix });
    }
    for (const rule of rules) {
      expect(rule.fullDescription.text, rule.id).toMatch(/\S/);
      expect(rule.help.text, rule.id).toMatch(/\S/);
      expect(rule.help.text, rule.id).not.toBe(rule.fullDescription.text);
    }
  });

  it('has one result per problem, at the same line and column as the json format, pointing at its rule', () => {
    const path = 'test/fixtures/weak/all-four.yaml';
    const log = expectValidSarif(cli(['lint', '-f', 'sarif', path]).stdout);
    const [file] = JSON.parse(cli(['lint', '-f', 'json', path]).stdout);
    const { rules } = log.runs[0].tool.driver;
    const results = log.runs[0].results;
    expect(results).toHaveLength(file.messages.length);
    results.forEach((result: any, i: number) => {
      const m = file.messages[i];
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result).toMatchObject({ ruleId: m.ruleId, level: m.severity === 2 ? 'error' : 'warning', message: { text: m.message } });
      expect(result.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: path, uriBaseId: '%SRCROOT%' },
        region: { startLine: m.line, startColumn: m.column },
      });
    });
  });

  it('is valid for a whole bank (with bank-level results), a clean story, and parse and schema errors', () => {
    const bank = expectValidSarif(cli(['lint', '-f', 'sarif', 'stories/'], { cwd: oneStoryBank() }).stdout);
    expect(bank.runs[0].results.some((r: any) => r.ruleId === 'lp-coverage')).toBe(true);
    expect(expectValidSarif(cli(['lint', '-f', 'sarif', 'stories/curbside-pickup-launch.yaml']).stdout).runs[0].results).toEqual([]);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad yaml.yaml'), 'title: [unclosed\n');
    writeFileSync(join(dir, 'odd.yaml'), 'title: A story\nreslt: 5\n');
    const odd = expectValidSarif(cli(['lint', '-f', 'sarif', 'bad yaml.yaml', 'odd.yaml'], { cwd: dir }).stdout);
    expect(odd.runs[0].results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual(
      expect.arrayContaining([
        ['parse', 'bad%20yaml.yaml'],
        ['schema', 'odd.yaml'],
      ]),
    );
  });
});

// Bank-level results (lp-coverage, no-failure-story) pointed at the folder, `stories/`. GitHub code scanning refuses a
// result with no location, or no artifact, and shows an alert at a file: they point at the config in use, where the
// bank's rules are set, else at the bank's first story file, line 1, with the folder in `properties.bank`.
describe('lint --format sarif, findings about the bank as a whole', () => {
  const bankResults = (log: any) => log.runs[0].results.filter((r: any) => r.properties?.bank !== undefined);
  const at = (r: any) => [r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region];

  it('points them at the config in use, line 1, the folder in properties.bank', () => {
    const dir = oneStoryBank();
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'rules:\n  hedging: off\n');
    const log = expectValidSarif(cli(['lint', '-f', 'sarif'], { cwd: dir }).stdout);
    const bank = bankResults(log);
    expect(bank.map((r: any) => r.ruleId)).toEqual(expect.arrayContaining(['lp-coverage', 'no-failure-story']));
    for (const r of bank) {
      expect(at(r)).toEqual(['.tpm-prep.yaml', { startLine: 1, startColumn: 1 }]);
      expect(r.properties).toEqual({ bank: 'stories/' });
      expect(r.locations).toHaveLength(1);
    }
    // A story's own findings keep their file, line and column, and no such property.
    expect(log.runs[0].results.filter((r: any) => r.properties?.bank === undefined).every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('stories/'))).toBe(true);
    // A config named with -c, from another folder: that file, as shown from here.
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'lint.yaml'), 'rules:\n  hedging: off\n');
    const named = expectValidSarif(cli(['lint', '-f', 'sarif', '-c', 'ci/lint.yaml', 'stories/'], { cwd: dir }).stdout);
    expect(new Set(bankResults(named).map((r: any) => at(r)[0]))).toEqual(new Set(['ci/lint.yaml']));
  });

  it('without a config, points them at the first story file of the bank; never at a folder', () => {
    const dir = oneStoryBank();
    copyFileSync(WEAK, join(dir, 'stories', 'weak.yaml'));
    const log = expectValidSarif(cli(['lint', '-f', 'sarif', 'stories/'], { cwd: dir }).stdout);
    expect(bankResults(log).length).toBeGreaterThan(0);
    for (const r of bankResults(log)) expect(at(r)).toEqual(['stories/strong.yaml', { startLine: 1, startColumn: 1 }]);
    expect(log.runs[0].results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('/'))).toEqual([]);
  });
});

// A review: run from stories/ with the config in the folder above, the bank's findings pointed at `../.tpm-prep.yaml`
// and the stories at `weak.yaml`, which GitHub code scanning, reading a relative uri from the repository's root,
// matches to no file. Every uri is now relative to the repository's top (%SRCROOT%), from whatever folder lint runs in.
describe('lint --format sarif, uris relative to the repository root', () => {
  const uris = (log: any) => [...new Set(log.runs[0].results.map((r: any) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)))].sort();
  const bank = (dir: string) => {
    mkdirSync(join(dir, 'stories'));
    copyFileSync(STRONG, join(dir, 'stories', 'strong.yaml'));
    copyFileSync(WEAK, join(dir, 'stories', 'weak.yaml'));
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'rules:\n  hedging: off\n');
    return dir;
  };
  const expected = [
    JSON.stringify({ uri: '.tpm-prep.yaml', uriBaseId: '%SRCROOT%' }),
    JSON.stringify({ uri: 'stories/weak.yaml', uriBaseId: '%SRCROOT%' }),
  ];

  it('from stories/ of a git repository, and from its top, alike', () => {
    const repo = bank(prepRepo());
    const inside = expectValidSarif(cli(['lint', '-f', 'sarif'], { cwd: join(repo, 'stories') }).stdout);
    expect(uris(inside)).toEqual(expected);
    expect(uris(expectValidSarif(cli(['lint', '-f', 'sarif', 'stories/'], { cwd: repo }).stdout))).toEqual(expected);
    // From a folder beside the bank, naming it.
    mkdirSync(join(repo, 'ci'));
    expect(uris(expectValidSarif(cli(['lint', '-f', 'sarif', '../stories'], { cwd: join(repo, 'ci') }).stdout))).toEqual(expected);
  });

  it('in a prep folder below the top of its repository (a monorepo): from that top', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'career'));
    const prep = bank(join(repo, 'career'));
    const log = expectValidSarif(cli(['lint', '-f', 'sarif'], { cwd: join(prep, 'stories') }).stdout);
    expect(uris(log)).toEqual(expected.map((e) => e.replace('"uri":"', '"uri":"career/')));
  });

  it('outside a git repository, from the folder holding the run and every file: no uri starts "../"', () => {
    const dir = bank(tempDir());
    expect(uris(expectValidSarif(cli(['lint', '-f', 'sarif'], { cwd: join(dir, 'stories') }).stdout))).toEqual(expected);
  });

  it('points at a file outside the repository by an absolute file: uri, with no uriBaseId', () => {
    const repo = bank(prepRepo());
    const log = expectValidSarif(cli(['lint', '-f', 'sarif', '-c', '.tpm-prep.yaml', 'stories/weak.yaml', WEAK], { cwd: repo }).stdout);
    expect(uris(log)).toEqual([JSON.stringify({ uri: pathToFileURL(WEAK).href }), expected[1]]);
  });
});

// A new user's trial: after `cp oncall-load.yaml oncall-load-v2.yaml`, duplicate-id flagged the original, which
// sorts after its copy. Then the one not named for the id was flagged, so a copy in a file so named, sorting first,
// flagged the original. Each is flagged now, naming the other, in every format: which to change is the user's call.
describe('duplicate-id on a copied story', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'stories'));
  writeFileSync(join(dir, 'stories', 'oncall-load.yaml'), `id: oncall-load\n${readFileSync(STRONG, 'utf8').replace(/^id: .*\n/m, '')}`);
  copyFileSync(join(dir, 'stories', 'oncall-load.yaml'), join(dir, 'stories', 'oncall-load-v2.yaml'));
  // Not named for the id, sorting first: flagged as the original is, no more.
  mkdirSync(join(dir, 'stories', 'a'));
  copyFileSync(join(dir, 'stories', 'oncall-load.yaml'), join(dir, 'stories', 'a', 'oncall-load.yaml'));
  const files = ['stories/a/oncall-load.yaml', 'stories/oncall-load-v2.yaml', 'stories/oncall-load.yaml'];
  const message = (file: string) => {
    const [one, two] = files.filter((f) => f !== file);
    return `The id \`oncall-load\` is also used by ${one}:1 and ${two}:1. Give each story its own \`id\`.`;
  };

  it('is on each in stylish and json, naming the others', () => {
    const stylish = cli(['lint', 'stories/'], { cwd: dir });
    expect(stylish.status).toBe(1);
    for (const file of files) expect(stylish.stdout).toContain(`${file}\n  1:1  error    ${message(file)}  duplicate-id\n`);
    const json = JSON.parse(cli(['lint', '-f', 'json', 'stories/'], { cwd: dir }).stdout) as FileResult[];
    const dupes = json.flatMap((r) => r.messages.filter((m) => m.ruleId === 'duplicate-id').map((m) => ({ file: r.filePath, m })));
    expect(dupes).toEqual(files.map((file) => ({ file, m: { ruleId: 'duplicate-id', severity: 2, message: message(file), line: 1, column: 1, storyId: 'oncall-load' } })));
  });

  it('is on each in valid SARIF', () => {
    const log = expectValidSarif(cli(['lint', '-f', 'sarif', 'stories/'], { cwd: dir }).stdout);
    const dupes = log.runs[0].results.filter((r: any) => r.ruleId === 'duplicate-id');
    expect(dupes.map((r: any) => [r.locations[0].physicalLocation.artifactLocation.uri, r.message.text])).toEqual(files.map((file) => [file, message(file)]));
  });
});

describe('lint -o, --output', () => {
  it('writes the report to the file, atomically, and keeps the exit code', () => {
    const dir = tempDir();
    const run = cli(['lint', '-f', 'json', '-o', join(dir, 'reports', 'lint.json'), 'test/fixtures/weak/all-four.yaml']);
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: '' });
    const report = JSON.parse(readFileSync(join(dir, 'reports', 'lint.json'), 'utf8'));
    expect(report[0].errorCount).toBeGreaterThan(0);
    // Replaces an earlier report, and leaves no temporary file behind.
    expect(cli(['lint', '-o', join(dir, 'reports', 'lint.json'), 'stories/curbside-pickup-launch.yaml']).status).toBe(0);
    expect(readFileSync(join(dir, 'reports', 'lint.json'), 'utf8')).toBe('');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['lint.json']);
  });

  it('writes a report of many pages to standard output, a few pages at a time, as it writes it to a file', () => {
    // Seventy-two weak stories make about 110 kB of stylish report: standard output gets it in several writes.
    const dir = tempDir();
    const story = readFileSync(join(ROOT, 'test/fixtures/weak/all-four.yaml'), 'utf8');
    for (let i = 0; i < 72; i++) writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.yaml`), story);
    const piped = cli(['lint', '--no-cache', '.'], { cwd: dir, timeout: 120_000 });
    const written = cli(['lint', '--no-cache', '-o', 'report.txt', '.'], { cwd: dir, timeout: 120_000 });
    expect(written).toMatchObject({ status: 1, stdout: '', stderr: '' });
    expect(piped).toMatchObject({ status: 1, stderr: '' });
    expect(piped.stdout.length).toBeGreaterThan(96 * 1024);
    expect(piped.stdout).toBe(readFileSync(join(dir, 'report.txt'), 'utf8'));
    expect(piped.stdout.match(/^story-\d\d\.yaml$/gm)).toEqual(Array.from({ length: 72 }, (_, i) => `story-${String(i).padStart(2, '0')}.yaml`));
    expect(piped.stdout).toMatch(/\n\n✖ \d+ problems \(\d+ errors, \d+ warnings\) · readiness \d+\/100 over 72 stories\n$/);
  });

  it('makes the folders it names that do not exist yet, however deep, as ESLint\'s --output-file does', () => {
    const dir = tempDir();
    const target = join(dir, 'ci', 'reports', 'lint', 'tpm-prep.sarif');
    expect(cli(['lint', '-f', 'sarif', '-o', target, 'stories/curbside-pickup-launch.yaml'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe('2.1.0');
  });

  it('writes no colour to a file, even with FORCE_COLOR', () => {
    const dir = tempDir();
    cli(['lint', '-o', join(dir, 'r.txt'), 'test/fixtures/weak/all-four.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('exits 2 with one line when the file cannot be written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    const run = cli(['lint', '-o', join(dir, 'taken'), 'stories/curbside-pickup-launch.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tpm-prep: Can't write .*taken: a folder has that name\.\n$/);
  });

  it.each([['a file'], ['a file inside a file']])('exits 2 with one line, no internal error, when %s stands where a folder should be', (what) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const target = what === 'a file' ? join(dir, 'file', 'lint.txt') : join(dir, 'file', 'deeper', 'lint.txt');
    const run = cli(['lint', '-o', target, 'stories/curbside-pickup-launch.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tpm-prep: Can't write ${target}: a file stands where a folder should be.\n`);
  });

  it.runIf(existsSync('/proc/self'))('says why in words, not an error code, where a folder takes no new files (/proc)', () => {
    const run = cli(['lint', '-o', '/proc/tpm-prep-lint.txt', 'test/fixtures/weak/all-four.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("tpm-prep: Can't write /proc/tpm-prep-lint.txt: no file can be made in that folder.\n");
  });
});

describe('lint --stdin', () => {
  it('lints standard input as the file named by --stdin-filename: same findings, that path, that default id', () => {
    const text = readFileSync(WEAK, 'utf8');
    const fromStdin = cli(['lint', '--stdin', '--stdin-filename', 'stories/launch-plan.yaml', '-f', 'json'], { input: text });
    const dir = tempDir();
    mkdirSync(join(dir, 'stories'));
    copyFileSync(WEAK, join(dir, 'stories', 'launch-plan.yaml'));
    const fromFile = cli(['lint', '-f', 'json', 'stories/launch-plan.yaml'], { cwd: dir });
    expect(fromStdin.status).toBe(1);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
    expect(JSON.parse(fromStdin.stdout)[0].messages[0].storyId).toBe('launch-plan');
  });

  it('shows an absolute --stdin-filename relative to the current folder, and `<stdin>` without one', () => {
    const text = readFileSync(WEAK, 'utf8');
    const absolute = cli(['lint', '--stdin', '--stdin-filename', join(ROOT, 'stories', 'x.yaml'), '-f', 'compact'], { input: text });
    expect(absolute.stdout.split('\n')[0]).toMatch(/^stories\/x\.yaml:\d+:\d+: /);
    const unnamed = cli(['lint', '--stdin', '-f', 'compact'], { input: text });
    expect(unnamed.stdout.split('\n')[0]).toMatch(/^<stdin>:\d+:\d+: /);
  });

  it('refuses binary input with a parse error, and bad flag combinations with exit 2', () => {
    const binary = cli(['lint', '--stdin', '-f', 'compact'], { input: 'title: \u0000\u0001' });
    expect(binary.status).toBe(1);
    expect(binary.stdout).toContain('This is a binary file');
    expect(cli(['lint', '--stdin-filename', 'a.yaml']).status).toBe(2);
    const both = cli(['lint', '--stdin', 'stories/'], { input: '' });
    expect(both.status).toBe(2);
    expect(both.stderr).toBe('tpm-prep: Give either --stdin or paths to lint, not both.\n');
  });

  it('runs the README editor recipe', () => {
    const run = sh(recipe('stdin').replace(/\btpm-prep\b/, `node ${JSON.stringify(join(ROOT, 'bin', 'tpm-prep.js'))}`), ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(cli(['lint', '--format', 'compact', 'stories/curbside-pickup-launch.yaml']).stdout);
  });
});

// A trial's CI ran `tpm-prep lint -f sarif "$PWD/stories"`: the files came out relative, the bank's own findings
// (lp-coverage and the like) under the folder as typed, absolute, in every format (SARIF's uri "/tmp/…/stories/").
describe('a folder named by its absolute path', () => {
  it('shows the bank, as each file, relative to the current folder, in every format', () => {
    const dir = oneStoryBank();
    copyFileSync(WEAK, join(dir, 'stories', 'weak.yaml'));
    const absolute = join(dir, 'stories');
    const byFormat = (format: string) => {
      const run = cli(['lint', '-f', format, absolute], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain(dir);
      return run.stdout;
    };
    const json = JSON.parse(byFormat('json'));
    expect(json.map((r: FileResult) => r.filePath)).toEqual(['stories/strong.yaml', 'stories/weak.yaml', 'stories/']);
    const sarifUris = new Set(expectValidSarif(byFormat('sarif')).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    // The bank's own findings at its first story file (no config here): a file, as code scanning shows alerts.
    expect([...sarifUris].sort()).toEqual(['stories/strong.yaml', 'stories/weak.yaml']);
    expect(byFormat('github')).toMatch(/^::warning title=lp-coverage::stories\/: /m);
    expect(byFormat('compact')).toMatch(/^stories\/:1:1: warning .*\[lp-coverage\]$/m);
    expect(byFormat('stylish')).toMatch(/^stories\/$/m);
    // From inside the folder, the bank is `./`, as `tpm-prep lint .` shows it.
    const inside = cli(['lint', '-f', 'json', absolute], { cwd: absolute });
    expect(JSON.parse(inside.stdout).map((r: FileResult) => r.filePath)).toEqual(['strong.yaml', 'weak.yaml', './']);
  });
});

describe('the README GitHub Actions recipe', () => {
  const workflow = parse(recipe('github-actions'));
  const steps: { name?: string; run?: string }[] = workflow.jobs.lint.steps;
  const ours = steps.filter((s) => s.run?.includes('tpm-prep'));

  it('is a workflow whose tpm-prep steps use the github and sarif formats and upload the report', () => {
    expect(ours.map((s) => s.run)).toEqual([expect.stringContaining('--format github'), expect.stringContaining('--format sarif')]);
    const upload = steps.find((s: any) => String(s.uses).startsWith('github/codeql-action/upload-sarif')) as any;
    expect(upload.with.sarif_file).toBe('tpm-prep.sarif');
    expect(workflow.jobs.lint.permissions['security-events']).toBe('write');
  });

  it('fails the lint step with annotations, and writes a valid SARIF report, on a weak story', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    const [lint, report] = ours.map((s) => sh(s.run!, repo, childEnv()));
    expect(lint!.status).toBe(1);
    expect(lint!.stdout).toMatch(/^::error file=stories\/weak\.yaml,line=\d+,col=\d+,title=missing-metric::/m);
    expect(lint!.stdout).not.toContain('strong.yaml');
    expect(report!.status).toBe(0);
    const log = expectValidSarif(readFileSync(join(repo, 'tpm-prep.sarif'), 'utf8'));
    expect(log.runs[0].results.some((r: any) => r.ruleId === 'missing-metric')).toBe(true);
  });

  it('runs tpm-prep with `npx --no --offline` in every step, so a failed `npm ci` fetches nothing from the registry', () => {
    for (const step of ours) expect(step.run).toMatch(/^npx --no --offline tpm-prep lint /);
    // The SARIF step runs even after `npm ci` failed (if: always()): no node_modules, and no tpm-prep on the PATH.
    const repo = tempDir('tpm-prep-repo-');
    mkdirSync(join(repo, 'stories'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    const sarifStep = ours.find((s) => s.run!.includes('--format sarif'))!;
    const report = sh(sarifStep.run!, repo, childEnv());
    // npx asked no registry (ENOTCACHED), and the step fails: its exit 1 is not lint's findings, as no report is written.
    expect(report.stderr).toContain('ENOTCACHED');
    expect(report.status).not.toBe(0);
    expect(existsSync(join(repo, 'tpm-prep.sarif'))).toBe(false);
  });

  it('passes the lint step on a bank of strong stories', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    const [lint, report] = ours.map((s) => sh(s.run!, repo, childEnv()));
    expect(lint!.status).toBe(0);
    expect(report!.status).toBe(0);
    expect(existsSync(join(repo, 'tpm-prep.sarif'))).toBe(true);
  });
});

it('lint --help offers every format', () => {
  const help = cli(['lint', '--help']).stdout.replace(/\s+/g, ' ');
  for (const name of FORMATS) expect(help).toContain(`"${name}"`);
});
