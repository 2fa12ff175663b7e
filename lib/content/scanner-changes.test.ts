import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchMatches, type TitleBatchMatch, type TitleCandidate } from '../messaging';
import { MAX_TITLE_LENGTH } from '../title/clean';
import type { FilmMatch } from '../title/types';
import { createMarker, FILM_ATTRIBUTE } from './marker';
import { DRIVE, DRIVER, findTitles, page } from './test-page';
import { createScanner, MAX_SENT_TITLE_LENGTH, SLICE_BYTES } from './scanner';

describe('scanner: titles that change under their marks (issue 13)', () => {
  afterEach(() => document.body.replaceChildren());
  const PUSHER: FilmMatch = { id: 'pusher-1996', title: 'Pusher', year: 1996 };

  function setupKnown(extra: Record<string, FilmMatch> = {}) {
    const marker = createMarker({ useBadge: false });
    const known: Record<string, FilmMatch> = { Drive: DRIVE, 'The Driver': DRIVER, Pusher: PUSHER, ...extra };
    const match = vi.fn(async (candidates: readonly TitleCandidate[]) => batchMatches(candidates.map((candidate) => known[candidate.text] ?? null)));
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn() });
    return { marker, match, scanner };
  }
  const asked = (match: ReturnType<typeof setupKnown>['match']) => match.mock.calls.map(([candidates]) => candidates.map((candidate) => candidate.text));
  const noChanges = { changed: [], restructured: [] };

  it('a relabelled title loses its old mark at once and gets the new film, or none', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { match, scanner } = setupKnown();
    await scanner.scan([root]);
    const span = root.querySelector('span')!;
    span.dataset.testTitle = 'Pusher';
    const scanning = scanner.scan([], { changed: [span], restructured: [] });
    expect(span.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
    await scanning;
    expect(span.getAttribute(FILM_ATTRIBUTE)).toBe('pusher-1996');
    span.dataset.testTitle = 'Kochduell';
    await scanner.scan([], { changed: [span], restructured: [] });
    expect(span.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
    expect(asked(match)).toEqual([['Drive'], ['Pusher'], ['Kochduell']]);
  });

  it('a marked title that no longer reads as a title loses its mark, and the report is made anew', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const onBatchDone = vi.fn();
    const marker = createMarker({ useBadge: false });
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match: async () => [{ index: 0, film: DRIVE }], marker, onBatchDone });
    await scanner.scan([root]);
    const span = root.querySelector('span')!;
    delete span.dataset.testTitle;
    await scanner.scan([], { changed: [span], restructured: [] });
    expect(span.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
    expect(onBatchDone).toHaveBeenCalledTimes(2);
  });

  it('a marked tile the page moves and empties in one task loses its mark (the observer notes the change as restructured)', async () => {
    const root = page('<div class="row-a"><div class="tile"><span data-test-title="Drive">Drive</span></div></div><div class="row-b"></div>');
    const marker = createMarker({ useBadge: false });
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match: async () => [{ index: 0, film: DRIVE }], marker, onBatchDone: vi.fn() });
    await scanner.scan([root]);
    const tile = root.querySelector('.tile')!;
    const span = tile.querySelector('span')!;
    root.querySelector('.row-b')!.append(tile);
    delete span.dataset.testTitle;
    await scanner.scan([tile], { changed: [], restructured: [span] });
    expect(span.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
  });

  it('an answer for the old title that arrives after the relabel marks nothing', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const marker = createMarker({ useBadge: false });
    const waiting: Array<() => void> = [];
    const match = vi.fn((titles: readonly TitleCandidate[]) =>
      new Promise<TitleBatchMatch[]>((resolve) => waiting.push(() => resolve(batchMatches(titles.map((title) => (title.text === 'Drive' ? DRIVE : null)))))));
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn() });
    const first = scanner.scan([root]);
    const span = root.querySelector('span')!;
    span.dataset.testTitle = 'Kochduell';
    const second = scanner.scan([], { changed: [span], restructured: [] });
    waiting.splice(0).forEach((answer) => answer());
    await Promise.all([first, second]);
    expect(span.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
  });

  it('a scan of the whole page keeps marks that read the same (not asked again) and drops the ones it did not find', async () => {
    page('<span data-test-title="Drive">Drive</span><span id="gone" data-test-title="The Driver">The Driver</span><span data-test-title="Heat">Heat</span>');
    const { match, scanner } = setupKnown();
    await scanner.scan([document]);
    const gone = document.getElementById('gone')!;
    delete gone.dataset.testTitle;
    await scanner.scan([document], noChanges);
    expect(gone.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
    expect(document.querySelector(`[${FILM_ATTRIBUTE}="drive-2011"]`)).not.toBeNull();
    expect(asked(match)).toEqual([['Drive', 'The Driver', 'Heat'], ['Heat']]);
  });

  it('a changed title where a slice is full is asked in the next slice (and counted as it reads now)', async () => {
    const wide = (n: number) => `${n}`.padEnd(MAX_SENT_TITLE_LENGTH, '映');
    const count = Math.ceil(SLICE_BYTES / (MAX_SENT_TITLE_LENGTH * 6)) + 10;
    const root = page(Array.from({ length: count }, (_, n) => `<span data-test-title="${wide(n)}"></span>`).join(''));
    const match = vi.fn(async (_candidates: readonly TitleCandidate[]): Promise<TitleBatchMatch[]> => []);
    // A clock that stands still: only the size cuts the slices.
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker: createMarker({ useBadge: false }), onBatchDone: vi.fn(), now: () => 0 });
    await scanner.scan([root]);
    match.mockClear();
    const spans = [...root.querySelectorAll<HTMLElement>('span')];
    for (const [n, span] of spans.entries()) span.dataset.testTitle = wide(n + count);
    await scanner.scan([], { changed: spans, restructured: [] });
    expect(match.mock.calls.length).toBeGreaterThan(1);
    expect(asked(match).flat().sort()).toEqual(spans.map((_, n) => wide(n + count)).sort());
    expect(scanner.candidateCount()).toBe(count);
  });

  it('an answer about what an element shows now marks it, even after an older title of it was asked about', async () => {
    const root = page('<div class="tile"><span data-test-title="Lädt …"></span></div>');
    const { scanner } = setupKnown();
    const span = root.querySelector('span')!;
    await scanner.scan([], { changed: [span], restructured: [] });
    // The site moves the tile (an added subtree now) and shows the film's title in it.
    span.dataset.testTitle = 'Drive';
    await scanner.scan([root.querySelector('.tile')!]);
    expect(span.getAttribute(FILM_ATTRIBUTE)).toBe('drive-2011');
  });

  it('sends no text longer than the matcher reads, and cuts slices by size', async () => {
    expect(MAX_SENT_TITLE_LENGTH).toBe(MAX_TITLE_LENGTH);
    const long = 'x'.repeat(MAX_SENT_TITLE_LENGTH + 1);
    const full = '映'.repeat(MAX_SENT_TITLE_LENGTH);
    const count = Math.ceil(SLICE_BYTES / (MAX_SENT_TITLE_LENGTH * 6)) + 10;
    const root = page([long, ...Array.from({ length: count }, () => full)].map((title) => `<span data-test-title="${title}"></span>`).join(''));
    const { match, scanner } = setupKnown();
    await scanner.scan([root]);
    const slices = match.mock.calls.map(([candidates]) => candidates);
    expect(slices.flat().some((candidate) => candidate.text === long)).toBe(false);
    expect(slices.flat()).toHaveLength(count);
    for (const slice of slices) expect(slice.reduce((bytes, candidate) => bytes + candidate.text.length * 6 + 2, 0)).toBeLessThanOrEqual(SLICE_BYTES);
    expect(slices.length).toBeGreaterThan(1);
  });
});
