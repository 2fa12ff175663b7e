/**
 * Loads the popover code, which is a separate file (entrypoints/filmlupe-card.ts), where it leaves
 * `createPopoverHost` on globalThis. Its own module so that tests can stand in for the loading.
 */
import { importOwnScript } from './own-script';
import type { createPopoverHost } from './popover-host';

type CreatePopoverHost = typeof createPopoverHost;

export async function loadPopoverHost(): Promise<CreatePopoverHost> {
  return (await importOwnScript<{ createPopoverHost: CreatePopoverHost }>('/filmlupe-card.js', 'filmlupeCard')).createPopoverHost;
}
