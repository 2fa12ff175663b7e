/**
 * The builds a user installs (issue 3, deliverable 7): Chrome MV3 asks for `storage` and the supported
 * sites only, ships no code that makes requests, and the Firefox build passes `web-ext lint` with
 * 0 errors. Not a browser test, but it needs the build, which `npm test` makes before Playwright runs.
 */
import { expect, test as plain } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { supportedOrigins } from '../../lib/sites/index';
import { BUILT_EXTENSION, openPopup, tabIdOf, test, trigger } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

plain('Chrome: only storage and the supported sites, no remote code', () => {
  const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.host_permissions.length).toBeGreaterThan(0);
  for (const pattern of manifest.host_permissions) expect(supportedOrigins, pattern).toContain(pattern);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  // The default extension CSP (no remote scripts) stays in force.
  expect(manifest.content_security_policy).toBeUndefined();
  // The background and the content script have no network code at all (the card file carries WXT's
  // loader for the extension's own CSS, which the runtime test below watches instead).
  for (const file of ['background.js', 'content-scripts/filmlupe.js']) {
    const code = readFileSync(join(BUILT_EXTENSION, file), 'utf8');
    for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource']) {
      expect(code.includes(api), `${file} uses ${api}`).toBe(false);
    }
  }
});

plain('Firefox: the build lints with 0 errors and declares that it collects no data', () => {
  test.setTimeout(180_000);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  const dir = join(ROOT, '.output/firefox-mv2');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { cwd: ROOT, stdio: 'pipe' }).toString();
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? error);
  }
  const report = JSON.parse(output.slice(output.indexOf('{')));
  expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
});

test('a session of hovering, reading and searching makes no web request besides the page itself', async ({ context, extensionId, openFixture }) => {
  const webRequests: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) webRequests.push(request.url());
  });
  const page = await openFixture('https://www.netflix.com/browse', 'netflix-browse.html');
  await trigger(page, 'drive-2011').first().hover();
  await expect(page.getByRole('dialog', { name: 'Drive (2011)' })).toBeVisible();
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await popup.getByRole('searchbox').fill('gosling');
  await expect(popup.getByText('Drive', { exact: false }).first()).toBeVisible();
  expect(webRequests).toEqual(['https://www.netflix.com/browse']);
});
