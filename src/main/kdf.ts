import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { PassphraseKdf } from '@core/crypto';

/*
 * Evaluated source rather than a worker file: one path that works from the built app, its tests and the wire
 * harness alike. The only thing it loads is the bcrypt-pbkdf package, by the absolute path main resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pbkdf } = require(workerData.bcryptModule);
parentPort.once('message', ({ password, salt, rounds, length }) => {
  const output = new Uint8Array(length);
  const status = pbkdf(password, password.length, salt, salt.length, output, length, rounds);
  parentPort.postMessage(status === 0 ? output : null);
});
`;

const bcryptModule = createRequire(import.meta.url).resolve('bcrypt-pbkdf');

/**
 * bcrypt_pbkdf on a thread of its own (docs/SECURITY.md, "Key files"): a key file asking for a thousand rounds takes
 * seconds, and main's thread is the one every window's requests go through.
 */
export const bcryptInWorker: PassphraseKdf = (password, salt, rounds, length) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptModule } });
    worker.once('message', (output: Uint8Array | null) => {
      resolve(output);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`bcrypt worker stopped (${code})`)));
    worker.postMessage({ password, salt, rounds, length });
  });
