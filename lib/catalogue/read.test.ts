import { describe, expect, it } from 'vitest';
import { CatalogueError } from './errors';
import { splitFrontMatter, toParagraphs } from './read';

describe('splitFrontMatter', () => {
  it('splits at the two "---" lines', () => {
    expect(splitFrontMatter('r.md', '---\nkind: Kritik\n---\n\nText.\n')).toEqual({ frontMatter: 'kind: Kritik', body: '\nText.\n' });
  });

  it.each([
    ['kind: Kritik\n---\nText.', 'expected the file to start with a "---" line'],
    ['---\nkind: Kritik\nText.', 'front matter is not closed'],
  ])('rejects %j', (content, reason) => {
    expect(() => splitFrontMatter('data/reviews/r.md', content)).toThrow(`data/reviews/r.md: ${reason}`);
  });
});

describe('toParagraphs', () => {
  it.each([
    ['Eins.\n\nZwei.\n', ['Eins.', 'Zwei.']],
    ['\n\nEins.\n\n\n\nZwei.\n\n', ['Eins.', 'Zwei.']],
    ['Eins.\n   \nZwei.', ['Eins.', 'Zwei.']],
  ])('%j → %j', (body, expected) => {
    expect(toParagraphs('r.md', body)).toEqual(expected);
  });

  it('rejects a line break inside a paragraph, naming the paragraph', () => {
    const run = () => toParagraphs('data/reviews/r.md', 'Eins.\n\nDriver (\nRyan Gossling) ist Stuntfahrer.');
    expect(run).toThrow(CatalogueError);
    expect(run).toThrow('data/reviews/r.md: field "text": paragraph 2 has a line break inside');
  });

  it('rejects an empty text', () => {
    expect(() => toParagraphs('data/reviews/r.md', '\n\n')).toThrow('data/reviews/r.md: field "text": the review text is empty');
  });
});
