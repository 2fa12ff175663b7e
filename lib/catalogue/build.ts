/**
 * The catalogue build: reads and validates the curated sources in `data/`, cross-checks them, and
 * returns the Catalogue the extension bundles. Runs in Node (the build script and tests), never in
 * the extension, which imports the emitted `.generated/catalogue.json` instead.
 */
import { createHash } from 'node:crypto';
import { checkedFilmProblem } from './film-checks';
import { reviewProblem, textProblem } from './checks';
import { CatalogueError } from './errors';
import { readFilmFiles, readReviewFiles, type FilmFile, type ReviewFile } from './read';
import { REVIEW_ID_PATTERN } from './schema';
import type { Catalogue, Film, Mention, Review } from './types';

export { CatalogueError } from './errors';

export function loadCatalogue(dataDir = 'data'): Catalogue {
  const filmFiles = readFilmFiles(dataDir);
  const reviewFiles = readReviewFiles(dataDir);

  const knownFilmIds = new Set<string>();
  for (const film of filmFiles) {
    const problem = checkedFilmProblem(film.name, film.data, knownFilmIds);
    if (problem) throw new CatalogueError(film.file, problem.field, problem.reason);
    knownFilmIds.add(film.data.id);
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
  const films = filmFiles.map((film) => toFilm(film, mentionsOf(film.data.id, reviewFiles)));
  return { dataVersion: hashOf({ films, reviews }), films, reviews };
}

function toFilm({ data }: FilmFile, mentions: Mention[]): Film {
  return {
    id: data.id,
    germanTitle: data.germanTitle,
    originalTitle: data.originalTitle,
    aliases: data.aliases,
    year: data.year,
    directors: data.directors,
    cast: data.cast.map((member) => (member.role === undefined ? { name: member.name } : { name: member.name, role: member.role })),
    genres: data.genres,
    mentions,
  };
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
