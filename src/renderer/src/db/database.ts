import { Dexie, type EntityTable } from 'dexie';
import {
  DATABASE_NAME,
  SCHEMA_VERSIONS,
  type ApplicationRecord,
  type AttachmentRecord,
  type BundleRecord,
  type CallRecord,
  type EvaluationRecord,
  type ExportRecord,
  type ReceivedScoreFile,
  type ConfirmedKey,
  type DecisionRecord,
  type DeclarationRecord,
  type DeliberationRecord,
  type IdentityRecord,
  type JournalEntry,
  type SettingRecord,
  type StaffCallRecord,
  type StaffFileRecord,
} from './schema';

export class JurydeskDatabase extends Dexie {
  calls!: EntityTable<CallRecord, 'id'>;
  bundles!: EntityTable<BundleRecord, 'sha256'>;
  applications!: Dexie.Table<ApplicationRecord, [string, string]>;
  attachments!: Dexie.Table<AttachmentRecord, [string, string]>;
  evaluations!: Dexie.Table<EvaluationRecord, [string, string, string]>;
  journal!: EntityTable<JournalEntry, 'seq'>;
  identity!: EntityTable<IdentityRecord, 'id'>;
  exports!: Dexie.Table<ExportRecord, [string, string]>;
  receivedScores!: Dexie.Table<ReceivedScoreFile, [string, string]>;
  confirmedKeys!: Dexie.Table<ConfirmedKey, [string, string]>;
  decisions!: Dexie.Table<DecisionRecord, [string, string]>;
  deliberations!: EntityTable<DeliberationRecord, 'callId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  staffCalls!: EntityTable<StaffCallRecord, 'draftId'>;
  staffFiles!: Dexie.Table<StaffFileRecord, [string, string]>;
  declarations!: Dexie.Table<DeclarationRecord, [string, string]>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a change reported as saved is on disk, and survives a power cut (docs/DESIGN.md §5).
    super(name, { chromeTransactionDurability: 'strict' });
    // Dexie wants each version to restate every table; SCHEMA_VERSIONS lists only what each version changed.
    let stores: Record<string, string> = {};
    for (const entry of SCHEMA_VERSIONS) {
      stores = { ...stores, ...entry.stores };
      this.version(entry.version).stores(stores);
    }
  }
}

/** Asks the browser not to evict our data under storage pressure; the answer is remembered in settings. */
export async function requestPersistentStorage(db: JurydeskDatabase): Promise<boolean> {
  const granted = (await navigator.storage?.persist?.()) ?? false;
  await db.settings.put({ key: 'storagePersistent', value: granted });
  return granted;
}
