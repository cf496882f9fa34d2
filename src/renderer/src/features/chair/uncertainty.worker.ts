import { rankUncertainty } from '@core/jury';
import type { UncertaintyReply, UncertaintyRequest } from './use-rank-uncertainty';

/** Draws the ranking's resamples away from the page, so that a national call's thousand resamples never freeze it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UncertaintyRequest>) => void) | null;
  postMessage: (reply: UncertaintyReply) => void;
};

scope.onmessage = ({ data }) => {
  const byApplication = rankUncertainty(data.call, data.totals, data.method, data.settings, (done, of) =>
    scope.postMessage({ kind: 'progress', done, of }),
  );
  scope.postMessage({ kind: 'done', byApplication: [...byApplication] });
};
