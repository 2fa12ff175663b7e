/**
 * A tab left open while Filmlupe is reloaded or updated (issue 13, point 7). Chromium does not run the
 * new content script in it, and the old one only learns that its extension is gone when it next
 * touches it. A keyboard user's first key must not land on Filmlupe buttons that do nothing, and
 * the old script must not throw into the page.
 */
import { expect, test, trigger } from './fixtures';
import { BROWSE, launchUpdatable, openMarkedTab } from './update';

test('after a reload the first Tab finds no dead Filmlupe buttons and the page logs no errors', async () => {
  const browser = await launchUpdatable();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message.split('\n')[0]}`));
    // The old script's console lines count too: an error, or a TypeError it caught and logged as a
    // warning (before the fix: "Filmlupe: popover host TypeError: … reading 'getURL'").
    page.on('console', (message) => {
      const text = message.text().split('\n')[0]!;
      if (message.type() === 'error' || text.includes('TypeError')) errors.push(`console ${message.type()}: ${text}`);
    });
    await page.goto(BROWSE);
    await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });

    await browser.update();
    const focusedFilmlupe: string[] = [];
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-filmlupe-film') ?? null);
      if (focused) focusedFilmlupe.push(focused);
    }

    expect(focusedFilmlupe, 'Filmlupe buttons reached by Tab after the reload').toEqual([]);
    await expect(page.locator('[data-filmlupe-film]'), 'dead triggers left on the page').toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(errors, 'errors in the old tab').toEqual([]);
  } finally {
    await browser.close();
  }
});

test('after a reload a newer copy\'s "script started" event stops the old script at once', async () => {
  const browser = await launchUpdatable();
  try {
    const page = await openMarkedTab(browser);

    await browser.update();
    // What a newer Filmlupe copy run in this tab announces (WXT's DOM event); the old one must give way.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:filmlupe:wxt:content-script-started`, {
        detail: { contentScriptName: 'filmlupe', messageId: 'newer-copy' },
      }));
    }, browser.extensionId);
    await expect(page.locator('[data-filmlupe-film]'), 'the old script took its marks away').toHaveCount(0);
  } finally {
    await browser.close();
  }
});
