import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    // Several tests run the command-line tools (tsx start-up, the catalogue build): on a loaded
    // 2-core machine they took 7 s against vitest's default 5 s. A hung test still fails, later.
    testTimeout: 30_000,
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup-fake-sender.ts'],
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
