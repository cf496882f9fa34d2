import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
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

const OPENED_PREFIX = '/opened/';

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}

/**
 * Serves the built renderer under app://jurydesk/, and files the system opened under /opened/<token>.
 * Only files inside `root` or registered by token are served; `..` tricks and other hosts get a 404.
 */
export function createAppProtocolHandler(root: string, openedFile: (token: string) => string | undefined = () => undefined) {
  const base = normalize(root + sep);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    if (url.pathname.startsWith(OPENED_PREFIX)) {
      const path = openedFile(url.pathname.slice(OPENED_PREFIX.length));
      if (!path) return notFound();
      // Streamed: a bundle of a gigabyte never sits whole in the main process.
      return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
        headers: { 'Content-Type': 'application/octet-stream' },
      });
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const path = normalize(join(base, relative));
    if (!path.startsWith(base)) return notFound();
    try {
      const body = await readFile(path);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}
