import type { BundleContext } from '@core/documents';
import type { Failure } from '@core/errors';
import { checkScoreFiles } from '@core/jury';
import type { JurydeskDatabase } from '@renderer/db/database';
import { verifiedFiles } from './use-merge';

export interface Reception {
  stored: string[];
  refused: Array<{ name: string; failure: Failure }>;
}

/**
 * Checks each dropped file against the bundle and keeps only those that verify, as received bytes; a bad file
 * gets its sentence and leaves the database as it was. What counts among the kept files is the merge's call.
 */
export async function receiveScoreFiles(
  db: JurydeskDatabase,
  callId: string,
  bundle: BundleContext,
  files: readonly File[],
): Promise<Reception> {
  const reception: Reception = { stored: [], refused: [] };
  const records = [];
  // Verified into the merge's cache: the merge that the stored files trigger then parses none of them again.
  const checked = await checkScoreFiles(
    files.map((file) => ({ name: file.name, source: file })),
    { bundle, verified: verifiedFiles },
  );
  for (const { input, source, digest, result } of checked) {
    if (!result.ok) {
      reception.refused.push({ name: input.name, failure: result.error });
      continue;
    }
    records.push({
      callId,
      sha256: digest,
      fileName: input.name,
      importedAt: new Date().toISOString(),
      bytes: source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer()),
    });
    reception.stored.push(input.name);
  }
  if (records.length > 0) await db.receivedScores.bulkPut(records);
  return reception;
}
