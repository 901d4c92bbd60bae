/** What a rule is: a self-describing, pure check over one story. */
import type { LpId } from '../principles/catalog.js';
import type { Story, TextField } from '../bank/schema.js';

export type Severity = 'off' | 'warn' | 'error';

export interface RuleMeta {
  readonly id: string;
  /** One line for the README's rules table and `--help`: what the rule flags. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The principles this gap weakens, if any. */
  readonly principles?: readonly LpId[];
}

/**
 * A place a rule points at: a phrase inside a field (`field` with `index`), a field's key (`field`
 * alone), or the story itself (neither).
 */
export interface Report {
  readonly message: string;
  readonly field?: TextField | 'partners' | 'lps' | 'tags';
  readonly index?: number;
}

export interface Rule<Options = undefined> {
  readonly meta: RuleMeta;
  /** Parses the rule's options from config; throws a message on bad options. Absent: no options. */
  readonly options?: (raw: unknown) => Options;
  readonly check: (story: Story, report: (r: Report) => void, options: Options) => void;
}
