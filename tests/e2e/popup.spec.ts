/**
 * The toolbar popup, opened as popup.html?tab=<id> in a tab of its own (a real toolbar popup cannot
 * be opened by Playwright): the tab's films, the badge count, opening a film's card from the list,
 * the catalogue search, the per-site switch, and the diagnosis on a supported page with no titles.
 */
import {
  badgeText, expect, markedFilms, openPopup, settle, siteSwitch, tabIdOf, test, trigger,
} from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
const MY_LIST = 'https://www.netflix.com/browse/my-list';

test('lists the films found on the tab, and the badge counts them', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const tabId = await tabIdOf(context, page);
  await expect.poll(() => badgeText(context, tabId), { timeout: 5000 }).toBe('2');

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('body')).toContainText(/Drive\s*\(2011\)/);
  await expect(popup.locator('body')).toContainText(/Taxi Driver\s*\(1976\)/);
  await expect(popup.locator('body')).not.toContainText('Drive My Car');
  await expect(popup.locator('body')).not.toContainText('Baby Driver');
});

test('clicking a listed film opens its card on the page', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));

  const name = /Drive\s*\(2011\)/;
  await popup.getByRole('button', { name }).or(popup.getByRole('link', { name })).first().click();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true })).toBeVisible({ timeout: 3000 });
});

test('a supported page without titles gets a diagnosis, and the search finds Drive by its star', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(MY_LIST, 'netflix-empty.html');
  await settle(page);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await expect(popup.locator('body')).toContainText('Netflix erkannt, 0 Titel gefunden');

  const search = popup.getByRole('searchbox').or(popup.getByRole('textbox')).first();
  await search.fill('gosling');
  await expect(popup.locator('body')).toContainText(/Drive\s*\(2011\)/);
  await expect(popup.locator('body')).not.toContainText('Taxi Driver');
});

test('the popup switch turns Filmlupe off for Netflix and on again', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));

  const onNetflix = siteSwitch(popup, 'Netflix|diese[rn]? Seite');
  await expect(onNetflix).toBeChecked();
  await onNetflix.click();
  await expect(onNetflix).not.toBeChecked();
  await page.reload();
  await settle(page);
  expect(await markedFilms(page)).toEqual([]);

  await popup.reload();
  await expect(onNetflix).not.toBeChecked();
  await onNetflix.click();
  await page.reload();
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
});
