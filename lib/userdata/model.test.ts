import { describe, expect, it } from 'vitest';
import { emptyUserFilm, isEmptyUserFilm, mergeUserFilms, preferredRating, ratingOutOfTen, setSeen, setWatchlist } from './model';
import type { UserFilm, UserRating } from './types';

const HEAT = { id: 'heat-1995', title: 'Heat', year: 1995 };
const rating = (value: number, scale: 5 | 10, date: string | null, source: UserRating['source']): UserRating => ({ value, scale, date, source });

function entry(more: Partial<UserFilm>): UserFilm {
  return { ...emptyUserFilm(HEAT), ...more };
}

describe('preferredRating: which rating stands when two disagree', () => {
  it.each([
    ['the newer one (IMDb later)', rating(4, 5, '2024-01-05', 'letterboxd'), rating(9, 10, '2024-05-01', 'imdb'), 'imdb'],
    ['the newer one (Letterboxd later)', rating(5, 5, '2024-02-10', 'letterboxd'), rating(8, 10, '2023-12-01', 'imdb'), 'letterboxd'],
    ['a dated one over an undated one', rating(3, 5, null, 'letterboxd'), rating(6, 10, '2020-01-01', 'imdb'), 'imdb'],
    ['on the same day Letterboxd over IMDb', rating(3, 5, '2024-01-01', 'letterboxd'), rating(9, 10, '2024-01-01', 'imdb'), 'letterboxd'],
    ['on the same day the user’s own in Filmlupe', rating(3, 5, '2024-01-01', 'letterboxd'), rating(9, 10, '2024-01-01', 'filmlupe'), 'filmlupe'],
  ])('%s', (_name, a, b, source) => {
    expect(preferredRating(a, b)?.source).toBe(source);
    expect(preferredRating(b, a)?.source).toBe(source);
  });

  it('one rating alone stands', () => {
    const only = rating(4, 5, null, 'letterboxd');
    expect(preferredRating(only, null)).toBe(only);
    expect(preferredRating(null, only)).toBe(only);
  });

  it.each([
    [rating(3.5, 5, null, 'letterboxd'), 7],
    [rating(0.5, 5, null, 'letterboxd'), 1],
    [rating(8, 10, null, 'imdb'), 8],
  ])('ratingOutOfTen(%j) = %d', (given, outOfTen) => {
    expect(ratingOutOfTen(given)).toBe(outOfTen);
  });
});

describe('mergeUserFilms', () => {
  const letterboxd = entry({
    rating: rating(4.5, 5, '2024-01-05', 'letterboxd'),
    seen: true,
    seenDates: ['2024-01-04', '2024-06-01'],
    reviews: [{ text: 'Gut.', date: '2024-01-04', spoiler: false, source: 'letterboxd' }],
    tags: ['kino'],
    sources: ['letterboxd'],
    letterboxdUri: 'https://boxd.it/fx03',
  });
  const imdb = entry({ rating: rating(8, 10, '2023-12-01', 'imdb'), seen: true, sources: ['imdb'], imdbId: 'tt9900002' });
  const listed = entry({ watchlistSince: '2024-05-01', sources: ['letterboxd'] });

  it('is idempotent: merging an entry with itself changes nothing', () => {
    for (const one of [letterboxd, imdb, listed]) expect(mergeUserFilms(one, one)).toEqual(one);
  });

  it('does not depend on the order', () => {
    expect(mergeUserFilms(letterboxd, imdb)).toEqual(mergeUserFilms(imdb, letterboxd));
    expect(mergeUserFilms(mergeUserFilms(letterboxd, imdb), listed)).toEqual(mergeUserFilms(listed, mergeUserFilms(imdb, letterboxd)));
  });

  it('keeps everything both say', () => {
    expect(mergeUserFilms(mergeUserFilms(letterboxd, imdb), listed)).toEqual({
      filmId: 'heat-1995',
      title: 'Heat',
      year: 1995,
      rating: rating(4.5, 5, '2024-01-05', 'letterboxd'),
      seen: true,
      seenDates: ['2024-01-04', '2024-06-01'],
      watchlistSince: '2024-05-01',
      reviews: [{ text: 'Gut.', date: '2024-01-04', spoiler: false, source: 'letterboxd' }],
      tags: ['kino'],
      sources: ['imdb', 'letterboxd'],
      letterboxdUri: 'https://boxd.it/fx03',
      imdbId: 'tt9900002',
    });
  });

  it.each([
    ['2024-05-01', '2023-01-01', '2023-01-01'],
    ['', '2023-01-01', '2023-01-01'],
    ['', '', ''],
    [undefined, '2023-01-01', '2023-01-01'],
  ])('watchlist dates %j and %j → on the list since %j', (a, b, since) => {
    const merged = mergeUserFilms(entry(a === undefined ? {} : { watchlistSince: a }), entry({ watchlistSince: b }));
    expect(merged.watchlistSince).toBe(since);
  });

  it('the same review of the same day is kept once, a spoiler flag on either copy stays', () => {
    const review = { text: 'Das Ende!', date: '2024-01-04', spoiler: false, source: 'letterboxd' as const };
    const merged = mergeUserFilms(entry({ reviews: [review] }), entry({ reviews: [{ ...review, spoiler: true }, { ...review, date: '2024-06-01' }] }));
    expect(merged.reviews).toEqual([{ ...review, spoiler: true }, { ...review, date: '2024-06-01' }]);
  });
});

describe('the user’s own actions', () => {
  it('puts a film on the watchlist and takes it off; an entry saying nothing is empty', () => {
    const onList = setWatchlist(undefined, HEAT, true, '2024-07-01');
    expect(onList).toMatchObject({ filmId: 'heat-1995', title: 'Heat', watchlistSince: '2024-07-01', sources: ['filmlupe'] });
    expect(setWatchlist(onList, HEAT, true, '2024-08-01').watchlistSince).toBe('2024-07-01');
    const off = setWatchlist(onList, HEAT, false, '2024-08-01');
    expect(off.watchlistSince).toBeUndefined();
    expect(isEmptyUserFilm(off)).toBe(true);
  });

  it('marks a film seen (with a date) and not seen; a rating stays', () => {
    const rated = entry({ rating: rating(4, 5, null, 'letterboxd') });
    const seen = setSeen(rated, HEAT, true, '2024-07-01');
    expect(seen).toMatchObject({ seen: true, seenDates: ['2024-07-01'] });
    const unseen = setSeen(seen, HEAT, false);
    expect(unseen).toMatchObject({ seen: false, seenDates: [], rating: rating(4, 5, null, 'letterboxd') });
    expect(isEmptyUserFilm(unseen)).toBe(false);
  });
});
