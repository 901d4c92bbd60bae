/**
 * Markdown emphasis read through. Candidates who write notes in Markdown put it in their stories too
 * ("- **I mapped** every auth path", "I _decided_ to wait", "the `settle` job"), and the rules read words:
 * "**I mapped**" must be "I mapped", or the action loses its "I". The markers go; what they wrap stays, and
 * each character of the plain text keeps its index in the text as written, so a finding still lands on its
 * line and column.
 *
 * Only markers that wrap something, with no space inside them, are emphasis: a bullet ("* item"), a product
 * ("C*Star"), a snake_case name and "2 * 3" stay as they are.
 */

export interface Plain {
  /** The text with its emphasis markers taken out. */
  readonly text: string;
  /** The index in the text as written of character `index` of the plain text (and of its end). */
  readonly original: (index: number) => number;
}

// Strong or emphasised text, and inline code: ***x***, **x**, __x__, *x*, _x_, `x`. Underscores and single stars only
// at word edges, so "snake_case_name" and "a*b" are left alone.
const EMPHASIS =
  /\*\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*\*|\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|(?<![\p{L}\p{N}_])__(?=\S)([^_\n]+?)(?<=\S)__(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])|`([^`\n]+)`/gu;
const MARKER = /[*_`]/;

export function withoutEmphasis(text: string): Plain {
  if (!MARKER.test(text)) return { text, original: (index) => index };
  let plain = '';
  let from = 0;
  // Where each run of plain text starts, in the plain text and in the text as written.
  // (An emphasised run may hold emphasis of its own, read through the same way: "***I***", "**_I mapped_**".)
  const runs: { plain: number; written: number; inner?: (index: number) => number }[] = [{ plain: 0, written: 0 }];
  for (const m of text.matchAll(EMPHASIS)) {
    const code = m[6] !== undefined;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!;
    const marker = (m[0].length - inner.length) / 2;
    const read = code ? undefined : withoutEmphasis(inner);
    plain += text.slice(from, m.index);
    runs.push({ plain: plain.length, written: m.index + marker, ...(read && read.text !== inner ? { inner: read.original } : {}) });
    plain += read?.text ?? inner;
    runs.push({ plain: plain.length, written: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from === 0) return { text, original: (index) => index };
  plain += text.slice(from);
  return {
    text: plain,
    original(index) {
      // The last run that starts at or before `index` (runs are in order of both indexes).
      let lo = 0;
      let hi = runs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (runs[mid]!.plain <= index) lo = mid;
        else hi = mid - 1;
      }
      const run = runs[lo]!;
      return run.written + (run.inner ? run.inner(index - run.plain) : index - run.plain);
    },
  };
}
