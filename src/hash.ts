/**
 * Fingerprints, all here: lint's and drill's caches and the pre-parsed question bank know a file by the SHA-1 of its
 * bytes, and init knows the files an earlier init wrote by the SHA-256 of their text.
 */
import { createHash } from 'node:crypto';

/**
 * The SHA-1 of bytes or text (as UTF-8), in hex: how lint's and drill's caches know a file, a folder or a build, and
 * the loader a built-in question file. Not for security: it only has to notice a file that changed. node:crypto,
 * loaded and run, is as fast as cyrb53 in JavaScript (which lint used) on a few files and faster on many, since
 * JavaScript is not yet optimised at start-up: 3.8 ms of CPU against 3.8 over `stories/`, 13.7 against 19.7 over
 * 1,400 files of 2,000 stories; over the question bank's 140 kB, about 2 ms against 10. Loading it costs about 2 MB of
 * memory (README, Performance: a commit hook's run over a 10,000-story bank peaks at 142 MB of its 150).
 */
export function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** The SHA-256 of a text (as UTF-8), in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
