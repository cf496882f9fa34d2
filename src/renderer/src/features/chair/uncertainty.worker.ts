import { resampledRanks, type ResampleRange, type UncertaintyRequest } from '@core/jury';
import type { WorkerReply } from './use-rank-uncertainty';

/** Draws its share of the ranking's resamples away from the page, so that a national call never freezes it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ request: UncertaintyRequest; range: ResampleRange }>) => void) | null;
  postMessage: (reply: WorkerReply, transfer?: Transferable[]) => void;
};

scope.onmessage = ({ data }) => {
  const ranks = resampledRanks(data.request, data.range, (done) => scope.postMessage({ kind: 'progress', done }));
  scope.postMessage({ kind: 'done', ranks }, [ranks.buffer]);
};
