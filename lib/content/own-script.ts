/**
 * Imports one of the extension's own web-accessible scripts into this content script's world and
 * returns what it leaves on globalThis under `name` (entrypoints/filmlupe-main.ts, filmlupe-card.ts).
 * WXT bundles a content script into one file, so a plain dynamic import would pull that code back in;
 * an imported extension file is also compiled off the page's main thread (wxt.config.ts).
 */
import { browser } from 'wxt/browser';

export async function importOwnScript<T>(file: '/filmlupe-main.js' | '/filmlupe-card.js', name: string): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  return (globalThis as Record<string, unknown>)[name] as T;
}
