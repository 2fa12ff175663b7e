import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { supportedOrigins } from './lib/sites/index';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  zip: { excludeSources: ['.generated/**', 'docs/**', 'tests/**', 'bench/**'] },
  manifest: ({ browser }) => ({
    name: 'Filmlupe',
    description: '__MSG_extensionDescription__',
    default_locale: 'de',
    // Only storage: the catalogue is bundled and nothing is fetched. Host access is limited to the
    // supported sites, which the content script needs to read titles.
    permissions: ['storage'],
    host_permissions: supportedOrigins,
    // The popover's code, imported by the content script on the first hover (see lib/content/card.ts).
    // Only the supported sites may load it; a dynamic URL keeps pages from probing for the extension.
    web_accessible_resources: [{ resources: ['filmlupe-card.js'], matches: supportedOrigins, use_dynamic_url: true }],
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
