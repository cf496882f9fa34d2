import { sensitivityOfTotals } from '@core/jury';
import type { SensitivityRequest } from './use-sensitivity';

/** The sensitivity analysis away from the page: with the bias model, a national call refits it once per juror. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null;
  postMessage: (reply: ReturnType<typeof sensitivityOfTotals>) => void;
};

scope.onmessage = ({ data }) =>
  scope.postMessage(sensitivityOfTotals(data.call, data.jurorIds, data.totals, data.method));
