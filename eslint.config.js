import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'stream', 'stream/*', 'util', 'url', 'buffer', 'worker_threads'];

/** Layer rules (brief §3): core imports nothing of the others; each shell imports core, never another shell. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', '.fuzz/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  layer(
    ['src/core/**'],
    ['electron', 'electron/*', ...NODE_BUILTINS, 'react', 'react-dom', 'react-dom/*', 'dexie', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
    'src/core is pure: no Electron, no Node built-ins, no React, no Dexie, nothing of the other layers.',
  ),
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', 'global'],
    },
  },
  layer(
    ['src/renderer/**'],
    ['electron', 'electron/*', ...NODE_BUILTINS, '**/main/**', '**/cli/**', '**/preload/**'],
    'The renderer runs in a sandboxed page: it talks to main only through the bridge, and imports core.',
  ),
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(['src/preload/**'], [...NODE_BUILTINS, 'react', 'dexie', '**/main/**', '**/renderer/**', '**/cli/**'], 'The preload only bridges IPC: electron and core.'),
  layer(['src/main/**'], ['react', 'react-dom', 'dexie', '**/renderer/**', '**/cli/**', '**/preload/**'], 'Main calls core; it never imports the renderer or the CLI.'),
  layer(['src/cli/**'], ['electron', 'electron/*', 'react', 'react-dom', 'dexie', '**/main/**', '**/renderer/**', '**/preload/**'], 'The CLI is Node over core.'),
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
