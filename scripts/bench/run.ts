/**
 * `npm run bench [-- --smoke | --large]`: measures the paths that matter at the size of a national call, each
 * against a raw baseline measured in the same run, and writes docs/PERFORMANCE.md (--smoke writes .bench/ only).
 */
import { execFile, execFileSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import { build } from 'vite';
import { bundleCommand } from '../../src/cli/bundle-command';
import { assignReviewers } from '@core/calls/assignments';
import { writeBlobFile } from '../../src/cli/files';
import { computeResults, jurorTotals } from '@core/jury/aggregate';
import { DEFAULT_RESAMPLES, DEFAULT_SEED } from '@core/jury/uncertainty';
import { verifyBundle } from '@core/documents/bundle';
import { openContainer } from '@core/container/container';
import { sha256HexOfBlob } from '@core/container/digest';
import { mergeScoreFiles } from '@core/jury/merge';
import { sensitivity } from '@core/jury/sensitivity';
import { createScoreFile } from '@core/documents/scorefile';
import { NAMESPACES, verifyMessage } from '@core/crypto/sshsig';
import { writeZip } from '@core/container/zip';
import { formatPublicKey } from '@core/crypto/keys';
import { documentedScript } from '../../tests/support/docs';
import type { BenchApi } from './api';
import { assignedJurors, generateStressCall, SIZES, type StressSize } from './stress';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The page's global, as the callbacks passed to page.evaluate see it (they run in the browser). */
declare const window: { bench: BenchApi };

interface Row {
  path: string;
  baseline: string;
  baselineMs: number | null;
  measuredMs: number;
  unit: 'ms' | 'MB';
  ratio: number | null;
  target: string;
  /** null where no target is set: the row is there so that the figure is watched. */
  met: boolean | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Medians of a measurement and its baseline, taken in turns. */
async function paired(
  times: number,
  baseline: () => Promise<number>,
  measured: () => Promise<number>,
): Promise<{ baseline: number; measured: number }> {
  const baselines: number[] = [];
  const measures: number[] = [];
  for (let index = 0; index < times; index++) {
    baselines.push(await baseline());
    measures.push(await measured());
  }
  return { baseline: median(baselines), measured: median(measures) };
}

const run = promisify(execFile);

/**
 * A folder where the README's stock-tools check (unzip + ssh-keygen + sha256sum) runs as written: the bundle as
 * call.jurybundle, and staff's key under the principal the README names.
 */
async function stockToolsFolder(folder: string, bundlePath: string, staffPublicKey: string): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await symlink(bundlePath, join(folder, 'call.jurybundle'));
  await writeFile(
    join(folder, 'allowed_signers'),
    `cap-inclusion-staff namespaces="jurydesk-bundle-v1" ${staffPublicKey}\n`,
  );
  return folder;
}

/** The stock-tools check against `jurydesk verify` of the same bundle, each a fresh process, in turns. */
async function verifyAgainstStockTools(times: number, folder: string) {
  const script = documentedScript('README.md', 'stock-tools');
  return paired(
    times,
    () => timed(() => run('bash', ['-euo', 'pipefail', '-c', script], { cwd: folder })),
    () => timed(() => run(process.execPath, [CLI, 'verify', 'call.jurybundle'], { cwd: folder })),
  );
}

const CLI = join(ROOT, 'dist-cli', 'jurydesk.mjs');

async function repeat(times: number, run: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let index = 0; index < times; index++) values.push(await run());
  return median(values);
}

/** This process's descendants whose name says Chromium: the browser and its renderer, GPU and utility processes. */
async function chromiumProcesses(): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The name, in parentheses, may hold spaces: the fields after it are counted from its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const descends = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent; parent = parents.get(parent)) if (parent === process.pid) return true;
    return false;
  };
  const found: number[] = [];
  for (const pid of parents.keys()) {
    if (!descends(pid)) continue;
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (/chrom/i.test(name)) found.push(pid);
  }
  return found;
}

/** Bytes of memory Chromium's processes hold, shared pages divided among their sharers (PSS), so nothing counts twice. */
async function chromiumMemory(): Promise<number> {
  let total = 0;
  for (const pid of await chromiumProcesses()) {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  }
  return total;
}

