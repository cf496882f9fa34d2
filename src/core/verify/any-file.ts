import { openContainer, type FileKind } from '../container';
import {
  verifyBundle,
  verifyDeclaration,
  verifyDeliberation as verifySignedDeliberation,
  verifyScoreFile,
  type BundleContext,
  type VerifiedBundle,
  type VerifiedDeclaration,
  type VerifiedDeliberation,
  type VerifiedScoreFile,
  type VerifyBundleOptions,
  type VerifyDeliberationOptions,
} from '../documents';
import { asResult, type Result } from '../errors';
import { checkRecordedResults } from '../jury';

export type VerifiedFile =
  | { readonly kind: 'bundle'; readonly bundle: VerifiedBundle }
  | { readonly kind: 'scores'; readonly scores: VerifiedScoreFile }
  | { readonly kind: 'deliberation'; readonly deliberation: VerifiedDeliberation }
  | { readonly kind: 'declaration'; readonly declaration: VerifiedDeclaration };

export interface VerifyAnyOptions extends VerifyBundleOptions {
  readonly bundle?: BundleContext;
  readonly confirmedChairKeys?: VerifyDeliberationOptions['confirmedChairKeys'];
}

/**
 * A deliberation as anyone receiving it checks it (docs/FORMATS.md §6): signature, shape, the score files it carries;
 * against its bundle, its chair and, from those score files and its method, its results recomputed.
 */
export async function verifyDeliberation(
  source: Blob,
  options: VerifyDeliberationOptions = {},
): Promise<Result<VerifiedDeliberation>> {
  const verified = await verifySignedDeliberation(source, options);
  if (!verified.ok || !options.bundle) return verified;
  const { bundle } = options;
  return asResult(async () => {
    checkRecordedResults(verified.value.deliberation, verified.value.inputs, bundle.manifest);
    return verified.value;
  });
}

/** Any Jurydesk file: the mimetype says which kind, then that kind's own verification runs. */
export async function verifyAnyFile(source: Blob, options: VerifyAnyOptions = {}): Promise<Result<VerifiedFile>> {
  const kind = await asResult<FileKind>(async () => (await openContainer(source, 'any')).kind);
  if (!kind.ok) return kind;
  const { bundle, confirmedChairKeys, ...bundleOptions } = options;
  const context = bundle ? { bundle } : {};
  switch (kind.value) {
    case 'bundle': {
      const result = await verifyBundle(source, bundleOptions);
      return result.ok ? { ok: true, value: { kind: 'bundle', bundle: result.value } } : result;
    }
    case 'scores': {
      const result = await verifyScoreFile(source, context);
      return result.ok ? { ok: true, value: { kind: 'scores', scores: result.value } } : result;
    }
    case 'deliberation': {
      const result = await verifyDeliberation(source, {
        ...context,
        ...(confirmedChairKeys ? { confirmedChairKeys } : {}),
      });
      return result.ok ? { ok: true, value: { kind: 'deliberation', deliberation: result.value } } : result;
    }
    case 'declaration': {
      const alone = await verifyDeclaration(source);
      if (!alone.ok || !bundle)
        return alone.ok ? { ok: true, value: { kind: 'declaration', declaration: alone.value } } : alone;
      const cited = alone.value.declaration.bundle;
      // Made on another version than the one given: said as such, not as a version nobody signed.
      if (cited.manifestSha256 !== bundle.manifestSha256)
        return {
          ok: false,
          error: {
            code: 'declaration.other-version',
            details: { sequence: cited.sequence, actual: cited.manifestSha256.slice(0, 12) },
          },
        };
      const result = await verifyDeclaration(source, { bundleOf: () => bundle });
      return result.ok ? { ok: true, value: { kind: 'declaration', declaration: result.value } } : result;
    }
  }
}
