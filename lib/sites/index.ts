/**
 * The registry of site adapters, in priority order: the first adapter whose `handles(url)` is true
 * owns the page. Adding a site = one file in this folder + one line here.
 */
import type { SiteAdapter } from './types';

export const adapters: SiteAdapter[] = [];

/** The adapter for a page, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.handles(url)) ?? null;
}

/** Every supported host pattern: the content script's matches and the manifest's host permissions. */
export const supportedMatches: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];
