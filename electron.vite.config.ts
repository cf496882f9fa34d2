import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { ALIASES } from './aliases.config.ts';

export default defineConfig({
  main: {
    resolve: { alias: ALIASES },
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'src/main/index.ts') } },
  },
  preload: {
    resolve: { alias: ALIASES },
    build: {
      // A sandboxed preload cannot load ES modules or require dependencies: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'src/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    plugins: [react()],
    resolve: { alias: ALIASES },
  },
});
