/** `tpm-prep questions`: list the question bank, filtered by principle and category. */
import type { Io } from '../io.js';
import { parseLpArgs } from '../principles/args.js';
import { wrapText } from '../text/wrap.js';
import { filterQuestions, questionJson, resolveCategories } from '../drill/questions.js';
import { principleNames } from '../principles/catalog.js';
import { questionsFor } from '../drill/workspace.js';

export interface QuestionsOptions {
  readonly lp?: string[];
  readonly category?: string[];
  readonly questions?: string;
  readonly config?: string;
  readonly format?: string;
}

export function questionsCommand(options: QuestionsOptions, io: Io): number {
  const lps = parseLpArgs(options.lp, '--lp');
  const categories = resolveCategories(options.category);
  const all = questionsFor(options, io).map((q) => q.question);
  const shown = filterQuestions(all, { lps, categories });
  if (options.format === 'json') {
    io.stdout(JSON.stringify(shown.map(questionJson), null, 2) + '\n');
    return 0;
  }
  if (shown.length === 0) {
    io.stderr('tpm-prep: no question matches those filters. Run `tpm-prep questions` to see them all.\n');
    return 0;
  }
  const blocks = shown.map((q) => `${q.id}  ${[q.category, principleNames(q.lps)].filter(Boolean).join(' · ')}\n${wrapText(`  ${q.text}`, 100, 2)}`);
  io.stdout(blocks.join('\n\n') + '\n');
  return 0;
}
