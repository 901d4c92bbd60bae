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
