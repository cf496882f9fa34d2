import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, formatPublicKey } from '@core/crypto/keys';
import { formatKeyCard, parseKeyCard } from '@core/documents/key-card';
import { testKey } from '../../support/keys';
import { temporaryDirectory } from '../../support/ssh-keygen';

describe('a juror’s key card', () => {
  it('carries the name and the key, reads back, and ssh-keygen reads its fingerprint', async () => {
    const key = (await testKey('claire')).publicKey;
    const card = formatKeyCard('Claire  Martin', formatPublicKey(key), await fingerprint(key));
    expect(card).toContain('# Name: Claire Martin');
    expect(parseKeyCard(card)).toEqual({
      name: 'Claire Martin',
      publicKey: formatPublicKey({ ...key, comment: '' }).trim(),
    });
    const path = join(temporaryDirectory(), 'claire.pub');
    writeFileSync(path, card);
    expect(execFileSync('ssh-keygen', ['-l', '-f', path]).toString()).toContain(await fingerprint(key));
  });

  it('takes a plain .pub file or a pasted line, naming it by the key’s comment', async () => {
    const key = (await testKey('karim')).publicKey;
    expect(parseKeyCard(`  ${formatPublicKey({ ...key, comment: 'Karim Benali' })}  \n`).name).toBe('Karim Benali');
    expect(parseKeyCard(formatPublicKey({ ...key, comment: '' })).name).toBeNull();
  });

  it('refuses text with no key, two keys, or a key of another type', async () => {
    const key = formatPublicKey((await testKey('a')).publicKey);
    for (const text of ['hello', `${key}\n${key}`, 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x']) {
      expect(() => parseKeyCard(text), text).toThrow(
        expect.objectContaining({ code: expect.stringMatching(/^key\./) }),
      );
    }
  });
});
