/**
 * A question file's YAML → its questions, each with where it was written, and its problems at file:line:col with a
 * did-you-mean, as the story loader gives them. Apart from questions.ts, so that a drill over the built-in bank,
 * which the build parsed already (dist/questions.json), loads no YAML parser.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { keyNode, nodeAt } from '../bank/parse.js';
import { firstOnEachLine, unknownAlias, yamlProblem } from '../bank/yaml-problem.js';
import { positionOf } from '../bank/positions.js';
import { LIST_OR_LINE } from '../bank/schema.js';
import { closest, didYouMean } from '../text/suggest.js';
import { QUESTION_KEYS, questionSchema, type LoadedQuestion, type QuestionBank, type QuestionProblem } from './questions.js';

/** One file's text → its questions with positions, and its problems. Pure. */
export function parseQuestions(path: string, text: string): QuestionBank {
  const lines = new LineCounter();
  const questions: LoadedQuestion[] = [];
  const problems: QuestionProblem[] = [];
  const unloaded: { id: string; path: string; line: number; column: number }[] = [];
  const at = (node: unknown): { line: number; column: number } => positionOf(lines, (node as Node | undefined)?.range?.[0] ?? 0);
  const problem = (node: unknown, message: string): void => {
    const { line, column } = at(node);
    problems.push(`${path}:${line}:${column}: ${message}`);
  };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const error of firstOnEachLine(doc.errors, lines)) {
    const { message, offset } = yamlProblem(error, text, 'question');
    const { line, column } = positionOf(lines, offset);
    problems.push(`${path}:${line}:${column}: ${message}`);
  }
  if (doc.errors.length > 0) return { questions, problems };
  const root = doc.contents;
  if (!isMap(root) || !root.has('questions')) {
    // Said as empty where it is (an eighteenth user's trial read the message as about what was in it).
    const empty = root === null || (isScalar(root) && root.value === null);
    problem(root, `${empty ? 'The file is empty. ' : ''}A question file holds a \`questions:\` list, each entry starting with "- id: …".`);
    return { questions, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'questions') problem(pair.key, `Unknown key \`${key}\`.${didYouMean(key, ['questions']) || ' A question file holds only `questions:`.'}`);
  }
  const list = root.get('questions', true);
  if (!isSeq(list)) {
    problem(list ?? root, '`questions:` must be a list, each entry starting with "- id: …".');
    return { questions, problems };
  }
  let values: unknown[];
  try {
    values = (doc.toJS({ maxAliasCount: 50 }) as { questions: unknown[] }).questions;
  } catch (error) {
    const unknown = unknownAlias(doc, error);
    if (unknown) {
      const { line, column } = positionOf(lines, unknown.offset);
      problems.push(`${path}:${line}:${column}: ${unknown.message}`);
    } else problem(root, 'The YAML can\'t be read as questions (too many aliases or too deeply nested).');
    return { questions, problems };
  }
  list.items.forEach((item, i) => {
    if (!isMap(item)) {
      problem(item, 'Each entry under `questions:` is a mapping with `id`, `text`, `lps`, `category` and `followups`.');
      return;
    }
    const parsed = questionSchema.safeParse(values[i]);
    if (parsed.success) {
      questions.push({ question: parsed.data, path, ...at(item) });
      return;
    }
    for (const issue of parsed.error.issues) {
      for (const { node, message } of describeIssue(issue, item)) problem(node, message);
    }
    const id = (values[i] as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.trim() !== '') unloaded.push({ id, path, ...at(item) });
  });
  return { questions, problems, unloaded };
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[]; expected?: string };

function describeIssue(issue: Issue, item: YAMLMap): { node: unknown; message: string }[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const node = nodeAt(item, path);
  const [field, index] = path;
  const name = field === undefined ? 'The question' : index === undefined ? `\`${field}\`` : `Item ${Number(index) + 1} of \`${field}\``;
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => {
      const hint = closest(key, QUESTION_KEYS);
      return {
        node: keyNode(item, key) ?? item,
        message: `Unknown key \`${key}\`.${hint ? ` Did you mean \`${hint}\`?` : ` A question's keys are: ${QUESTION_KEYS.join(', ')}.`}`,
      };
    });
  }
  if (issue.code === 'invalid_type') {
    const missing = node === item && field !== undefined && !item.has(field);
    if (missing) return [{ node: item, message: `A question needs \`${field}\`.` }];
    const expected = issue.expected === 'array' ? (field === 'lps' && index === undefined ? LIST_OR_LINE : 'a list') : issue.expected === 'string' ? 'text' : (issue.expected ?? 'something else');
    return [{ node, message: `${name} should be ${expected}.` }];
  }
  return [{ node, message: /[.?]$/.test(issue.message) ? issue.message : `${name}: ${issue.message}.` }];
}
