import { utf8 } from '../../src/core/bytes';
import { sha256 } from '../../src/core/hash';
import { keyPairFromSeed, type KeyPair } from '../../src/core/keys';

/** Reproducible test keys: the same name always gives the same key, so failures are easy to replay. */
export async function testKey(name: string): Promise<KeyPair> {
  return keyPairFromSeed(await sha256(utf8(`jurydesk test key/${name}`)), name);
}
