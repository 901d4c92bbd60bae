import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lint/rules/index.js';
import { SECONDS } from '../src/drill/limits.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rulesDoc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
// The long forms the README links to: every command's options and edge cases, bad input, the config, readiness, …
const commandsDoc = readFileSync(new URL('../docs/commands.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]))('has a rules-table row for %s at its default severity (%s)', (id, severity) => {
    expect(readme).toContain(`| \`${id}\` | ${severity} |`);
  });

  // The table's "how to fix" is the rule's own (meta.fix), which SARIF gives code scanning as the rule's help.
  it.each(RULES.map((r) => [r.meta.id, r.meta.fix]))("gives %s's fix in the rules table as the rule does", (id, fix) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row?.split(/(?<!\\)\|/).at(-2)?.trim()).toBe(fix);
  });

  // Two trials found the table's rows (hundreds of words each) too long to read: a row says what `tpm-prep rules` says,
  // and docs/rules.md the rest.
  it.each(RULES.map((r) => [r.meta.id, r.meta.description]))('says what %s flags in a line, as `tpm-prep rules` does, with a link to its section', (id, description) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row?.split(/(?<!\\)\|/).at(-3)?.trim()).toBe(`${description} [In detail](docs/rules.md#${id}).`);
  });

  it.each(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity, r.meta.fix]))('has a section for %s in docs/rules.md, at its default severity, with its fix', (id, severity, fix) => {
    const section = rulesDoc.split(/^## /m).find((s) => s.startsWith(`\`${id}\`\n`));
    expect(section).toBeDefined();
    expect(section).toContain(`**Default:** ${severity}. **How to fix:** ${fix.replace(/\]\(#/g, '](../README.md#')}`);
    // What it flags, at length: more than the line in the README.
    expect(section!.length).toBeGreaterThan(id.length + fix.length + 60);
  });

  // The README said --time's error listed forms (1h, 1.5m) that neither it nor --help gave. Its drill options and
  // docs/commands.md's both list them.
  it.each([['README.md', readme], ['docs/commands.md', commandsDoc]])("lists drill's --time forms in %s as its error and --help do", (_, text) => {
    const row = text.split('\n').find((line) => line.startsWith('| `-t, --time <time>` |'));
    expect(row?.replaceAll('`', '')).toContain(SECONDS.takes.replace(/^the time per answer: /, ''));
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npx tpm-prep lint stories/\nnpm test\n');
  });
});

/** GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-');
/** Markdown without its fenced blocks, whose `#` lines are comments and whose brackets are no links. */
const prose = (markdown: string) => markdown.replace(/^ *```[^\n]*\n[\s\S]*?^ *```/gm, '');
const anchors = (markdown: string) => new Set([...prose(markdown).matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!)));
const accuracy = readFileSync(new URL('../docs/accuracy.md', import.meta.url), 'utf8');
/** The README and every page of docs/, by their path from the repository's top. */
const pages = new Map([
  ['README.md', readme],
  ...readdirSync(new URL('../docs/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .map((name) => [`docs/${name}`, readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')] as const),
]);

describe('README links', () => {
  it('lands every link to a section, in the README and between it and docs/accuracy.md and docs/rules.md, on a heading', () => {
    const inReadme = anchors(readme);
    const inAccuracy = anchors(accuracy);
    const inRules = anchors(rulesDoc);
    const broken = [
      ...[...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!).filter((a) => !inReadme.has(a)),
      ...[...readme.matchAll(/\]\(docs\/rules\.md#([^)]+)\)/g)].map((m) => `docs/rules.md#${m[1]}`).filter((a) => !inRules.has(a.slice(a.indexOf('#') + 1))),
      ...[...rulesDoc.matchAll(/\]\(\.\.\/README\.md#([^)]+)\)/g)].map((m) => `README.md#${m[1]}`).filter((a) => !inReadme.has(a.slice(a.indexOf('#') + 1))),
      ...[...rulesDoc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => `docs/rules.md#${m[1]}`).filter((a) => !inRules.has(a.slice(a.indexOf('#') + 1))),
      ...[...readme.matchAll(/\]\(docs\/accuracy\.md#([^)]+)\)/g)].map((m) => `docs/accuracy.md#${m[1]}`).filter((a) => !inAccuracy.has(a.slice(a.indexOf('#') + 1))),
      ...[...accuracy.matchAll(/\]\(\.\.\/README\.md#([^)]+)\)/g)].map((m) => `README.md#${m[1]}`).filter((a) => !inReadme.has(a.slice(a.indexOf('#') + 1))),
    ];
    expect(broken).toEqual([]);
    // The contents line reaches every command's section.
    expect(readme).toContain('[`drill`](#tpm-prep-drill-stories-folder)');
    expect(inReadme.has('tpm-prep-drill-stories-folder')).toBe(true);
  });

  // The README was cut to its essentials and the long forms moved to docs/ (commands, bad input, config, readiness,
  // models, privacy): every link between those pages lands on a heading, and every other link of theirs on a file.
  it('lands every link between the README and docs/*.md on a heading, and every other relative link on a file', () => {
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['docs/commands.md', 'docs/bad-input.md', 'docs/config.md', 'docs/readiness.md', 'docs/models.md', 'docs/privacy.md']));
    const broken: string[] = [];
    for (const [page, text] of pages) {
      for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#');
        const file = path ? posix.normalize(posix.join(posix.dirname(page), path)) : page;
        const linked = pages.get(file);
        if (linked === undefined ? !existsSync(new URL(`../${file}`, import.meta.url)) : anchor !== undefined && !anchors(linked).has(anchor)) {
          broken.push(`${page}: ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  // Each command's part of the README is a few lines and a link to the rest, which docs/commands.md keeps under the
  // same heading; a part that grows past two screens should move its detail there too.
  it("gives each command a short section in the README, with a link to its long form in docs/commands.md", () => {
    const sections = readme.split(/^### /m).filter((s) => s.startsWith('`tpm-prep '));
    expect(sections.map((s) => s.slice(0, s.indexOf('\n')))).toHaveLength(13);
    for (const section of sections) {
      const id = slug(section.slice(0, section.indexOf('\n')));
      expect(anchors(commandsDoc).has(id)).toBe(true);
      expect(section).toContain(`](docs/commands.md#${id})`);
      expect(section.split('\n').length).toBeLessThan(80);
    }
  });
});
