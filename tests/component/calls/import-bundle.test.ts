// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import { JurydeskDatabase } from '@renderer/db/database';
import { importBundle, storeBundle } from '@renderer/features/calls/import-bundle';
import { dumpDatabase } from '../../support/db-dump';
import { PITCH, sampleBundle, sampleKeys, sampleManifest } from '../../support/fixtures';
import { repack } from '../../support/zip-surgery';

let counter = 0;
const databases: JurydeskDatabase[] = [];
function freshDatabase() {
  const db = new JurydeskDatabase(`test-${counter++}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

async function importTrusted(db: JurydeskDatabase, blob: Blob, publicKey: string | null = null) {
  const result = await importBundle(db, blob, { fileName: 'call.jurybundle', publicKey });
  if (result.kind !== 'needs-confirmation') throw new Error(`expected a confirmation, got ${result.kind}`);
  return storeBundle(db, result.bundle, { fileName: 'call.jurybundle', publicKey });
}

describe('opening a bundle', () => {
  it('asks to confirm the issuer of a new call and writes nothing until then', async () => {
    const db = freshDatabase();
    const keys = await sampleKeys();
    const before = await dumpDatabase(db);
    const result = await importBundle(db, (await sampleBundle(keys)).blob, {
      fileName: 'call.jurybundle',
      publicKey: null,
    });
    expect(result.kind).toBe('needs-confirmation');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('stores the call, its applications and its attachments, and finds the user by their key', async () => {
    const db = freshDatabase();
    const keys = await sampleKeys();
    const result = await importTrusted(db, (await sampleBundle(keys)).blob, formatPublicKey(keys.ana.publicKey));
    expect(result).toMatchObject({
      kind: 'imported',
      previousSequence: null,
      call: { id: 'call-test', jurorId: 'ana', sequence: 1 },
    });
    expect((await db.applications.where('callId').equals('call-test').sortBy('position')).map((row) => row.id)).toEqual(
      ['alpha', 'beta', 'gamma'],
    );
    const pitch = await db.attachments.get(['call-test', 'files/alpha/pitch.pdf']);
    expect(new Uint8Array(await pitch!.blob.arrayBuffer())).toEqual(PITCH);
  });

  it('leaves the user to say who they are when the roster does not give their key', async () => {
    const db = freshDatabase();
    const keys = await sampleKeys();
    const result = await importTrusted(db, (await sampleBundle(keys)).blob, formatPublicKey(keys.bruno.publicKey));
    expect(result.kind === 'imported' && result.call.jurorId).toBeNull();
  });

  it('replaces a call by a newer version, keeping the evaluations of applications that remain', async () => {
    const db = freshDatabase();
    const keys = await sampleKeys();
    await importTrusted(db, (await sampleBundle(keys)).blob, formatPublicKey(keys.ana.publicKey));
    const evaluation = {
      callId: 'call-test',
      jurorId: 'ana',
      status: 'draft' as const,
      scores: { impact: 5 },
      comments: {},
      updatedAt: '2026-11-04T10:00:00Z',
    };
    await db.evaluations.bulkPut([
      { ...evaluation, applicationId: 'alpha' },
      { ...evaluation, applicationId: 'beta' },
    ]);

    const manifest = await sampleManifest(keys);
    const next = await sampleBundle(keys, {
      sequence: 2,
      applications: manifest.applications.filter((application) => application.id !== 'beta'),
    });
    const result = await importBundle(db, next.blob, {
      fileName: 'v2.jurybundle',
      publicKey: formatPublicKey(keys.ana.publicKey),
    });
    expect(result).toMatchObject({
      kind: 'imported',
      previousSequence: 1,
      removedApplications: ['Beta'],
      call: { sequence: 2, jurorId: 'ana' },
    });
    expect((await db.evaluations.toArray()).map((row) => row.applicationId)).toEqual(['alpha']);
    expect(await db.attachments.get(['call-test', 'files/beta/accounts.pdf'])).toBeUndefined();
    expect(await db.bundles.count()).toBe(1);
  });

  it('keeps several calls side by side', async () => {
    const db = freshDatabase();
    const keys = await sampleKeys();
    await importTrusted(db, (await sampleBundle(keys)).blob);
    await importTrusted(db, (await sampleBundle(keys, { call: { id: 'call-other', title: 'Other call' } })).blob);
    expect((await db.calls.toArray()).map((call) => call.id).sort()).toEqual(['call-other', 'call-test']);
  });

  describe('refuses, leaving the database exactly as it was,', () => {
    async function afterRefusal(make: (keys: Awaited<ReturnType<typeof sampleKeys>>) => Promise<Blob>) {
      const db = freshDatabase();
      const keys = await sampleKeys();
      await importTrusted(db, (await sampleBundle(keys, { sequence: 3 })).blob);
      const before = await dumpDatabase(db);
      const result = await importBundle(db, await make(keys), { fileName: 'x.jurybundle', publicKey: null });
      expect(await dumpDatabase(db)).toEqual(before);
      return result.kind === 'refused' ? result.failure.code : result.kind;
    }

    it('a lower sequence', async () => {
      expect(await afterRefusal(async (keys) => (await sampleBundle(keys, { sequence: 2 })).blob)).toBe(
        'bundle.lower-sequence',
      );
    });

    it('the same sequence again (a replay)', async () => {
      expect(await afterRefusal(async (keys) => (await sampleBundle(keys, { sequence: 3 })).blob)).toBe(
        'bundle.lower-sequence',
      );
    });

    it('another issuer for the same call', async () => {
      expect(await afterRefusal(async (keys) => (await sampleBundle(keys, { sequence: 4 }, keys.stranger)).blob)).toBe(
        'bundle.issuer-changed',
      );
    });

    it('a tampered attachment', async () => {
      const code = await afterRefusal(async (keys) =>
        repack((await sampleBundle(keys, { sequence: 4 })).blob, (inputs) =>
          inputs.map((input) =>
            input.name === 'files/alpha/pitch.pdf'
              ? { ...input, data: (input.data as Uint8Array).map((byte) => byte ^ 1) }
              : input,
          ),
        ),
      );
      expect(code).toBe('attachment.hash-mismatch');
    });

    it('an empty file', async () => {
      expect(await afterRefusal(async () => new Blob([]))).toBe('file.empty');
    });
  });
});
