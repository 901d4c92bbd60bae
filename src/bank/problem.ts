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

/** Why a finding is not reported: a suppression comment, with the reason written after its ` -- ` ('' for none), as ESLint's. */
export interface Suppression {
  readonly kind: 'directive';
  readonly justification: string;
}

/** A finding a suppression comment silenced, with each comment that did (ESLint's `suppressedMessages`). */
export interface SuppressedProblem extends Problem {
  readonly suppressions: readonly Suppression[];
}

/**
 * What map, plan, report and drill say about files with errors, or undefined: the stories left out for them
 * first, by id and file, since those are missing from the command's output ("left out for their errors:
 * ach-settlement in stories/ach.yaml, stories/broken.yaml"), then the files whose stories were read anyway
 * ("errors in b.yaml"). (Here, with no import, so that lint, which loads the bank lazily, can say it without
 * loading the parser.)
 */
export function errorsNotice(
  files: readonly { readonly path: string; readonly problems: readonly Pick<Problem, 'severity' | 'storyId'>[]; readonly stories: readonly { readonly story: { readonly id: string } }[] }[],
): string | undefined {
  const leftOut: string[] = [];
  const readAnyway: string[] = [];
  for (const f of files) {
    if (!f.problems.some((p) => p.severity === 2)) continue;
    const missing = storiesLeftOut(f.problems, f.stories.map((s) => s.story.id));
    if (missing.ids.length > 0) leftOut.push(`${missing.ids.join(', ')} in ${f.path}`);
    else if (missing.wholeFile) leftOut.push(f.path);
    // A file with a story left out and another read with errors is named once, for what is missing.
    else readAnyway.push(f.path);
  }
  const parts = [
    ...(leftOut.length > 0 ? [`left out for their errors: ${leftOut.join(', ')}`] : []),
    ...(readAnyway.length > 0 ? [`errors in ${readAnyway.join(', ')}`] : []),
  ];
  return parts.length === 0 ? undefined : `${parts.join('; ')}; run \`tpm-prep lint\` for details.`;
}

/**
 * The stories of a file left out for their errors: those an error names that were not read (`ids`), or, when it
 * has errors and no story was read, the whole file (`wholeFile`: a story or more, nobody can say which).
 */
export function storiesLeftOut(problems: readonly Pick<Problem, 'severity' | 'storyId'>[], readIds: readonly string[]): { ids: string[]; wholeFile: boolean } {
  const errors = problems.filter((p) => p.severity === 2);
  const read = new Set(readIds);
  const ids = [...new Set(errors.flatMap((p) => (p.storyId !== undefined && !read.has(p.storyId) ? [p.storyId] : [])))];
  return { ids, wholeFile: ids.length === 0 && errors.length > 0 && readIds.length === 0 };
}
