import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The benchmark's page: the renderer's own modules, driven from scripts/bench/run.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'scripts/bench/page'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '.bench/page'), emptyOutDir: true },
});
