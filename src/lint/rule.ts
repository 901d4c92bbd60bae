/** What a rule is: a self-describing, pure check over one story. */
import type { LpId } from '../principles/catalog.js';
import type { Story, TextField } from '../bank/schema.js';
import type { StoryFacts } from './facts.js';

export type Severity = 'off' | 'warn' | 'error';

export interface RuleMeta {
  readonly id: string;
  /** One line for the README's rules table and `--help`: what the rule flags. */
  readonly description: string;
  /** How to fix what it flags, in a sentence or two: the README rules table's "how to fix", SARIF's rule help. */
  readonly fix: string;
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
  /** In a text field, the character where the phrase starts; in a list, the item. */
  readonly index?: number;
  /**
   * The most this finding can weigh. Absent, it takes the rule's configured severity; `'warn'` caps it at a
   * warning, for a rule that reports at two levels (too-long). Config still wins: a rule set to warn never
   * reports an error, a rule set to off never runs, and a draft's errors are warnings.
   */
  readonly severity?: 'warn' | 'error';
}

export interface Rule<Options = undefined> {
  readonly meta: RuleMeta;
  /** Parses the rule's options from config; throws a message on bad options. Absent: no options. */
  readonly options?: (raw: unknown) => Options;
  /** The description with the options in force (`tpm-prep rules`), for a rule whose description names them. */
  readonly describe?: (options: Options) => string;
  readonly check: (story: Story, report: (r: Report) => void, options: Options) => void;
}

/**
 * A rule over the whole bank rather than one story: it runs only when a folder is linted, since a few
 * staged files say nothing about the bank. Its findings belong to the folder.
 */
export interface BankRule<Options = undefined> {
  readonly meta: RuleMeta;
  readonly options?: (raw: unknown) => Options;
  /** The description with the options in force (`tpm-prep rules`), for a rule whose description names them. */
  readonly describe?: (options: Options) => string;
  readonly checkBank: (stories: readonly StoryFacts[], report: (message: string) => void, options: Options) => void;
}

export type AnyRule = Rule<any> | BankRule<any>;

export function isBankRule(rule: AnyRule): rule is BankRule<any> {
  return 'checkBank' in rule;
}
