/**
 * The background's view of the catalogue: films and reviews come from the bundled catalogue in memory
 * (the worker has them anyway), the matcher index is built once per service-worker life right at its
 * start, and the user's "Nicht dieser Film" corrections and "Ja" confirmations (IndexedDB, small) are
 * applied to every match (a correction hides it, a confirmation makes an unsure match sure). IndexedDB
 * holds only what the user told us; the copy of the catalogue earlier versions wrote there (36k films,
 * read back at every start: ~2 s before the first answer) is dropped in the background. When IndexedDB
 * is unavailable, corrections and confirmations last until the worker stops.
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
   * (entrypoints/background.ts) when the service first needs them.
   */
  bundled: Catalogue | (() => Promise<Catalogue>);
  /**
   * The films' titles for the matcher, when the extension has them without expanding the catalogue
   * (base films' details are parsed only when a card or the search needs them, lib/catalogue/bundle.ts);
   * without it the index is built from `bundled`'s films.
   */
  titles?: () => Promise<MatchableFilm[]>;
  matcher: Matcher<any>;
  openDb?: () => Promise<db.FilmlupeDatabase>;
}

interface Loaded {
  database: db.FilmlupeDatabase | null;
  titleIndex: unknown;
  /** `${titleKey}\n${filmId}` of every correction. */
  corrections: Set<string>;
  /** `${titleKey}\n${filmId}` of every confirmation ("Ja" to "Ist das …?"). */
  confirmations: Set<string>;
}

/** What a card and the search read: not needed for matching, so loaded on their first request. */
interface FilmsById {
  films: Map<string, Film>;
  /** Reviews by film id. */
  reviews: Map<string, Review[]>;
}

const correctionId = (titleKey: string, filmId: string) => `${titleKey}\n${filmId}`;

function groupReviews(reviews: Review[]): Map<string, Review[]> {
  const byFilm = new Map<string, Review[]>();
  for (const review of reviews) byFilm.set(review.filmId, [...(byFilm.get(review.filmId) ?? []), review]);
  return byFilm;
}

export class CatalogueService {
  private loaded: Promise<Loaded> | null = null;
  private searchIndex: Promise<SearchIndex> | null = null;
  private connection: Promise<db.FilmlupeDatabase> | null = null;
  private bundledCatalogue: Promise<Catalogue> | null = null;
  private filmsById: Promise<FilmsById> | null = null;

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

  /**
   * Drops the copy of the catalogue earlier versions kept in IndexedDB (nothing reads it any more);
   * user stores stay. Runs in the background at every start; a no-op once done.
   */
  async dropCatalogueCopy(): Promise<boolean> {
    return db.dropCatalogueCopy(await this.database());
  }

  /** The worker's start-up: the matcher index now, so the first message finds it ready or under way. */
  async prepare(): Promise<void> {
    await this.load();
  }

  /** The search index, once per worker life; its work is done on the first search (search.ts). */
  private searchable(): Promise<SearchIndex> {
    this.searchIndex ??= this.films()
      .then((loaded) => buildSearchIndex([...loaded.films.values()]))
      .catch((error: unknown) => {
        this.searchIndex = null;
        throw error;
      });
    return this.searchIndex;
  }

  /** The catalogue and the matcher index, built once per worker life; a failed load is retried on the next call. */
  private load(): Promise<Loaded> {
    this.loaded ??= this.loadOnce().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async loadOnce(): Promise<Loaded> {
    const userData = this.readUserData();
    const { matcher, titles } = this.options;
    const matchable = titles ? await titles() : (await this.bundled()).films.map(matcher.toMatchable);
    return { ...(await userData), titleIndex: matcher.buildTitleIndex(matchable) };
  }

  /** Films and reviews by id, once per worker life; a failed load is retried on the next call. */
  private films(): Promise<FilmsById> {
    this.filmsById ??= this.bundled()
      .then(({ films, reviews }) => ({ films: new Map(films.map((film) => [film.id, film])), reviews: groupReviews(reviews) }))
      .catch((error: unknown) => {
        this.filmsById = null;
        throw error;
      });
    return this.filmsById;
  }

  /** What the user told us: corrections and confirmations. Without IndexedDB none, kept until the worker stops. */
  private async readUserData(): Promise<{ database: db.FilmlupeDatabase | null; corrections: Set<string>; confirmations: Set<string> }> {
    try {
      const database = await this.database();
      const [corrections, confirmations] = await Promise.all([db.allCorrections(database), db.allConfirmations(database)]);
      const ids = (stored: Array<{ titleKey: string; filmId: string }>) => new Set(stored.map((c) => correctionId(c.titleKey, c.filmId)));
      return { database, corrections: ids(corrections), confirmations: ids(confirmations) };
    } catch (error) {
      logOnce('IndexedDB nicht verfügbar, Korrekturen nur bis zum Ende des Workers', error);
      return { database: null, corrections: new Set(), confirmations: new Set() };
    }
  }

  /**
   * One answer per candidate, in order; a match the user corrected for this title is null, an unsure
   * match the user confirmed for this title is sure.
   */
  async matchTitles(candidates: TitleCandidate[]): Promise<Array<FilmMatch | null>> {
    const { titleIndex, corrections, confirmations } = await this.load();
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
    const { films, reviews: reviewsByFilm } = await this.films();
    const film = films.get(id);
    if (!film) return null;
    const reviews = reviewsByFilm.get(id) ?? [];
    const mentionedIn = film.mentions.flatMap((mention) => {
      const reviewed = films.get(mention.reviewFilmId);
      return reviewed
        ? [{ filmId: reviewed.id, title: reviewed.germanTitle, year: reviewed.year, sentence: mention.sentence }]
        : [];
    });
    return { film, reviews: [...reviews].sort((a, b) => a.id.localeCompare(b.id)), mentionedIn };
  }

  async search(query: string): Promise<FilmMatch[]> {
    return searchFilms(await this.searchable(), query);
  }

  async addCorrection(text: string, filmId: string): Promise<void> {
    const loaded = await this.load();
    const titleKey = this.options.matcher.titleKey(text);
    loaded.corrections.add(correctionId(titleKey, filmId));
    // "Nicht dieser Film?" after a "Ja": the later answer wins.
    const wasConfirmed = loaded.confirmations.delete(correctionId(titleKey, filmId));
    if (loaded.database) {
      await db.putCorrection(loaded.database, { titleKey, filmId, text, createdAt: Date.now() });
      if (wasConfirmed) await db.deleteConfirmation(loaded.database, titleKey, filmId);
    }
  }

  /** "Ja" to "Ist das …?": this title text names this film, on every site, from now on. */
  async confirmMatch(text: string, filmId: string): Promise<void> {
    const loaded = await this.load();
    const titleKey = this.options.matcher.titleKey(text);
    loaded.confirmations.add(correctionId(titleKey, filmId));
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
