import { methodName, rankedValue, type ComputedResult, type Method } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/** The figure the ranking sorts by, named by the method that gives it: never a "score" without saying which. */
export function useRankedFigure(method: Method) {
  const { t, formatNumber } = useI18n();
  const label = t(`chair.rankedBy.${methodName(method)}`);
  return {
    label,
    of: (result: ComputedResult) => {
      const value = rankedValue(result, method);
      return value === null ? '—' : formatNumber(Math.round(value * 100) / 100);
    },
  };
}
