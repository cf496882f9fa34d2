import type { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodFrench from 'zod/v4/locales/fr.js';
import { catalogue } from '../catalogue';
import {
  openContainer,
  KINDS,
  type ContainerLimits,
  type FileKind,
  type OpenedContainer,
  type ZipSource,
} from '../container';
import { JurydeskError, type Language, type LocalizedText } from '../errors';
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

const SCHEMA_MESSAGES: Readonly<Record<Language, (issue: z.core.$ZodRawIssue) => string>> = {
  en: (issue) => schemaMessage(zodEnglish().localeError(issue)).replace(/"([^"]*)"/g, '“$1”'),
  fr: (issue) =>
    schemaMessage(zodFrench().localeError(issue))
      .replace(/"([^"]*)"/g, '«\u202f$1\u202f»')
      .replace(/ ([:;!?])/g, '\u202f$1'),
};

function schemaMessage(message: ReturnType<z.core.$ZodErrorMap>): string {
  return typeof message === 'string' ? message : (message?.message ?? '');
}

/**
 * The first thing the schema refused, in each language (zod's own wording, quoted as each language quotes).
 * Parse with `reportInput: true`: the sentence names the type it received.
 */
export function schemaFailureReason(error: z.ZodError): LocalizedText {
  const issue = error.issues[0] as z.core.$ZodRawIssue | undefined;
  const reason = (language: Language): string => {
    if (!issue) return catalogue[language].phrases['schema-root'];
    const where = issue.path?.length ? issue.path.join('.') : catalogue[language].phrases['schema-root'];
    return `${where}${language === 'fr' ? '\u202f:' : ':'} ${SCHEMA_MESSAGES[language](issue)}`;
  };
  return { en: reason('en'), fr: reason('fr') };
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
  const parsed = schema.safeParse(json, { reportInput: true });
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
