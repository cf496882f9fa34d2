import { JurydeskError } from '../errors';
import { parsePublicKey, samePublicKey, type PublicKey } from '../crypto';

/** One line of an OpenSSH allowed_signers file (ssh-keygen(1), “ALLOWED SIGNERS”). */
export interface AllowedSigner {
  readonly principals: readonly string[];
  readonly namespaces: readonly string[] | null;
  readonly publicKey: PublicKey;
}

/** Splits on whitespace outside double quotes, as OpenSSH reads option lists such as namespaces="a,b". */
function tokens(line: string): string[] {
  return line.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

export function parseAllowedSigners(text: string): AllowedSigner[] {
  const signers: AllowedSigner[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [principals = '', ...rest] = tokens(line);
    let namespaces: string[] | null = null;
    const keyStart = rest.findIndex(
      (token) => token.startsWith('ssh-') || token.startsWith('ecdsa-') || token.startsWith('sk-'),
    );
    if (keyStart < 0)
      throw new JurydeskError('key.malformed', { detail: `allowed signers line ${index + 1} has no key` });
    // Options are separated by commas outside quotes: namespaces="a,b" is one option with two namespaces.
    const options =
      rest
        .slice(0, keyStart)
        .join(' ')
        .match(/(?:[^,"]+|"[^"]*")+/g) ?? [];
    for (const option of options) {
      const match = /^namespaces="([^"]*)"$/i.exec(option.trim());
      // A validity period or a certificate authority changes whom ssh-keygen trusts; ignored, it would trust more.
      if (!match)
        throw new JurydeskError('signers.option-unsupported', {
          line: index + 1,
          option: option.trim().split('=')[0]!,
        });
      namespaces = (match[1] ?? '').split(',').map((namespace) => namespace.trim());
    }
    const keyLine = rest.slice(keyStart).join(' ');
    // Only Ed25519 signs Jurydesk files; other keys in a shared allowed_signers file are simply not ours to match.
    if (!keyLine.startsWith('ssh-ed25519 ')) return;
    signers.push({ principals: principals.split(','), namespaces, publicKey: parsePublicKey(keyLine) });
  });
  return signers;
}

/** The principals allowed to sign in `namespace` with `key`; empty when the key is not allowed there. */
export function principalsFor(signers: readonly AllowedSigner[], key: PublicKey, namespace: string): string[] {
  return signers
    .filter((signer) => samePublicKey(signer.publicKey, key))
    .filter((signer) => signer.namespaces === null || signer.namespaces.includes(namespace))
    .flatMap((signer) => signer.principals);
}

/** OpenSSH's wildcard match: `*` any run of characters, `?` any one. */
function matchesPattern(text: string, pattern: string): boolean {
  const expression = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    's',
  );
  return expression.test(text);
}

/** OpenSSH's pattern-list match (match_pattern_list): any pattern matches, and no negated one (`!pattern`) does. */
export function matchesPrincipal(principal: string, patterns: readonly string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matchesPattern(principal, pattern.slice(1))) return false;
    } else if (matchesPattern(principal, pattern)) {
      matched = true;
    }
  }
  return matched;
}

/** The keys allowed to sign in `namespace` as `principal`, as `ssh-keygen -Y verify -I principal` would accept them. */
export function keysAllowedFor(signers: readonly AllowedSigner[], principal: string, namespace: string): PublicKey[] {
  return signers
    .filter((signer) => signer.namespaces === null || signer.namespaces.includes(namespace))
    .filter((signer) => matchesPrincipal(principal, signer.principals))
    .map((signer) => signer.publicKey);
}
