// Pre-parses the built-in question bank (questions/*.yaml) into dist/questions.json at build time, so
// `drill` starts without parsing 19 YAML files. Each file is stored with the SHA-1 of its bytes; the
// loader (src/drill/questions.ts) uses an entry only when the file's hash still matches, validates it
// with the same zod schema, and parses the YAML itself otherwise. Only clean files are stored here:
// anything odd is left to the loader, which reports it with file:line:col.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export function precompileQuestions(questionsDir, outFile) {
  const bank = {};
  for (const name of readdirSync(questionsDir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const bytes = readFileSync(join(questionsDir, name));
    const lines = new LineCounter();
    const doc = parseDocument(bytes.toString('utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const root = doc.contents;
    const clean =
      doc.errors.length === 0 && doc.warnings.length === 0 && isMap(root) && root.items.length === 1 && isScalar(root.items[0].key) && root.items[0].key.value === 'questions';
    const list = clean ? root.get('questions', true) : undefined;
    if (!isSeq(list) || !list.items.every(isMap)) continue;
    const questions = list.items.map((item) => {
      const { line, col } = lines.linePos(item.range[0]);
      return { line, column: col, value: item.toJS(doc) };
    });
    bank[name] = { sha1: createHash('sha1').update(bytes).digest('hex'), questions };
  }
  writeFileSync(outFile, JSON.stringify(bank));
}
