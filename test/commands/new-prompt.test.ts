import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PASTE_GAP_MS, pasteInput } from '../../src/commands/new-prompt.js';

/** The prompt on fake streams: `type` writes keys as a terminal would deliver them, one chunk per call. */
function prompt(validate?: (answer: string) => true | string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (d: Buffer) => (screen += d.toString('utf8')));
  const answer = pasteInput({ message: 'Situation:', ...(validate ? { validate } : {}) }, { input, output });
  const pause = (ms = PASTE_GAP_MS * 3) => new Promise((r) => setTimeout(r, ms));
  return { answer, screen: () => screen, type: async (keys: string) => (input.write(keys), pause()) };
}

describe('pasteInput: the prompt new asks with', () => {
  it.each([
    ['a paste whose lines end in Enter comes in whole', ['First line.\rSecond line.\rThird.\r'], 'First line.\nSecond line.\nThird.'],
    ['a blank line in a paste is kept', ['One.\r\rTwo.\r'], 'One.\n\nTwo.'],
    ['a paste with no Enter at its end waits for one typed', ['One.\rTwo.', '\r'], 'One.\nTwo.'],
    ['typed text and an Enter typed after it: one line', ['I owned it.', '\r'], 'I owned it.'],
    ['typed keys one at a time', ['a', 'b', '\r'], 'ab'],
    ['Backspace on an empty line joins it to the line above, as in an editor', ['One.\rTwo', '\x7f\x7f\x7f', '\x7f', ' Two!\r'], 'One. Two!'],
    ['an Enter alone is an empty answer', ['\r'], ''],
  ])('%s', async (_, chunks, expected) => {
    const p = prompt();
    for (const chunk of chunks) await p.type(chunk);
    await expect(p.answer).resolves.toBe(expected);
  });

  it('submits only when nothing follows an Enter: a paste is not cut at its first line break', async () => {
    const p = prompt();
    let settled = false;
    void p.answer.then(() => (settled = true));
    await p.type('One.\rTwo.');
    expect(settled).toBe(false);
    await p.type('\r');
    expect(settled).toBe(true);
  });

  it('shows the lines pasted so far, and when done the first line and how many more', async () => {
    const p = prompt();
    await p.type('One.\rTwo.\rThree.');
    expect(p.screen()).toContain('Two.');
    await p.type('\r');
    await p.answer;
    expect(p.screen()).toMatch(/Situation: One\. \(\+2 more lines\)/);
  });

  it('validates the whole answer, and on a refusal shows why and keeps the line to mend', async () => {
    const p = prompt((a) => (a.trim() ? true : 'A story needs a title.'));
    await p.type('\r');
    expect(p.screen()).toContain('A story needs a title.');
    await p.type('Cut checkout latency\r');
    await expect(p.answer).resolves.toBe('Cut checkout latency');
  });

  it('Ctrl-C cancels, whatever was pasted', async () => {
    const p = prompt();
    const outcome = p.answer.then(String, (error: Error) => error.name);
    await p.type('One.\rTwo.\r\x03');
    expect(await outcome).toBe('ExitPromptError');
  });
});
