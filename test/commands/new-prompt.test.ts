import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PASTE_GAP_MS, fitAnswer, pasteInput } from '../../src/commands/new-prompt.js';

/** The prompt on fake streams: `type` writes keys as a terminal would deliver them, one chunk per call. */
function prompt(validate?: (answer: string) => true | string, columns?: number, message = 'Situation:') {
  const input = new PassThrough();
  // A terminal's output, so the prompt turns bracketed paste on; `columns` wide where given.
  const output = Object.assign(new PassThrough(), { isTTY: true, ...(columns === undefined ? {} : { columns }) });
  let screen = '';
  output.on('data', (d: Buffer) => (screen += d.toString('utf8')));
  const answer = pasteInput({ message, ...(validate ? { validate } : {}), ...(columns === undefined ? {} : { columns }) }, { input, output });
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
    ['Windows line ends are one break each', ['One.\r\nTwo.\r\n'], 'One.\nTwo.'],
    ['a bracketed paste, then an Enter typed', ['\x1b[200~One.\rTwo.\x1b[201~', '\r'], 'One.\nTwo.'],
    ['the empty lines a paste ends with are left out', ['\x1b[200~One.\r\r\x1b[201~', '\r'], 'One.'],
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

  it('keeps a bracketed paste whole however slowly it arrives, and submits only on an Enter typed after it', async () => {
    const p = prompt();
    let settled = false;
    void p.answer.then(() => (settled = true));
    await p.type('\x1b[200~Checkout p99 had crept to 2.4 s.\r');
    await p.type('Carts were being abandoned.\r');
    // Far longer than the gap an unbracketed paste is allowed.
    await new Promise((r) => setTimeout(r, PASTE_GAP_MS * 3));
    await p.type('Peak was six weeks away.\r\x1b[201~');
    expect(settled).toBe(false);
    await p.type('\r');
    await expect(p.answer).resolves.toBe('Checkout p99 had crept to 2.4 s.\nCarts were being abandoned.\nPeak was six weeks away.');
  });

  it('turns the terminal\'s bracketed paste on while it asks, and off when it is answered', async () => {
    const p = prompt();
    await p.type('x');
    expect(p.screen()).toContain('\x1b[?2004h');
    expect(p.screen()).not.toContain('\x1b[?2004l');
    await p.type('\r');
    await p.answer;
    expect(p.screen().lastIndexOf('\x1b[?2004l')).toBeGreaterThan(p.screen().lastIndexOf('\x1b[?2004h'));
  });

  it('counts only the lines that will be kept when it shows how many more there are', async () => {
    const p = prompt();
    await p.type('\x1b[200~One.\rTwo.\r\r\x1b[201~');
    await p.type('\r');
    await p.answer;
    expect(p.screen()).toMatch(/Situation: One\. \(\+1 more line\)/);
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
    // …and leaves the terminal's bracketed paste off, as it found it.
    expect(p.screen().lastIndexOf('\x1b[?2004l')).toBeGreaterThan(p.screen().lastIndexOf('\x1b[?2004h'));
  });

  // A twenty-sixth user's trial: at 100 columns the answers came back broken mid-word ("wro / te").
  it('echoes the answer wrapped at its words to the terminal, its lines under the question two columns in', async () => {
    const question = 'Action: what did you do, step by step? Say "I", name who you worked with. The longest part.';
    const typed = 'I wrote the reconciliation report myself, found 1,340 payouts recorded twice in payments, and paused the old jobs one region at a time.';
    const p = prompt(undefined, 100, question);
    await p.type(`${typed}\r`);
    await p.answer;
    const echoed = p.screen().slice(p.screen().lastIndexOf('✔')).replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').trimEnd();
    expect(echoed).toBe(
      [
        '✔ Action: what did you do, step by step? Say "I", name who you worked with. The longest part. I',
        '  wrote the reconciliation report myself, found 1,340 payouts recorded twice in payments, and',
        '  paused the old jobs one region at a time.',
      ].join('\n'),
    );
  });

  it('wraps the lines pasted so far, and the echo of a paste with the count of the rest, at their words', async () => {
    const first = 'Double payouts fell from 1,340 a month to zero within two weeks of the cut-over, by the finance reconciliation report.';
    const p = prompt(undefined, 60, 'Result:');
    await p.type(`\x1b[200~${first}\rThe audit closed.\r\x1b[201~`);
    const clean = () => p.screen().replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '');
    expect(clean()).toContain('? Result: Double payouts fell from 1,340 a month to zero\n  within two weeks of the cut-over, by the finance\n  reconciliation report.\n  The audit closed.\n');
    await p.type('\r');
    await p.answer;
    expect(clean().slice(clean().lastIndexOf('✔')).trimEnd()).toBe('✔ Result: Double payouts fell from 1,340 a month to zero\n  within two weeks of the cut-over, by the finance\n  reconciliation report. (+1 more line)');
  });
});

describe('fitAnswer: where the answer goes after its question', () => {
  it('puts it after the question as it is, not in a terminal', () => {
    expect(fitAnswer('Task: what did you own?', 'I owned it.', undefined, '(+1 more line)')).toBe(' I owned it.');
  });

  it('starts it on the line under a question whose last line has no room for its first word', () => {
    const question = `Task: ${'x'.repeat(80)}\n  ${'y'.repeat(90)}`;
    expect(fitAnswer(question, 'Unbelievably long first word.', 100)).toBe('\n  Unbelievably long first word.');
  });

  it('keeps the count of a paste\'s other lines on the answer\'s last line, a column spare, its last word with it', () => {
    const question = 'Result: what number changed?';
    const answer = 'Double payouts fell from 1,340 a month to zero in two weeks.';
    // (Alone, the answer fits after the question: 91 columns with the "? " before it; the count takes it to 106.)
    expect(fitAnswer(question, answer, 100)).toBe(` ${answer}`);
    const laid = fitAnswer(question, answer, 100, '(+1 more line)');
    expect(laid).toBe(' Double payouts fell from 1,340 a month to zero in two\n  weeks.');
    expect(`? ${question}${laid} (+1 more line)`.split('\n').map((line) => line.length <= 99)).toEqual([true, true]);
  });

  it('keeps the count beside the last word of an answer that ends in spaces', () => {
    const laid = fitAnswer('Result: what number changed?', `Double payouts fell from 1,340 a month to zero in two weeks.${' '.repeat(30)}`, 100, '(+1 more line)');
    expect(laid).toBe(' Double payouts fell from 1,340 a month to zero in two\n  weeks.');
  });
});
