// @vitest-environment node
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { JurydeskDatabase } from '@renderer/db/database';
import { SCHEMA_VERSIONS } from '@renderer/db/schema';

/** A record as version 1 of the schema stored it, for each table: a laptop that installed the first release. */
const VERSION_1_ROWS = {
  calls: {
    id: 'c',
    title: 'Call',
    bundleSha256: 'a'.repeat(64),
    sequence: 1,
    pinnedIssuerKey: 'ssh-ed25519 AAAA',
    issuerName: 'Staff',
    issuerFingerprint: 'SHA256:x',
    jurorId: 'j',
    demo: false,
    importedAt: '2026-11-01T00:00:00Z',
  },
  evaluations: {
    callId: 'c',
    jurorId: 'j',
    applicationId: 'a',
    status: 'draft',
    scores: { x: 3 },
    comments: {},
    updatedAt: '2026-11-01T00:00:00Z',
  },
  journal: { callId: 'c', jurorId: 'j', applicationId: 'a', at: '2026-11-01T00:00:00Z', change: { scores: { x: 3 } } },
  identity: {
    id: 'me',
    name: 'Ana',
    publicKey: 'ssh-ed25519 AAAA',
    fingerprint: 'SHA256:x',
    createdAt: '2026-11-01T00:00:00Z',
  },
};

describe('the database schema', () => {
  it('only ever grows by appended versions', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('upgrades a database made by every earlier version, keeping what the user did', async () => {
    for (const { version } of SCHEMA_VERSIONS) {
      const name = `migration-from-${version}`;
      const old = new Dexie(name);
      for (const entry of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version))
        old.version(entry.version).stores(entry.stores);
      await old.open();
      for (const [table, row] of Object.entries(VERSION_1_ROWS)) await old.table(table).add(row);
      old.close();

      const current = new JurydeskDatabase(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      expect(await current.evaluations.get(['c', 'j', 'a'])).toMatchObject({ scores: { x: 3 } });
      expect(await current.journal.count()).toBe(1);
      expect(await current.identity.get('me')).toMatchObject({ name: 'Ana' });
      await current.delete();
    }
  });
});
