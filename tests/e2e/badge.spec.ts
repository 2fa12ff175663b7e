/**
 * The badge on Netflix's tiles as a user sees it (its look comes from components/badge/badge.css, which
 * the browser injects with the content script): a round button in the tile's lower right corner with a
 * magnifier, a question mark for an unsure match, a white ring when focused, and none of it undone by
 * the site's own rules for buttons and spans.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';

/** Rules a site may well have: buttons and spans restyled, outlines removed, generated content dropped. */
const SITE_RULES = `
  button, span { all: unset; background: red !important; border: 0 !important; width: 200px !important; }
  *:focus, button:focus { outline: none !important; }
  *::before, *::after { content: none !important; }
`;

async function openWithSiteRules(openFixture: (url: string, file: string) => Promise<Page>): Promise<Page> {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await page.addStyleTag({ content: SITE_RULES });
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  return page;
}

function looks(badge: Locator) {
  return badge.evaluate((element) => {
    const style = getComputedStyle(element);
    const icon = getComputedStyle(element, '::before');
    const tile = element.closest('[data-virtual-slot], .ptrack-content')?.querySelector('a') ?? element.parentElement!.parentElement!;
    const box = element.getBoundingClientRect();
    const tileBox = tile.getBoundingClientRect();
    return {
      width: box.width,
      height: box.height,
      insideTileRight: tileBox.right - box.right,
      insideTileBottom: Math.round(tileBox.bottom - box.bottom),
      borderStyle: style.borderTopStyle,
      borderColor: style.borderTopColor,
      background: style.backgroundColor,
      radius: style.borderTopLeftRadius,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      icon: icon.content,
      iconBorder: icon.borderTopStyle,
    };
  });
}

test('the badge: a round magnifier button in the tile\'s lower right corner, whatever the site\'s own rules', async ({ openFixture }) => {
  const page = await openWithSiteRules(openFixture);
  const badge = trigger(page, 'drive-2011').first();
  const look = await looks(badge);
  expect(look).toMatchObject({ width: 28, height: 28, borderStyle: 'solid', borderColor: 'rgb(245, 197, 24)', radius: '50%', icon: '""', iconBorder: 'solid' });
  expect(look.background).toBe('rgba(20, 20, 20, 0.88)');
  // Lower right corner: 6 px in from the tile's right edge, its bottom 6 px above the block under the link.
  expect(look.insideTileRight).toBe(6);
  expect(look.insideTileBottom).toBe(6);
  // Nothing of the site's rules reached it: no red, not 200 px wide, no outline until focused.
  expect(look.outline.startsWith('none')).toBe(true);

  await badge.focus();
  expect((await looks(badge)).outline).toBe('solid 3px rgb(255, 255, 255)');
  await page.screenshot({ path: 'test-results/screenshots/badge-focused.png', clip: await clipAround(badge) });
});

test('an unsure match\'s badge shows a question mark in a dashed ring, and the magnifier once confirmed', async ({ openFixture }) => {
  const page = await openWithSiteRules(openFixture);
  const badge = trigger(page, 'baby-driver-2017');
  await expect(badge).toHaveAttribute('data-filmlupe-unsure', '');
  expect(await looks(badge)).toMatchObject({ width: 28, height: 28, borderStyle: 'dashed', icon: '"?"', iconBorder: 'none' });
  await page.screenshot({ path: 'test-results/screenshots/badge-unsure.png', clip: await clipAround(badge) });

  await badge.hover();
  const question = page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true });
  await question.getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(badge).not.toHaveAttribute('data-filmlupe-unsure');
  expect(await looks(badge)).toMatchObject({ borderStyle: 'solid', icon: '""', iconBorder: 'solid' });
});

/** The badge with some of its tile around it. */
async function clipAround(badge: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await badge.boundingBox())!;
  return { x: Math.max(0, box.x - 60), y: Math.max(0, box.y - 40), width: box.width + 80, height: box.height + 60 };
}
