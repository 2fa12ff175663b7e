/**
 * Netflix as the single-page app it is: rows added while scrolling, navigation without a page load,
 * the detail modal, and the badge living inside a clickable tile.
 */
import { badgeText, expect, focusedFilm, marksIn, markedFilms, openPopup, tabIdOf, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';

/** A 2026-style row with one tile, as Netflix renders it into the page. */
function rowHtml(slotId: string, videoId: number, label: string): string {
  return (
    `<h2>Neu</h2><div class="row"><div data-virtual-slot="0" id="${slotId}">` +
    `<a data-uia="standard-card" href="/watch/${videoId}" aria-label="${label}"><div class="boxart">${label}</div></a></div></div>`
  );
}

test('a row Netflix adds later (scrolling) gets marked too', async ({ openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  await page.evaluate((html) => {
    const row = document.createElement('div');
    row.setAttribute('data-uia', 'carousel-scroller');
    row.innerHTML = html;
    document.body.append(row);
  }, rowHtml('late-tile', 81000401, 'Pusher'));
  await expect(trigger(page, 'pusher-1996').first()).toBeVisible({ timeout: 5000 });
  expect(await marksIn(page.locator('#late-tile'))).toEqual(['pusher-1996']);
});

test('navigating inside Netflix (no page load) updates the marks, the popup and the badge', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const tabId = await tabIdOf(context, page);

  // What Netflix does on a click into a genre: push a URL, replace the rows.
  await page.evaluate((html) => {
    history.pushState({}, '', '/browse/genre/1365');
    const row = document.createElement('div');
    row.setAttribute('data-uia', 'carousel-scroller');
    row.innerHTML = html;
    document.body.replaceChildren(row);
  }, rowHtml('genre-tile', 81000501, 'Walhalla Rising'));

  await expect(trigger(page, 'valhalla-rising-2009').first()).toBeVisible({ timeout: 5000 });
  expect(await markedFilms(page)).toEqual(['valhalla-rising-2009']);
  await expect.poll(() => badgeText(context, tabId), { timeout: 5000 }).toBe('1');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('body')).toContainText(/Walhalla Rising\s*\(2009\)/);
  await expect(popup.locator('body')).not.toContainText(/Drive\s*\(2011\)/);
});

test('the detail modal\'s title logo is marked', async ({ openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  // docs/sites.md (late 2026): the modal opens with ?jbv=<id>; the title is the logo's title/alt.
  await page.evaluate(() => {
    history.pushState({}, '', '/browse?jbv=81000601');
    const modal = document.createElement('div');
    modal.className = 'previewModal--wrapper detail-modal';
    modal.id = 'modal';
    modal.innerHTML =
      '<div class="previewModal--player_container"><img class="previewModal--player-titleTreatment-logo" ' +
      'title="Alles, was wir geben mussten" alt="Alles, was wir geben mussten" style="width:300px;height:80px"></div>';
    document.body.append(modal);
  });
  await expect(trigger(page, 'never-let-me-go-2010').first()).toBeVisible({ timeout: 5000 });
  expect(await marksIn(page.locator('#modal'))).toEqual(['never-let-me-go-2010']);
});

test('clicking or pressing Enter on the badge opens the card and does not start the film', async ({ openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const badge = trigger(page, 'drive-2011').first();
  await expect(badge).toBeVisible({ timeout: 10_000 });
  const dialog = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });

  await badge.click();
  await expect(dialog).toBeVisible({ timeout: 3000 });
  expect(page.url()).toBe(BROWSE);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible({ timeout: 3000 });
  await page.waitForTimeout(300);
  expect(page.url()).toBe(BROWSE);
});

test('Escape after keyboard focus closes the card and leaves focus on the trigger', async ({ openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const badge = trigger(page, 'drive-2011').first();
  await expect(badge).toBeVisible({ timeout: 10_000 });
  await badge.focus();
  const dialog = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await expect(dialog).toBeVisible({ timeout: 3000 });
  await expect(dialog).not.toHaveAttribute('aria-modal', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedFilm(page)).toBe('drive-2011');
});
