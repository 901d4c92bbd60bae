/**
 * Pre-parses the built-in question bank (questions/*.yaml) into dist/questions.json at build time (scripts/build.mjs
 * bundles this module and runs it), so that `drill` starts without the YAML parser, and without checking each
 * question against the schema again: each file's questions, as question-file.ts reads them (principles and
 * categories as their ids, defaults filled in), with the SHA-1 of the file's bytes. Only a file read without a
 * problem is stored; the loader (questions.ts) takes an entry only while the file's bytes have that hash, and parses
 * the YAML itself otherwise, reporting what it finds.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../bank/decode.js';
import { parseQuestions } from './question-file.js';
import { sha1 } from '../hash.js';
import type { Precompiled } from './questions.js';

export function precompileQuestions(questionsDir: string, outFile: string): void {
  const bank: Precompiled = {};
  for (const name of readdirSync(questionsDir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const bytes = readFileSync(join(questionsDir, name));
    const text = decode(bytes);
    if ('error' in text) continue;
    const read = parseQuestions(name, text.text);
    if (read.problems.length > 0 || (read.unloaded?.length ?? 0) > 0) continue;
    bank[name] = { sha1: sha1(bytes), questions: read.questions.map(({ line, column, question }) => ({ line, column, question })) };
  }
  writeFileSync(outFile, JSON.stringify(bank));
}
