/**
 * The background's view of the catalogue: films and reviews come from the bundled catalogue in memory
 * (parsed on the first card, search or answer: matching needs only the titles), the matcher index is
 * built once per service-worker life right at its start, and the user's "Nicht dieser Film" corrections and "Ja" confirmations (IndexedDB, small,
 * user-answers.ts) are applied to every match (a correction hides it, a confirmation makes an unsure
 * match sure). Answers never wait long for IndexedDB: until the user's answers are read they come
 * from the catalogue alone. IndexedDB holds only what the user told us; the copy of the catalogue
 * earlier versions wrote there (36k films, read back at every start: ~2 s before the first answer)
 * is dropped in the background.
 */
import type { Catalogue, Film, Review } from '../catalogue/types';
import type { FilmMatch, MatchableFilm, TitleHints } from '../title/types';
import type { FilmDetails, TitleCandidate } from '../messaging';
import * as db from '../db';
import type { UserFilm } from '../userdata/types';
import { buildSearchIndex, searchFilms, type SearchIndex } from './search';
import { UserAnswers, answerId, type UserAnswerSets, type UserAnswersOptions } from './user-answers';
import { UserFilms } from './user-films';

/** The parts of lib/title/match.ts the background uses (injected so tests can pass a stand-in). */
export interface Matcher<Index = unknown> {
  toMatchable(film: Film): MatchableFilm;
  buildTitleIndex(films: MatchableFilm[]): Index;
  matchTitle(index: Index, input: string, hints?: TitleHints): FilmMatch | null;
  titleKey(input: string): string;
}

export interface CatalogueServiceOptions extends Omit<UserAnswersOptions, 'readWaitMs'> {
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
  /** How long the first answers of a worker wait for the user's answers (user-answers.ts). */
  userDataWaitMs?: number;
}

/** What a card and the search read: not needed for matching, so loaded on their first request. */
interface FilmsById {
  films: Map<string, Film>;
  /** Reviews by film id. */
  reviews: Map<string, Review[]>;
}

function groupReviews(reviews: Review[]): Map<string, Review[]> {
  const byFilm = new Map<string, Review[]>();
  for (const review of reviews) byFilm.set(review.filmId, [...(byFilm.get(review.filmId) ?? []), review]);
  return byFilm;
}

export class CatalogueService {
  /** The matcher's index (its type is the matcher's own). */
  private titleIndex: Promise<unknown> | null = null;
  private searchIndex: Promise<SearchIndex> | null = null;
  private readonly answers: UserAnswers;
  private filmsById: Promise<FilmsById> | null = null;
  /** The user's own film data (ratings, seen, watchlist): user-films.ts. */
  readonly userFilms: UserFilms;

  constructor(private readonly options: CatalogueServiceOptions) {
    this.answers = new UserAnswers({ openDb: options.openDb, readWaitMs: options.userDataWaitMs, writeWaitMs: options.writeWaitMs });
    this.userFilms = new UserFilms({ database: () => this.answers.database(), readWaitMs: options.userDataWaitMs, writeWaitMs: options.writeWaitMs });
  }

  /**
   * Drops the copy of the catalogue earlier versions kept in IndexedDB (nothing reads it any more);
   * user stores stay. Runs in the background at every start; a no-op once done.
   */
  async dropCatalogueCopy(): Promise<boolean> {
    return db.dropCatalogueCopy(await this.answers.database());
  }

