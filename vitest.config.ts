/**
 * Two projects: `unit` (engine, data lint, components; fast, no browser) and `e2e` (the built
 * extension in headless Chromium; run after `npm run build` and `npm run build:e2e`).
 */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { platformSearchIndexPlugin } from './rules/search-index-plugin';

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
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
