import type { PassphraseKdf } from '@core/crypto';

/** bcrypt_pbkdf in a worker of its own, ended once it answered (docs/SECURITY.md, "Key files"). */
export const bcryptInWebWorker: PassphraseKdf = (password, salt, rounds, length) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<Uint8Array | null>) => {
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ password, salt, rounds, length });
  });
