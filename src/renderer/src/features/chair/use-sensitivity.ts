import { useEffect, useState } from 'react';
import type { BundleManifest } from '@core/documents';
import { type JurorTotal, type Method, sensitivityOfTotals, type Sensitivity } from '@core/jury';

export interface SensitivityRequest {
  call: Pick<BundleManifest, 'applications' | 'outcomes'>;
  jurorIds: string[];
  totals: JurorTotal[];
  method: Method;
}

/**
 * Where each application stands under the other methods and without each juror (docs/DESIGN.md §3), computed in a
 * Web Worker once the ranking is on screen; null until it is, and for a call without capacities.
 */
export function useSensitivity(
  manifest: BundleManifest | undefined,
  jurorIds: readonly string[],
  totals: readonly JurorTotal[],
  method: Method,
): Sensitivity | null {
  const [computed, setComputed] = useState<{
    from: readonly JurorTotal[];
    method: Method;
    value: Sensitivity | null;
  }>();
  useEffect(() => {
    if (!manifest) return;
    const request: SensitivityRequest = {
      call: { applications: manifest.applications, outcomes: manifest.outcomes },
      jurorIds: [...jurorIds],
      // The analysis needs the totals, not the scores behind them.
      totals: totals.map(({ jurorId, applicationId, total }) => ({ jurorId, applicationId, total, scores: {} })),
      method,
    };
    const done = (value: Sensitivity | null) => setComputed({ from: totals, method, value });
    if (typeof Worker === 'undefined') {
      // Where there are no workers (the component tests' document), the same analysis, after this render.
      const timer = setTimeout(() => done(sensitivityOfTotals(request.call, request.jurorIds, request.totals, method)));
      return () => clearTimeout(timer);
    }
    const worker = new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<Sensitivity | null>) => {
      done(data);
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [manifest, jurorIds, totals, method]);
  return computed?.from === totals && computed.method === method ? computed.value : null;
}
