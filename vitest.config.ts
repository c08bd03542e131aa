/**
 * Two projects: `unit` (engine, data lint, components; fast, no browser) and `e2e` (the built
 * extension in headless Chromium; run after `npm run build` and `npm run build:e2e`).
 */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { platformSearchIndexPlugin } from './rules/search-index-plugin';

/** The e2e suites written against the browser-neutral driver (tests/e2e/harness.ts), run in Firefox too. */
const FIREFOX_SUITES = [
  ...['recognition', 'tamper', 'privacy', 'popup', 'sidebar-guide', 'hostile-pages'].map((name) => `tests/e2e/${name}.test.ts`),
  // What only Firefox has (withheld host access, Android-sized checks).
  'tests/e2e/**/*.firefox.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact(), platformSearchIndexPlugin(new URL('./rules/', import.meta.url))],
        define: { __ALL_SITES_DEFAULT__: 'false', __E2E_BUILD__: 'false' },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/**/*.firefox.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The browser-neutral suites again, in Firefox (`npm run test:e2e:firefox`).
        test: {
          name: 'e2e-firefox',
          include: FIREFOX_SUITES,
          environment: 'node',
          env: { E2E_BROWSER: 'firefox' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
