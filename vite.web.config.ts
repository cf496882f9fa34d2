import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ALIASES } from './aliases.config.ts';

/** The same renderer for a plain browser, with the browser bridge: `npm run web`, and what the e2e tests drive. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: ALIASES },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
