import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { supportedMatches, supportedOrigins } from './lib/sites/index';

/**
 * WXT's own `browser` (the browser's `browser` or `chrome` object, no polyfill). The content script
 * needs no promise wrappers: it calls `runtime.id` and `runtime.getURL` through WXT and messages
 * through @webext-core/messaging, which calls `chrome` itself. The polyfill, imported as a CommonJS
 * module, had its exports copied property by property at every page load, which makes Chrome set up
 * every extension API the content script can see: ~1 ms of the page's main thread (bench page,
 * 2026-11-21).
 */
const plainBrowser = fileURLToPath(import.meta.resolve('wxt/browser'));

const GENERATED = fileURLToPath(new URL('.generated/', import.meta.url));
/** The base film scripts `npm run catalogue` wrote (lib/catalogue/bundle.ts). */
const baseFilmFiles = () => (JSON.parse(readFileSync(`${GENERATED}catalogue.json`, 'utf8')) as { baseFilmFiles: string[] }).baseFilmFiles;

/** The scripts the content script imports from the extension (lib/content/own-script.ts). */
const IMPORTED_BY_CONTENT_SCRIPT = ['filmlupe-main', 'filmlupe-card'];

/**
 * Puts V8's compile hint `//# allFunctionsCalledOnLoad` at the top of the files the content script
 * imports (its main file, the card's code; https://github.com/WICG/explicit-javascript-compile-hints-file-based):
 * Chrome then compiles all of their functions on the background thread that streams them in, instead
 * of each on the page's main thread when first called (bench/decisions.md, 2026-12-05). After
 * minifying, which drops comments.
 */
function compileHintBanner(): Plugin {
  return {
    name: 'filmlupe:compile-hint',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.isEntry) output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  hooks: {
    // The content script's pages come from the site adapters, set here rather than in its entry:
    // importing the registry there would put every adapter into the small entry that each page
    // compiles on its main thread (entrypoints/filmlupe.content).
    'entrypoints:resolved'(_wxt, entrypoints) {
      for (const entrypoint of entrypoints) if (entrypoint.type === 'content-script') entrypoint.options.matches = supportedMatches;
    },
    // The Wikipedia base films ship as scripts beside the manifest, not inside background.js
    // (lib/catalogue/bundle.ts): `npm run catalogue` writes them; Chrome's worker imports them
    // (entrypoints/background.ts), Firefox's background page lists them before background.js.
    'build:publicAssets'(_wxt, files) {
      for (const name of baseFilmFiles()) files.push({ absoluteSrc: `${GENERATED}${name}`, relativeDest: name });
    },
    'build:manifestGenerated'(wxt, manifest) {
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (wxt.config.manifestVersion === 2 && background?.scripts) background.scripts = [...baseFilmFiles(), ...background.scripts];
    },
    'vite:build:extendConfig'(entrypoints, config) {
      // The content script, its main file and the popover code it loads on the first hover (same world, same needs).
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || IMPORTED_BY_CONTENT_SCRIPT.includes(entrypoint.name))) return;
      // Ahead of the polyfill module's alias: the first matching alias wins.
      const polyfillAliases = config.resolve?.alias ?? [];
      const aliases = Array.isArray(polyfillAliases) ? polyfillAliases : Object.entries(polyfillAliases).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: plainBrowser }, ...aliases] };
      // Both files the content script imports: each is compiled, all its functions, while it streams in.
      if (entrypoints.some((entrypoint) => IMPORTED_BY_CONTENT_SCRIPT.includes(entrypoint.name))) config.plugins = [...(config.plugins ?? []), compileHintBanner()];
    },
  },
  zip: { excludeSources: ['.generated/**', 'docs/**', 'tests/**', 'bench/**'] },
  manifest: ({ browser }) => ({
    name: 'Filmlupe',
    description: '__MSG_extensionDescription__',
    default_locale: 'de',
    // Only storage: the catalogue is bundled and nothing is fetched. Host access is limited to the
    // supported sites, which the content script needs to read titles.
    permissions: ['storage'],
    host_permissions: supportedOrigins,
    // The content script's main file, imported by its entry at once, and the popover's code, imported
    // on the first hover (lib/content/card.ts). Only the supported sites may load them; a dynamic URL
    // keeps pages from probing for the extension.
    web_accessible_resources: [{ resources: IMPORTED_BY_CONTENT_SCRIPT.map((name) => `${name}.js`), matches: supportedOrigins, use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'filmlupe@filmlupe.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The stylesheets use CSS light-dark(), new in Chrome 123.
        { minimum_chrome_version: '123' }),
  }),
});
