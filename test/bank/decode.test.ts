import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/bank/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(Buffer.from('\ufefftitle: café\n'))).toEqual({ text: 'title: café\n' });
  });

  it('refuses a binary file, naming the line of the first NUL', () => {
    expect(decode(Buffer.from('title: t\nx\0y'))).toEqual({ error: 'This is a binary file, not YAML text.', line: 2 });
  });

  it('refuses text that is not UTF-8, naming the line and the byte', () => {
    const latin1 = Buffer.from('title: t\nresult: caf\xe9\n', 'latin1');
    expect(decode(latin1)).toEqual({ error: 'This file is not UTF-8 (byte 0xe9). Save it as UTF-8.', line: 2 });
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
