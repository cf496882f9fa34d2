import { createTranslator } from '@core/catalogue';
import { fingerprint, formatPrivateKey, formatPublicKey, generateKeyPair } from '@core/crypto';
import type { Language } from '@core/errors';
import { writeNewFile } from './files';

export async function keygen(out: string, comment: string, language: Language): Promise<string> {
  const t = createTranslator(language, 'cli');
  const pair = await generateKeyPair(comment);
  await writeNewFile(out, formatPrivateKey(pair, crypto.getRandomValues(new Uint32Array(1))[0]), 0o600);
  await writeNewFile(`${out}.pub`, `${formatPublicKey(pair.publicKey)}\n`, 0o644);
  return [
    t('keygen.privateKey', { path: out }),
    t('keygen.publicKey', { path: `${out}.pub` }),
    t('keygen.fingerprint', { fingerprint: await fingerprint(pair.publicKey) }),
  ].join('\n');
}
