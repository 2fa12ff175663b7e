import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { supportedMatches } from './lib/sites/index';

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
    host_permissions: supportedMatches,
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
      : {}),
  }),
});
