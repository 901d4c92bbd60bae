/** A finding about a file: from the loader (parse, schema, duplicate-id) or from a rule. */
export interface Problem {
  readonly ruleId: string;
  /** 1 = warning, 2 = error, as in ESLint. */
  readonly severity: 1 | 2;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly storyId?: string;
}

/**
 * "errors in a.yaml, b.yaml; run `tpm-prep lint` for details." for the files with an error, or undefined. (Here,
 * with no import, so that lint, which loads the bank lazily, can say it without loading the parser.)
 */
export function errorsNotice(files: readonly { readonly path: string; readonly problems: readonly Problem[] }[]): string | undefined {
  const broken = files.filter((f) => f.problems.some((p) => p.severity === 2));
  return broken.length === 0 ? undefined : `errors in ${broken.map((f) => f.path).join(', ')}; run \`tpm-prep lint\` for details.`;
}
