import { fingerprint, formatPrivateKey, formatPublicKey, generateKeyPair } from '@core/crypto';
import { writeNewFile } from './files';

export async function keygen(out: string, comment: string): Promise<string> {
  const pair = await generateKeyPair(comment);
  await writeNewFile(out, formatPrivateKey(pair, crypto.getRandomValues(new Uint32Array(1))[0]), 0o600);
  await writeNewFile(`${out}.pub`, `${formatPublicKey(pair.publicKey)}\n`, 0o644);
  return [
    `Private key: ${out} (keep it secret; mode 0600)`,
    `Public key:  ${out}.pub`,
    `Fingerprint: ${await fingerprint(pair.publicKey)}`,
  ].join('\n');
}
