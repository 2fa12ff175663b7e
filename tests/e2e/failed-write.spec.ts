/**
 * When the user's answer cannot be stored (issue 13, point 4): the browser refuses the write
 * (QuotaExceededError, simulated in the service worker), and the card must say so instead of
 * thanking the user. The mark stays, the card stays open, and the next try can still work.
 */
import type { Page } from '@playwright/test';
import { expect, failEveryWrite, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
const FAILED = 'Das hat nicht geklappt';

async function openBrowse(openFixture: (url: string, file: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'baby-driver-2017')).toBeVisible();
  return page;
}

test('"Nicht dieser Film?" that cannot be stored says so, never "Danke!", and the mark stays', async ({ openFixture, serviceWorker }) => {
  const page = await openBrowse(openFixture);
  // The user's data is loaded (and its database opened) before the disk fills up.
  await trigger(page, 'drive-2011').first().hover();
  const card = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await expect(card).toBeVisible({ timeout: 3000 });
  await failEveryWrite(serviceWorker);

  await card.getByRole('button', { name: 'Nicht dieser Film?' }).click();
  await expect(card.getByRole('status')).toContainText(FAILED, { timeout: 3000 });
  await page.waitForTimeout(2000); // longer than a "Danke!" would stay before the card closes
  await expect(card, 'the card stays open').toBeVisible();
  await expect(card).not.toContainText('Danke');
  await expect(trigger(page, 'drive-2011').first(), 'the mark stays').toBeVisible();
  await expect(card.getByRole('button', { name: 'Nicht dieser Film?' }), 'the user can try again').toBeEnabled();
});

test('"Ja" that cannot be stored says so and the match stays a question', async ({ openFixture, serviceWorker }) => {
  const page = await openBrowse(openFixture);
  await trigger(page, 'baby-driver-2017').hover();
  const question = page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true });
  await expect(question).toBeVisible({ timeout: 3000 });
  await failEveryWrite(serviceWorker);

  await question.getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(question.getByRole('status')).toContainText(FAILED, { timeout: 3000 });
  await expect(question).not.toContainText('Gemerkt');
  await expect(trigger(page, 'baby-driver-2017'), 'still unsure').toHaveAttribute('data-filmlupe-unsure', '');
  await expect(question.getByRole('button', { name: 'Ja', exact: true })).toBeEnabled();
});
