/**
 * Build configuration. Every data file is validated here, so a malformed rule fails every build
 * (and `npm run dev`) with the file, the field and what is wrong.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadDataFiles } from './rules/load-data-files';
import { contentScriptMatches } from './rules/manifest-matches';
import { platformSearchIndexPlugin } from './rules/search-index-plugin';

// Throws a readable error listing every problem in every data file.
const dataFiles = loadDataFiles(new URL('./rules/', import.meta.url));

/** `npm run build:e2e` builds into its own folder with all-sites recognition on from install. */
const isE2eBuild = process.env.CREDIT_AUTH_E2E === '1';
/**
 * `npm run bench` measures production code with all-sites recognition on from install (the
 * prompt again), without the e2e build's reporting on <html>, which would be part of the cost.
 */
const isBenchBuild = process.env.CREDIT_AUTH_BENCH === '1';
const allSitesFromInstall = isE2eBuild || isBenchBuild;

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: isE2eBuild ? '{{browser}}-mv{{manifestVersion}}-e2e' : isBenchBuild ? '{{browser}}-mv{{manifestVersion}}-bench' : undefined,
  vite: () => ({
    plugins: [preact(), platformSearchIndexPlugin(new URL('./rules/', import.meta.url))],
    build: { ...(process.env.SOURCEMAP ? { sourcemap: true } : {}), ...(process.env.NO_MINIFY ? { minify: false } : {}) },
    define: { __ALL_SITES_DEFAULT__: JSON.stringify(allSitesFromInstall), __E2E_BUILD__: JSON.stringify(isE2eBuild) },
  }),
  manifest: ({ browser }) => ({
    // Name, description and title from public/_locales (zh_CN default, en), per browser language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    optional_host_permissions: ['*://*/*'],
    // The rules' hosts (the sidebar's panel is injected there on request: utils/handlers/script-injection.ts);
    // the e2e build is granted what a person would grant at the prompt an automated browser cannot answer.
    host_permissions: allSitesFromInstall ? ['*://*/*'] : contentScriptMatches(dataFiles.platforms),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 128: popover top layer, storage.session, scripting and optional host permissions in MV3.
            gecko: {
              id: 'credit-auth-helper@zhengxin-shouquan.org',
              strict_min_version: '128.0',
              // Nothing is collected or transmitted (see docs/privacy.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The sidebar script's matches are the rules' hosts, set here so the script's code never
    // imports the rules (an entrypoint's options are bundled with it).
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = manifest.content_scripts?.find((script) => script.js?.includes('content-scripts/sidebar.js'));
      if (!sidebar) throw new Error('the sidebar content script is missing from the manifest');
      sidebar.matches = contentScriptMatches(dataFiles.platforms);
      // Its first step at document_start (entrypoints/sidebar-prefetch.ts, an unlisted script).
      manifest.content_scripts!.push({ matches: sidebar.matches, js: ['sidebar-prefetch.js'], run_at: 'document_start' });
    },
    // Content scripts (the gate is an unlisted script registered as one) get the browser's native
    // API instead of the polyfill (utils/native-browser.ts says why).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const nativeBrowser = fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url));
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries] };
    },
  },
  zip: {
    // Mozilla's review rebuilds from sources: everything but what is built or installed.
    excludeSources: ['.output/**', 'test-results/**', 'coverage/**'],
  },
});
