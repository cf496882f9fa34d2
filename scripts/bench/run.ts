/**
 * `npm run bench [-- --smoke | --large]`: measures the paths that matter at the size of a national call, each
 * against a raw baseline measured in the same run, and writes docs/PERFORMANCE.md (--smoke writes .bench/ only).
 */
import { execFileSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { bundleCommand } from '../../src/cli/bundle-command';
import { writeBlobFile } from '../../src/cli/files';
import { computeResults } from '../../src/core/aggregate';
import { verifyBundle } from '../../src/core/bundle';
import { openContainer } from '../../src/core/container';
import { sha256HexOfBlob } from '../../src/core/hash';
import { mergeScoreFiles } from '../../src/core/merge';
import { createScoreFile } from '../../src/core/scorefile';
import { NAMESPACES, verifyMessage } from '../../src/core/sshsig';
import { writeZip } from '../../src/core/zip';
import type { BenchApi } from './api';
import { generateStressCall, SIZES, type StressSize } from './stress';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The page's global, as the callbacks passed to page.evaluate see it (they run in the browser). */
declare const window: { bench: BenchApi };

interface Row {
  path: string;
  baseline: string;
  baselineMs: number | null;
  measuredMs: number;
  ratio: number | null;
  target: string;
  met: boolean;
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

async function repeat(times: number, run: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let index = 0; index < times; index++) values.push(await run());
  return median(values);
}

function serve(routes: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.mjs': 'text/javascript' };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const prefix = Object.keys(routes).find((candidate) => url.pathname.startsWith(candidate));
    if (!prefix) return void response.writeHead(404).end();
    const base = routes[prefix]!;
    const path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html'));
    if (!path.startsWith(base)) return void response.writeHead(404).end();
    readFile(path)
      .then((body) => response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body))
      .catch(() => response.writeHead(404).end());
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolveServer({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

async function main() {
  const { values } = parseArgs({ options: { smoke: { type: 'boolean' }, large: { type: 'boolean' } } });
  const sizeName = values.smoke ? 'smoke' : values.large ? 'large' : 'standard';
  const size: StressSize = SIZES[sizeName];
  const repeats = values.smoke ? 1 : 5;
  // Rows measured in milliseconds swing most on a shared machine: more runs steady their median.
  const quickRepeats = values.smoke ? 1 : 15;
  const directory = join(ROOT, '.bench', sizeName);
  const log = (line: string) => console.log(line);
  log(`Generating the ${sizeName} stress call: ${size.applications} applications, ${size.criteria} criteria, ${size.jurors} jurors, ${Math.round(size.attachmentBytes / 1048576)} MB of attachments…`);
  const { jurors } = await generateStressCall(directory, size);
  const rows: Row[] = [];
  const row = (path: string, baseline: string, baselineMs: number | null, measuredMs: number, target: string, met: (ratio: number | null, ms: number) => boolean) => {
    const ratio = baselineMs ? measuredMs / baselineMs : null;
    rows.push({ path, baseline, baselineMs, measuredMs, ratio, target, met: met(ratio, measuredMs) });
    log(`${path}: ${measuredMs.toFixed(1)} ms${ratio ? ` (${ratio.toFixed(2)}× ${baselineMs!.toFixed(1)} ms)` : ''}`);
  };

  // CLI bundle vs zip + SHA-256 of the same files.
  const bundlePath = join(directory, 'bench.jurybundle');
  const files = (await readdir(join(directory, 'files'))).sort();
  const cliMs = await repeat(repeats, () =>
    timed(() => bundleCommand({ callPath: join(directory, 'call.json'), applicationsPath: join(directory, 'applications.csv'), filesDirectory: join(directory, 'files'), keyPath: join(directory, 'staff'), outPath: bundlePath, issuedAt: '2026-11-26T00:00:00Z' }, () => undefined)),
  );
  const zipMs = await repeat(repeats, () =>
    timed(async () => {
      const inputs = [];
      for (const name of files) {
        const blob = await openAsBlob(join(directory, 'files', name));
        await sha256HexOfBlob(blob);
        inputs.push({ name: `files/${name}`, data: blob });
      }
      await writeBlobFile(join(directory, 'raw.zip'), await writeZip(inputs));
    }),
  );
  row('CLI `bundle` of the stress call', 'zip + SHA-256 of the same files', zipMs, cliMs, '≤ 1.5×', (ratio) => ratio !== null && ratio <= 1.5);

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
        evaluations: bundle.manifest.applications.map((application, position) => ({
          applicationId: application.id,
          status: 'complete' as const,
          scores: Object.fromEntries(bundle.manifest.criteria.map((criterion, c) => [criterion.id, (position * 7 + index * 3 + c) % 11])),
          updatedAt: '2026-11-25T00:00:00Z',
        })),
      },
      key,
    );
    scoreBlobs.push(blob);
  }
  const documents = await Promise.all(scoreBlobs.map(async (blob) => openContainer(blob, 'scores')));
  const mergeMs = await repeat(repeats, () =>
    timed(async () => {
      const report = await mergeScoreFiles(scoreBlobs.map((blob, index) => ({ name: `j${index}.juryscores`, source: blob })), { bundle });
      computeResults(bundle.manifest, report.accepted.map((file) => file.scoreFile), { method: { aggregate: 'mean', normalization: 'none' } });
    }),
  );
  const rawMergeMs = await repeat(repeats, () =>
    timed(async () => {
      for (const container of documents) {
        await verifyMessage(container.signature, NAMESPACES.scores, container.document);
        JSON.parse(new TextDecoder().decode(container.document));
      }
    }),
  );
  row(`merge ${size.jurors} score files`, 'signature verification + JSON.parse of the same bytes', rawMergeMs, mergeMs, '≤ 2×, and under 300 ms', (ratio, ms) => ratio !== null && ratio <= 2 && ms < 300);

  // The browser rows, in headless Chromium.
  log('Building the benchmark page…');
  await build({ configFile: join(ROOT, 'vite.bench.config.ts') });
  if (!(await readdir(join(ROOT, 'out', 'web')).catch(() => null))) execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  const { server, origin } = await serve({ '/bench/': join(ROOT, '.bench', 'page'), '/app/': join(ROOT, 'out', 'web'), '/data/': directory });
  const executablePath = process.env.JURYDESK_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const browserVersion = browser.version();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'bench' in window);
    const openMs = await repeat(repeats, () => page.evaluate((url) => window.bench.openBundle(url), '/data/bench.jurybundle'));
    const rawOpenMs = await repeat(repeats, () => page.evaluate((url) => window.bench.rawOpen(url), '/data/bench.jurybundle'));
    row('open a bundle (verify + store)', 'JSON.parse of the manifest + SHA-256 of the attachments + one raw IndexedDB transaction', rawOpenMs, openMs, '≤ 1.3×', (ratio) => ratio !== null && ratio <= 1.3);

    const typing = await page.evaluate((count) => window.bench.typeScores(count), values.smoke ? 30 : 300);
    row('one score typed → committed (p95)', 'a raw IndexedDB put of one record (p95)', typing.rawP95, typing.p95, 'p95 ≤ 16 ms', (_ratio, ms) => ms <= 16);

    const small = values.smoke ? 200 : 2000;
    const listSmall = await repeat(quickRepeats, () => page.evaluate((count) => window.bench.mountList(count), small));
    const listLarge = await repeat(quickRepeats, () => page.evaluate((count) => window.bench.mountList(count), small * 10));
    row(`application list mounted, ${small * 10} applications`, `the same list at ${small}`, listSmall, listLarge, '≤ 1.2×', (ratio) => ratio !== null && ratio <= 1.2);

    const radarOne = await repeat(quickRepeats, () => page.evaluate(() => window.bench.mountRadar(1)));
    const radarMany = await repeat(quickRepeats, () => page.evaluate(() => window.bench.mountRadar(30)));
    row('radar of 30 jurors, to next frame', 'a radar of 1 juror', radarOne, radarMany, '≤ 2×', (ratio) => ratio !== null && ratio <= 2);

    const starts: number[] = [];
    for (let index = 0; index < repeats; index++) {
      const app = await context.newPage();
      await app.goto(`${origin}/app/index.html#/call/bench-call`);
      await app.waitForSelector('.list-row');
      starts.push(await app.evaluate(() => performance.now()));
      await app.close();
    }
    row('cold start to a usable list, stress call stored', '—', null, median(starts), '≤ 1.5 s here', (_ratio, ms) => ms <= 1500);
  } finally {
    await browser.close();
    server.close();
  }

  const chromiumVersion = `Chromium ${browserVersion}`;
  const table = [
    '| path | raw baseline in the same run | baseline (median) | measured (median) | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((entry) => `| ${entry.path} | ${entry.baseline} | ${entry.baselineMs === null ? '—' : `${entry.baselineMs.toFixed(1)} ms`} | ${entry.measuredMs.toFixed(1)} ms | ${entry.ratio === null ? '—' : `${entry.ratio.toFixed(2)}×`} | ${entry.target} | ${entry.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
  const analysis = values.smoke ? '' : `\n${await readFile(join(import.meta.dirname, 'analysis.md'), 'utf8')}`;
  const report = `# Performance\n\nProduced by \`npm run bench\` (${sizeName} stress call: ${size.applications} applications, ${size.criteria} criteria, ${size.jurors} jurors with complete score files, ${Math.round(size.attachmentBytes / 1048576)} MB of attachments), medians of ${repeats} runs (${quickRepeats} for the list and the radar), on ${machine}, ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n${analysis}`;
  const target = values.smoke ? join(ROOT, '.bench', 'PERFORMANCE-smoke.md') : join(ROOT, 'docs', 'PERFORMANCE.md');
  await writeFile(target, report);
  log(`\nWrote ${target}\n\n${table}`);
}

await main();
