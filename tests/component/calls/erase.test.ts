import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { JurydeskDatabase } from '@renderer/db/database';
import { eraseCall } from '@renderer/db/erase';

async function seed(db: JurydeskDatabase, callId: string) {
  await db.calls.put({
    id: callId,
    title: callId,
    bundleSha256: `${callId}-bundle`,
    sequence: 1,
    pinnedIssuerKey: 'ssh-ed25519 AAAA',
    issuerName: 'Staff',
    issuerFingerprint: 'SHA256:x',
    jurorId: 'ana',
  } as never);
  await db.bundles.put({ sha256: `${callId}-bundle`, callId } as never);
  await db.applications.bulkPut([1, 2].map((n) => ({ callId, id: `${callId}-app-${n}`, name: `App ${n}` }) as never));
  await db.attachments.put({
    callId,
    path: 'files/a.pdf',
    applicationId: `${callId}-app-1`,
    blob: new Blob(['x']),
  } as never);
  await db.evaluations.put({ callId, jurorId: 'ana', applicationId: `${callId}-app-1`, scores: {} } as never);
  await db.journal.add({ callId, jurorId: 'ana', applicationId: `${callId}-app-1`, at: 'now', change: {} } as never);
  await db.exports.put({ callId, jurorId: 'ana', revision: 1 } as never);
  await db.receivedScores.put({ callId, sha256: 'f'.repeat(64), bytes: new Uint8Array([1]) } as never);
  await db.confirmedKeys.put({ callId, jurorId: 'bruno', publicKey: 'k' } as never);
  await db.decisions.put({ callId, applicationId: `${callId}-app-1`, outcome: 'in' } as never);
  await db.deliberations.put({ callId, minutes: '', revision: 1, exportedAt: null });
}

async function rowsOf(db: JurydeskDatabase, callId: string): Promise<number> {
  let count = 0;
  for (const table of db.tables) {
    for (const row of await table.toArray()) if (JSON.stringify(row).includes(callId)) count++;
  }
  return count;
}

describe('erasing a call from this laptop', () => {
  it('removes every row of that call from every table, says how much, and leaves the other call whole', async () => {
    const db = new JurydeskDatabase('erase-component');
    await seed(db, 'prix-2027');
    await seed(db, 'demo-2027');
    await db.identity.put({ id: 'me' } as never);
    const other = await rowsOf(db, 'prix-2027');

    expect(await eraseCall(db, 'demo-2027')).toEqual({
      applications: 2,
      attachments: 1,
      evaluations: 1,
      journal: 1,
      receivedScores: 1,
      decisions: 1,
    });
    expect(await rowsOf(db, 'demo-2027')).toBe(0);
    expect(await rowsOf(db, 'prix-2027')).toBe(other);
    expect(await db.identity.count()).toBe(1);
  });
});
