import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST } from '../core/ipc';
import { CONTENT_SECURITY_POLICY } from './csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.jurybundle': 'application/vnd.jurydesk.bundle',
};

/**
 * Serves the built renderer under app://jurydesk/. Only files inside `root` are served; anything
 * else, including `..` tricks and other hosts, is a 404.
 */
export function createAppProtocolHandler(root: string, read: (path: string) => Promise<Uint8Array> = readFile) {
  const base = normalize(root + sep);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const path = normalize(join(base, relative));
    if (!path.startsWith(base)) return new Response('Not found', { status: 404 });
    try {
      const body = await read(path);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
