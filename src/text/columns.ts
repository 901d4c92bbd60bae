/**
 * A table's first column of labels (story ids) for the commands' text output: as wide as its longest label
 * needs, within the line, with a label too long for it cut to fit. Pure.
 */

/**
 * The narrowest the column gets, however narrow the line: a cut label keeps five characters and its "…", and
 * map's compact heatmap (33 columns after its ids, with its staggered header) still fits 40 columns.
 */
export const MIN_LABEL_COLUMN = 7;

/**
 * The width of a first column holding `labels` (its header among them), the space after it included: as wide
 * as the longest label needs, but no wider than a `width`-column line leaves once the `rest` columns after it
 * are taken, and never under MIN_LABEL_COLUMN.
 */
export function labelColumn(labels: readonly string[], width: number, rest: number): number {
  const needed = Math.max(0, ...labels.map((label) => label.length)) + 1;
  return Math.max(MIN_LABEL_COLUMN, Math.min(needed, width - rest));
}

/** `label` padded to a column of `column` (from labelColumn): whole if it fits with a space after it, else cut with "…". */
export function fitLabel(label: string, column: number): string {
  return (label.length < column ? label : `${label.slice(0, column - 2)}…`).padEnd(column);
}
