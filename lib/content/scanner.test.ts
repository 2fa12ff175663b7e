import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchMatches, type TitleBatchMatch, type TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import { createMarker, FILM_ATTRIBUTE } from './marker';
import { DRIVE, DRIVER, findTitles, page } from './test-page';
import { createScanner, SLICE_TILES } from './scanner';

/** A stand-in background: knows "Drive" and "The Driver" only. */
function fakeMatch() {
  const known: Record<string, FilmMatch> = { Drive: DRIVE, 'The Driver': DRIVER };
  return vi.fn(async (candidates: TitleCandidate[]) => batchMatches(candidates.map((candidate) => known[candidate.text] ?? null)));
}

/**
 * A background that answers only when told to: the scanner with a marker, and `answer()`, which answers
 * every question asked so far ("Drive" is DRIVE, every other text no film).
 */
function setupHeldAnswer() {
  const marker = createMarker({ useBadge: false });
  const waiting: Array<() => void> = [];
  const match = vi.fn((titles: readonly TitleCandidate[]) =>
    new Promise<TitleBatchMatch[]>((resolve) => waiting.push(() => resolve(batchMatches(titles.map((title) => (title.text === 'Drive' ? DRIVE : null)))))));
  const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn() });
  return { match, scanner, answer: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

function setup(useBadge = false) {
  const marker = createMarker({ useBadge });
  const match = fakeMatch();
  const onBatchDone = vi.fn();
  const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone });
  return { marker, match, scanner, onBatchDone };
}

