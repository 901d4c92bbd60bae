/** Word-wraps one line to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(line: string, width = 80, indent = 4): string {
  const words = line.split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = ' '.repeat(indent) + word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join('\n');
}
