/**
 * The catalogue build: reads and validates the curated sources in `data/` and the Wikipedia base
 * films (`data/base/films.jsonl`), cross-checks them, merges them, and returns the Catalogue the
 * extension bundles: the curated films first (by file name), then the base films no curated film
 * names (by id). Runs in Node (the build script and tests), never in
 * the extension, which imports the emitted `.generated/catalogue.json` instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { baseFilm, baseLinkProblem, curatedFilm, readBaseFilms } from './base';
import { baseFilmsOf, expandCatalogue, parseBaseFilmsScript, type BundledCatalogue } from './bundle';
export { bundleCatalogue } from './bundle';
import { checkedFilmProblem } from './film-checks';
import { reviewProblem, textProblem } from './checks';
import { CatalogueError } from './errors';
import { readFilmFiles, readReviewFiles, type ReviewFile } from './read';
import { REVIEW_ID_PATTERN, type BaseFilm } from './schema';
import type { Catalogue, Mention, Review } from './types';

export { CatalogueError } from './errors';

export function loadCatalogue(dataDir = 'data'): Catalogue {
  const filmFiles = readFilmFiles(dataDir);
  const reviewFiles = readReviewFiles(dataDir);
  const baseFilms = readBaseFilms(dataDir);
  const baseById = new Map(baseFilms.map((film) => [film.id, film]));
  const baseByKey = new Map(baseFilms.flatMap((film) => (film.wikipedia ? [[film.wikipedia, film] as const] : [])));

  const knownFilmIds = new Set<string>();
  /** Article key → the curated film that names it. */
  const claimed = new Map<string, string>();
  for (const film of filmFiles) {
    const problem =
      checkedFilmProblem(film.name, film.data, knownFilmIds) ?? baseLinkProblem(film.data, baseByKey, baseById, claimed);
    if (problem) throw new CatalogueError(film.file, problem.field, problem.reason);
    knownFilmIds.add(film.data.id);
    if (film.data.wikipedia) claimed.set(film.data.wikipedia, film.data.id);
  }
  for (const review of reviewFiles) {
    if (!REVIEW_ID_PATTERN.test(review.name)) {
      throw new CatalogueError(review.file, null, 'the file name (the review id) must be lowercase words joined by dashes, e.g. "drive-2011-kritik-1.md"');
    }
    const problem =
      textProblem(review.paragraphs) ??
      reviewProblem(review.data, { reviewId: review.name, paragraphs: review.paragraphs, knownFilmIds });
    if (problem) throw new CatalogueError(review.file, problem.field, problem.reason);
  }

  const reviews = reviewFiles.map(toReview);
  const films = [
    ...filmFiles.map(({ data }) =>
      curatedFilm(data, data.wikipedia === undefined ? undefined : baseByKey.get(data.wikipedia), mentionsOf(data.id, reviewFiles)),
    ),
    ...baseFilms.filter((film: BaseFilm) => !(film.wikipedia && claimed.has(film.wikipedia))).map(baseFilm),
  ];
  return { dataVersion: hashOf({ films, reviews }), films, reviews };
}

/** The files `npm run catalogue` wrote (`catalogueFile` and the base film scripts beside it), expanded. */
export function readBuiltCatalogue(catalogueFile = '.generated/catalogue.json'): Catalogue {
  const catalogue: BundledCatalogue = JSON.parse(readFileSync(catalogueFile, 'utf8'));
  const baseFilms = catalogue.baseFilmFiles.map((name) => baseFilmsOf(parseBaseFilmsScript(readFileSync(join(dirname(catalogueFile), name), 'utf8'))));
  return expandCatalogue({ catalogue, baseFilms });
}

function mentionsOf(filmId: string, reviewFiles: ReviewFile[]): Mention[] {
  return reviewFiles.flatMap((review) =>
    review.data.mentions
      .filter((mention) => mention.filmId === filmId)
      .map((mention) => ({ reviewId: review.name, reviewFilmId: review.data.filmId, sentence: mention.sentence })),
  );
}

function toReview({ name, data, paragraphs }: ReviewFile): Review {
  return {
    id: name,
    filmId: data.filmId,
    kind: data.kind,
    outlet: data.outlet,
    author: data.author,
    date: data.date,
    excerpt: data.excerpt,
    score: data.score && { ...data.score, normalized: Math.round((data.score.value / data.score.max) * 100) },
    verdict: data.verdict,
    verdictSentence: data.verdictSentence,
    spoiler: data.spoiler,
    paragraphs,
  };
}

/** First 12 hex digits of the SHA-256 of the emitted films and reviews. */
function hashOf(content: Pick<Catalogue, 'films' | 'reviews'>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}
