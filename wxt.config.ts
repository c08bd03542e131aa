/**
 * Build configuration. Rule files are validated here, so a malformed rule fails every build
 * (and `npm run dev`) with the file, the field and what is wrong.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadRuleFiles } from './rules/load-rule-files';
import { platformSearchIndexPlugin } from './rules/search-index-plugin';

// Throws a readable error listing every problem in every rule file.
loadRuleFiles(new URL('./rules/', import.meta.url));

/** `npm run build:e2e` builds into its own folder with all-sites recognition on from install. */
const isE2eBuild = process.env.CREDIT_AUTH_E2E === '1';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: isE2eBuild ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    plugins: [preact(), platformSearchIndexPlugin(new URL('./rules/', import.meta.url))],
    define: { __ALL_SITES_DEFAULT__: JSON.stringify(isE2eBuild) },
  }),
  manifest: {
    name: '征信授权助手',
    description: '在网贷平台页面上告诉你如何撤回征信查询授权，以及需要注意什么。',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    optional_host_permissions: ['*://*/*'],
    // The e2e build is granted what a person would grant at the prompt an automated browser cannot answer.
    ...(isE2eBuild ? { host_permissions: ['*://*/*'] } : {}),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '征信授权助手' },
  },
});
