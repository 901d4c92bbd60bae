/** Word-wraps one line to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(line: string, width = 80, indent = 4): string {
  const lead = /^ */.exec(line)![0];
  const words = line.slice(lead.length).split(' ');
  const out: string[] = [];
  let current = lead;
  for (const word of words) {
    if (current.trim() && current.length + 1 + word.length > width) {
      out.push(current);
      current = ' '.repeat(indent) + word;
    } else current = current.trim() ? `${current} ${word}` : current + word;
  }
  out.push(current);
  return out.join('\n');
}
