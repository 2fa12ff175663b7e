/**
 * Loads the popover code, which is a separate file (entrypoints/filmlupe-card.ts): WXT bundles a
 * content script into one file, so a plain dynamic import would pull the card back in. Importing the
 * extension's own web-accessible file runs it in this content script's world, where it leaves
 * `createPopoverHost` on globalThis. Its own module so that tests can stand in for the loading.
 */
import { browser } from 'wxt/browser';
import type { createPopoverHost } from './popover-host';

type CreatePopoverHost = typeof createPopoverHost;

export async function loadPopoverHost(): Promise<CreatePopoverHost> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/filmlupe-card.js'));
  return (globalThis as unknown as { filmlupeCard: { createPopoverHost: CreatePopoverHost } }).filmlupeCard.createPopoverHost;
}
