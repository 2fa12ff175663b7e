/**
 * A tiny hand-made catalogue for unit tests of the background, popup and options. Its texts are
 * placeholders, not reviews: the real catalogue is built from data/ by lib/catalogue/build.ts.
 */
import type { Catalogue, Film, Review } from '../catalogue/types';
import { openFilmlupeDB, type FilmlupeDatabase } from '../db';

function film(partial: Partial<Film> & Pick<Film, 'id' | 'germanTitle' | 'originalTitle' | 'year'>): Film {
  return { aliases: [], directors: [], cast: [], genres: [], mentions: [], ...partial };
}

function review(partial: Partial<Review> & Pick<Review, 'id' | 'filmId'>): Review {
  return {
    kind: 'Kritik',
    outlet: 'Testblatt',
    author: 'Test Autorin',
    date: '2020-01-01',
    excerpt: false,
    score: null,
    verdict: null,
    verdictSentence: null,
    spoiler: false,
    paragraphs: ['Platzhaltertext für Tests.'],
    ...partial,
  };
}

export const testFilms: Film[] = [
  film({
    id: 'drive-2011',
    germanTitle: 'Drive',
    originalTitle: 'Drive',
    year: 2011,
    directors: ['Nicolas Winding Refn'],
    cast: [{ name: 'Ryan Gosling', role: 'Driver' }, { name: 'Carey Mulligan', role: 'Irene' }],
  }),
  film({
    id: 'the-driver-1978',
    germanTitle: 'Driver',
    originalTitle: 'The Driver',
    year: 1978,
    directors: ['Walter Hill'],
    cast: [{ name: 'Ryan O’Neal', role: 'The Driver' }],
  }),
  film({
    id: 'valhalla-rising-2009',
    germanTitle: 'Walhalla Rising',
    originalTitle: 'Valhalla Rising',
    year: 2009,
    directors: ['Nicolas Winding Refn'],
    cast: [{ name: 'Mads Mikkelsen', role: 'One-Eye' }],
    mentions: [{ reviewId: 'drive-2011-kritik-a', reviewFilmId: 'drive-2011', sentence: 'Ein Satz über Walhalla Rising.' }],
  }),
  film({
    id: 'never-let-me-go-2010',
    germanTitle: 'Alles, was wir geben mussten',
    originalTitle: 'Never Let Me Go',
    year: 2010,
    directors: ['Mark Romanek'],
    cast: [{ name: 'Carey Mulligan', role: 'Kathy' }],
  }),
];

export const testReviews: Review[] = [
  review({ id: 'drive-2011-kritik-a', filmId: 'drive-2011', verdict: 'positiv' }),
  review({ id: 'drive-2011-kritik-b', filmId: 'drive-2011', verdict: 'positiv', outlet: 'Zweites Blatt' }),
  review({ id: 'the-driver-1978-kritik-a', filmId: 'the-driver-1978', verdict: 'gemischt' }),
];

export function testCatalogue(dataVersion = 'test-1'): Catalogue {
  return { dataVersion, films: structuredClone(testFilms), reviews: structuredClone(testReviews) };
}

/**
 * A film of the Wikipedia base data (no directors, no reviews): the matcher names it by its title
 * alone only unsure ("Ist das Collateral (2004)?"), a curated film is always sure.
 */
export const testBaseFilm: Film = film({
  id: 'collateral-2004',
  germanTitle: 'Collateral',
  originalTitle: 'Collateral',
  year: 2004,
  cast: [{ name: 'Tom Cruise' }, { name: 'Jamie Foxx' }, { name: 'Jada Pinkett Smith' }],
  genres: ['Action', 'Krimi'],
  source: 'wikipedia',
  wikipedia: 'Collateral_(film)',
});

/** The test catalogue with the base film added. */
export function testCatalogueWithBase(dataVersion = 'test-1'): Catalogue {
  const catalogue = testCatalogue(dataVersion);
  catalogue.films.push(structuredClone(testBaseFilm));
  return catalogue;
}

/** The catalogue copy versions up to issue 15 wrote to IndexedDB (films, reviews, data version). */
export async function writeOldCatalogueCopy(db: FilmlupeDatabase, catalogue: Catalogue): Promise<void> {
  const tx = db.transaction(['films', 'reviews', 'meta'], 'readwrite');
  await Promise.all([
    ...catalogue.films.map((film) => tx.objectStore('films').put(film)),
    ...catalogue.reviews.map((review) => tx.objectStore('reviews').put(review)),
    tx.objectStore('meta').put(catalogue.dataVersion, 'dataVersion'),
    tx.done,
  ]);
}

/**
 * A database whose writes fail the way a full disk does (QuotaExceededError); reads still work.
 * Stands in for a profile over its storage quota.
 */
export async function fullDatabase(): Promise<FilmlupeDatabase> {
  const database = await openFilmlupeDB();
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return new Proxy(database, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (['put', 'add', 'delete', 'clear'].includes(String(property))) return () => Promise.reject(quota());
      if (property === 'transaction') {
        return (stores: never, mode?: IDBTransactionMode) => {
          if (mode === 'readwrite') throw quota();
          return target.transaction(stores, mode);
        };
      }
      return value.bind(target);
    },
  });
}
