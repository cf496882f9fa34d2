import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '@core/crypto/bytes';
import { fingerprint, formatPrivateKey, formatPublicKey } from '@core/crypto/keys';
import { NAMESPACES, signMessage, verifyMessage } from '@core/crypto/sshsig';
import { testKey } from '../../support/keys';
import { sshSign, sshVerify, temporaryDirectory } from '../../support/ssh-keygen';

const message = utf8('{"format":"jurydesk.scores","juror":"Lefèvre"}');

describe.each(Object.entries(NAMESPACES))('SSH signatures in the %s namespace', (_kind, namespace) => {
  it('are accepted by ssh-keygen -Y verify', async () => {
    const key = await testKey('signer');
    const signature = await signMessage(key, namespace, message);
    const result = sshVerify({
      allowedSigners: `someone ${formatPublicKey(key.publicKey)}\n`,
      principal: 'someone',
      namespace,
      signature,
      message,
    });
    expect(result.output).toContain(`Good "${namespace}" signature for someone`);
    expect(result.status).toBe(0);
  });

  it('made by ssh-keygen -Y sign are accepted by ours', async () => {
    const key = await testKey('signer');
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'id'), formatPrivateKey(key), { mode: 0o600 });
    const signature = sshSign(join(directory, 'id'), namespace, message);
    const signer = await verifyMessage(signature, namespace, message);
    expect(await fingerprint(signer)).toBe(await fingerprint(key.publicKey));
  });

  it('are refused by ssh-keygen for another namespace and for changed bytes', async () => {
    const key = await testKey('signer');
    const signature = await signMessage(key, namespace, message);
    const allowedSigners = `someone ${formatPublicKey(key.publicKey)}\n`;
    expect(
      sshVerify({ allowedSigners, principal: 'someone', namespace: 'jurydesk-other-v1', signature, message }).status,
    ).not.toBe(0);
    const changed = utf8('{"format":"jurydesk.scores","juror":"Lefevre"}');
    expect(sshVerify({ allowedSigners, principal: 'someone', namespace, signature, message: changed }).status).not.toBe(
      0,
    );
  });
});

describe('our SSH signature verification', () => {
  it('refuses a signature made for another kind of file', async () => {
    const signature = await signMessage(await testKey('signer'), NAMESPACES.scores, message);
    await expect(verifyMessage(signature, NAMESPACES.deliberation, message)).rejects.toMatchObject({
      code: 'signature.wrong-namespace',
    });
  });

  it('refuses changed bytes', async () => {
    const signature = await signMessage(await testKey('signer'), NAMESPACES.bundle, message);
    await expect(verifyMessage(signature, NAMESPACES.bundle, utf8('{}'))).rejects.toMatchObject({
      code: 'signature.invalid',
    });
  });

  it('refuses a signature that is not armored SSHSIG', async () => {
    await expect(verifyMessage('hello', NAMESPACES.bundle, message)).rejects.toMatchObject({
      code: 'signature.malformed',
    });
    const signature = await signMessage(await testKey('signer'), NAMESPACES.bundle, message);
    const truncated = signature.replace(/\n[^\n]+\n-----END/, '\n-----END');
    await expect(verifyMessage(truncated, NAMESPACES.bundle, message)).rejects.toMatchObject({
      code: 'signature.malformed',
    });
  });

  it('refuses a signature made with the sha256 hash', async () => {
    const { execFileSync } = await import('node:child_process');
    const key = await testKey('signer');
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'id'), formatPrivateKey(key), { mode: 0o600 });
    const signature = execFileSync(
      'ssh-keygen',
      ['-Y', 'sign', '-f', join(directory, 'id'), '-n', NAMESPACES.bundle, '-O', 'hashalg=sha256'],
      {
        input: message,
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    ).toString();
    await expect(verifyMessage(signature, NAMESPACES.bundle, message)).rejects.toMatchObject({
      code: 'signature.unsupported',
    });
  });
});
