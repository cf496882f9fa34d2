import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ALIASES } from './aliases.config.ts';
import { CONTENT_SECURITY_POLICY } from './src/main/csp.ts';

/** The same renderer for a plain browser, with the browser bridge: `npm run web`, and what the e2e tests drive. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: ALIASES },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  // The desktop's protocol handler sends these on every response; a page's <meta> policy cannot say frame-ancestors.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  },
});
