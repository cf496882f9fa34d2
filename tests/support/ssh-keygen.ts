import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function temporaryDirectory(prefix = 'jurydesk-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `ssh-keygen -Y verify`, exactly as the README tells staff to run it; returns its exit status and output. */
export function sshVerify(options: {
  allowedSigners: string;
  principal: string;
  namespace: string;
  signature: string;
  message: Uint8Array;
}): { status: number | null; output: string } {
  const directory = temporaryDirectory();
  const allowed = join(directory, 'allowed_signers');
  const signature = join(directory, 'document.sig');
  writeFileSync(allowed, options.allowedSigners);
  writeFileSync(signature, options.signature);
  const result = spawnSync(
    'ssh-keygen',
    ['-Y', 'verify', '-f', allowed, '-I', options.principal, '-n', options.namespace, '-s', signature],
    { input: options.message },
  );
  return { status: result.status, output: `${result.stdout.toString()}${result.stderr.toString()}` };
}

/** `ssh-keygen -Y sign` with a private key file; returns the armored signature. */
export function sshSign(keyPath: string, namespace: string, message: Uint8Array): string {
  return execFileSync('ssh-keygen', ['-Y', 'sign', '-f', keyPath, '-n', namespace], {
    input: message,
    stdio: ['pipe', 'pipe', 'ignore'],
  }).toString();
}

export function sshKeygenGenerate(path: string, comment: string): void {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', path]);
}

export function sshFingerprint(path: string): string {
  return execFileSync('ssh-keygen', ['-l', '-f', path]).toString().split(' ')[1] ?? '';
}
