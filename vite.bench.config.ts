import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ALIASES } from './aliases.config.ts';

/** The benchmark's page: the renderer's own modules, driven from scripts/bench/run.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'scripts/bench/page'),
  base: './',
  plugins: [react()],
  resolve: { alias: ALIASES },
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '.bench/page'), emptyOutDir: true },
});
