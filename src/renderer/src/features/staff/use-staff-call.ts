import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  checkSheetSize,
  mapApplications,
  readSheet,
  type AttachmentFolder,
  type CallDescription,
  type Sheet,
} from '@core/calls';
import type { Result } from '@core/errors';
import { useServices } from '@renderer/app/context';
import type { StaffCallRecord, StaffFileRecord } from '@renderer/db/schema';
import { sheetLibraries } from './sheet-libraries';

/** The folder of attachments as core reads it: the files staff chose, by their names within the folder. */
export function folderOf(files: readonly StaffFileRecord[], name: string): AttachmentFolder | null {
  if (files.length === 0) return null;
  const sizes = new Map(files.map((file) => [file.name, file.blob.size]));
  return { name, size: (relativeName) => sizes.get(relativeName) };
}

/**
 * One call on the staff desk as state and actions: the saved draft, its spreadsheet read and mapped (with every
 * problem on its row and column), the attachments, and the changes staff make, each saved as it is made.
 */
export function useStaffCall(draftId: string) {
  const { db } = useServices();
  const stored = useLiveQuery(() => db.staffCalls.get(draftId), [db, draftId]);
  // The screen shows the draft as typed, at once; the database catches up one transaction later, in order.
  const [record, setRecord] = useState<StaffCallRecord | undefined>(undefined);
  if (record === undefined && stored) setRecord(stored);
  const latest = useRef<StaffCallRecord | undefined>(undefined);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const files = useLiveQuery(() => db.staffFiles.where('draftId').equals(draftId).toArray(), [db, draftId]);
  const [sheet, setSheet] = useState<{ source: StaffCallRecord['sheet']; result: Result<Sheet> } | null>(null);
  const source = record?.sheet ?? null;

  useEffect(() => {
    if (!source) return;
    let current = true;
    void sheetLibraries()
      .then((libraries) => readSheet(source.bytes, source.fileName, libraries))
      .then((result) => current && setSheet({ source, result }));
    return () => {
      current = false;
    };
  }, [source]);

  const parsed = sheet && sheet.source === source ? sheet.result : null;
  const folder = useMemo(() => folderOf(files ?? [], record?.folderName ?? ''), [files, record?.folderName]);
  const mapped = useMemo(
    () => (parsed?.ok && record ? mapApplications(parsed.value, record.description.columns, folder) : null),
    [parsed, record, folder],
  );
  const usedFiles = new Set(mapped?.attachments.map((attachment) => attachment.source) ?? []);
  const extraFiles = (files ?? []).map((file) => file.name).filter((name) => !usedFiles.has(name));

  function update(change: (draft: StaffCallRecord) => StaffCallRecord): Promise<unknown> {
    const current = latest.current ?? record;
    if (!current) return Promise.resolve();
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    latest.current = next;
    setRecord(next);
    saving.current = saving.current.then(() => db.staffCalls.put(next));
    return saving.current;
  }
  const describe = (change: (description: CallDescription) => CallDescription) =>
    update((draft) => ({ ...draft, description: change(draft.description) }));

  async function chooseSheet(file: File) {
    // Refused before it is read into memory or stored with the draft.
    checkSheetSize(file.name, file.size);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await update((draft) => ({ ...draft, sheet: { fileName: file.name, bytes } }));
  }

  /** The folder the browser's picker gave: each file by its path below the folder chosen. */
  async function chooseFolder(chosen: readonly File[]) {
    const folderName = chosen[0]?.webkitRelativePath.split('/')[0] || null;
    const records = chosen.map((file) => ({
      draftId,
      name: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
      blob: file,
    }));
    await db.transaction('rw', db.staffFiles, async () => {
      await db.staffFiles.where('draftId').equals(draftId).delete();
      await db.staffFiles.bulkPut(records);
    });
    await update((draft) => ({ ...draft, folderName }));
  }

  return {
    record,
    files: files ?? [],
    sheet: parsed,
    mapped,
    extraFiles,
    folder,
    update,
    describe,
    chooseSheet,
    chooseFolder,
  };
}

export type StaffCall = ReturnType<typeof useStaffCall>;
