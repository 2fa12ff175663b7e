/**
 * A site's own scripts share the page with Filmlupe (issue 13, point 3). `page.evaluate` runs in the
 * page's main world, as a site script does: what it may do to Filmlupe must not count as the user.
 * A script's `.click()` on the card's buttons answers nothing, opens no tab and closes nothing;
 * forged WXT events (the "script started" signal of a newer Filmlupe, the location change) neither
 * stop Filmlupe nor make it start over.
 */
import type { Page } from '@playwright/test';
import { expect, markedFilms, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
/** What `import.meta.env.ENTRYPOINT` is for entrypoints/filmlupe.content (WXT's custom event names). */
const ENTRYPOINT = 'filmlupe';

async function openBrowse(openFixture: (url: string, file: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  await expect(trigger(page, 'baby-driver-2017')).toBeVisible();
  return page;
}

/** A page script clicks the card's button named `name` (through the card's shadow root, if it can). */
async function pageScriptClicks(page: Page, name: string): Promise<boolean> {
  return page.evaluate((label) => {
    const root = document.querySelector('filmlupe-popover')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === label,
    );
    button?.click();
    return button !== undefined;
  }, name);
}

test('a page script that clicks the card\'s buttons changes nothing', async ({ context, openFixture }) => {
  const page = await openBrowse(openFixture);
  const marked = await markedFilms(page);
  const tabsBefore = context.pages().length;

  await trigger(page, 'drive-2011').first().hover();
  const card = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await expect(card).toBeVisible({ timeout: 3000 });
  // With an open shadow root the script finds the buttons; what matters is that clicking them does nothing.
  expect(await pageScriptClicks(page, 'Nicht dieser Film?'), 'the script reached the button').toBe(true);
  expect(await pageScriptClicks(page, 'Einstellungen'), 'the script reached the button').toBe(true);
  await page.waitForTimeout(2500); // longer than the "Danke!" stays and a tab takes to open
  await expect.soft(card).not.toContainText('Danke');
  await expect.soft(card.getByRole('button', { name: 'Nicht dieser Film?' })).toBeVisible();
  expect.soft(context.pages().length, 'no settings tab opened').toBe(tabsBefore);
  expect.soft(await markedFilms(page), 'the marks stay').toEqual(marked);

  expect(await pageScriptClicks(page, 'Schließen'), 'the script reached the button').toBe(true);
  await page.waitForTimeout(500);
  await expect(card, 'the card stays open').toBeVisible();

  // Nothing was stored either: after a reload Drive is still marked.
  await page.reload();
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
});

test('a page script cannot answer "Ist das …?" with Ja or Nein', async ({ openFixture }) => {
  const page = await openBrowse(openFixture);
  await trigger(page, 'baby-driver-2017').hover();
  const question = page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true });
  await expect(question).toBeVisible({ timeout: 3000 });

  expect(await pageScriptClicks(page, 'Ja'), 'the script reached the button').toBe(true);
  expect(await pageScriptClicks(page, 'Nein'), 'the script reached the button').toBe(true);
  await page.waitForTimeout(2500);

  await expect(question, 'the question is still asked').toBeVisible();
  await expect(question.getByRole('button', { name: 'Ja', exact: true })).toBeEnabled();
  await expect(trigger(page, 'baby-driver-2017'), 'still marked, still unsure').toHaveAttribute('data-filmlupe-unsure', '');
  await page.reload();
  await expect(trigger(page, 'baby-driver-2017')).toHaveAttribute('data-filmlupe-unsure', '', { timeout: 10_000 });
});

test('a page script cannot close the card with a forged Escape or toggle it with a forged badge click', async ({ openFixture }) => {
  const page = await openBrowse(openFixture);
  await trigger(page, 'drive-2011').first().focus();
  const card = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await expect(card).toBeVisible({ timeout: 3000 });

  await page.evaluate(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await page.waitForTimeout(500);
  await expect(card, 'a forged Escape leaves the card open').toBeVisible();

  await page.evaluate(() => {
    document.querySelector<HTMLElement>('button[data-filmlupe-film="drive-2011"]')?.click();
  });
  await page.waitForTimeout(500);
  await expect(card, 'a forged badge click leaves the card open').toBeVisible();
});

test('a forged "newer Filmlupe started" event does not stop Filmlupe', async ({ openFixture, extensionId }) => {
  const page = await openBrowse(openFixture);
  const marked = await markedFilms(page);

  await page.evaluate(({ id, entrypoint }) => {
    document.dispatchEvent(new CustomEvent(`${id}:${entrypoint}:wxt:content-script-started`, {
      detail: { contentScriptName: entrypoint, messageId: 'forged-by-the-page' },
    }));
  }, { id: extensionId, entrypoint: ENTRYPOINT });
  await page.waitForTimeout(500);

  expect(await markedFilms(page), 'the marks stay').toEqual(marked);
  await trigger(page, 'drive-2011').first().hover();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true }), 'the card still opens').toBeVisible({ timeout: 3000 });
});

test('a forged location change neither closes the card nor starts a rescan', async ({ openFixture, extensionId }) => {
  const page = await openBrowse(openFixture);
  const marked = await markedFilms(page);
  await trigger(page, 'drive-2011').first().hover();
  const card = page.getByRole('dialog', { name: 'Drive (2011)', exact: true });
  await expect(card).toBeVisible({ timeout: 3000 });

  await page.evaluate(({ id, entrypoint }) => {
    window.dispatchEvent(new Event(`${id}:${entrypoint}:wxt:locationchange`));
  }, { id: extensionId, entrypoint: ENTRYPOINT });
  await page.waitForTimeout(500);

  await expect(card, 'the card stays open').toBeVisible();
  expect(await markedFilms(page), 'the marks stay').toEqual(marked);
  expect(page.url(), 'the page did not navigate').toBe(BROWSE);
});
