/**
 * The background's view of the catalogue: films come from IndexedDB (seeded from the bundled
 * catalogue), the matcher index is built lazily once per service-worker life, and the user's
 * "Nicht dieser Film" corrections and "Ja" confirmations are applied to every match (a correction
 * hides it, a confirmation makes an unsure match sure). When IndexedDB is unavailable the bundled
 * catalogue is used from memory and corrections and confirmations last until the worker stops.
 */
import type { Catalogue, Film, Review } from '../catalogue/types';
import type { FilmMatch, MatchableFilm, TitleHints } from '../title/types';
import type { FilmDetails, TitleCandidate } from '../messaging';
import * as db from '../db';
import { logOnce } from './log';
import { buildSearchIndex, searchFilms, type SearchIndex } from './search';

/** The parts of lib/title/match.ts the background uses (injected so tests can pass a stand-in). */
export interface Matcher<Index = unknown> {
  toMatchable(film: Film): MatchableFilm;
  buildTitleIndex(films: MatchableFilm[]): Index;
  matchTitle(index: Index, input: string, hints?: TitleHints): FilmMatch | null;
  titleKey(input: string): string;
}

export interface CatalogueServiceOptions {
  /**
   * The bundled catalogue, or how to load it: the extension expands its base films
   * (entrypoints/background.ts) only when a seed or a start-up needs them.
   */
  bundled: Catalogue | (() => Promise<Catalogue>);
  matcher: Matcher<any>;
  openDb?: () => Promise<db.FilmlupeDatabase>;
}

interface Loaded {
  database: db.FilmlupeDatabase | null;
  films: Map<string, Film>;
  /** Reviews by film id; only filled when the database is unavailable. */
  memoryReviews: Map<string, Review[]> | null;
  titleIndex: unknown;
  searchIndex: SearchIndex;
  /** `${titleKey}\n${filmId}` of every correction. */
  corrections: Set<string>;
}

const correctionId = (titleKey: string, filmId: string) => `${titleKey}\n${filmId}`;

function groupReviews(reviews: Review[]): Map<string, Review[]> {
  const byFilm = new Map<string, Review[]>();
  for (const review of reviews) byFilm.set(review.filmId, [...(byFilm.get(review.filmId) ?? []), review]);
  return byFilm;
}

export class CatalogueService {
  private loaded: Promise<Loaded> | null = null;
  private connection: Promise<db.FilmlupeDatabase> | null = null;
  private bundledCatalogue: Promise<Catalogue> | null = null;
  /** `${titleKey}\n${filmId}` of every confirmation; read once per worker life, beside `load()`. */
  private confirmations: Promise<Set<string>> | null = null;

  constructor(private readonly options: CatalogueServiceOptions) {}

  /** Loaded once per worker life; a failed load is retried on the next call. */
  private bundled(): Promise<Catalogue> {
    const { bundled } = this.options;
    this.bundledCatalogue ??= (typeof bundled === 'function' ? bundled() : Promise.resolve(bundled)).catch((error: unknown) => {
      this.bundledCatalogue = null;
      throw error;
    });
    return this.bundledCatalogue;
  }

