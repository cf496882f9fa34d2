// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatPublicKey, NAMESPACES, signMessage } from '@core/crypto';
import { verifyBundle } from '@core/documents/bundle';
import type { Bridge } from '@renderer/bridge';
import { JurydeskDatabase } from '@renderer/db/database';
import { eraseEverything } from '@renderer/db/erase';
import { importBundle, storeBundle } from '@renderer/features/calls/import-bundle';
import { saveChange } from '@renderer/features/scoring/evaluations';
import { exportScoreFile } from '@renderer/features/scoring/export-scores';
import { restoreScores } from '@renderer/features/scoring/restore-scores';
import { dumpDatabase } from '../../support/db-dump';
import { sampleBundle, sampleKeys, sampleScoreFile, type SampleKeys } from '../../support/fixtures';

let keys: SampleKeys;
let bundle: Awaited<ReturnType<typeof sampleBundle>>;
let counter = 0;
const databases: JurydeskDatabase[] = [];

beforeAll(async () => {
  keys = await sampleKeys();
  bundle = await sampleBundle(keys);
});
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** A new laptop with the call open, Bruno having said who he is (the roster gives him no key), nothing scored. */
async function laptopWithCall(): Promise<JurydeskDatabase> {
  const db = new JurydeskDatabase(`restore-${counter++}`);
  databases.push(db);
  const result = await importBundle(db, bundle.blob, { fileName: 'call.jurybundle', publicKey: null });
  if (result.kind !== 'needs-confirmation') throw new Error(result.kind);
  await storeBundle(db, result.bundle, { fileName: 'call.jurybundle', publicKey: null });
  await db.calls.update('call-test', { jurorId: 'bruno' });
  return db;
}

async function brunosFile(revision: number, signer = keys.bruno) {
  const { blob } = await sampleScoreFile(bundle, signer, { id: 'bruno', name: 'Bruno' }, { revision });
  return new File([blob], `bruno-r${revision}.juryscores`);
}

const brunoKey = () => formatPublicKey(keys.bruno.publicKey);

describe('restoring evaluations from the juror’s own score file', () => {
  it('brings back every evaluation and comment, says who the juror is, and the next export continues the revisions', async () => {
    const db = await laptopWithCall();
    const restored = await restoreScores(db, 'call-test', brunoKey(), await brunosFile(2));
    expect(restored).toEqual({ revision: 2, restored: 2, keptNewer: 0, withdrawn: 0 });
    expect((await db.calls.get('call-test'))?.jurorId).toBe('bruno');
    const alpha = await db.evaluations.get(['call-test', 'bruno', 'alpha']);
    expect(alpha).toMatchObject({
      status: 'complete',
      scores: { impact: 7.5, team: 4, note: null },
      comments: { impact: 'Solide, chiffres à l’appui.' },
      comment: 'À retenir.',
      recommendation: 'in',
      updatedAt: '2026-11-03T17:00:00Z',
    });
    expect(await db.journal.where('callId').equals('call-test').count()).toBe(2);
    expect(await db.exports.get(['call-test', 'bruno'])).toMatchObject({
      revision: 2,
      fileName: 'bruno-r2.juryscores',
    });

    // The handmade file leaves out the criteria it does not score; the app writes every one: a new revision, the third.
    const context = await exportContext();
    expect((await exportScoreFile(db, brunosBridge(), context))?.record.revision).toBe(3);
  });

  it('takes back a file the app exported as it was: exporting again unchanged makes that file, byte for byte', async () => {
    const old = await laptopWithCall();
    await old.calls.update('call-test', { jurorId: 'bruno' });
    const context = await exportContext();
    await saveChange(
      old,
      { callId: 'call-test', jurorId: 'bruno', applicationId: 'beta' },
      { scores: { team: 5 }, comment: 'Équipe\nsolide.' },
      context.manifest.criteria,
    );
    const exported = await exportScoreFile(old, brunosBridge(), context);
    const file = new File([exported!.blob], exported!.record.fileName);

    const db = await laptopWithCall();
    expect(await restoreScores(db, 'call-test', brunoKey(), file)).toMatchObject({ revision: 1, restored: 1 });
    const again = await exportScoreFile(db, brunosBridge(), context);
    expect(again).toMatchObject({ unchanged: true, record: { revision: 1 } });
    expect(new Uint8Array(await again!.blob.arrayBuffer())).toEqual(new Uint8Array(await file.arrayBuffer()));
    await saveChange(
      db,
      { callId: 'call-test', jurorId: 'bruno', applicationId: 'alpha' },
      { scores: { impact: 6 } },
      context.manifest.criteria,
    );
    expect((await exportScoreFile(db, brunosBridge(), context))?.record.revision).toBe(2);
  });

  it('keeps an evaluation changed on this laptop after the file’s own', async () => {
    const db = await laptopWithCall();
    await db.calls.update('call-test', { jurorId: 'bruno' });
    await db.evaluations.put({
      callId: 'call-test',
      jurorId: 'bruno',
      applicationId: 'alpha',
      status: 'draft',
      scores: { impact: 2 },
      comments: {},
      updatedAt: '2026-11-04T09:00:00Z',
    });
    const restored = await restoreScores(db, 'call-test', brunoKey(), await brunosFile(1));
    expect(restored).toMatchObject({ restored: 1, keptNewer: 1 });
    expect((await db.evaluations.get(['call-test', 'bruno', 'alpha']))?.scores).toEqual({ impact: 2 });
  });

  it('refuses another key’s file, a stale revision and a file that is not one, leaving everything as it was', async () => {
    const db = await laptopWithCall();
    await restoreScores(db, 'call-test', brunoKey(), await brunosFile(2));
    const before = await dumpDatabase(db);
    await expect(restoreScores(db, 'call-test', brunoKey(), await brunosFile(3, keys.stranger))).rejects.toMatchObject({
      code: 'restore.other-key',
    });
    await expect(restoreScores(db, 'call-test', brunoKey(), await brunosFile(2))).rejects.toMatchObject({
      code: 'restore.not-newer',
    });
    await expect(
      restoreScores(db, 'call-test', brunoKey(), new File(['not a zip'], 'notes.juryscores')),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^container\./) });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('erasing everything on this laptop', () => {
  it('empties every table, the keys and settings included', async () => {
    const db = await laptopWithCall();
    await restoreScores(db, 'call-test', brunoKey(), await brunosFile(1));
    await db.settings.put({ key: 'autoAdvance', value: false });
    await db.identity.put({ id: 'me', name: 'Bruno', publicKey: brunoKey(), fingerprint: 'f', createdAt: 'now' });
    expect(await eraseEverything(db)).toEqual({ calls: 1 });
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});

async function exportContext() {
  const verified = await verifyBundle(bundle.blob);
  if (!verified.ok) throw new Error(verified.error.code);
  return {
    callId: 'call-test',
    jurorId: 'bruno',
    manifest: verified.value.manifest,
    manifestSha256: bundle.manifestSha256,
    publicKey: brunoKey(),
  };
}

/** Bruno's laptop as the exporter sees it: his key signs, and every save dialog is confirmed. */
function brunosBridge(): Bridge {
  return {
    sign: (_kind: string, bytes: Uint8Array) => signMessage(keys.bruno, NAMESPACES.scores, bytes),
    saveFile: async () => true,
  } as unknown as Bridge;
}
