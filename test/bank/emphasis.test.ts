import { describe, expect, it } from 'vitest';
import { withoutEmphasis } from '../../src/bank/emphasis.js';
import { parseStories } from '../../src/bank/parse.js';
import { lintText, only } from '../helpers.js';

describe('withoutEmphasis', () => {
  it.each([
    ['- **I mapped** every auth path', '- I mapped every auth path'],
    ['I __owned__ it', 'I owned it'],
    ['I *deferred* the rewards work', 'I deferred the rewards work'],
    ['I _decided_ to wait', 'I decided to wait'],
    ['the `auth_router` service', 'the auth_router service'],
    ['**We** rebuilt it, and *I* signed off', 'We rebuilt it, and I signed off'],
    // A trial's bank: emphasis across a line of a bullet list.
    ['- **I mapped** it\n- I **deferred** it', '- I mapped it\n- I deferred it'],
    // A review: emphasis inside emphasis, bold and italic at once.
    ['A ***big*** change', 'A big change'],
    ['- **_I mapped_** every path', '- I mapped every path'],
    ['_**We**_ rebuilt it', 'We rebuilt it'],
  ])('reads %j as %j', (written, plain) => {
    expect(withoutEmphasis(written).text).toBe(plain);
  });

  it.each([
    // Not emphasis: a bullet, a product with a star, snake_case, arithmetic, a lone marker, a space inside.
    '* item one\n* item two',
    'the C*Star gateway',
    'the settle_batch_job and the retry_queue',
    'a 2 * 3 grid',
    'a footnote*',
    'one ** two',
    'a _ b _ c',
  ])('leaves %j as it is', (text) => {
    expect(withoutEmphasis(text).text).toBe(text);
  });

  it('maps each plain character back to where it was written', () => {
    const written = '- **I mapped** it, I *deferred* `x`, **_we_ rebuilt** ***y***.';
    const { text, original } = withoutEmphasis(written);
    for (let i = 0; i < text.length; i++) expect(written[original(i)]).toBe(text[i]);
    expect(original(text.length)).toBe(written.length);
  });
});

describe('stories read through emphasis', () => {
  const file = 'title: T\ntask: I owned the plan.\naction: |-\n  - **I mapped** every path.\n  - **We** rebuilt the router.\nresult: Declines fell 30%.\n';

  it('gives the rules the plain words', () => {
    const [loaded] = parseStories('stories/s.yaml', file).stories;
    expect(loaded!.story.action).toBe('- I mapped every path.\n- We rebuilt the router.');
  });

  it('reports a finding at the word as written, past the markers', () => {
    const result = lintText(file, 'stories/s.yaml', only('we-instead-of-i'));
    // Line 5, column 7: "We" inside "  - **We** rebuilt".
    expect(result.messages.map((m) => [m.line, m.column, m.message.slice(0, 24)])).toEqual([[5, 7, '"We rebuilt" hides your ']]);
  });
});