  /** One connection per worker life; a failed open is retried on the next call. */
  private database(): Promise<db.FilmlupeDatabase> {
    this.connection ??= (this.options.openDb ?? db.openFilmlupeDB)().catch((error: unknown) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }

  /** Writes the bundled catalogue to IndexedDB when its data version is new (install, update, startup). */
  async ensureSeeded(): Promise<boolean> {
    return db.seedCatalogue(await this.database(), await this.bundled());
  }

  private load(): Promise<Loaded> {
    this.loaded ??= this.loadOnce();
    return this.loaded;
  }

  private async loadOnce(): Promise<Loaded> {
    const bundled = await this.bundled();
    let database: db.FilmlupeDatabase | null = null;
    let films: Film[] = bundled.films;
    let corrections: db.Correction[] = [];
    try {
      database = await this.database();
      await db.seedCatalogue(database, bundled);
      const stored = await db.allFilms(database);
      if (stored.length > 0) films = stored;
      corrections = await db.allCorrections(database);
    } catch (error) {
      logOnce('IndexedDB nicht verfügbar, Katalog aus dem Paket', error);
      database = null;
    }
    const { matcher } = this.options;
    return {
      database,
      films: new Map(films.map((film) => [film.id, film])),
      memoryReviews: database ? null : groupReviews(bundled.reviews),
      titleIndex: matcher.buildTitleIndex(films.map(matcher.toMatchable)),
      searchIndex: buildSearchIndex(films),
      corrections: new Set(corrections.map((c) => correctionId(c.titleKey, c.filmId))),
    };
  }

  /** The stored confirmations; without IndexedDB an empty set that lives as long as the worker. */
  private confirmed(): Promise<Set<string>> {
    this.confirmations ??= this.database()
      .then(db.allConfirmations)
      .then(
        (stored) => new Set(stored.map((c) => correctionId(c.titleKey, c.filmId))),
        () => new Set<string>(),
      );
    return this.confirmations;
  }

  /**
   * One answer per candidate, in order; a match the user corrected for this title is null, an unsure
   * match the user confirmed for this title is sure.
   */
  async matchTitles(candidates: TitleCandidate[]): Promise<Array<FilmMatch | null>> {
    const [{ titleIndex, corrections }, confirmations] = await Promise.all([this.load(), this.confirmed()]);
    const { matcher } = this.options;
    return candidates.map((candidate) => {
      const match = matcher.matchTitle(titleIndex, candidate.text, { year: candidate.year, kind: candidate.kind });
      if (!match || (corrections.size === 0 && (match.sure !== false || confirmations.size === 0))) return match;
      const id = correctionId(matcher.titleKey(candidate.text), match.id);
      if (corrections.has(id)) return null;
      return match.sure === false && confirmations.has(id) ? { ...match, sure: true } : match;
    });
  }

  async getFilmDetails(id: string): Promise<FilmDetails | null> {
    const { database, films, memoryReviews } = await this.load();
    const film = films.get(id);
    if (!film) return null;
    const reviews = database ? await db.reviewsOfFilm(database, id) : (memoryReviews?.get(id) ?? []);
    const mentionedIn = film.mentions.flatMap((mention) => {
      const reviewed = films.get(mention.reviewFilmId);
      return reviewed
        ? [{ filmId: reviewed.id, title: reviewed.germanTitle, year: reviewed.year, sentence: mention.sentence }]
        : [];
    });
    return { film, reviews: [...reviews].sort((a, b) => a.id.localeCompare(b.id)), mentionedIn };
  }

  async search(query: string): Promise<FilmMatch[]> {
    return searchFilms((await this.load()).searchIndex, query);
  }

  async addCorrection(text: string, filmId: string): Promise<void> {
    const [loaded, confirmations] = await Promise.all([this.load(), this.confirmed()]);
    const titleKey = this.options.matcher.titleKey(text);
    loaded.corrections.add(correctionId(titleKey, filmId));
    // "Nicht dieser Film?" after a "Ja": the later answer wins.
    const wasConfirmed = confirmations.delete(correctionId(titleKey, filmId));
    if (loaded.database) {
      await db.putCorrection(loaded.database, { titleKey, filmId, text, createdAt: Date.now() });
      if (wasConfirmed) await db.deleteConfirmation(loaded.database, titleKey, filmId);
    }
  }

  /** "Ja" to "Ist das …?": this title text names this film, on every site, from now on. */
  async confirmMatch(text: string, filmId: string): Promise<void> {
    const [loaded, confirmations] = await Promise.all([this.load(), this.confirmed()]);
    const titleKey = this.options.matcher.titleKey(text);
    confirmations.add(correctionId(titleKey, filmId));
    if (loaded.database) {
      await db.putConfirmation(loaded.database, { titleKey, filmId, text, createdAt: Date.now() });
    }
  }

  async clearCorrections(): Promise<void> {
    const loaded = await this.load();
    loaded.corrections.clear();
    if (loaded.database) await db.clearCorrections(loaded.database);
  }

  async countCorrections(): Promise<number> {
    const loaded = await this.load();
    return loaded.database ? db.countCorrections(loaded.database) : loaded.corrections.size;
  }
}
