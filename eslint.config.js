import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint/layers.js';

/**
 * Each layer's allow-list (docs/DESIGN.md §4): the other layers it may import, and its packages. Core imports only
 * itself and five packages; the shells import core through its concepts' indexes, never one another.
 */
const LAYERS = {
  core: { layers: [], packages: ['zod', 'fflate', 'hash-wasm', 'bcrypt-pbkdf', 'i18next'], dynamic: false },
  renderer: {
    layers: ['core'],
    packages: [
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
      'i18next',
      'react-i18next',
      'recharts',
      'pdfjs-dist',
      '@tanstack/react-virtual',
      'exceljs',
      // Staff read the spreadsheet of applications in the app, as the CLI does.
      'papaparse',
    ],
    // The demo call ships inside the app, as an asset URL.
    assets: ['resources/demo/demo.jurybundle'],
  },
  preload: { layers: ['core'], packages: ['electron'] },
  main: { layers: ['core'], packages: ['electron', 'node:', 'zod'] },
  cli: { layers: ['core'], packages: ['node:', 'zod', 'exceljs', 'papaparse'] },
};

function layer(name) {
  return {
    files: [`src/${name}/**`],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': ['error', LAYERS[name]] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      '.fuzz/**',
      '.scratch/**',
      '.stryker/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
      // French text puts a narrow no-break space before ; : ! ? and inside « »: in text it is meant, in code it is not.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  ...Object.keys(LAYERS).map(layer),
  {
    // A file holds one concept and a component one view: past these sizes, they hold two.
    files: ['src/**'],
    ignores: [
      // The catalogue: one file per language and namespace, as long as the sentences it holds.
      'src/core/catalogue/*/*.ts',
      'src/core/container/zip.ts',
    ],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  { files: ['src/**/*.tsx'], rules: { 'max-lines-per-function': ['error', { max: 150 }] } },
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
        '__dirname',
        'global',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='globalThis'][property.name=/^(window|document|navigator|localStorage|indexedDB|process|Buffer|require|global)$/]",
          message:
            'src/core runs unchanged in main, the renderer, the CLI and tests: no DOM, no Node globals, through globalThis either.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
