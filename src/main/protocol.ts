import { createReadStream } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import { APP_HOST } from '@core/ipc';
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

/** On every response, errors included: no content sniffing, and the page's policy even for what is not a page. */
const ALWAYS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

function answer(status: 400 | 404, text: string): Response {
  return new Response(text, { status, headers: { ...ALWAYS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** A path with a malformed escape is a bad request, not a crash of the handler. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer under app://jurydesk/, and files the system opened under /opened/<token>. Only files
 * inside `root` (after resolving symbolic links) or registered by token are served; `..` tricks, links that lead
 * out and other hosts get a 404.
 */
export function createAppProtocolHandler(
  root: string,
  openedFile: (token: string) => string | undefined = () => undefined,
) {
  const realRoot = realpath(root).then((path) => normalize(path + sep));
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return answer(404, 'Not found');
    if (url.pathname.startsWith(OPENED_PREFIX)) {
      const path = openedFile(url.pathname.slice(OPENED_PREFIX.length));
      if (!path) return answer(404, 'Not found');
      // Streamed: a bundle of a gigabyte never sits whole in the main process.
      return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
        headers: { ...ALWAYS, 'Content-Type': 'application/octet-stream' },
      });
    }
    const decoded = decodedPath(url.pathname);
    if (decoded === null) return answer(400, 'Bad request');
    const base = await realRoot;
    const relative = decoded.replace(/^\/+/, '') || 'index.html';
    const requested = normalize(join(base, relative));
    if (!requested.startsWith(base)) return answer(404, 'Not found');
    try {
      const path = await realpath(requested);
      if (!path.startsWith(base)) return answer(404, 'Not found');
      const body = await readFile(path);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { ...ALWAYS, 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' },
      });
    } catch {
      return answer(404, 'Not found');
    }
  };
}
