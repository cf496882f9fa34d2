import { bcryptPbkdf } from '@core/crypto';

interface KdfRequest {
  password: Uint8Array;
  salt: Uint8Array;
  rounds: number;
  length: number;
}

/** Derives a key file's key away from the page: a thousand rounds take seconds, which would freeze the window. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
  postMessage: (output: Uint8Array | null) => void;
};

scope.onmessage = ({ data }) => scope.postMessage(bcryptPbkdf(data.password, data.salt, data.rounds, data.length));
