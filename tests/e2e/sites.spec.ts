/**
 * Issue 4: Prime Video, Disney+ and JustWatch in real Chromium, each with catalogue films among
 * look-alikes (the same title from another year, a series of the same name, trailers and bonus
 * material, collection tiles). Only the right films may be marked.
 */
import type { Page } from '@playwright/test';
import { expect, marksIn, markedFilms, settle, test, trigger } from './fixtures';

/** Film ids marked inside the element with this id (the fixture gives each tile an id). */
function marksOf(page: Page, id: string) {
  return marksIn(page.locator(`[id="${id}"]`));
}

test('Prime Video 2021 detail page: the heading and the right packshot only', async ({ openFixture }) => {
  const page = await openFixture('https://www.amazon.de/gp/video/detail/B0FXDRIVE2/', 'primevideo-detail-2021.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'taxi-driver-1976').first()).toBeVisible();

  expect(await marksIn(page.locator('.av-detail-section'))).toEqual(['drive-2011']);
  expect(await marksOf(page, 'related-taxi-driver')).toEqual(['taxi-driver-1976']);
  // Same title, other year: since the base catalogue holds Drive (1997), marked as that film, never as Drive (2011).
  expect(await marksOf(page, 'related-drive-1997'), 'same title, other year').toEqual(['drive-1997']);
  expect(await marksOf(page, 'related-drive-series'), 'a series').toEqual([]);
  expect(await markedFilms(page)).toEqual(['drive-1997', 'drive-2011', 'taxi-driver-1976']);

  await trigger(page, 'drive-2011').first().hover();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true })).toBeVisible({ timeout: 3000 });
});

test('Prime Video tiles: films by entity type, never series, trailers or live TV', async ({ openFixture }) => {
  const page = await openFixture('https://www.primevideo.com/storefront/home/', 'primevideo-storefront-2023.html');
  await expect(trigger(page, 'the-driver-1978').first()).toBeVisible({ timeout: 10_000 });

  expect(await marksOf(page, 'card-driver')).toEqual(['the-driver-1978']);
  expect(await marksOf(page, 'card-pusher')).toEqual(['pusher-1996']);
  expect(await marksOf(page, 'card-drive-series'), 'a TV Show').toEqual([]);
  expect(await marksOf(page, 'card-drive-trailer'), 'a Trailer').toEqual([]);
  expect(await marksOf(page, 'card-live')).toEqual([]);
  expect(await markedFilms(page)).toEqual(['pusher-1996', 'the-driver-1978']);
});

test('Prime Video 2026 logo-only hero is marked, its trailer and bonus tiles are not', async ({ openFixture }) => {
  const page = await openFixture('https://www.amazon.de/gp/video/detail/B0FXDRIVE6/', 'primevideo-detail-2026.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  expect(await marksOf(page, 'hero')).toEqual(['drive-2011']);
  expect(await marksOf(page, 'card-trailer'), 'a Trailer').toEqual([]);
  expect(await marksOf(page, 'card-bonus'), 'Bonus Content').toEqual([]);
});

test('Disney+: the label year picks the film; other years and collection tiles stay unmarked', async ({ openFixture }) => {
  const page = await openFixture('https://www.disneyplus.com/de-de/home', 'disneyplus-home.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });

  expect(await marksOf(page, 'tile-drive-2011')).toEqual(['drive-2011']);
  expect(await marksOf(page, 'tile-taxi-driver')).toEqual(['taxi-driver-1976']);
  expect(await marksOf(page, 'tile-pusher-en'), 'English label').toEqual(['pusher-1996']);
  // Same title, other year: the base catalogue's Drive (1997), never Drive (2011).
  expect(await marksOf(page, 'tile-drive-1997'), 'same title, other year').toEqual(['drive-1997']);
  expect(await marksOf(page, 'tile-collection-drive'), 'a collection tile').toEqual([]);
  expect(await marksOf(page, 'tile-genre')).toEqual([]);

  await trigger(page, 'drive-2011').first().hover();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true })).toBeVisible({ timeout: 3000 });
});

test('JustWatch film page: the heading with its year and the film in the grid, not the series', async ({ openFixture }) => {
  const page = await openFixture('https://www.justwatch.com/de/Film/drive', 'justwatch-film-drive.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });

  expect(await marksOf(page, 'hero')).toEqual(['drive-2011']);
  expect(await marksOf(page, 'grid-taxi-driver')).toEqual(['taxi-driver-1976']);
  expect(await marksOf(page, 'grid-drive-series'), 'a /de/Serie/ item').toEqual([]);
  expect(await marksOf(page, 'grid-drive-my-car')).toEqual([]);
});

test('JustWatch series page with a film\'s title is not marked', async ({ openFixture }) => {
  // Control: the film page is marked in this browser …
  const film = await openFixture('https://www.justwatch.com/de/Film/drive', 'justwatch-film-drive.html');
  await expect(trigger(film, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  // … the series page of the same name is not.
  const series = await openFixture('https://www.justwatch.com/de/Serie/drive', 'justwatch-serie-drive.html');
  await settle(series);
  expect(await markedFilms(series)).toEqual([]);
});