  /** The worker's start-up: the matcher index and the user's answers now, so the first message finds them ready or under way. */
  async prepare(): Promise<void> {
    await Promise.all([this.load(), this.answers.current(), this.userFilms.seenIds()]);
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

  /** The matcher index, built once per worker life; a failed load is retried on the next call. */
  private load(): Promise<unknown> {
    this.titleIndex ??= this.loadOnce().catch((error: unknown) => {
      this.titleIndex = null;
      throw error;
    });
    return this.titleIndex;
  }

  private async loadOnce(): Promise<unknown> {
    const { matcher, titles } = this.options;
    // Without `titles`, from the films in catalogue order (a Map keeps the order they were put in).
    const matchable = titles ? await titles() : [...(await this.films()).films.values()].map(matcher.toMatchable);
    return matcher.buildTitleIndex(matchable);
  }

  /** Films and reviews by id, loaded once per worker life; a failed load is retried on the next call. */
  private films(): Promise<FilmsById> {
    const { bundled } = this.options;
    this.filmsById ??= (typeof bundled === 'function' ? bundled() : Promise.resolve(bundled))
      .then(({ films, reviews }) => ({ films: new Map(films.map((film) => [film.id, film])), reviews: groupReviews(reviews) }))
      .catch((error: unknown) => {
        this.filmsById = null;
        throw error;
      });
    return this.filmsById;
  }

  /**
   * One answer per candidate, in order; a match the user corrected for this title is null, an unsure
   * match the user confirmed for this title is sure; a film the user has seen carries `seen: true`.
   */
  async matchTitles(candidates: TitleCandidate[]): Promise<Array<FilmMatch | null>> {
    const [titleIndex, answers, seen] = await Promise.all([this.load(), this.answers.current(), this.userFilms.seenIds()]);
    const matches = this.applyAnswers(titleIndex, candidates, answers);
    if (!seen || seen.size === 0) return matches;
    return matches.map((match) => (match && seen.has(match.id) ? { ...match, seen: true } : match));
  }

  private applyAnswers(titleIndex: unknown, candidates: TitleCandidate[], answers: UserAnswerSets | null): Array<FilmMatch | null> {
    const corrections = answers?.corrections.size ?? 0;
    const confirmations = answers?.confirmations.size ?? 0;
    const { matcher } = this.options;
    return candidates.map((candidate) => {
      const match = matcher.matchTitle(titleIndex, candidate.text, { year: candidate.year, kind: candidate.kind });
      if (!match || !answers || (corrections === 0 && (match.sure !== false || confirmations === 0))) return match;
      const id = answerId(matcher.titleKey(candidate.text), match.id);
      if (answers.corrections.has(id)) return null;
      return match.sure === false && answers.confirmations.has(id) ? { ...match, sure: true } : match;
    });
  }

  /** The film's details and the user's own entry, read together (the user's read is bounded: user-films.ts). */
  async getFilmDetails(id: string): Promise<FilmDetails | null> {
    const [{ films, reviews: reviewsByFilm }, user] = await Promise.all([this.films(), this.userFilms.film(id)]);
    const film = films.get(id);
    if (!film) return null;
    const reviews = reviewsByFilm.get(id) ?? [];
    const mentionedIn = film.mentions.flatMap((mention) => {
      const reviewed = films.get(mention.reviewFilmId);
      return reviewed
        ? [{ filmId: reviewed.id, title: reviewed.germanTitle, year: reviewed.year, sentence: mention.sentence }]
        : [];
    });
    return { film, reviews: [...reviews].sort((a, b) => a.id.localeCompare(b.id)), mentionedIn, user };
  }

  async search(query: string): Promise<FilmMatch[]> {
    return searchFilms(await this.searchable(), query);
  }

  /** Answers are stored only about films of the catalogue: anything else is no answer to a card of ours. */
  private async knownFilm(filmId: string): Promise<Film> {
    const film = (await this.films()).films.get(filmId);
    if (!film) throw new Error(`kein Film des Katalogs: ${filmId}`);
    return film;
  }

  /** "Auf die Merkliste" (or off it): stored first; a failed write rejects. */
  async setWatchlist(filmId: string, onList: boolean): Promise<UserFilm | null> {
    const film = await this.knownFilm(filmId);
    return this.userFilms.setWatchlist({ id: film.id, title: film.germanTitle, year: film.year }, onList);
  }

  /** "Gesehen" (or not): stored first, then the matcher's answers carry it; a failed write rejects. */
  async setSeen(filmId: string, seen: boolean): Promise<UserFilm | null> {
    const film = await this.knownFilm(filmId);
    return this.userFilms.setSeen({ id: film.id, title: film.germanTitle, year: film.year }, seen);
  }

  /**
   * "Nicht dieser Film": this title text does not name this film, on every site, from now on. Stored
   * first, then applied: a failed write (storage full, no IndexedDB) rejects and changes nothing.
   */
  async addCorrection(text: string, filmId: string): Promise<void> {
    await this.knownFilm(filmId);
    await this.answers.addCorrection({ titleKey: this.options.matcher.titleKey(text), filmId, text, createdAt: Date.now() });
  }

  /** "Ja" to "Ist das …?": this title text names this film, on every site, from now on. Stored first, as above. */
  async confirmMatch(text: string, filmId: string): Promise<void> {
    await this.knownFilm(filmId);
    await this.answers.confirm({ titleKey: this.options.matcher.titleKey(text), filmId, text, createdAt: Date.now() });
  }

  /**
   * The settings page changed the user's data (import, backup restored, delete all): read the seen films,
   * corrections and confirmations anew.
   */
  async reloadUserData(): Promise<void> {
    await Promise.all([this.userFilms.reload(), this.answers.reload()]);
  }

  async clearCorrections(): Promise<void> {
    await this.answers.clearCorrections();
  }

  async countCorrections(): Promise<number> {
    return this.answers.countCorrections();
  }
}
