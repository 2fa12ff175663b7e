/**
 * Unsure matches in real Chromium (issue 15): a film of the Wikipedia base catalogue that the page names
 * by its title alone is marked as a question (`data-filmlupe-unsure`, a "?" badge), and its card asks
 * "Ist das Baby Driver (2017)?" before it tells. "Ja" makes the match sure for good (after a reload too),
 * "Nein" takes the mark away. The card of a base film shows its cast and names its source.
 */
import type { Page } from '@playwright/test';
import { expect, focusedFilm, readCatalogue, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
const THRILLER = 'https://www.netflix.com/browse/genre/8933';
const UNSURE = 'data-filmlupe-unsure';
const babyDriver = readCatalogue().films.find((film) => film.id === 'baby-driver-2017')!;

async function openBrowse(openFixture: (url: string, file: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'baby-driver-2017')).toBeVisible({ timeout: 10_000 });
  return page;
}

test('an unsure match is marked as a question, its card asks first and shows the base film\'s facts as a maybe', async ({ openFixture }) => {
  expect(babyDriver.source, 'Baby Driver is a film of the Wikipedia base data').toBe('wikipedia');
  const page = await openBrowse(openFixture);
  await expect(trigger(page, 'baby-driver-2017')).toHaveAttribute(UNSURE, '');
  await expect(trigger(page, 'baby-driver-2017')).toHaveAccessibleName('Filmlupe: Ist das Baby Driver (2017)?');
  // Sure matches look as before.
  await expect(trigger(page, 'drive-2011').first()).not.toHaveAttribute(UNSURE);
  await expect(trigger(page, 'taxi-driver-1976').first()).not.toHaveAttribute(UNSURE);

  await trigger(page, 'baby-driver-2017').hover();
  const dialog = page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true });
  await expect(dialog).toBeVisible({ timeout: 3000 });
  await expect(dialog.getByRole('heading', { name: 'Ist das Baby Driver (2017)?' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Ja', exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nein', exact: true })).toBeVisible();
  await expect(dialog).toContainText('Vielleicht dieser Film');
  // The base film's card: cast in billing order, genres, its source; no director, no review section.
  for (const member of babyDriver.cast.slice(0, 4)) await expect(dialog).toContainText(member.name);
  await expect(dialog).toContainText(babyDriver.genres[0]!);
  await expect(dialog).toContainText('Filmdaten: Wikipedia, CC BY-SA 4.0');
  await expect(dialog).not.toContainText('Regie');
  await expect(dialog).not.toContainText('Noch keine Kritik');
  await expect(dialog).not.toContainText('Quelle unbekannt');
});

test('keyboard: the question\'s buttons are the first stops in the card', async ({ openFixture }) => {
  const page = await openBrowse(openFixture);
  await trigger(page, 'baby-driver-2017').focus();
  expect(await focusedFilm(page)).toBe('baby-driver-2017');
  await expect(page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true })).toBeVisible({ timeout: 3000 });
  const focusedText = () =>
    page.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.textContent?.trim() ?? null;
    });
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Ja');
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Nein');
});

test('"Ja" makes the match sure: no question, no attribute, also after a reload', async ({ openFixture }) => {
  const page = await openBrowse(openFixture);
  await trigger(page, 'baby-driver-2017').hover();
  const question = page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true });
  await expect(question).toBeVisible({ timeout: 3000 });
  await question.getByRole('button', { name: 'Ja', exact: true }).click();

  const sure = page.getByRole('dialog', { name: 'Baby Driver (2017)', exact: true });
  await expect(sure).toContainText('Gemerkt');
  await expect(sure.getByRole('button', { name: 'Ja', exact: true })).toHaveCount(0);
  await expect(trigger(page, 'baby-driver-2017')).not.toHaveAttribute(UNSURE);
  await expect(trigger(page, 'baby-driver-2017')).toHaveAccessibleName('Filmlupe: Baby Driver (2017)');

  await page.reload();
  await expect(trigger(page, 'baby-driver-2017')).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'baby-driver-2017')).not.toHaveAttribute(UNSURE);
  await page.mouse.move(1, 1);
  await trigger(page, 'baby-driver-2017').hover();
  const card = page.getByRole('dialog', { name: 'Baby Driver (2017)', exact: true });
  await expect(card).toBeVisible({ timeout: 3000 });
  await expect(card).not.toContainText('Ist das');
  await expect(card).not.toContainText('Vielleicht');
  await expect(card.getByRole('button', { name: 'Nicht dieser Film?' })).toBeVisible();
});

test('"Nein" on an unsure match takes its mark away, also after a reload; the other stays a question', async ({ openFixture }) => {
  const page = await openFixture(THRILLER, 'netflix-unsure.html');
  await expect(trigger(page, 'collateral-2004')).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'collateral-2004')).toHaveAttribute(UNSURE, '');
  await trigger(page, 'collateral-2004').hover();
  const question = page.getByRole('dialog', { name: 'Ist das Collateral (2004)?', exact: true });
  await expect(question).toBeVisible({ timeout: 3000 });
  await question.getByRole('button', { name: 'Nein', exact: true }).click();

  await expect(trigger(page, 'collateral-2004')).toHaveCount(0);
  await expect(question).toBeHidden();
  await page.reload();
  await expect(trigger(page, 'baby-driver-2017')).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'baby-driver-2017')).toHaveAttribute(UNSURE, '');
  await expect(trigger(page, 'collateral-2004')).toHaveCount(0);
});
