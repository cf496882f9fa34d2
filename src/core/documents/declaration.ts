import type { BundleContext } from './bundle-context';
import { buildContainer, type ZipSource } from '../container';
import { asResult, JurydeskError, term, type ErrorDetails, type Phrase, type Result } from '../errors';
import { DECLARATION_FORMAT, declarationSchema, type Declaration } from './formats/declaration';
import { fingerprint, parsePublicKey, samePublicKey, sha256Hex, utf8, type PublicKey } from '../crypto';
import { canonicalJson } from './json';
import { openSignedDocument, type SignerIdentity } from './signed';

export interface VerifiedDeclaration {
  readonly declaration: Declaration;
  readonly fileSha256: string;
  readonly signer: SignerIdentity;
}

function invalid(reason: Phrase, details: ErrorDetails): JurydeskError {
  return new JurydeskError('declaration.invalid', { reason: term(reason), ...details });
}

const unknownVersion = (declaration: Declaration) =>
  new JurydeskError('declaration.unknown-version', { actual: declaration.bundle.manifestSha256.slice(0, 12) });

/** One interest per application, whatever the bundle: two would be two answers to one question. */
function checkDeclarationShape(declaration: Pick<Declaration, 'interests'>): void {
  const seen = new Set<string>();
  for (const { applicationId } of declaration.interests) {
    if (seen.has(applicationId)) throw invalid('declared-twice', { application: applicationId });
    seen.add(applicationId);
  }
}

/**
 * A declaration against the version of the call it cites (found by its SHA-256): a juror of its roster, signing with
 * the key the roster gives or, where it gives none, the key staff know for that juror, and only its applications.
 */
async function checkDeclarationAgainstBundle(
  declaration: Declaration,
  signer: SignerIdentity,
  bundle: BundleContext,
  knownKey?: PublicKey,
): Promise<void> {
  const { manifest } = bundle;
  if (declaration.call.id !== manifest.call.id)
    throw new JurydeskError('declaration.other-call', { actual: declaration.call.id, expected: manifest.call.id });
  if (declaration.bundle.sequence !== manifest.sequence)
    throw invalid('declared-sequence', { actual: declaration.bundle.sequence, expected: manifest.sequence });
  const juror = manifest.jurors.find((candidate) => candidate.id === declaration.juror.id);
  if (!juror)
    throw new JurydeskError('declaration.unknown-juror', {
      juror: `${declaration.juror.name} (${declaration.juror.id})`,
    });
  const expected = juror.publicKey ? parsePublicKey(juror.publicKey) : knownKey;
  if (expected && !samePublicKey(expected, signer.publicKey))
    throw new JurydeskError('declaration.signer-mismatch', {
      juror: juror.name,
      actual: signer.fingerprint,
      expected: await fingerprint(expected),
    });
  const applications = new Set(manifest.applications.map((application) => application.id));
  for (const { applicationId } of declaration.interests)
    if (!applications.has(applicationId)) throw invalid('unknown-application', { application: applicationId });
}

export interface VerifyDeclarationOptions {
  /** The version of the call a declaration cites, among those the caller knows; undefined when it knows none. */
  readonly bundleOf?: (manifestSha256: string) => BundleContext | undefined;
  /** The key staff know for a juror the roster gives none for. */
  readonly knownKeyOf?: (jurorId: string) => PublicKey | undefined;
}

/**
 * A declaration of interests as staff receive it: signed in its own namespace by the key it names, one interest
 * per application; then, when the caller knows the call's versions, checked against the one it cites.
 */
export function verifyDeclaration(
  source: ZipSource,
  { bundleOf, knownKeyOf }: VerifyDeclarationOptions = {},
): Promise<Result<VerifiedDeclaration>> {
  return asResult(async () => {
    const signed = await openSignedDocument(
      source,
      'declaration',
      declarationSchema,
      (declaration) => declaration.juror.publicKey,
    );
    const { document: declaration, signer } = signed;
    checkDeclarationShape(declaration);
    if (bundleOf) {
      const bundle = bundleOf(declaration.bundle.manifestSha256);
      if (!bundle) throw unknownVersion(declaration);
      await checkDeclarationAgainstBundle(declaration, signer, bundle, knownKeyOf?.(declaration.juror.id));
    }
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
    return { declaration, fileSha256: await sha256Hex(bytes), signer };
  });
}

export type UnsignedDeclaration = Pick<Declaration, 'call' | 'bundle' | 'revision' | 'exportedAt' | 'interests'> & {
  juror: { id: string; name: string };
};

/** Builds a signed declaration; `signDocument` signs in the declarations namespace wherever the juror's key lives. */
export async function assembleDeclaration(
  content: UnsignedDeclaration,
  publicKey: string,
  signDocument: (document: Uint8Array) => Promise<string>,
): Promise<{ blob: Blob; declaration: Declaration; fileSha256: string }> {
  const declaration = declarationSchema.parse({
    format: DECLARATION_FORMAT,
    formatVersion: 1,
    ...content,
    juror: { ...content.juror, publicKey },
  });
  checkDeclarationShape(declaration);
  const bytes = utf8(canonicalJson(declaration));
  const blob = await buildContainer('declaration', bytes, await signDocument(bytes));
  return { blob, declaration, fileSha256: await sha256Hex(new Uint8Array(await blob.arrayBuffer())) };
}
