import { type BundleContext, verifyScoreFile } from '@core/documents';
import type { Failure } from '@core/errors';
import type { JurydeskDatabase } from '@renderer/db/database';

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
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await verifyScoreFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), { bundle });
    if (!result.ok) {
      reception.refused.push({ name: file.name, failure: result.error });
      continue;
    }
    records.push({
      callId,
      sha256: result.value.fileSha256,
      fileName: file.name,
      importedAt: new Date().toISOString(),
      bytes,
    });
    reception.stored.push(file.name);
  }
  if (records.length > 0) await db.receivedScores.bulkPut(records);
  return reception;
}
