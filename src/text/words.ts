/** Small word-level helpers shared by the rules. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** The word that ends just before `index`, lower-cased ('' at a sentence or clause start). */
export function wordBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 40), index);
  const m = /([\p{L}\p{N}'’-]+)\s*$/u.exec(head);
  return m ? m[1]!.toLowerCase() : '';
}

/** The word that starts just after `index`, lower-cased. */
export function wordAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** True when `index` opens a sentence, a clause after ; or :, a line, or a bullet item. */
export function atClauseStart(text: string, index: number): boolean {
  const start = Math.max(0, index - 40);
  const head = text.slice(start, index);
  if (/[.!?;:\n]["”’)]?\s*(?:[-*•]\s+)?$/.test(head)) return true;
  return start === 0 && /^\s*(?:[-*•]\s+)?$/.test(head);
}
