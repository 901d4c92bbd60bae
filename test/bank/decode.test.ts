import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8, isUtf16 } from '../../src/bank/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(Buffer.from('\ufefftitle: café\n'))).toEqual({ text: 'title: café\n' });
  });

  it('refuses a binary file, naming the line of the first NUL', () => {
    expect(decode(Buffer.from('title: t\nx\0y'))).toEqual({ error: 'This is a binary file, not YAML text.', line: 2, column: 1 });
  });

  it('names UTF-16 text (Notepad\'s "Unicode"), with or without a byte order mark, rather than calling it binary', () => {
    const UTF16 = { error: 'This file is UTF-16 text, not UTF-8. Save it as UTF-8.', line: 1, column: 1 };
    const story = 'title: t\nresult: café\n';
    const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]))).toEqual(UTF16);
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be(story)]))).toEqual(UTF16);
    expect(decode(Buffer.from(story, 'utf16le'))).toEqual(UTF16);
    expect(decode(be(story))).toEqual(UTF16);
  });

  const CR_ONLY = 'This file ends its lines with CR alone (classic Mac OS line endings), which YAML does not read. Save it with LF (or CRLF) line endings.';
  it.each([
    ['lines ended with CR alone', 'title: t\rresult: r\r', 9],
    ['after a BOM', '\ufefftitle: t\rresult: r', 9],
    ['with no CR at the end', 'title: t\rtask: k\rresult: r', 9],
  ])('refuses a file of CR line endings alone (%s), at the first CR', (_, text, column) => {
    expect(decode(Buffer.from(text))).toEqual({ error: CR_ONLY, line: 1, column });
  });

  it.each([
    ['LF lines', 'title: t\nresult: r\n'],
    ['CRLF lines', 'title: t\r\nresult: r\r\n'],
    ['LF lines with a stray CR in one', 'title: t\rx\nresult: r\n'],
    ['one line ended by a CR', 'title: t\r'],
    ['no line break at all', 'title: t'],
  ])('reads %s as text', (_, text) => {
    expect(decode(Buffer.from(text))).toEqual({ text });
  });

  it('refuses text that is not UTF-8, naming the line and the byte', () => {
    const latin1 = Buffer.from('title: t\nresult: caf\xe9\n', 'latin1');
    expect(decode(latin1)).toEqual({ error: 'This file is not UTF-8 (byte 0xe9). Save it as UTF-8.', line: 2, column: 12 });
  });

  // A new user's trial: a Latin-1 file was reported at 2:1, not at its bad byte.
  it.each([
    ['at the start of the file', [Buffer.from([0xe9])], 1, 1],
    ['on the first line', [Buffer.from('title: caf'), Buffer.from([0xe9])], 1, 11],
    // Columns count the text as every finding's do: UTF-16 units, after a BOM, a tab one.
    ['after a BOM', [Buffer.from('\ufefftitle: caf'), Buffer.from([0xe9])], 1, 11],
    ['after UTF-8 letters of one unit each', [Buffer.from('title: Café Zoë '), Buffer.from([0xe9])], 1, 17],
    ['after a letter of two units', [Buffer.from('title: 𝄞 '), Buffer.from([0xe9])], 1, 11],
    ['after a tab, on a CRLF line', [Buffer.from('title: t\r\n\tresult: caf'), Buffer.from([0xe9])], 2, 13],
    ['at the start of a line', [Buffer.from('title: t\n'), Buffer.from([0xe9])], 2, 1],
    ['a broken sequence: at its first byte', [Buffer.from('title: t\nresult: ab'), Buffer.from([0xe2, 0x82])], 2, 11],
  ])('names the bad byte\'s line and column: %s', (_, parts, line, column) => {
    expect(decode(Buffer.concat(parts))).toMatchObject({ line, column });
  });
});

describe('isUtf16', () => {
  it.each([
    ['UTF-16LE byte order mark', bytes(0xff, 0xfe), true],
    ['UTF-16BE byte order mark', bytes(0xfe, 0xff), true],
    ['ASCII with a NUL after each character', Buffer.from('title: T\n', 'utf16le'), true],
    ['ASCII with a NUL before each character', Buffer.from('title: T\n', 'utf16le').swap16(), true],
    // A review: too short to tell, and binary that is only half made of such pairs.
    ['one character and a NUL', bytes(0x61, 0), false],
    ['half text pairs, half binary', bytes(0x74, 0, 0x69, 0, 0x74, 0, 0x6c, 0, 0xff, 0xd8, 0xff, 0xe0, 0x10, 0x4a, 0x46, 0x49), false],
    ['UTF-8 text', Buffer.from('title: café\n'), false],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0), false],
    ['a run of NULs', bytes(0, 0, 0, 0, 0, 0), false],
    ['empty', bytes(), false],
  ])('%s', (_name, input, expected) => {
    expect(isUtf16(input)).toBe(expected);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', bytes(0x61, 0x62), -1],
    ['two-byte é', bytes(0xc3, 0xa9), -1],
    ['three-byte €', bytes(0xe2, 0x82, 0xac), -1],
    ['four-byte emoji', bytes(0xf0, 0x9f, 0x98, 0x80), -1],
    ['lone continuation byte', bytes(0x61, 0x80), 1],
    ['truncated sequence', bytes(0x61, 0xe2, 0x82), 1],
    ['overlong encoding', bytes(0xc0, 0xaf), 0],
    ['surrogate half', bytes(0xed, 0xa0, 0x80), 0],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});
