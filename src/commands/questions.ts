/** `tpm-prep questions`: list the question bank, filtered by principle and category. */
import { isDumbTerminal } from '../color.js';
import type { Io } from '../io.js';
import { allPrinciples, parseLpArgs } from '../principles/args.js';
import { proseWidth, wrapPhrases, wrapText } from '../text/wrap.js';
import { filterQuestions, questionJson, resolveCategories, type Question } from '../drill/questions.js';
import { principle } from '../principles/catalog.js';
import { configFor, questionsFor } from '../drill/workspace.js';

export interface QuestionsOptions {
  readonly lp?: string[];
  /** The option each of `lp` was typed with, `--lp` or `--lps`, for messages that name it. */
  readonly lpFlags?: readonly string[];
  readonly category?: string[];
  readonly questions?: string;
  readonly config?: string;
  readonly format?: string;
}

export async function questionsCommand(options: QuestionsOptions, io: Io): Promise<number> {
  // `--lp all`, as drill and plan take it: every principle, so every question, as without --lp; it goes alone.
  const lps = allPrinciples(options.lp) ? [] : parseLpArgs(options.lp, '--lp', true, options.lpFlags);
  const categories = resolveCategories(options.category);
  const all = (await questionsFor(options, io, await configFor(options, io))).map((q) => q.question);
  const shown = filterQuestions(all, { lps, categories });
  if (options.format === 'json') {
    io.stdout(JSON.stringify(shown.map(questionJson), null, 2) + '\n');
    return 0;
  }
  if (shown.length === 0) {
    io.stderr('tpm-prep: no question matches those filters. Run `tpm-prep questions` to see them all.\n');
    return 0;
  }
  const width = proseWidth(io.columns);
  // A dumb terminal (a screen reader's, which says "·" as "dot"): the principles on a line of their own.
  const plain = isDumbTerminal(io.env);
  const blocks = shown.map((q) => `${heading(q, width, plain)}\n${wrapText(`  ${q.text}`, width, 2)}`);
  io.stdout(blocks.join('\n\n') + '\n');
  return 0;
}

/** Where a heading's lines after its first start. */
const UNDER = 4;

/**
 * "id  category · Principle + Principle", wrapped after a "·" or a "+" (each principle's name kept whole where
 * it fits), its lines after the first further in than the question's; the id on a line of its own where the
 * line leaves too little room for the category beside it. `plain`: no "·", the principles on the lines under the
 * category.
 */
function heading(q: Question, width: number, plain = false): string {
  const names = q.lps.map((lp, i) => `${principle(lp).name}${i < q.lps.length - 1 ? ' +' : ''}`);
  const category = `${q.category}${names.length > 0 && !plain ? ' ·' : ''}`;
  const first = `${q.id}  ${category}`;
  if (plain) {
    const top = first.length <= width ? first : `${q.id}\n${' '.repeat(UNDER)}${category}`;
    return names.length > 0 ? `${top}\n${wrapPhrases([`${' '.repeat(UNDER)}${names[0]}`, ...names.slice(1)], width, UNDER)}` : top;
  }
  // Held whole by wrapPhrases only where it would fit a line after the first, so only then beside the id.
  if (first.length <= width - UNDER) return wrapPhrases([first, ...names], width, UNDER);
  return `${q.id}\n${wrapPhrases([`${' '.repeat(UNDER)}${category}`, ...names], width, UNDER)}`;
}
