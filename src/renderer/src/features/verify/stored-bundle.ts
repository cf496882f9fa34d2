import { useCallback } from 'react';
import type { BundleContext } from '../../../../core/bundle-context';
import { openContainer } from '../../../../core/container';
import { useServices } from '../../app/context';

/**
 * The stored bundle a score file or deliberation names, if this laptop has it: the file is then checked against
 * its roster too. Read from the document's own `bundle.manifestSha256`, before any verification.
 */
export function useStoredBundle(): (file: Blob) => Promise<BundleContext | null> {
  const { db } = useServices();
  return useCallback(
    async (file: Blob) => {
      try {
        const container = await openContainer(file, 'any');
        if (container.kind === 'bundle') return null;
        const named = (JSON.parse(new TextDecoder().decode(container.document)) as { bundle?: { manifestSha256?: unknown } }).bundle?.manifestSha256;
        if (typeof named !== 'string') return null;
        const stored = await db.bundles.get(named);
        return stored ? { manifest: stored.manifest, manifestSha256: stored.sha256 } : null;
      } catch {
        // Whatever is wrong with the file, its own verification says it in one sentence.
        return null;
      }
    },
    [db],
  );
}
