// What drill and questions read: here, that the config (and with it every rule) is read only where there is one, and
// the questions' YAML parser loaded only for a file the build didn't parse.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/io.js';

const configLoaded = vi.hoisted(() => vi.fn());
vi.mock('../../src/lint/config.js', async (importOriginal) => {
  configLoaded();
  return importOriginal();
});
const parserLoaded = vi.hoisted(() => vi.fn());
vi.mock('../../src/drill/question-file.js', async (importOriginal) => {
  parserLoaded();
  return importOriginal();
});
const { configFor, questionsFor } = await import('../../src/drill/workspace.js');

const io = (cwd: string): Io => ({ cwd, env: {}, stdout: () => {}, stderr: () => {}, isTTY: false });

describe('configFor and questionsFor', () => {
  it('loads no config reader, so no rule, in a folder with no config: the built-in questions, parsed by the build, so no YAML parser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-no-config-'));
    const config = await configFor({}, io(dir));
    expect(config).toBeUndefined();
    const ids = (await questionsFor({}, io(dir), config)).map((q) => q.question.id);
    expect(ids).toContain('ownership-01');
    expect(configLoaded).not.toHaveBeenCalled();
    expect(parserLoaded).not.toHaveBeenCalled();
  });

  it("reads the config where there is one, for its `questions:` folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'mine.yaml'), 'questions:\n  - id: my-own-01\n    text: Why this team?\n    category: behavioral\n');
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'questions: mine\n');
    const ids = (await questionsFor({}, io(dir), await configFor({}, io(dir)))).map((q) => q.question.id);
    expect(ids).toContain('my-own-01');
    expect(ids).toContain('ownership-01');
    expect(configLoaded).toHaveBeenCalled();
    // Its own question file is parsed.
    expect(parserLoaded).toHaveBeenCalled();
  });

  it("doesn't hold the config's missing `questions:` folder against a drill given --questions", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-config-'));
    mkdirSync(join(dir, 'given'));
    writeFileSync(join(dir, 'given', 'q.yaml'), 'questions:\n  - id: given-01\n    text: Why this team?\n    category: behavioral\n');
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'questions: gone\n');
    const config = await configFor({}, io(dir));
    await expect(questionsFor({}, io(dir), config)).rejects.toThrow('`questions` names gone');
    expect((await questionsFor({ questions: 'given' }, io(dir), config)).map((q) => q.question.id)).toContain('given-01');
  });
});
