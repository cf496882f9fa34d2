import { useEffect, useState } from 'react';
import type { BundleManifest } from '@core/documents';
import {
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type JurorTotal,
  type Method,
  rankUncertainty,
  type RankingUncertainty,
  type RankUncertainty,
  summarizeRanks,
  type UncertaintyRequest,
  type UncertaintySettings,
} from '@core/jury';

/** What a worker says: how many of its resamples are drawn, then their ranks. */
export type WorkerReply = { kind: 'progress'; done: number } | { kind: 'done'; ranks: Int32Array };

export type UncertaintyState =
  | { status: 'drawing'; done: number; of: number }
  | { status: 'ready'; uncertainty: RankingUncertainty }
  | { status: 'failed' }
  | { status: 'none' };

const SETTINGS: UncertaintySettings = { resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED };

/** As many workers as the machine has cores, up to four: the resamples are shared among them. */
export function workerCount(): number {
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}

/**
 * Draws the resamples in workers, each its share, and summarizes their ranks once all are in; reports the resamples
 * drawn so far. Returns what stops them sooner.
 */
export function drawInWorkers(
  request: UncertaintyRequest,
  onProgress: (done: number, of: number) => void,
  onReady: (byApplication: Map<string, RankUncertainty>) => void,
  onFailure: () => void,
): () => void {
  const { resamples } = request.settings;
  const shares = Math.min(workerCount(), resamples);
  const ranges = Array.from({ length: shares }, (_, share) => {
    const first = Math.floor((share * resamples) / shares);
    return { first, count: Math.floor(((share + 1) * resamples) / shares) - first };
  });
  const drawn = ranges.map(() => 0);
  const ranks: (Int32Array | undefined)[] = ranges.map(() => undefined);
  const workers = ranges.map((range, share) => {
    const worker = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'progress') {
        drawn[share] = data.done;
        onProgress(
          drawn.reduce((sum, count) => sum + count, 0),
          resamples,
        );
        return;
      }
      ranks[share] = data.ranks;
      worker.terminate();
      if (ranks.every((part) => part !== undefined)) {
        const all = new Int32Array(ranks.reduce((sum, part) => sum + part!.length, 0));
        let offset = 0;
        for (const part of ranks) {
          all.set(part!, offset);
          offset += part!.length;
        }
        onReady(summarizeRanks(request, all));
      }
    };
    worker.onerror = () => {
      stop();
      onFailure();
    };
    worker.postMessage({ request, range });
    return worker;
  });
  const stop = () => workers.forEach((worker) => worker.terminate());
  return stop;
}

/**
 * The ranking's 90 % rank intervals and probabilities of selection (docs/METHODS.md), drawn in Web Workers after
 * the ranking is on screen, with their progress; drawn again whenever the totals or the method change.
 */
export function useRankUncertainty(
  manifest: BundleManifest | undefined,
  totals: readonly JurorTotal[],
  method: Method,
): UncertaintyState {
  // Each state belongs to the totals and method it was drawn from: new ones start again from nothing drawn.
  const [drawn, setDrawn] = useState<{ from: readonly JurorTotal[]; method: Method; state: UncertaintyState } | null>(
    null,
  );
  const wanted = manifest !== undefined && totals.length > 0;
  useEffect(() => {
    if (!manifest || totals.length === 0) return;
    const update = (state: UncertaintyState) => setDrawn({ from: totals, method, state });
    const request: UncertaintyRequest = {
      call: { applications: manifest.applications, outcomes: manifest.outcomes },
      // The worker needs the totals, not the scores behind them.
      totals: totals.map(({ jurorId, applicationId, total }) => ({ jurorId, applicationId, total, scores: {} })),
      method,
      settings: SETTINGS,
    };
    const ready = (byApplication: Iterable<[string, RankUncertainty]>) =>
      update({ status: 'ready', uncertainty: { settings: SETTINGS, byApplication: new Map(byApplication) } });
    if (typeof Worker === 'undefined') {
      // Where there are no workers (the component tests' document), the same draws, after this render.
      const timer = setTimeout(() => ready(rankUncertainty(request.call, request.totals, method, SETTINGS)));
      return () => clearTimeout(timer);
    }
    return drawInWorkers(
      request,
      (done, of) => update({ status: 'drawing', done, of }),
      ready,
      () => update({ status: 'failed' }),
    );
  }, [manifest, totals, method]);
  if (!wanted) return { status: 'none' };
  if (drawn?.from !== totals || drawn.method !== method) return { status: 'drawing', done: 0, of: SETTINGS.resamples };
  return drawn.state;
}