describe('scanner + marker', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks the background once per batch about every tile, and marks only the match', async () => {
    const root = page(`
      <span data-test-title="Drive">Drive</span>
      <span data-test-title="Driven">Driven</span>
      <span data-test-title="Drive">Drive</span>`);
    const { match, scanner, onBatchDone } = setup();
    await scanner.scan([root]);
    expect(match).toHaveBeenCalledTimes(1);
    expect(match.mock.calls[0]![0].map((candidate) => candidate.text)).toEqual(['Drive', 'Driven', 'Drive']);
    expect([...root.querySelectorAll(`[${FILM_ATTRIBUTE}]`)].map((element) => element.textContent)).toEqual(['Drive', 'Drive']);
    expect(root.querySelector(`[${FILM_ATTRIBUTE}]`)?.getAttribute(FILM_ATTRIBUTE)).toBe('drive-2011');
    expect(scanner.candidateCount()).toBe(2);
    expect(onBatchDone).toHaveBeenCalledTimes(1);
  });

  it('an answer naming a place the slice does not have marks nothing', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const marker = createMarker({ useBadge: false });
    const match = vi.fn(async (): Promise<TitleBatchMatch[]> => [{ index: 1, film: DRIVE }, { index: -1, film: DRIVE }]);
    const onBatchDone = vi.fn();
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone });
    await scanner.scan([root]);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}]`)).toHaveLength(0);
    // Films the answer named but nothing shows: the page's report is made anew.
    expect(onBatchDone).toHaveBeenCalledWith(true);
  });

  it('a second scan of the same page (a rescan after SPA navigation) marks nothing twice', async () => {
    const root = page('<span data-test-title="Drive">Drive</span><span data-test-title="Driven">Driven</span>');
    const { match, scanner } = setup();
    await scanner.scan([root]);
    await scanner.scan([root]);
    expect(match).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}]`)).toHaveLength(1);
  });

  it('new tiles with a title it met before are asked about and marked', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { match, scanner } = setup();
    await scanner.scan([root]);
    const later = document.createElement('span');
    later.dataset.testTitle = 'Drive';
    root.append(later);
    await scanner.scan([later]);
    expect(match.mock.calls[1]![0].map((candidate) => candidate.text)).toEqual(['Drive']);
    expect(later.getAttribute(FILM_ATTRIBUTE)).toBe('drive-2011');
  });

  it('marks each clone of a tile', async () => {
    const root = page(`
      <a href="/watch/1" data-test-title="Drive">Drive</a>
      <a href="/watch/1" data-test-title="Drive" aria-hidden="true">Drive</a>`);
    const { match, scanner } = setup();
    await scanner.scan([root]);
    expect(match).toHaveBeenCalledTimes(1);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}]`)).toHaveLength(2);
  });

  it('makes a plain title focusable, leaves a link alone, and takes both marks away again', async () => {
    const root = page('<span data-test-title="Drive">Drive</span><a href="/dp/1" data-test-title="Drive">Drive</a>');
    const { marker, scanner } = setup();
    await scanner.scan([root]);
    const [span, link] = [root.querySelector('span')!, root.querySelector('a')!];
    expect(span.getAttribute('tabindex')).toBe('0');
    expect(link.hasAttribute('tabindex')).toBe(false);
    marker.unmarkAll();
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}]`)).toHaveLength(0);
    expect(span.hasAttribute('tabindex')).toBe(false);
  });

  it('on badge sites adds one labelled badge button beside the link, not inside it', async () => {
    const root = page('<div class="slot"><a href="/watch/1" data-test-title="Drive" aria-label="Drive"><img alt=""></a></div>');
    const { marker, scanner } = setup(true);
    await scanner.scan([root]);
    const badge = root.querySelector<HTMLButtonElement>(`button[${FILM_ATTRIBUTE}="drive-2011"]`);
    expect(badge).not.toBeNull();
    expect(badge!.getAttribute('aria-label')).toBe('Filmlupe: Drive (2011)');
    expect(badge!.closest('a')).toBeNull();
    expect(badge!.closest('.slot')).not.toBeNull();
    expect(root.querySelector('a')!.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
    marker.unmarkAll();
    expect(root.querySelector('button')).toBeNull();
  });

  it('drops answers that arrive after a reset (navigation, switched off)', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { scanner } = setup();
    const scanning = scanner.scan([root]);
    scanner.reset();
    await scanning;
    expect(root.querySelector(`[${FILM_ATTRIBUTE}]`)).toBeNull();
  });

  it('after a correction the same page text is not marked again, even by an answer that still names the film', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { scanner } = setup();
    await scanner.scan([root]);
    scanner.forgetText('Drive');
    const later = document.createElement('span');
    later.dataset.testTitle = 'Drive';
    root.append(later);
    // The stand-in background still names Drive (the real one stores the correction; an answer on its
    // way when the user corrected may still name it).
    await scanner.scan([later]);
    expect(later.hasAttribute(FILM_ATTRIBUTE)).toBe(false);
  });

  it('a correction while the answer is on its way: the tile is not marked', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { scanner, answer } = setupHeldAnswer();
    const scanning = scanner.scan([root]);
    scanner.forgetText('Drive');
    answer();
    await scanning;
    expect(root.querySelector(`[${FILM_ATTRIBUTE}]`)).toBeNull();
  });

  it('after a reset (SPA navigation) finds titles anew, counts those in the page now, and keeps the marks that stayed', async () => {
    const root = page('<span data-test-title="Drive">Drive</span><span data-test-title="Driven">Driven</span>');
    const { scanner } = setup();
    await scanner.scan([root]);
    expect(scanner.hasTitles()).toBe(true);
    scanner.reset();
    expect(scanner.hasTitles()).toBe(false);
    root.querySelector('span:last-child')!.remove();
    expect(scanner.candidateCount()).toBe(1);
    await scanner.scan([root]);
    expect(scanner.hasTitles()).toBe(true);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}="drive-2011"]`)).toHaveLength(1);
  });

  it('cuts a large batch into slices with a turn for the page between them', async () => {
    const titles = Array.from({ length: SLICE_TILES * 2 + 10 }, (_, i) => (i % SLICE_TILES === 5 ? 'Drive' : `Filler ${i}`));
    const root = page(titles.map((title) => `<span data-test-title="${title}">${title}</span>`).join(''));
    const marker = createMarker({ useBadge: false });
    // A slow background: answers come only after every slice has been sent.
    const answered: Array<() => void> = [];
    const match = vi.fn((candidates: TitleCandidate[]) => new Promise<TitleBatchMatch[]>((resolve) => {
      answered.push(() => resolve(batchMatches(candidates.map((candidate) => (candidate.text === 'Drive' ? DRIVE : null)))));
    }));
    const yieldToPage = vi.fn(async () => {});
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn(), yieldToPage });
    const scanning = scanner.scan([root]);
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(3));
    answered.forEach((answer) => answer());
    await scanning;
    expect(yieldToPage).toHaveBeenCalledTimes(3); // after the adapter's pass, after the 1st and the 2nd slice
    expect(match.mock.calls.map(([candidates]) => candidates.length)).toEqual([SLICE_TILES, SLICE_TILES, 10]);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}="drive-2011"]`)).toHaveLength(3);
    expect(scanner.candidateCount()).toBe(SLICE_TILES * 2 + 8);
  });

  it('a scan stopped by a navigation between slices leaves no unhandled rejection of its sent slice', async () => {
    const root = page(Array.from({ length: SLICE_TILES + 1 }, (_, i) => `<span data-test-title="T${i}">T${i}</span>`).join(''));
    const marker = createMarker({ useBadge: false });
    const match = vi.fn(async () => Promise.reject(new Error('worker gone')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      let scanner: ReturnType<typeof createScanner> | null = null;
      // The page's turn after the first slice was sent (the second turn) is where the user navigates.
      let turns = 0;
      const yieldToPage = async () => {
        if (++turns === 2) scanner!.reset();
      };
      scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn(), yieldToPage });
      await scanner.scan([root]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(match).toHaveBeenCalledTimes(1);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('two scans with their questions on the way at once: each answer marks its own tiles', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const { match, scanner, answer } = setupHeldAnswer();
    const first = scanner.scan([root]);
    const later = document.createElement('span');
    later.dataset.testTitle = 'Drive';
    root.append(later);
    const second = scanner.scan([later]);
    answer();
    await Promise.all([first, second]);
    expect(match).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}="drive-2011"]`)).toHaveLength(2);
  });

  it('texts asked just before an SPA navigation: counted once each on the new page, marked by the new answer', async () => {
    const root = page('<span data-test-title="Drive">Drive</span><span data-test-title="Heat">Heat</span><span data-test-title="Heat">Heat</span>');
    const { match, scanner, answer } = setupHeldAnswer();
    const before = scanner.scan([root]);
    scanner.reset();
    const after = scanner.scan([root]);
    expect(scanner.candidateCount()).toBe(2);
    answer();
    await Promise.all([before, after]);
    expect(match).toHaveBeenCalledTimes(2);
    expect(scanner.candidateCount()).toBe(2);
    expect(root.querySelectorAll(`[${FILM_ATTRIBUTE}="drive-2011"]`)).toHaveLength(1);
  });

  it('counts distinct titles across scans and tells the session after each scan that found titles', async () => {
    const root = page('<span data-test-title="Driven">Driven</span>');
    const { scanner, onBatchDone } = setup();
    await scanner.scan([root]);
    const later = page('<span data-test-title="Driven">Driven</span><span data-test-title="Heat">Heat</span>');
    await scanner.scan([later]);
    expect(scanner.candidateCount()).toBe(2);
    expect(onBatchDone).toHaveBeenCalledTimes(2);
    await scanner.scan([page('<p>no title here</p>')]);
    expect(onBatchDone).toHaveBeenCalledTimes(2);
  });

  // The background counts the films its answers name (lib/background/detections.ts); the session
  // reports in full only after a batch that says films may be gone.
  it('says after each batch whether the page may show fewer films than the answers named', async () => {
    const { scanner, onBatchDone } = setup();
    const first = page('<span data-test-title="Drive">Drive</span><span data-test-title="Driven">Driven</span>');
    await scanner.scan([first]);
    expect(onBatchDone).toHaveBeenLastCalledWith(false);

    const tile = page('<span data-test-title="The Driver">The Driver</span>');
    scanner.forgetText('The Driver');
    await scanner.scan([tile]);
    expect(onBatchDone).toHaveBeenLastCalledWith(true);

    await scanner.scan([page('<span data-test-title="Heat">Heat</span>')], { changed: [], restructured: [], removed: true });
    expect(onBatchDone).toHaveBeenLastCalledWith(true);

    first.querySelector('span')!.dataset.testTitle = 'Drive My Car';
    await scanner.scan([], { changed: [first.querySelector('span')!], restructured: [] });
    expect(onBatchDone).toHaveBeenLastCalledWith(true);
    expect(onBatchDone).toHaveBeenCalledTimes(4);
  });

  it('a question that failed is asked again when the text shows up next time', async () => {
    const root = page('<span data-test-title="Drive">Drive</span>');
    const marker = createMarker({ useBadge: false });
    const match = vi.fn().mockRejectedValueOnce(new Error('worker asleep')).mockResolvedValueOnce([{ index: 0, film: DRIVE }]);
    const scanner = createScanner({ findTitles, url: () => new URL('https://www.netflix.com/browse'), match, marker, onBatchDone: vi.fn() });
    await expect(scanner.scan([root])).rejects.toThrow('worker asleep');
    const later = page('<span data-test-title="Drive">Drive</span>');
    await scanner.scan([later]);
    expect(match).toHaveBeenCalledTimes(2);
    expect(later.querySelector(`[${FILM_ATTRIBUTE}="drive-2011"]`)).not.toBeNull();
  });

  it('lists the marked films in page order, each once', async () => {
    const root = page(`
      <span data-test-title="The Driver">The Driver</span>
      <span data-test-title="Drive">Drive</span>
      <span data-test-title="The Driver">The Driver</span>`);
    const { marker, scanner } = setup();
    await scanner.scan([root]);
    expect(marker.filmsInPageOrder()).toEqual([DRIVER, DRIVE]);
  });
  it('keeps the films in page order as tiles come in above and below, and when a tile leaves', async () => {
    const root = page('<span data-test-title="Drive">Drive</span><span id="driver" data-test-title="The Driver">The Driver</span>');
    const { marker, scanner } = setup();
    await scanner.scan([root]);
    expect(marker.filmsInPageOrder()).toEqual([DRIVE, DRIVER]);
    const above = document.createElement('span');
    above.dataset.testTitle = 'The Driver';
    root.prepend(above);
    await scanner.scan([above]);
    expect(marker.filmsInPageOrder()).toEqual([DRIVER, DRIVE]);
    above.remove();
    expect(marker.filmsInPageOrder()).toEqual([DRIVE, DRIVER]);
    root.querySelector('#driver')!.remove();
    expect(marker.filmsInPageOrder()).toEqual([DRIVE]);
  });
});
