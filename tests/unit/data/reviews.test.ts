/**
 * The curated reviews in data/: each review's metadata agrees with its text, the texts read cleanly,
 * and the films the reviews mention link back to the sentence that mentions them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/build';
import { WEB_RESIDUE, scoreSpellings } from '../../../lib/catalogue/checks';
import type { Review } from '../../../lib/catalogue/types';

const catalogue = loadCatalogue('data');
const reviewRows = catalogue.reviews.map((review) => [review.id, review] as const);
const review = (id: string): Review => {
  const found = catalogue.reviews.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`review ${id} missing from the catalogue`);
  return found;
};
const textOf = (entry: Review) => entry.paragraphs.join('\n\n');

describe('data/reviews', () => {
  it('has one review per .md file, the id equal to the file name', () => {
    const fileNames = readdirSync('data/reviews').map((name) => name.replace(/\.md$/, ''));
    expect(catalogue.reviews.map((entry) => entry.id).sort()).toEqual(fileNames.sort());
  });

  it.each([
    ['the-driver-1978-kritik', 'the-driver-1978', 'Kritik', null, null, null, false, { value: 9, max: 10, normalized: 90 }, 'positiv', false],
    ['drive-2011-inhaltsangabe-moviemaster', 'drive-2011', 'Inhaltsangabe', 'moviemaster.de', 'Frank Ehrlacher', '2019-01-31', false, null, null, true],
    ['drive-2011-kritik-1', 'drive-2011', 'Kritik', null, null, null, false, null, 'positiv', false],
    ['drive-2011-kritik-2', 'drive-2011', 'Kritik', null, null, null, true, null, 'positiv', false],
  ])('%s: about %s, %s by %s / %s (%s), excerpt %s, score %j, verdict %s, spoiler %s', (id, filmId, kind, outlet, author, date, excerpt, score, verdict, spoiler) => {
    expect(review(id)).toMatchObject({ filmId, kind, outlet, author, date, excerpt, score, verdict, spoiler });
  });

  it.each(reviewRows)('%s: the score is written in the text', (_id, entry) => {
    if (entry.score === null) return expect(textOf(entry)).not.toMatch(/\b\d+\/\d+\b/);
    expect(scoreSpellings(entry.score).some((spelling) => textOf(entry).includes(spelling))).toBe(true);
    expect(entry.score.normalized).toBe(Math.round((entry.score.value / entry.score.max) * 100));
  });

  it.each(reviewRows)('%s: the verdict sentence is a sentence of the text', (_id, entry) => {
    expect(entry.verdict === null).toBe(entry.verdictSentence === null);
    if (entry.verdictSentence !== null) expect(textOf(entry)).toContain(entry.verdictSentence);
  });

  it.each(reviewRows)('%s: the text reads cleanly (no web residue, single spaces, no stray line breaks)', (_id, entry) => {
    for (const paragraph of entry.paragraphs) {
      for (const residue of WEB_RESIDUE) expect(paragraph).not.toContain(residue);
      expect(paragraph).not.toMatch(/ {2}|\n|\t|`/);
      expect(paragraph).toBe(paragraph.trim());
    }
  });

  it.each(reviewRows)('%s: spells the cast names right', (_id, entry) => {
    expect(textOf(entry)).not.toMatch(/Gossling|O`Neal/);
  });

  it.each([
    ['the-driver-1978-kritik', ['Ryan O’Neal', 'Bruce Dern', 'Isabelle Adjani', 'Walter Hill']],
    ['drive-2011-inhaltsangabe-moviemaster', ['Driver (Ryan Gosling)', 'Shannon (Bryan Cranston)', 'Bernie Rose (Albert Brooks)', 'Nino (Ron Perlman)', 'Irene (Carey Mulligan)', 'Benicio (Kaden Leos)', 'Standard (Oscar Isaac)', 'Cook (James Biberi)', 'Blanche (Christina Hendricks)']],
    ['drive-2011-kritik-1', ['Der Driver (Ryan Gosling)', 'Nicolas Winding Refn']],
    ['drive-2011-kritik-2', ['(Ryan Gosling)', 'Irene (Carey Mulligan)', 'Standard (Oscar Isaac)']],
  ])('%s names %j as written in the cast', (id, names) => {
    for (const name of names) expect(textOf(review(id))).toContain(name);
  });

  it('keeps the author’s old spelling in the excerpt (daß, mußten) rather than correcting it', () => {
    const text = textOf(review('drive-2011-kritik-2'));
    expect(text).toContain('der weiß, daß die Symbiose');
    expect(text).toContain('Alles, was wir geben mußten.');
    expect(text.startsWith('Das überrascht nicht,')).toBe(true);
  });

  it('joins the excerpt’s one-sentence lines into paragraphs', () => {
    expect(review('drive-2011-kritik-2').paragraphs.length).toBeLessThan(10);
  });

  it('drops the moviemaster.de footer but keeps the summary’s last sentence', () => {
    const summary = review('drive-2011-inhaltsangabe-moviemaster');
    expect(summary.paragraphs.at(-1)).toMatch(/Gegen diesen Feind hilft nur eines: Angriff\.\.\.$/);
    expect(textOf(summary)).not.toMatch(/moviemaster|Ehrlacher|31\.01\.2019/);
  });

  it('records the name corrections it made in the text', () => {
    expect(readFileSync('data/reviews/drive-2011-inhaltsangabe-moviemaster.md', 'utf8')).toContain('Ryan Gossling → Ryan Gosling');
    expect(readFileSync('data/reviews/the-driver-1978-kritik.md', 'utf8')).toContain('O`Neal → O’Neal');
  });
});

describe('mentions', () => {
  it.each([
    ['pusher-1996', 'Pusher-Reihe (1996, 2004, 2005)'],
    ['pusher-ii-2004', 'Pusher-Reihe (1996, 2004, 2005)'],
    ['pusher-3-2005', 'Pusher-Reihe (1996, 2004, 2005)'],
    ['valhalla-rising-2009', 'Walhalla Rising (2009)'],
    ['taxi-driver-1976', 'Travis Bickle in Martin Scorseses Taxi Driver von 1976'],
    ['never-let-me-go-2010', 'Mark Romaneks tieftraurigen Science-fiction Alles, was wir geben mußten.'],
  ])('%s links to the sentence of the Drive review that mentions it (“…%s…”)', (filmId, phrase) => {
    const entry = catalogue.films.find((candidate) => candidate.id === filmId);
    expect(entry?.mentions).toHaveLength(1);
    const [mention] = entry?.mentions ?? [];
    expect(mention).toMatchObject({ reviewId: 'drive-2011-kritik-2', reviewFilmId: 'drive-2011' });
    expect(mention?.sentence).toContain(phrase);
    expect(textOf(review('drive-2011-kritik-2'))).toContain(mention?.sentence);
  });

  it('leaves the mentioned films without reviews of their own, and the reviewed films without mentions', () => {
    const reviewed = new Set(catalogue.reviews.map((entry) => entry.filmId));
    expect([...reviewed].sort()).toEqual(['drive-2011', 'the-driver-1978']);
    // The eight curated films; no review mentions a Wikipedia base film.
    for (const entry of catalogue.films.filter((film) => film.source === 'curated')) {
      expect(entry.mentions.length > 0).toBe(!reviewed.has(entry.id));
    }
    expect(catalogue.films.filter((film) => film.source !== 'curated' && film.mentions.length > 0)).toEqual([]);
  });
});
