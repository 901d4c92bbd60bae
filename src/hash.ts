/**
 * Fingerprints, all here: lint's and drill's caches and the pre-parsed question bank know a file by a hash of its
 * bytes, and init knows the files an earlier init wrote by the SHA-256 of their text.
 */
import { createHash } from 'node:crypto';

/**
 * A fingerprint of bytes or text: cyrb53's mixing, run with two seeds, so 106 bits, plus the length. Not
 * cryptographic, and it needn't be: it only has to notice a file that changed, and a change keeping all
 * 106 bits is a 1-in-10^31 event.
 */
export function hash(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ 0x9e3779b9;
  let b2 = 0x41c6ce57 ^ 0x9e3779b9;
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i]!;
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2246822519);
    b2 = Math.imul(b2 ^ ch, 3266489917);
  }
  return `${finish(a1, a2)}${finish(b1, b2)}${bytes.length.toString(36)}`;
}

/** cyrb53's final mix of its two lanes, as 53 bits in hex. */
function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The SHA-1 of bytes, in hex. Over the built-in question bank's 140 kB, the JavaScript hash above, not yet optimised
 * at start-up, takes about 10 ms, and node:crypto about 2, loaded and run.
 */
export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The SHA-256 of a text (as UTF-8), in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
