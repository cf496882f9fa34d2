/**
 * `npm run fuzz [-- --count N] [--seed S] [--kinds bundle,scores,deliberation,declaration] [--write]`: mutates valid files of
 * each kind at the byte, zip and document level (document mutants signed again with the demo keys) and judges every
 * mutant (tests/fuzz/oracle.ts): refused with a documented sentence, or accepted as exactly what was signed. A crash,
 * a mutant that takes more than 5 s, or a wrong acceptance fails the run; each is written to .fuzz/failures with its
 * seed and the smallest set of its changes that still fails. `--write` puts the figures in docs/SECURITY.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FileKind } from '@core/container/kinds';
import type { Job, WorkerMessage } from './worker';

const ROOT = join(import.meta.dirname, '..', '..');
const HANG_MS = 5_000;
/** Mutants a thread judges before the next starts: each thread loads the TypeScript and the seeds once, in about a second. */
const JOB_SIZE = 2_000;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20261201' },
    kinds: { type: 'string', default: 'bundle,scores,deliberation,declaration' },
    write: { type: 'boolean', default: false },
  },
});
const perKind = Number(values.count);
const seed = Number(values.seed);
const kinds = values.kinds.split(',') as FileKind[];
const failuresDirectory = join(ROOT, '.fuzz', 'failures');

interface Failure {
  kind: FileKind;
  index: number;
  reason: string;
  detail: string;
}

const jobs: Job[] = kinds.flatMap((kind) =>
  Array.from({ length: Math.ceil(perKind / JOB_SIZE) }, (_, i) => ({
    kind,
    first: i * JOB_SIZE,
    count: Math.min(JOB_SIZE, perKind - i * JOB_SIZE),
    seed,
    failures: failuresDirectory,
  })),
);
const counts = new Map<FileKind, Record<string, number>>(kinds.map((kind) => [kind, {}]));
const elapsed = new Map<FileKind, number>(kinds.map((kind) => [kind, 0]));
const failures: Failure[] = [];
const started = performance.now();

function add(kind: FileKind, more: Record<string, number>) {
  const total = counts.get(kind)!;
  for (const [key, value] of Object.entries(more)) total[key] = (total[key] ?? 0) + value;
}

/** One thread judging jobs from the queue; a mutant that hangs costs the thread, which starts again after it. */
function lane(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => {
      const job = jobs.shift();
      if (!job) return resolve();
      runJob(job).then(next, next);
    };
    next();
  });
}

function runJob(job: Job): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    const jobStart = performance.now();
    let current = job.first - 1;
    let timer: NodeJS.Timeout | undefined;
    const settle = () => {
      clearTimeout(timer);
      elapsed.set(job.kind, elapsed.get(job.kind)! + (performance.now() - jobStart));
      void worker.terminate();
      resolve();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'begin') {
        current = message.index;
        clearTimeout(timer);
        timer = setTimeout(() => {
          failures.push({
            kind: job.kind,
            index: current,
            reason: `hang: over ${HANG_MS / 1000} s`,
            detail: `replay with --seed ${seed}, mutant ${current}`,
          });
          add(job.kind, { wrong: 1 });
          settle();
          // The mutants after the one that hung still get judged.
          if (current + 1 < job.first + job.count)
            jobs.unshift({ ...job, first: current + 1, count: job.first + job.count - current - 1 });
        }, HANG_MS);
      } else if (message.type === 'rereading') {
        clearTimeout(timer);
      } else if (message.type === 'failure') {
        failures.push({
          kind: message.kind,
          index: message.index,
          reason: message.reason,
          detail: `${message.layer}: ${message.steps.join(' + ')} → ${message.reproducer}`,
        });
      } else {
        add(message.kind, message.counts);
        settle();
      }
    });
    worker.on('error', (error) => {
      failures.push({
        kind: job.kind,
        index: current,
        reason: `crash of the worker: ${error.stack ?? error.message}`,
        detail: `replay with --seed ${seed}, mutant ${current}`,
      });
      add(job.kind, { wrong: 1 });
      settle();
    });
    worker.postMessage(job);
  });
}

await Promise.all(Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, lane));
const seconds = (performance.now() - started) / 1000;

const rows = kinds.map((kind) => {
  const total = counts.get(kind)!;
  const mutants = (total.refused ?? 0) + (total.accepted ?? 0) + (total.wrong ?? 0);
  const codes = Object.entries(total)
    .filter(([key]) => key.startsWith('refused:'))
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key.slice('refused:'.length)} ${value}`);
  return {
    kind,
    mutants,
    refused: total.refused ?? 0,
    accepted: total.accepted ?? 0,
    wrong: total.wrong ?? 0,
    readAgain: total['differential'] ?? 0,
    readTwoWays: total['read-two-ways'] ?? 0,
    layers: `${total['layer:byte'] ?? 0} / ${total['layer:zip'] ?? 0} / ${total['layer:document'] ?? 0}`,
    seconds: elapsed.get(kind)! / 1000,
    codes,
  };
});

const table = [
  `Seed ${seed}, ${perKind.toLocaleString('en')} mutants per kind, ${seconds.toFixed(0)} s on ${Math.min(2, availableParallelism())} threads (Node ${process.versions.node}).`,
  '',
  '| kind | mutants | byte / zip / document | refused | accepted (as signed) | wrong | accepted files read again by unzip, zipfile, fflate | read two ways | thread time |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.kind} | ${row.mutants} | ${row.layers} | ${row.refused} | ${row.accepted} | ${row.wrong} | ${row.readAgain} | ${row.readTwoWays} | ${row.seconds.toFixed(0)} s |`,
  ),
  '',
  ...rows.map((row) => `- ${row.kind}, refusals by code: ${row.codes.join(', ') || 'none'}.`),
].join('\n');
console.log(table);
for (const failure of failures)
  console.error(`FAIL ${failure.kind} #${failure.index}: ${failure.reason}\n  ${failure.detail}`);

if (values.write && failures.length === 0) {
  const path = join(ROOT, 'docs', 'SECURITY.md');
  const document = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    document.replace(/<!-- fuzz:start -->[\s\S]*<!-- fuzz:end -->/, `<!-- fuzz:start -->\n${table}\n<!-- fuzz:end -->`),
  );
}
process.exitCode = failures.length > 0 ? 1 : 0;
