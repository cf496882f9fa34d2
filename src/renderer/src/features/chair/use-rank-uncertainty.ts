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
  type UncertaintySettings,
} from '@core/jury';

export interface UncertaintyRequest {
  call: Pick<BundleManifest, 'applications' | 'outcomes'>;
  totals: JurorTotal[];
  method: Method;
  settings: UncertaintySettings;
}

export type UncertaintyReply =
  { kind: 'progress'; done: number; of: number } | { kind: 'done'; byApplication: [string, RankUncertainty][] };

export type UncertaintyState =
  | { status: 'drawing'; done: number; of: number }
  | { status: 'ready'; uncertainty: RankingUncertainty }
  | { status: 'failed' }
  | { status: 'none' };

const SETTINGS: UncertaintySettings = { resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED };

/**
 * The ranking's 90 % rank intervals and probabilities of selection (docs/METHODS.md), drawn in a Web Worker after
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
    const worker = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<UncertaintyReply>) => {
      if (data.kind === 'progress') update({ status: 'drawing', done: data.done, of: data.of });
      else {
        ready(data.byApplication);
        worker.terminate();
      }
    };
    worker.onerror = () => update({ status: 'failed' });
    worker.postMessage(request);
    return () => worker.terminate();
  }, [manifest, totals, method]);
  if (!wanted) return { status: 'none' };
  if (drawn?.from !== totals || drawn.method !== method) return { status: 'drawing', done: 0, of: SETTINGS.resamples };
  return drawn.state;
}
