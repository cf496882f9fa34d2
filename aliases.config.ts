import { resolve } from 'node:path';

/**
 * The import aliases, for every tool that resolves modules (Vite, Vitest, electron-vite); TypeScript, tsx and
 * Playwright read the same mapping from tsconfig.base.json's `paths`.
 */
export const ALIASES = {
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
};
