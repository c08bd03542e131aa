/**
 * The house rules of STYLE.md, held by a tool: the import graph as boundaries (entrypoints wire
 * everything; the page layer uses components, rules and utils; components take types and pure
 * functions from rules and only types from utils; rules import nothing of the UI, storage or the
 * browser; nothing imports an entrypoint), no floating promises, and no `browser.*` in components
 * or the engine.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts that also drive browser pages (their callbacks run in the page).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'page/**', 'rules/**', 'utils/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/elements': [
        { type: 'entrypoints', pattern: 'entrypoints/**' },
        { type: 'page', pattern: 'page/**' },
        { type: 'components', pattern: 'components/**' },
        { type: 'rules', pattern: 'rules/**' },
        { type: 'utils', pattern: 'utils/**' },
        { type: 'locales', pattern: 'locales/**' },
      ],
      'boundaries/files': [
        // Node-only build code in rules/: the loaders and the Vite plugin.
        { category: 'build', pattern: ['rules/load-*.ts', 'rules/search-index-plugin.ts'] },
        // Pure data shapes and functions of the user's data (no browser): components may use them.
        { category: 'pure', pattern: ['utils/user-data.ts', 'utils/user-data-values.ts', 'utils/data-transfer.ts', 'utils/progress-edits.ts', 'utils/translator.ts', 'utils/page-analysis.ts'] },
      ],
      'boundaries/include': ['entrypoints/**', 'components/**', 'page/**', 'rules/**', 'utils/**', 'locales/**'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'entrypoints' } }, allow: [{ to: { element: { types: { anyOf: ['page', 'components', 'rules', 'utils', 'locales'] } } } }] },
            { from: { element: { type: 'page' } }, allow: [{ to: { element: { types: { anyOf: ['page', 'components', 'rules', 'utils'] } } } }] },
            { from: { element: { type: 'components' } }, allow: [{ to: { element: { types: { anyOf: ['components', 'rules'] } } } }] },
            { from: { element: { type: 'components' } }, allow: [{ to: { file: { categories: 'pure' } } }] },
            { from: { element: { type: 'components' } }, allow: [{ to: { element: { types: { anyOf: ['utils', 'locales'] } } }, dependency: { kind: 'type' } }] },
            { from: { element: { type: 'rules' } }, allow: [{ to: { element: { type: 'rules' } } }] },
            // Only the Node build code (loaders, Vite plugin) is imported from outside by wxt.config.ts and scripts.
            { from: { element: { type: 'utils' } }, allow: [{ to: { element: { types: { anyOf: ['utils', 'rules', 'locales'] } } } }] },
            // The page layer's types may be named by the protocol; never its code.
            { from: { element: { type: 'utils' } }, allow: [{ to: { element: { type: 'page' } }, dependency: { kind: 'type' } }] },
          ],
        },
      ],
    },
  },
  {
    // Code that runs in the extension: no Node (the browser tsconfig cannot keep WXT's Node types out).
    files: ['entrypoints/**', 'components/**', 'page/**', 'rules/**', 'utils/**'],
    ignores: ['rules/load-*.ts', 'rules/search-index-plugin.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require', 'global'],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'Node modules are for build code (rules/load-*.ts, scripts/), not the extension' }] }],
    },
  },
  {
    files: ['components/**', 'rules/**'],
    ignores: ['rules/load-*.ts', 'rules/search-index-plugin.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/browser', message: 'components and the engine never touch the browser: take props, or ask the caller' }],
          patterns: [{ regex: '^node:', message: 'Node modules are for build code, not the extension' }],
        },
      ],
    },
  },
);
