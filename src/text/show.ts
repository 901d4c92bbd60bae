/** A user's value as it goes into a one-line message: JSON-quoted (so line breaks stay escaped) and short. */
export function showValue(value: unknown, max = 40): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
