/**
 * What the settings page changes in the card, seen on the Netflix fixture: theme, spoilers shown by
 * default, which parts the card shows, and the dwell delay.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openCard, openOptions, readCatalogue, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
const catalogue = readCatalogue();
const driveReviews = catalogue.reviews.filter((review) => review.filmId === 'drive-2011');
const opening = (text: string) => text.split(/\s+/).slice(0, 6).join(' ');

function toggle(options: Page, name: string | RegExp): Locator {
  return options.getByRole('checkbox', { name }).or(options.getByRole('switch', { name })).first();
}

const hoverDrive = (page: Page) => openCard(page, 'drive-2011', 'Drive (2011)');

/** Relative luminance (0 dark … 1 light) of the card's painted background. */
async function cardLuminance(dialog: Locator): Promise<number> {
  return dialog.evaluate((element) => {
    let node: Element | null = element;
    let color = 'rgba(0, 0, 0, 0)';
    // The first non-transparent background from the dialog outwards is what the user sees behind the text.
    while (node && /rgba\(\d+, \d+, \d+, 0\)|transparent/.test(color)) {
      color = getComputedStyle(node).backgroundColor;
      node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
    }
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test('the theme setting wins over the system colour scheme', async ({ context, extensionId, openFixture }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'Dunkel' }).check();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await cardLuminance(await hoverDrive(page)), 'dark card on a light system').toBeLessThan(0.35);

  await options.getByRole('radio', { name: 'Hell' }).check();
  await page.reload();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await cardLuminance(await hoverDrive(page)), 'light card on a dark system').toBeGreaterThan(0.65);
});

test('"Spoiler sofort zeigen" shows spoiler text without a click', async ({ context, extensionId, openFixture }) => {
  const spoiler = driveReviews.find((review) => review.spoiler);
  // The curated data flags the moviemaster plot summary as a spoiler; without it this test would prove nothing.
  expect(spoiler, 'a spoiler-flagged review of Drive in the catalogue').toBeDefined();
  const options = await openOptions(context, extensionId);
  await toggle(options, /Spoiler/).check();
  const dialog = await hoverDrive(await openFixture(BROWSE, 'netflix-browse.html'));
  await expect(dialog).toContainText(opening(spoiler!.paragraphs[0]!), { useInnerText: true });
  await expect(dialog.getByRole('button', { name: 'Spoiler anzeigen' })).toHaveCount(0);
});

test('switching off cast and reviews leaves them out of the card', async ({ context, extensionId, openFixture }) => {
  const options = await openOptions(context, extensionId);
  await toggle(options, 'Besetzung').uncheck();
  await toggle(options, 'Kritiken').uncheck();
  const dialog = await hoverDrive(await openFixture(BROWSE, 'netflix-browse.html'));
  await expect(dialog).not.toContainText(/Ryan Gosling\s*als\s*Driver/, { useInnerText: true });
  for (const review of driveReviews) {
    await expect(dialog, review.id).not.toContainText(opening(review.paragraphs[0]!), { useInnerText: true });
  }
  // The verdicts (ratings) are still there.
  await expect(dialog).toContainText(/Kritiker: \d+ von \d+ positiv/);
});

test('a longer dwell delay keeps the card closed for longer', async ({ context, extensionId, openFixture }) => {
  const options = await openOptions(context, extensionId);
  const delay = options.getByRole('slider');
  await delay.focus();
  await delay.press('End'); // the longest delay the page offers
  const longest = Number(await delay.getAttribute('aria-valuenow') ?? await delay.inputValue());
  expect(longest).toBeGreaterThanOrEqual(1500);

  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const drive = trigger(page, 'drive-2011').first();
  await expect(drive).toBeVisible({ timeout: 10_000 });
  await drive.hover();
  const dialog = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await page.waitForTimeout(900);
  await expect(dialog, 'still closed well before the delay').toHaveCount(0);
  await expect(dialog).toBeVisible({ timeout: longest + 3000 });
});
