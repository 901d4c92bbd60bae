import { describe, expect, it } from 'vitest';
import { parseStories } from '../../src/bank/parse.js';
import { errorsNotice } from '../../src/bank/problem.js';

const GOOD = 'title: Good\nresult: Declines fell 30%.\n';
// `learned:` written as a list: the story can't be read.
const LEFT_OUT = 'id: ach-settlement\ntitle: ACH\nresult: It shipped.\nlearned:\n  - check the cut-off\n';
// An unknown principle: an error, but the story is read without it.
const READ_ANYWAY = 'title: Read\nlps: [ownershp]\nresult: It shipped.\n';

describe('errorsNotice', () => {
  it('says nothing of a bank with no errors', () => {
    expect(errorsNotice([parseStories('stories/a.yaml', GOOD)])).toBeUndefined();
  });

  it('names a story left out for its errors by id and file, before the files read anyway', () => {
    const files = [parseStories('stories/read.yaml', READ_ANYWAY), parseStories('stories/ach.yaml', `stories:\n  - ${GOOD.trimEnd().replace('\n', '\n    ')}\n  - ${LEFT_OUT.trimEnd().replaceAll('\n', '\n    ')}\n`)];
    expect(errorsNotice(files)).toBe('left out for their errors: ach-settlement in stories/ach.yaml; errors in stories/read.yaml; run `tpm-prep lint` for details.');
  });

  it('names a story of a list left out for a key written twice, beside a story read', () => {
    const list = `stories:\n  - ${GOOD.trimEnd().replace('\n', '\n    ')}\n  - id: zelle\n    title: Zelle\n    action: I did it.\n    action: again\n`;
    expect(errorsNotice([parseStories('stories/list.yaml', list)])).toBe('left out for their errors: zelle in stories/list.yaml; run `tpm-prep lint` for details.');
  });

  it('names a document left out for a key written twice, beside a document read, by its title when it has no id', () => {
    const docs = `${GOOD}---\ntitle: Zelle payouts\naction: I did it.\naction: again\n`;
    expect(errorsNotice([parseStories('stories/docs.yaml', docs)])).toBe('left out for their errors: zelle-payouts in stories/docs.yaml; run `tpm-prep lint` for details.');
  });

  it('names a file none of whose stories could be read', () => {
    expect(errorsNotice([parseStories('stories/broken.yaml', 'title: [unclosed\n')])).toBe('left out for their errors: stories/broken.yaml; run `tpm-prep lint` for details.');
  });

  it('keeps the old wording for files whose stories were all read', () => {
    expect(errorsNotice([parseStories('stories/read.yaml', READ_ANYWAY)])).toBe('errors in stories/read.yaml; run `tpm-prep lint` for details.');
  });
});
