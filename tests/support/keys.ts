import { utf8 } from '@core/crypto/bytes';
import { sha256 } from '@core/crypto/hash';
import { keyPairFromSeed, type KeyPair } from '@core/crypto/keys';

/** Reproducible test keys: the same name always gives the same key, so failures are easy to replay. */
export async function testKey(name: string): Promise<KeyPair> {
  return keyPairFromSeed(await sha256(utf8(`jurydesk test key/${name}`)), name);
}
