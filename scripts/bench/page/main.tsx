/**
 * The browser half of `npm run bench`: the app's own modules (import, storage, list, radar) driven from
 * Playwright in headless Chromium, each beside a raw baseline measured in the same page.
 */
import type { ReactElement } from 'react';
import type { BenchApi } from '../api';
import { createRoot } from 'react-dom/client';
import { openContainer } from '@core/container/container';
import type { BundleManifest, Criterion } from '@core/documents/formats/bundle';
import { JurydeskDatabase } from '@renderer/db/database';
import { browserBridge } from '@renderer/bridge/browser';
import { importBundle, storeBundle } from '@renderer/features/calls/import-bundle';
import { ApplicationList } from '@renderer/features/scoring/ApplicationList';
import { RadarView } from '@renderer/features/scoring/RadarView';
import type { UncertaintyRequest } from '@core/jury/uncertainty';
import { drawInWorkers, workerCount } from '@renderer/features/chair/use-rank-uncertainty';
import { saveChange } from '@renderer/features/scoring/evaluations';
import type { ApplicationRow } from '@renderer/features/scoring/use-call-data';
import { I18nProvider } from '@renderer/i18n';
// The app's own styles: the list's scroll box gets its height from them, as in the app.
import '@renderer/styles.css';

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function chosenBundle(): File {
  const file = document.querySelector<HTMLInputElement>('#bundle')?.files?.[0];
  if (!file) throw new Error('choose the bundle first (setInputFiles)');
  return file;
}

/**
 * Both databases deleted before either open is timed: Chromium removes a deleted database's blob files in the
 * background, and the two measurements should start with the same such work under way.
 */
async function deleteDatabases(): Promise<void> {
  await new JurydeskDatabase().delete();
  await deleteRawDatabase();
}

async function openBundle(): Promise<number> {
  const blob = chosenBundle();
  await deleteDatabases();
  const db = new JurydeskDatabase();
  await db.open();
  const start = performance.now();
  const result = await importBundle(db, blob, { fileName: 'bench.jurybundle', publicKey: null });
  if (result.kind === 'needs-confirmation')
    await storeBundle(db, result.bundle, { fileName: 'bench.jurybundle', publicKey: null });
  else if (result.kind === 'refused') throw new Error(result.failure.code);
  const elapsed = performance.now() - start;
  // The cold-start measurement opens the app on this call: it needs a user who is a juror of it.
  await browserBridge(db).createIdentity('Bench juror');
  await db.calls.update('bench-call', { jurorId: 'j1' });
  db.close();
  return elapsed;
}

function rawDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('applications', { keyPath: ['callId', 'id'] });
      request.result.createObjectStore('attachments', { keyPath: ['callId', 'path'] });
      request.result.createObjectStore('records', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Bytes read at a time by the floor: large reads are the cheapest way to get every attachment's bytes. */
const RAW_READ = 8 * 1024 * 1024;

/**
 * The floor for opening: parse the manifest, hash every attachment's bytes (read from the file in large reads),
 * write the same records and one slice of the file per attachment in one raw transaction, as durable as the app's.
 */
async function rawOpen(): Promise<number> {
  const blob = chosenBundle();
  const container = await openContainer(blob, 'bundle');
  // Our writer puts no extra field in local headers, so the data follows the fixed header and the name.
  const spans = [...container.attachments.values()]
    .map((entry) => ({
      path: entry.name,
      start: entry.dataOffset ?? entry.localHeaderOffset + 30 + entry.rawName.length,
      size: entry.size,
    }))
    .sort((a, b) => a.start - b.start);
  await deleteDatabases();
  const db = await rawDatabase('bench-raw');
  const start = performance.now();
  const manifest = JSON.parse(new TextDecoder().decode(container.document)) as BundleManifest;
  for (let first = 0; first < spans.length;) {
    let end = first + 1;
    while (end < spans.length && spans[end]!.start + spans[end]!.size - spans[first]!.start <= RAW_READ) end++;
    const readStart = spans[first]!.start;
    const bytes = new Uint8Array(
      await blob.slice(readStart, spans[end - 1]!.start + spans[end - 1]!.size).arrayBuffer(),
    );
    for (const span of spans.slice(first, end))
      await crypto.subtle.digest('SHA-256', bytes.subarray(span.start - readStart, span.start - readStart + span.size));
    first = end;
  }
  // Storing attachments apart from the manifest needs one slice of the file per attachment, whatever the design.
  const slices = spans.map((span) => ({ path: span.path, blob: blob.slice(span.start, span.start + span.size) }));
  await new Promise<void>((resolve, reject) => {
    // With the durability the app's database uses: an import reported done has its attachments on disk (docs/DESIGN.md §5).
    const transaction = db.transaction(['applications', 'attachments'], 'readwrite', { durability: 'strict' });
    manifest.applications.forEach((application, position) =>
      transaction.objectStore('applications').put({ callId: 'c', id: application.id, position, application }),
    );
    for (const slice of slices)
      transaction.objectStore('attachments').put({ callId: 'c', path: slice.path, blob: slice.blob });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

function deleteRawDatabase(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('bench-raw');
    request.onsuccess = request.onerror = () => resolve();
  });
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** One score typed → committed, many times: the app's save (evaluation + journal, strict durability) vs one raw put. */
async function typeScores(count: number): Promise<{ p95: number; rawP95: number }> {
  const db = new JurydeskDatabase();
  const call = await db.calls.get('bench-call');
  const bundle = call ? await db.bundles.get(call.bundleSha256) : undefined;
  if (!bundle) throw new Error('open the bundle first');
  const criteria: Criterion[] = bundle.manifest.criteria;
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await saveChange(
      db,
      { callId: 'bench-call', jurorId: 'j1', applicationId: bundle.manifest.applications[index % 50]!.id },
      { scores: { [criteria[index % criteria.length]!.id]: index % 11 } },
      criteria,
    );
    timings.push(performance.now() - start);
  }
  db.close();
  const raw = await rawDatabase('bench-raw');
  const rawTimings: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = raw.transaction('records', 'readwrite');
      transaction.objectStore('records').put({ id: index % 50, scores: { c0: index % 11 } });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    rawTimings.push(performance.now() - start);
  }
  raw.close();
  return { p95: percentile(timings, 0.95), rawP95: percentile(rawTimings, 0.95) };
}

/** `count` applications of which `assigned`, spread evenly through the call, are the juror's own. */
function syntheticRows(count: number, assigned: number): { rows: ApplicationRow[]; manifest: BundleManifest } {
  const spacing = count / assigned;
  const rows = Array.from({ length: count }, (_, index): ApplicationRow => ({
    application: {
      id: `A${index}`,
      name: `Structure ${index}`,
      fields: { region: ['Bretagne', 'Occitanie', 'Grand Est'][index % 3]!, beneficiaries: index },
    },
    position: index,
    evaluation: undefined,
    status: 'not-started',
    conflictReason: null,
    assigned: Number.isInteger(index / spacing),
    total: null,
  }));
  const manifest = {
    call: { id: 'bench' },
    applications: rows.map((row) => row.application),
  } as unknown as BundleManifest;
  return { rows, manifest };
}

async function mount(element: ReactElement): Promise<number> {
  const stage = document.getElementById('stage')!;
  const root = createRoot(stage);
  const start = performance.now();
  root.render(<I18nProvider initial="en">{element}</I18nProvider>);
  await nextFrame();
  const elapsed = performance.now() - start;
  root.unmount();
  return elapsed;
}

/** The application list mounted with `count` applications, to the next frame. */
function mountList(count: number, assigned: number): Promise<number> {
  const { rows, manifest } = syntheticRows(count, assigned);
  return mount(
    <ApplicationList rows={rows} manifest={manifest} onOpen={() => undefined} onCompare={() => undefined} />,
  );
}

/** A radar with `jurors` overlaid shapes on 8 criteria, to the next frame. */
function mountRadar(jurors: number): Promise<number> {
  const criteria: Criterion[] = Array.from({ length: 8 }, (_, index) => ({
    id: `c${index}`,
    label: `Critère ${index + 1}`,
    weight: 1,
    scale: { min: 0, max: 10, step: 1 },
  }));
  const series = Array.from({ length: jurors }, (_, juror) => ({
    id: `j${juror}`,
    name: `Juré ${juror}`,
    scores: Object.fromEntries(criteria.map((criterion, index) => [criterion.id, (juror + index) % 11])),
  }));
  return mount(<RadarView criteria={criteria} series={series} showScaleMaximum={false} title="Radar" />);
}

/**
 * The rank intervals as the chair's desk draws them: the app's workers, from the request to the summary of their
 * ranks, with how many progress reports reached the page on the way (the progress bar's steps).
 */
function drawIntervals(request: UncertaintyRequest): Promise<{ ms: number; progressReplies: number; workers: number }> {
  return new Promise((resolve, reject) => {
    let progressReplies = 0;
    const start = performance.now();
    drawInWorkers(
      request,
      () => progressReplies++,
      () =>
        resolve({
          ms: performance.now() - start,
          progressReplies,
          workers: workerCount(),
        }),
      () => reject(new Error('a worker failed')),
    );
  });
}

const bench: BenchApi = { openBundle, rawOpen, typeScores, mountList, mountRadar, drawIntervals };
(window as unknown as { bench: BenchApi }).bench = bench;
