import { standingOf, type Sensitivity } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/** The sensitivity analysis for one application, in one sentence: selected or not, and under which scenarios not. */
export function useStandingSentence(
  analysis: Sensitivity | null,
  jurorLabel: (jurorId: string) => string,
): (applicationId: string) => string | null {
  const { t } = useI18n();
  return (applicationId: string) => {
    if (!analysis) return null;
    const { selected, exceptions } = standingOf(analysis, applicationId);
    if (exceptions.length === 0) return selected ? t('chair.always') : t('chair.never');
    const cases = exceptions
      .map((scenario) =>
        scenario.kind === 'method'
          ? t('chair.withMethod', { method: t(`chair.methodName.${scenario.id}`) })
          : t('chair.withoutJuror', { juror: jurorLabel(scenario.jurorId) }),
      )
      .join(', ');
    return selected ? t('chair.selectedExcept', { cases }) : t('chair.notSelectedExcept', { cases });
  };
}
