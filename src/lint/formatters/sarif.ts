/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, the tool's rules with their
 * metadata (from RULES, plus the loader's own checks), and one result per problem.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../../build.js';
import type { SuppressedProblem } from '../../bank/problem.js';
import { noted, type FileResult } from '../results.js';
import type { FormatContext, SourceRoot } from './index.js';
import type { Severity } from '../rule.js';
import { RULES } from '../rules/index.js';

/** Findings that come from reading the bank rather than from a rule. */
const LOADER_RULES: readonly { id: string; description: string; fix: string; defaultSeverity: Severity }[] = [
  {
    id: 'parse',
    description: "The file isn't readable YAML text, or holds no story.",
    fix: 'Fix the YAML where the message points (`tpm-prep new` writes a story that reads), or move a file that is not a story out of the folder.',
    defaultSeverity: 'error',
  },
  {
    id: 'schema',
    description: "A story doesn't fit the story format: a wrong type, an unknown key or principle.",
    fix: 'Change the key or value the message names to what the story format takes (`tpm-prep schema` prints it).',
    defaultSeverity: 'error',
  },
  { id: 'duplicate-id', description: 'Two stories in the bank share an id.', fix: 'Give one of the two stories another `id:`.', defaultSeverity: 'error' },
  {
    id: 'directive',
    description: 'A suppression comment names no rule, or an unknown one, or silences nothing.',
    fix: 'Name the rule to turn off, as `tpm-prep rules` lists them, or remove the comment where nothing is left to silence.',
    defaultSeverity: 'warn',
  },
];

const LEVEL: Record<Severity, 'none' | 'warning' | 'error'> = { off: 'none', warn: 'warning', error: 'error' };

/**
 * The file a finding about the bank as a whole (lp-coverage, no-failure-story, duplicate-id: `r.bank`) is shown at.
 * SARIF 2.1.0 lets a result have no location (§3.27.12), but GitHub code scanning refuses the upload of one
 * ("locationFromSarifResult: expected at least one location", github/codeql-action#2459), and of a location with no
 * artifact, or an empty uri; and an alert is shown at a file, with its lines, which a folder (`stories/`, as this
 * pointed before) is not. So: the config in use, `.tpm-prep.yaml`, where the bank's rules are set and turned off,
 * at its first line; with none, the bank's first story file, at its first line; with neither, the folder. The message
 * says it is about the bank, and `properties.bank` names the folder.
 */
function bankArtifact(results: readonly FileResult[], config: string | undefined): string | undefined {
  return config ?? results.find((r) => !r.bank)?.filePath;
}

export function sarif(results: readonly FileResult[], context: FormatContext = {}): string {
  const bankAt = bankArtifact(results, context.config);
  const rules = [...RULES.map((r) => r.meta), ...LOADER_RULES].map((meta) => ({
    id: meta.id,
    shortDescription: { text: meta.description },
    // GitHub code scanning shows a rule's full description and its help with each alert (sarif-multitool's GH2012
    // asks for the help): what the rule flags, and how to fix it.
    fullDescription: { text: meta.description },
    help: { text: meta.fix },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    ...('principles' in meta && meta.principles?.length ? { properties: { tags: [...meta.principles] } } : {}),
  }));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tpm-prep',
            version: VERSION,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        // A finding a suppression comment silenced is a result too, with `suppressions` (SARIF's inSource, and the
        // reason after ` -- ` as its justification), as code scanning shows it: dismissed, not gone.
        results: results.flatMap((r) =>
          [...r.messages, ...(r.suppressed ?? [])].map((m) => ({
            ruleId: m.ruleId,
            ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
            level: m.severity === 2 ? 'error' : 'warning',
            // A bank finding with the stories it could not count, as each is read on its own.
            message: { text: noted(m.message, r) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(r.bank && bankAt !== undefined ? bankAt : r.filePath, context.source),
                  region: r.bank && bankAt !== undefined ? { startLine: 1, startColumn: 1 } : { startLine: m.line, startColumn: m.column },
                },
              },
            ],
            ...(r.bank ? { properties: { bank: r.filePath } } : {}),
            ...('suppressions' in m ? { suppressions: (m as SuppressedProblem).suppressions.map(({ justification }) => ({ kind: 'inSource', ...(justification ? { justification } : {}) })) } : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * Where a path shown from the current folder is, for SARIF: relative to %SRCROOT%, the root of the sources (`source`),
 * as GitHub code scanning reads a relative uri: from the root of the repository analysed, whatever folder the run was
 * in (GitHub's "SARIF support for code scanning", "Specifying the root for source files"). So `lint -f sarif` run from
 * stories/ points at `stories/a.yaml` and `.tpm-prep.yaml`, where `a.yaml` and `../.tpm-prep.yaml` matched no file of
 * the repository. A file outside the root is an absolute file: uri, with no uriBaseId, which SARIF allows only with a
 * relative uri (§3.4.4); standard input (`<stdin>`), and a path with no `source`, is as shown.
 */
function artifactLocation(path: string, source: SourceRoot | undefined): { uri: string; uriBaseId?: string } {
  if (source === undefined || path === '<stdin>') return { uri: toUri(path), uriBaseId: '%SRCROOT%' };
  const full = resolve(source.cwd, path);
  const rel = relative(source.root, full).split(sep).join('/');
  if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return { uri: pathToFileURL(full).href + (path.endsWith('/') ? '/' : '') };
  // A folder (the bank's, where there is no file to show it at) keeps its slash; the root itself is "./".
  const uri = rel === '' ? './' : `${toUri(rel)}${path.endsWith('/') ? '/' : ''}`;
  return { uri, uriBaseId: '%SRCROOT%' };
}

/** A relative POSIX path as a URI reference: each segment percent-encoded. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
