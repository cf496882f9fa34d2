import { formatPublicKey, parsePublicKey } from '../crypto';
import { JurydeskError } from '../errors';

/**
 * A juror's key card: the public key a juror hands staff so that the roster can pin it (docs/DESIGN.md §2). An
 * OpenSSH public key line with the person's name, under comment lines a person can read; `ssh-keygen -l -f` reads it.
 */
export function formatKeyCard(name: string, publicKey: string, fingerprint: string): string {
  const key = parsePublicKey(publicKey);
  // The name travels as the key's comment too, one line, so that any tool that reads the key shows it.
  const comment = name.replace(/\s+/g, ' ').trim();
  return [
    '# Jurydesk key card',
    `# Name: ${comment}`,
    `# Fingerprint: ${fingerprint}`,
    formatPublicKey({ ...key, comment }),
    '',
  ].join('\n');
}

export interface KeyCard {
  readonly name: string | null;
  /** The OpenSSH line of the key, without its comment. */
  readonly publicKey: string;
}

/** A key card, or any text holding one `ssh-ed25519` line (a .pub file, a line pasted from a message). */
export function parseKeyCard(text: string): KeyCard {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const keyLines = lines.filter((line) => line.startsWith('ssh-'));
  if (keyLines.length !== 1) throw new JurydeskError('key.malformed', { detail: `${keyLines.length} key lines` });
  const key = parsePublicKey(keyLines[0]!);
  const named = lines
    .find((line) => line.startsWith('# Name:'))
    ?.slice('# Name:'.length)
    .trim();
  return { name: named || key.comment || null, publicKey: formatPublicKey({ ...key, comment: '' }).trim() };
}
