/**
 * Bytes to text, refusing binary files and text that is not UTF-8, with where the first bad byte is; UTF-16
 * text is named as such, not read.
 */

export type Decoded = { readonly text: string } | { readonly error: string; readonly line: number; readonly column: number };

export function decode(bytes: Uint8Array): Decoded {
  // Before the NUL check: UTF-16 text (Windows Notepad's "Unicode") is full of NULs, but it is text, saved wrong.
  if (isUtf16(bytes)) return { error: 'This file is UTF-16 text, not UTF-8. Save it as UTF-8.', line: 1, column: 1 };
  const nul = bytes.subarray(0, 8000).indexOf(0);
  if (nul !== -1) return { error: 'This is a binary file, not YAML text.', line: lineAt(bytes, nul), column: 1 };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    return { error: `This file is not UTF-8 (byte 0x${bytes[bad]!.toString(16)}). Save it as UTF-8.`, line: lineAt(bytes, bad), column: columnAt(bytes, bad) };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Lines ended with CR alone (classic Mac OS, or an editor set so): YAML would read the file as one line, and the
  // story as keys missing. (A stray CR in a file of LF or CRLF lines is text, and is read as such.)
  const cr = text.indexOf('\r');
  if (cr !== -1 && !text.includes('\n') && /\r(?!$)/.test(text)) {
    return { error: 'This file ends its lines with CR alone (classic Mac OS line endings), which YAML does not read. Save it with LF (or CRLF) line endings.', line: 1, column: cr + 1 };
  }
  return { text };
}

/**
 * Whether `bytes` look like UTF-16: a UTF-16 byte order mark (FF FE or FE FF), or, without one, mostly
 * ASCII characters each paired with a NUL on the same side. Only for naming the file's encoding.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const pairs = Math.floor(Math.min(bytes.length, 8000) / 2);
  let little = 0;
  let big = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    const [a, b] = [bytes[i]!, bytes[i + 1]!];
    // Two zero bytes together are no UTF-16 text an editor writes: binary.
    if (a === 0 && b === 0) return false;
    if (b === 0 && a > 0 && a < 0x80) little++;
    else if (a === 0 && b > 0 && b < 0x80) big++;
  }
  // Mostly ASCII in one byte order, as a file of prose is; a binary file only sometimes looks like that.
  return pairs >= 4 && Math.max(little, big) >= pairs * 0.9;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The column of the byte at `offset`, all of its line before it being UTF-8, in the units every other finding's
 * column counts: UTF-16 code units of the text, from 1, after the byte order mark a first line may start with.
 */
function columnAt(bytes: Uint8Array, offset: number): number {
  // (lastIndexOf counts a negative start from the end.)
  const start = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + start, offset - start).toString('utf8');
  return (start === 0 ? before.replace(/^\uFEFF/, '') : before).length + 1;
}

/** The offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [need, min] = b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : b >= 0xe0 ? [2, 0x800] : b >= 0xc2 && b < 0xe0 ? [1, 0x80] : [0, 0];
    if (need === 0 || b > 0xf4) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
