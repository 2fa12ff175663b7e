/**
 * Amazon.de product pages in real Chromium: a film product is marked, a book with the same title is
 * not (a wrong film is worse than none).
 */
import { expect, marksIn, settle, test, trigger } from './fixtures';

test('a Blu-ray of Drive is marked as Drive (2011) and opens its card', async ({ openFixture }) => {
  const page = await openFixture('https://www.amazon.de/dp/B0FXDRIVE1', 'amazon-dp-drive-bluray.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  expect(await marksIn(page.locator('#titleSection'))).toEqual(['drive-2011']);

  await trigger(page, 'drive-2011').first().hover();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true })).toBeVisible({ timeout: 3000 });
});

test('a book titled "Drive" is not marked', async ({ openFixture }) => {
  // Control: the extension does run on amazon.de product pages in this browser …
  const film = await openFixture('https://www.amazon.de/dp/B0FXDRIVE1', 'amazon-dp-drive-bluray.html');
  await expect(trigger(film, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  // … and leaves the book alone.
  const page = await openFixture('https://www.amazon.de/dp/3000000001', 'amazon-dp-book.html');
  await settle(page);
  await expect(page.locator('[data-filmlupe-film]')).toHaveCount(0);
});
