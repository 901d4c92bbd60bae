import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/bank/problem.js';
import { errorRules, findingsOf, isAbout, type FileResult } from '../../src/lint/results.js';

const span = { id: 'b', filePath: 'two.yaml', startLine: 10, endLine: 20 };
const at = (line: number, storyId?: string, ruleId = 'no-tradeoff', severity: 1 | 2 = 2): Problem => ({ ruleId, severity, message: 'm', line, column: 1, ...(storyId ? { storyId } : {}) });

describe('isAbout: whether a finding in the file is about the story', () => {
  it.each([
    ['inside its lines, named for it', at(12, 'b'), true],
    ['at its first and its last line', at(10, 'b'), true],
    ['inside its lines, naming no story (a parse problem)', at(15), true],
    ['after its lines', at(21, 'b'), false],
    ['before its lines, naming no story', at(9), false],
    ['inside its lines, named for another story', at(12, 'a'), false],
  ])('%s: %s', (_name, finding, expected) => {
    expect(isAbout(finding, span)).toBe(expected);
  });
});

describe("findingsOf: a story's findings", () => {
  it("takes its file's findings about it, not another file's nor the bank entry's", () => {
    const result = (filePath: string, messages: Problem[], bank?: true): FileResult => ({ filePath, messages, errorCount: 0, warningCount: 0, stories: [], ...(bank ? { bank } : {}) });
    const results = [result('one.yaml', [at(12, 'b')]), result('two.yaml', [at(3, 'a'), at(12, 'b', 'missing-metric')]), result('two.yaml', [at(12)], true)];
    expect(findingsOf(results, span).map((p) => p.ruleId)).toEqual(['missing-metric']);
  });
});

describe('errorRules: the rules broken at error level, each once', () => {
  it.each([
    ['none', [], []],
    ['warnings only', [at(1, 'b', 'hedging', 1)], []],
    ['in the order found, each once', [at(1, 'b', 'no-tradeoff'), at(2, 'b', 'hedging', 1), at(3, 'b', 'failure-without-lesson'), at(4, 'b', 'no-tradeoff')], ['no-tradeoff', 'failure-without-lesson']],
  ])('%s', (_name, findings, expected) => {
    expect(errorRules(findings)).toEqual(expected);
  });
});
