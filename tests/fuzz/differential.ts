import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { readEntryBytes, readZipDirectory } from '@core/container/zip';

/** Each file entry's name and the SHA-256 of its bytes, sorted: what a reader says the archive holds. */
type Reading = string;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const reading = (entries: [string, Uint8Array][]): Reading =>
  entries
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => `${name} ${sha256(bytes)}`)
    .sort()
    .join('\n');

async function jurydesk(file: Uint8Array): Promise<Reading> {
  const blob = new Blob([file as Uint8Array<ArrayBuffer>]);
  const entries = await readZipDirectory(blob, { maxEntries: 10_000, maxCentralDirectoryBytes: 1 << 24 });
  return reading(
    await Promise.all(
      entries.map(async (entry) => [entry.name, await readEntryBytes(blob, entry)] as [string, Uint8Array]),
    ),
  );
}

function fflate(file: Uint8Array): Reading {
  try {
    return reading(Object.entries(unzipSync(file)));
  } catch (error) {
    return `refused: ${String(error)}`;
  }
}

/** What `unzip` left on disk: files with their bytes, and anything else (a link, a device) named as what it is. */
function files(folder: string): [string, Uint8Array][] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).flatMap((name): [string, Uint8Array][] => {
    const path = join(folder, name);
    const status = lstatSync(path);
    if (status.isDirectory()) return [];
    const bytes = status.isFile()
      ? new Uint8Array(readFileSync(path))
      : new TextEncoder().encode(`not a file: ${name}`);
    return [[relative(folder, path), bytes]];
  });
}

function infoZip(path: string, folder: string): Reading {
  const run = spawnSync('unzip', ['-qq', '-o', path, '-d', folder], { encoding: 'utf8' });
  return run.status === 0 ? reading(files(folder)) : `refused: ${run.stderr.trim() || run.status}`;
}

const PYTHON = `
import hashlib, json, sys, zipfile
out = []
for path in sys.argv[1:]:
    try:
        with zipfile.ZipFile(path) as archive:
            out.append(sorted(f"{i.filename} {hashlib.sha256(archive.read(i)).hexdigest()}" for i in archive.infolist() if not i.filename.endswith("/")))
    except Exception as error:
        out.append(f"refused: {error}")
print(json.dumps(out))
`;

/**
 * Archives Jurydesk accepted, read again by three other zip readers — Info-ZIP's `unzip`, Python's `zipfile`,
 * fflate — each of which must find exactly the entries and bytes Jurydesk read: a file that one tool reads
 * otherwise is a file two people could see differently (docs/SECURITY.md, "One reading"). Returns, for each
 * archive, the readers that disagree, with what they read.
 */
export async function otherReadings(archives: readonly Uint8Array[]): Promise<string[][]> {
  if (archives.length === 0) return [];
  const folder = mkdtempSync(join(tmpdir(), 'jurydesk-differential-'));
  try {
    const paths = archives.map((archive, index) => {
      const path = join(folder, `${index}.zip`);
      writeFileSync(path, archive);
      return path;
    });
    const python = spawnSync('python3', ['-c', PYTHON, ...paths], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (python.status !== 0) throw new Error(`python3 could not read the archives: ${python.stderr}`);
    const pythonReadings = (JSON.parse(python.stdout) as (string[] | string)[]).map((value) =>
      Array.isArray(value) ? value.join('\n') : value,
    );
    return await Promise.all(
      archives.map(async (archive, index) => {
        const expected = await jurydesk(archive);
        const extracted = join(folder, `${index}`);
        mkdirSync(extracted);
        const others: [string, Reading][] = [
          ['unzip', infoZip(paths[index]!, extracted)],
          ['python zipfile', pythonReadings[index]!],
          ['fflate', fflate(archive)],
        ];
        return others
          .filter(([, read]) => read !== expected)
          .map(
            ([reader, read]) =>
              `${reader} reads ${JSON.stringify(read)} where Jurydesk reads ${JSON.stringify(expected)}`,
          );
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
