import type { Dexie } from 'dexie';

/** Every table's rows, with Blobs replaced by their bytes, so that two states of a database compare by value. */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    dump[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...row };
        for (const [key, value] of Object.entries(copy)) {
          if (value instanceof Blob) copy[key] = Array.from(new Uint8Array(await value.arrayBuffer()));
        }
        return copy;
      }),
    );
  }
  return dump;
}