/** Chromium's memory before `run` and its peak while `run` goes on, sampled every 50 ms. */
async function peakMemoryDuring(run: () => Promise<unknown>): Promise<{ idle: number; peak: number }> {
  const idle = await chromiumMemory();
  let peak = idle;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await chromiumMemory());
      await new Promise((resolveSleep) => setTimeout(resolveSleep, 50));
    }
  })();
  try {
    await run();
  } finally {
    running = false;
    await sampler;
  }
  return { idle, peak };
}

function serve(routes: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
    '.mjs': 'text/javascript',
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const prefix = Object.keys(routes).find((candidate) => url.pathname.startsWith(candidate));
    if (!prefix) return void response.writeHead(404).end();
    const base = routes[prefix]!;
    const path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html'));
    if (!path.startsWith(base)) return void response.writeHead(404).end();
    readFile(path)
      .then((body) =>
        response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      )
      .catch(() => response.writeHead(404).end());
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolveServer({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

async function main() {
  const { values } = parseArgs({
    options: { smoke: { type: 'boolean' }, large: { type: 'boolean' }, national: { type: 'boolean' } },
  });
  const sizeName = values.smoke ? 'smoke' : values.large ? 'large' : values.national ? 'national' : 'standard';
  const national = sizeName === 'national';
  const size: StressSize = SIZES[sizeName];
  const repeats = values.smoke ? 1 : 5;
  // Rows measured in milliseconds swing most on a shared machine: more runs steady their median.
  const quickRepeats = values.smoke ? 1 : 15;
  // So does opening a bundle: every run writes the whole bundle to disk.
  const openRepeats = values.smoke ? 1 : values.national ? 3 : 9;
  const directory = join(ROOT, '.bench', sizeName);
  const log = (line: string) => console.log(line);
  log(
    `Generating the ${sizeName} stress call: ${size.applications} applications, ${size.criteria} criteria, ${size.jurors} jurors, ${Math.round(size.attachmentBytes / 1048576)} MB of attachments…`,
  );
  const { staff, jurors } = await generateStressCall(directory, size);
  const assignedTo = (juror: number) => (position: number) => assignedJurors(position, size).includes(juror);
  // The command line as staff run it: the bundle built by `npm install`, rebuilt here so that it is today's code.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')]);
  const rows: Row[] = [];
  const row = (
    path: string,
    baseline: string,
    baselineMs: number | null,
    measuredMs: number,
    target: string,
    met: (ratio: number | null, ms: number) => boolean | null,
    unit: Row['unit'] = 'ms',
  ) => {
    const ratio = baselineMs ? measuredMs / baselineMs : null;
    rows.push({ path, baseline, baselineMs, measuredMs, unit, ratio, target, met: met(ratio, measuredMs) });
    log(
      `${path}: ${measuredMs.toFixed(1)} ${unit}${ratio ? ` (${ratio.toFixed(2)}× ${baselineMs!.toFixed(1)} ${unit})` : ''}`,
    );
  };

  // CLI bundle vs zip + SHA-256 of the same files.
  const bundlePath = join(directory, 'bench.jurybundle');
  const files = (await readdir(join(directory, 'files'))).sort();
  const bundling = await paired(
    repeats,
    () =>
      timed(async () => {
        const inputs = [];
        for (const name of files) {
          const blob = await openAsBlob(join(directory, 'files', name));
          await sha256HexOfBlob(blob);
          inputs.push({ name: `files/${name}`, data: blob });
        }
        await writeBlobFile(join(directory, 'raw.zip'), await writeZip(inputs), { force: true });
      }),
    () =>
      timed(() =>
        bundleCommand(
          {
            callPath: join(directory, 'call.json'),
            applicationsPath: join(directory, 'applications.csv'),
            filesDirectory: join(directory, 'files'),
            keyPath: join(directory, 'staff'),
            outPath: bundlePath,
            force: true,
            issuedAt: '2026-11-26T00:00:00Z',
          },
          () => undefined,
        ),
      ),
  );
  row(
    'CLI `bundle` of the stress call',
    'zip + SHA-256 of the same files',
    bundling.baseline,
    bundling.measured,
    '≤ 1.5×',
    (ratio) => ratio !== null && ratio <= 1.5,
  );

  // The staff desk's draw at this call's size, 3 jurors per application, against the draw of earlier versions: the
  // least loaded jurors, ties by the roster's order, which mixes nothing.
  const drawRequest = {
    jurorIds: Array.from({ length: size.jurors }, (_, juror) => `j${juror}`),
    applicationIds: Array.from({ length: size.applications }, (_, application) => `a${application}`),
    conflicts: [],
    perApplication: 3,
    seed: 1,
  };
  const drawing = await paired(
    values.smoke ? 1 : 5,
    () =>
      timed(async () => {
        const load = new Array<number>(size.jurors).fill(0);
        for (const _application of drawRequest.applicationIds) {
          const chosen = load
            .map((count, juror) => ({ juror, count }))
            .sort((a, b) => a.count - b.count || a.juror - b.juror)
            .slice(0, 3);
          for (const { juror } of chosen) load[juror]!++;
        }
      }),
    () => timed(async () => assignReviewers(drawRequest)),
  );
  row(
    `the staff desk's draw, ${size.applications.toLocaleString('en')} applications × ${size.jurors} jurors × 3 (in a worker)`,
    'least load, ties by roster order (the draw before: no mixing)',
    drawing.baseline,
    drawing.measured,
    '≤ 2 s',
    (_ratio, ms) => ms <= 2000,
  );

  // A desktop save of a bundle of a gigabyte: main's handlers write each 8 MiB piece as it comes.
  const saveBytes = values.smoke ? 64 * 1048576 : 1024 * 1048576;
  const desktopSave = async (mode: 'handlers' | 'raw') => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'bench', 'desktop-save.ts'),
        mode,
        String(saveBytes),
        join(directory, `save-${mode}.bin`),
      ],
      { cwd: ROOT },
    );
    return JSON.parse(stdout) as { ms: number; maxRssMb: number };
  };
  const saves = { raw: [] as { ms: number; maxRssMb: number }[], handlers: [] as { ms: number; maxRssMb: number }[] };
  for (let index = 0; index < (values.smoke ? 1 : 3); index++) {
    saves.raw.push(await desktopSave('raw'));
    saves.handlers.push(await desktopSave('handlers'));
  }
  const saveMedian = (mode: 'raw' | 'handlers', field: 'ms' | 'maxRssMb') =>
    median(saves[mode].map((save) => save[field]));
  row(
    `desktop save of a ${saveBytes / 1048576} MB bundle through main's handlers (8 MiB pieces): main's peak memory (resident set)`,
    'a Node process writing the same pieces to a file handle',
    saveMedian('raw', 'maxRssMb'),
    saveMedian('handlers', 'maxRssMb'),
    'under 200 MB',
    (_ratio, megabytes) => megabytes < 200,
    'MB',
  );
  row(
    `desktop save of a ${saveBytes / 1048576} MB bundle through main's handlers: time to the file in place`,
    'the same pieces written to a file handle',
    saveMedian('raw', 'ms'),
    saveMedian('handlers', 'ms'),
    '≤ 1.5×',
    (ratio) => ratio !== null && ratio <= 1.5,
  );

  // The command line's start: `jurydesk verify` against the README's stock-tools check, on the demo and the stress call.
  const demoFolder = await stockToolsFolder(
    join(directory, 'stock-demo'),
    join(ROOT, 'resources', 'demo', 'demo.jurybundle'),
    (await readFile(join(ROOT, 'resources', 'demo', 'keys', 'demo-staff.pub'), 'utf8')).trim(),
  );
  const demoVerify = await verifyAgainstStockTools(quickRepeats, demoFolder);
  row(
    'CLI `verify` of the demo bundle (12 attachments), a fresh process',
    'unzip + ssh-keygen -Y verify + sha256sum -c (the README’s check)',
    demoVerify.baseline,
    demoVerify.measured,
    '≤ 1.5×',
    (ratio) => ratio !== null && ratio <= 1.5,
  );
  const emptyScript = join(directory, 'empty.mjs');
  await writeFile(emptyScript, '');
  const nodeFloor = await paired(
    quickRepeats,
    () =>
      timed(() =>
        run('bash', ['-euo', 'pipefail', '-c', documentedScript('README.md', 'stock-tools')], { cwd: demoFolder }),
      ),
    () => timed(() => run(process.execPath, [emptyScript])),
  );
  row(
    'Node.js starting an empty script: the floor under any command written for Node',
    'the same stock-tools check',
    nodeFloor.baseline,
    nodeFloor.measured,
    'none: a floor',
    () => null,
  );
  const stressFolder = await stockToolsFolder(
    join(directory, 'stock-stress'),
    bundlePath,
    formatPublicKey(staff.publicKey),
  );
  const stressVerify = await verifyAgainstStockTools(repeats, stressFolder);
  row(
    `CLI \`verify\` of the stress bundle (${Math.round(size.attachmentBytes / 1048576)} MB), a fresh process`,
    'the same stock-tools check of the same bundle',
    stressVerify.baseline,
    stressVerify.measured,
    '≤ 1.2×',
    (ratio) => ratio !== null && ratio <= 1.2,
  );

  // Score files, then merge vs signature verification + JSON.parse of the same bytes.
  const verified = await verifyBundle(await openAsBlob(bundlePath));
  if (!verified.ok) throw new Error(verified.error.code);
  const bundle = verified.value;
  await mkdir(join(directory, 'scores'), { recursive: true });
  const scoreBlobs: Blob[] = [];
  for (const [index, key] of jurors.entries()) {
    const { blob } = await createScoreFile(
      {
        call: { id: 'bench-call' },
        bundle: { sequence: 1, manifestSha256: bundle.manifestSha256 },
        juror: { id: `j${index}`, name: `Juré ${index}` },
        revision: 1,
        exportedAt: '2026-11-26T00:00:00Z',
        // Each juror scores what they are assigned: everything, except at the national size.
        evaluations: bundle.manifest.applications
          .map((application, position) => ({ application, position }))
          .filter(({ position }) => assignedTo(index)(position))
          .map(({ application, position }) => ({
            applicationId: application.id,
            status: 'complete' as const,
            scores: Object.fromEntries(
              bundle.manifest.criteria.map((criterion, c) => [criterion.id, (position * 7 + index * 3 + c) % 11]),
            ),
            updatedAt: '2026-11-25T00:00:00Z',
          })),
      },
      key,
    );
    scoreBlobs.push(blob);
    await writeBlobFile(join(directory, 'scores', `j${index}.juryscores`), blob, { force: true });
  }
  const documents = await Promise.all(scoreBlobs.map(async (blob) => openContainer(blob, 'scores')));
  const inputs = scoreBlobs.map((blob, index) => ({ name: `j${index}.juryscores`, source: blob }));
  const method = { aggregate: 'mean', normalization: 'none' } as const;
  const rawMerge = () =>
    timed(async () => {
      for (const container of documents) {
        await verifyMessage(container.signature, NAMESPACES.scores, container.document);
        JSON.parse(new TextDecoder().decode(container.document));
      }
    });
  // Each measurement alternates with its baseline, so that a slow spell of a shared machine weighs on both.
  const merge = await paired(quickRepeats, rawMerge, () => timed(() => mergeScoreFiles(inputs, { bundle })));
  row(
    `merge ${size.jurors} score files`,
    'signature verification + JSON.parse of the same bytes',
    merge.baseline,
    merge.measured,
    national ? 'under 1 s' : '≤ 1.5×',
    (ratio, ms) => (national ? ms < 1000 : ratio !== null && ratio <= 1.5),
  );
  const ranked = await paired(quickRepeats, rawMerge, () =>
    timed(async () => {
      const report = await mergeScoreFiles(inputs, { bundle });
      computeResults(
        bundle.manifest,
        report.accepted.map((file) => file.scoreFile),
        { method },
      );
    }),
  );
  row(
    'merge, then the ranking table (results of every application)',
    'the same',
    ranked.baseline,
    ranked.measured,
    national ? 'under 1 s' : 'under 300 ms here',
    (_ratio, ms) => ms < (national ? 1000 : 300),
  );
  const calibrated = await paired(quickRepeats, rawMerge, () =>
    timed(async () => {
      const report = await mergeScoreFiles(inputs, { bundle });
      computeResults(
        bundle.manifest,
        report.accepted.map((file) => file.scoreFile),
        { method: { aggregate: 'mean', normalization: 'z-score' } },
      );
    }),
  );
  row(
    national
      ? 'merge, then the ranking with calibration (z-score per juror, across overlapping assignments)'
      : 'merge, then the ranking with calibration (z-score per juror)',
    'the same',
    calibrated.baseline,
    calibrated.measured,
    national ? 'under 1 s' : 'none set: watched',
    (_ratio, ms) => (national ? ms < 1000 : null),
  );
  const biasModel = await paired(quickRepeats, rawMerge, () =>
    timed(async () => {
      const report = await mergeScoreFiles(inputs, { bundle });
      computeResults(
        bundle.manifest,
        report.accepted.map((file) => file.scoreFile),
        { method: { aggregate: 'mean', normalization: 'bias-model' } },
      );
    }),
  );
  row(
    national
      ? 'merge, then the ranking with the bias model (across overlapping assignments)'
      : 'merge, then the ranking with the bias model',
    'the same',
    biasModel.baseline,
    biasModel.measured,
    national ? 'under 1 s' : 'none set: watched',
    (_ratio, ms) => (national ? ms < 1000 : null),
  );
  const accepted = (await mergeScoreFiles(inputs, { bundle })).accepted.map((file) => file.scoreFile);
  const sensitivityMs = await repeat(quickRepeats, () =>
    timed(async () => sensitivity(bundle.manifest, accepted, method)),
  );
  row(
    `sensitivity: ${size.jurors + 5} rankings (each method, each juror left out)`,
    '—',
    null,
    sensitivityMs,
    'none set: watched',
    () => null,
  );

  // The browser rows, in headless Chromium.
  log('Building the benchmark page…');
  await build({ configFile: join(ROOT, 'vite.bench.config.ts') });
  // The interface as it ships today: its first screen is measured below.
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  const { server, origin } = await serve({
    '/bench/': join(ROOT, '.bench', 'page'),
    '/app/': join(ROOT, 'out', 'web'),
  });
  // A profile on disk, as the app has: a fresh context would keep IndexedDB in memory, with a small quota.
  const profile = join(ROOT, '.bench', 'profile');
  await rm(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, locale: 'en-US' });
  const browserVersion = execFileSync(CHROMIUM_LAUNCH.executablePath ?? 'chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .split(' ')
    .slice(0, 2)
    .join(' ');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // An error the page does not catch would otherwise only show as a row that never ends.
    page.on('pageerror', (error) => console.error('Error in the benchmark page:', error));
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'bench' in window);
    if (national) {
      // The same call without its attachments: what opening costs for the manifest alone (10,000 applications).
      const description = JSON.parse(await readFile(join(directory, 'call.json'), 'utf8'));
      description.columns.attachments = [];
      await writeFile(join(directory, 'call-manifest-only.json'), JSON.stringify(description));
      const manifestOnlyPath = join(directory, 'manifest-only.jurybundle');
      await bundleCommand(
        {
          callPath: join(directory, 'call-manifest-only.json'),
          applicationsPath: join(directory, 'applications.csv'),
          keyPath: join(directory, 'staff'),
          outPath: manifestOnlyPath,
          force: true,
          issuedAt: '2026-11-26T00:00:00Z',
        },
        () => undefined,
      );
      await page.setInputFiles('#bundle', manifestOnlyPath);
      const manifestOnly = await paired(
        openRepeats,
        () => page.evaluate(() => window.bench.rawOpen()),
        () => page.evaluate(() => window.bench.openBundle()),
      );
      row(
        `open a bundle of ${size.applications} applications, manifest only (verify + store)`,
        'JSON.parse of the manifest + one raw IndexedDB transaction',
        manifestOnly.baseline,
        manifestOnly.measured,
        '≤ 1.3×',
        (ratio) => ratio !== null && ratio <= 1.3,
      );
    }
    await page.setInputFiles('#bundle', bundlePath);
    const open = await paired(
      openRepeats,
      () => page.evaluate(() => window.bench.rawOpen()),
      () => page.evaluate(() => window.bench.openBundle()),
    );
    row(
      national
        ? `open the bundle with its ${Math.round(size.attachmentBytes / 1048576)} MB of attachments (verify + store)`
        : 'open a bundle (verify + store)',
      'JSON.parse of the manifest + SHA-256 of the attachments + one raw IndexedDB transaction (strict durability, as the app)',
      open.baseline,
      open.measured,
      '≤ 1.3×',
      (ratio) => ratio !== null && ratio <= 1.3,
    );
    const memoryPeaks: number[] = [];
    for (let index = 0; index < (values.smoke ? 1 : 3); index++) {
      const { idle, peak } = await peakMemoryDuring(() => page.evaluate(() => window.bench.openBundle()));
      memoryPeaks.push(peak - idle);
    }
    row(
      `memory while opening the ${Math.round(size.attachmentBytes / 1048576)} MB bundle: peak above idle (Chromium's processes, proportional set size)`,
      '—',
      null,
      median(memoryPeaks) / 1048576,
      'under 300 MB',
      (_ratio, megabytes) => megabytes < 300,
      'MB',
    );

    const typing = await page.evaluate((count) => window.bench.typeScores(count), values.smoke ? 30 : 300);
    row(
      'one score typed → committed (p95)',
      'a raw IndexedDB put of one record (p95)',
      typing.rawP95,
      typing.p95,
      'p95 ≤ 16 ms',
      (_ratio, ms) => ms <= 16,
    );

    if (national) {
      // A juror's list: every application of the call, the juror's own first, as the list sorts them.
      const own = (size.applications / size.jurors) * (size.jurorsPerApplication ?? size.jurors);
      const jurorList = await paired(
        quickRepeats,
        () => page.evaluate(([count, assigned]) => window.bench.mountList(count, assigned), [own, own] as const),
        () =>
          page.evaluate(([count, assigned]) => window.bench.mountList(count, assigned), [
            size.applications,
            own,
          ] as const),
      );
      row(
        `a juror's list: ${size.applications} applications, their ${own} assigned first, mounted`,
        `a list of their ${own} alone`,
        jurorList.baseline,
        jurorList.measured,
        'interactive under 100 ms',
        (_ratio, ms) => ms < 100,
      );
    } else {
      const small = values.smoke ? 200 : 2000;
      const list = await paired(
        quickRepeats,
        () => page.evaluate((count) => window.bench.mountList(count, count), small),
        () => page.evaluate((count) => window.bench.mountList(count, count), small * 10),
      );
      row(
        `application list mounted, ${small * 10} applications`,
        `the same list at ${small}`,
        list.baseline,
        list.measured,
        '≤ 1.2×',
        (ratio) => ratio !== null && ratio <= 1.2,
      );
    }

    const radar = await paired(
      quickRepeats,
      () => page.evaluate(() => window.bench.mountRadar(1)),
      () => page.evaluate(() => window.bench.mountRadar(30)),
    );
    row(
      'radar of 30 jurors, to next frame',
      'a radar of 1 juror',
      radar.baseline,
      radar.measured,
      '≤ 2×',
      (ratio) => ratio !== null && ratio <= 2,
    );

    // The rank intervals as the chair's desk draws them after the ranking is on screen: the app's worker.
    const intervalsRequest = {
      call: {
        applications: bundle.manifest.applications.map(({ id, name }) => ({ id, name })),
        outcomes: bundle.manifest.outcomes,
      },
      totals: jurorTotals(bundle.manifest, accepted).map(({ jurorId, applicationId, total }) => ({
        jurorId,
        applicationId,
        total,
        scores: {},
      })),
      method: { aggregate: 'mean', normalization: 'bias-model' },
      settings: { resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED },
    } as Parameters<BenchApi['drawIntervals']>[0];
    const draws: { ms: number; progressReplies: number; workers: number }[] = [];
    for (let index = 0; index < (values.smoke ? 1 : 3); index++)
      draws.push(await page.evaluate((request) => window.bench.drawIntervals(request), intervalsRequest));
    row(
      `rank intervals: bias model, ${DEFAULT_RESAMPLES.toLocaleString('en-GB')} resamples, in the app's ${draws[0]!.workers} workers (${Math.min(...draws.map((draw) => draw.progressReplies))} progress steps)`,
      '—',
      null,
      median(draws.map((draw) => draw.ms)),
      national ? 'under 10 s' : 'under 2 s',
      (_ratio, ms) => ms < (national ? 10_000 : 2000),
    );

    const starts: number[] = [];
    for (let index = 0; index < repeats; index++) {
      const app = await context.newPage();
      await app.goto(`${origin}/app/index.html#/call/bench-call`);
      await app.waitForSelector('.list-row');
      starts.push(await app.evaluate(() => performance.now()));
      await app.close();
    }
    row(
      'cold start to a usable list, stress call stored',
      '—',
      null,
      median(starts),
      '≤ 1.5 s here',
      (_ratio, ms) => ms <= 1500,
    );

    // What a juror's laptop parses before the first screen can be used: the list of their calls.
    const firstScreen = await context.newPage();
    await firstScreen.goto(`${origin}/app/index.html`);
    await firstScreen
      .getByRole('button', { name: /Appel national/ })
      .first()
      .waitFor();
    const firstScreenBytes = await firstScreen.evaluate(
      `performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
        .filter((entry) => /\\.m?js$/.test(new URL(entry.name).pathname))
        .reduce((sum, entry) => sum + entry.decodedBodySize, 0)`,
    );
    await firstScreen.close();
    row(
      'JavaScript loaded before the first screen is usable (the list of calls)',
      '—',
      null,
      (firstScreenBytes as number) / 1e6,
      'under 1 MB',
      (_ratio, megabytes) => megabytes < 1,
      'MB',
    );

    // The chair's desk, as the chair meets it: every score file imported at once, to the ranking on screen.
    const scorePaths = jurors.map((_key, index) => join(directory, 'scores', `j${index}.juryscores`));
    const chairTimes: number[] = [];
    for (let index = 0; index < repeats; index++) {
      const chair = await context.newPage();
      await chair.goto(`${origin}/app/index.html#/call/bench-call/chair`);
      // The files of the previous round are cleared first (a script: this file is compiled without the DOM's types).
      await chair.evaluate(`new Promise((resolve, reject) => {
        const request = indexedDB.open('jurydesk');
        request.onsuccess = () => {
          const transaction = request.result.transaction('receivedScores', 'readwrite');
          transaction.objectStore('receivedScores').clear();
          transaction.oncomplete = () => (request.result.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      })`);
      await chair.reload();
      const input = chair.getByLabel('Import score files…', { exact: true });
      await input.waitFor({ state: 'attached' });
      const start = performance.now();
      await input.setInputFiles(scorePaths);
      await chair.getByText(`${size.jurors} files received`).waitFor({ timeout: 300_000 });
      await chair.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      chairTimes.push(performance.now() - start);
      await chair.close();
    }
    row(
      `chair's desk: ${size.jurors} score files imported, to the ranking on screen`,
      '—',
      null,
      median(chairTimes),
      national ? 'under 3 s' : 'under 0.7 s',
      (_ratio, ms) => ms < (national ? 3000 : 700),
    );
  } finally {
    await context.close();
    server.close();
  }

  const chromiumVersion = browserVersion;
  const table = [
    '| path | raw baseline in the same run | baseline (median) | measured (median) | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (entry) =>
        `| ${entry.path} | ${entry.baseline} | ${entry.baselineMs === null ? '—' : `${entry.baselineMs.toFixed(1)} ${entry.unit}`} | ${entry.measuredMs.toFixed(1)} ${entry.unit} | ${entry.ratio === null ? '—' : `${entry.ratio.toFixed(2)}×`} | ${entry.target} | ${entry.met === null ? '—' : entry.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
  const analysis =
    sizeName === 'standard'
      ? `\n${await readFile(join(import.meta.dirname, 'analysis.md'), 'utf8')}`
      : sizeName === 'large' || national
        ? '\nThe analysis of these figures is in [PERFORMANCE.md](PERFORMANCE.md).\n'
        : '';
  const report = `# Performance\n\nProduced by \`npm run bench\` (${sizeName} stress call: ${size.applications} applications, ${size.criteria} criteria, ${size.jurors} jurors with complete score files${size.jurorsPerApplication ? `, each application assigned to ${size.jurorsPerApplication} of them` : ''}, ${Math.round(size.attachmentBytes / 1048576)} MB of attachments), medians of ${repeats} runs (${openRepeats} for opening a bundle, 3 for its memory, ${quickRepeats} for the merge, the sensitivity, the list and the radar; a baseline is measured in turns with its row), on ${machine}, ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n${analysis}`;
  const target = {
    smoke: join(ROOT, '.bench', 'PERFORMANCE-smoke.md'),
    standard: join(ROOT, 'docs', 'PERFORMANCE.md'),
    large: join(ROOT, 'docs', 'PERFORMANCE-large.md'),
    national: join(ROOT, 'docs', 'PERFORMANCE-national.md'),
  }[sizeName];
  await writeFile(target, report);
  log(`\nWrote ${target}\n\n${table}`);
}

await main();
