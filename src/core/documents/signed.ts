import type { z } from 'zod';
import {
  openContainer,
  KINDS,
  type ContainerLimits,
  type FileKind,
  type OpenedContainer,
  type ZipSource,
} from '../container';
import { JurydeskError } from '../errors';
import { parseStrictJson } from './json';
import { fingerprint, parsePublicKey, samePublicKey, type PublicKey, verifyMessage } from '../crypto';

export interface SignerIdentity {
  readonly publicKey: PublicKey;
  readonly fingerprint: string;
}

export interface SignedDocument<T> {
  readonly container: OpenedContainer;
  readonly document: T;
  readonly signer: SignerIdentity;
}

export function schemaFailureReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the document';
  return `${where}: ${issue.message}`;
}

/** What checks a document: a zod schema, or an object that answers as one. */
export type DocumentSchema<T> = Pick<z.ZodType<T>, 'safeParse'>;

/** Strict JSON, then the schema; the bytes were verified before this is called (verify the bytes, then parse). */
export function parseDocument<T>(bytes: Uint8Array, schema: DocumentSchema<T>, path: string): T {
  const json = parseStrictJson(bytes, path);
  // A version Jurydesk does not know yet is a number other than 1; any other value is simply an invalid document.
  if (
    json &&
    typeof json === 'object' &&
    'formatVersion' in json &&
    typeof json.formatVersion === 'number' &&
    json.formatVersion !== 1
  ) {
    throw new JurydeskError('document.unsupported-version', { version: String(json.formatVersion) });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new JurydeskError('document.invalid', {
      path,
      field: issue && issue.path.length > 0 ? issue.path.join('.') : '(root)',
      detail: schemaFailureReason(parsed.error),
    });
  }
  return parsed.data;
}

/**
 * Opens a container of the expected kind, checks the signature over the document's exact bytes, then parses it,
 * and checks that the key the document names as its signer is the key that signed.
 */
export async function openSignedDocument<T>(
  source: ZipSource,
  kind: FileKind,
  schema: DocumentSchema<T>,
  declaredSigner: (document: T) => string,
  limits?: ContainerLimits,
): Promise<SignedDocument<T>> {
  const container = await openContainer(source, kind, limits);
  const spec = KINDS[kind];
  const signerKey = await verifyMessage(
    container.signature,
    spec.namespace,
    container.document,
    `${spec.document}.sig`,
  );
  const document = parseDocument(container.document, schema, spec.document);
  const declared = parsePublicKey(declaredSigner(document));
  const signerFingerprint = await fingerprint(signerKey);
  if (!samePublicKey(declared, signerKey)) {
    throw new JurydeskError('signature.key-mismatch', {
      actual: signerFingerprint,
      expected: await fingerprint(declared),
    });
  }
  return {
    container,
    document,
    signer: { publicKey: signerKey, fingerprint: signerFingerprint },
  };
}
