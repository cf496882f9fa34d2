import { verifyBundle, type VerifiedBundle, type VerifyBundleOptions } from './bundle';
import type { BundleContext } from './bundle-context';
import { openContainer, type FileKind } from '../container';
import { verifyDeliberation, type VerifiedDeliberation, type VerifyDeliberationOptions } from './deliberation';
import { asResult, type Result } from '../errors';
import { verifyScoreFile, type VerifiedScoreFile } from './scorefile';

export type VerifiedFile =
  | { readonly kind: 'bundle'; readonly bundle: VerifiedBundle }
  | { readonly kind: 'scores'; readonly scores: VerifiedScoreFile }
  | { readonly kind: 'deliberation'; readonly deliberation: VerifiedDeliberation };

export interface VerifyAnyOptions extends VerifyBundleOptions {
  readonly bundle?: BundleContext;
  readonly confirmedChairKeys?: VerifyDeliberationOptions['confirmedChairKeys'];
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
  }
}
