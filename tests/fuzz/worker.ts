/**
 * Judges mutants in a thread of its own, so that the runner can stop it when one hangs. It tells the runner which
 * mutant it starts before judging it, and sends the counts when its job is done.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { FileKind } from '@core/container/kinds';
import { testKey } from '../support/keys';
import { otherReadings } from './differential';
import { applyAll, mutations, type Layer, type Mutation } from './mutate';
import { acceptedSeed, judge, type Verdict } from './oracle';
import { loadSeeds } from './seeds';

export interface Job {
  kind: FileKind;
  first: number;
  count: number;
  seed: number;
  failures: string;
}

export type WorkerMessage =
  | { type: 'begin'; kind: FileKind; index: number }
  /** Every mutant is judged; the accepted ones are being read by other zip tools, which no mutant's clock times. */
  | { type: 'rereading'; kind: FileKind; count: number }
  | {
      type: 'failure';
      kind: FileKind;
      index: number;
      mutantSeed: number;
      layer: string;
      steps: string[];
      reason: string;
      reproducer: string;
    }
  | { type: 'done'; kind: FileKind; counts: Record<string, number> };

/** One seed per mutant, from the run's seed, the kind and the mutant's number: any mutant can be replayed alone. */
export function mutantSeed(seed: number, kind: FileKind, index: number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const value of [kind.charCodeAt(0), kind.length, index]) {
    hash = Math.imul(hash ^ value, 0x85ebca6b) >>> 0;
    hash = (hash ^ (hash >>> 13)) >>> 0;
  }
  return hash;
}

const EXTENSIONS: Record<FileKind, string> = {
  bundle: '.jurybundle',
  scores: '.juryscores',
  deliberation: '.jurydelib',
  declaration: '.jurydeclaration',
};

async function run(job: Job) {
  const seeds = await loadSeeds();
  const wrongSigner = await testKey('fuzz stranger');
  const original = await acceptedSeed(job.kind, seeds);
  const counts: Record<string, number> = {};
  const acceptedMutants: {
    index: number;
    seed: number;
    layer: Layer;
    steps: readonly Mutation[];
    bytes: Uint8Array;
  }[] = [];
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  /** A wrong verdict, written to disk to be replayed (the file and its story) and sent to the runner. */
  const report = (failure: {
    index: number;
    seed: number;
    layer: Layer;
    steps: readonly Mutation[];
    bytes: Uint8Array;
    reason: string;
  }) => {
    const { index, seed, layer, bytes, reason } = failure;
    const steps = failure.steps.map((step) => step.name);
    mkdirSync(job.failures, { recursive: true });
    const reproducer = join(job.failures, `${job.kind}-${seed}${EXTENSIONS[job.kind]}`);
    writeFileSync(reproducer, bytes);
    const story = { kind: job.kind, runSeed: job.seed, index, mutantSeed: seed, layer, steps, reason };
    writeFileSync(`${reproducer}.json`, JSON.stringify(story, null, 2));
    parentPort!.postMessage({
      type: 'failure',
      kind: job.kind,
      index,
      mutantSeed: seed,
      layer,
      steps,
      reason,
      reproducer,
    } satisfies WorkerMessage);
  };
  for (let index = job.first; index < job.first + job.count; index++) {
    parentPort!.postMessage({ type: 'begin', kind: job.kind, index } satisfies WorkerMessage);
    const seed = mutantSeed(job.seed, job.kind, index);
    const { layer, steps } = mutations(seed, job.kind, seeds.files[job.kind], seeds.signers[job.kind], wrongSigner);
    let judged: Uint8Array = new Uint8Array(0);
    const verdictOf = async (chosen: readonly Mutation[]): Promise<Verdict> => {
      let mutant: Uint8Array;
      try {
        mutant = await applyAll(seeds.files[job.kind], chosen);
        judged = mutant;
      } catch (error) {
        // A bug of the fuzzer's own, reported like any failure so that it gets fixed rather than hidden.
        return {
          outcome: 'wrong',
          reason: `the fuzzer could not make this mutant: ${error instanceof Error ? error.stack : String(error)}`,
        };
      }
      return judge(job.kind, layer, mutant, seeds, original);
    };
    const verdict: Verdict = await verdictOf(steps);
    count(`layer:${layer}`);
    if (verdict.outcome === 'refused') count(`refused:${verdict.code}`);
    count(verdict.outcome);
    if (verdict.outcome === 'accepted') acceptedMutants.push({ index, seed, layer, steps, bytes: judged });
    if (verdict.outcome !== 'wrong') continue;

    // The smallest set of this mutant's steps that still goes wrong, written to disk to be replayed.
    let minimal = [...steps];
    for (let i = minimal.length - 1; i >= 0 && minimal.length > 1; i--) {
      const without = minimal.filter((_, j) => j !== i);
      if ((await verdictOf(without)).outcome === 'wrong') minimal = without;
    }
    const bytes = await applyAll(seeds.files[job.kind], minimal).catch(() => new Uint8Array(0));
    report({ index, seed, layer, steps: minimal, bytes, reason: verdict.reason });
  }
  // Every accepted mutant, read again by other zip tools: all at once, one Python process for the job.
  parentPort!.postMessage({ type: 'rereading', kind: job.kind, count: acceptedMutants.length } satisfies WorkerMessage);
  const disagreements = await otherReadings(acceptedMutants.map((mutant) => mutant.bytes));
  counts['differential'] = acceptedMutants.length;
  for (const [position, problems] of disagreements.entries()) {
    if (problems.length === 0) continue;
    const { index, seed, layer, steps, bytes } = acceptedMutants[position]!;
    counts['accepted']! -= 1;
    count('wrong');
    count('read-two-ways');
    report({ index, seed, layer, steps, bytes, reason: `read two ways: ${problems.join('; ')}` });
  }
  parentPort!.postMessage({ type: 'done', kind: job.kind, counts } satisfies WorkerMessage);
}

// A job that fails as a whole (its seeds would not load) rejects unhandled, which ends the thread with an error the runner reports.
parentPort!.on('message', (job: Job) => void run(job));
