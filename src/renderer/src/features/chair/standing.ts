import { standingOf, type Sensitivity } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/**
 * The sensitivity analysis for one application, one fact per clause: selected or not under the chosen method, then
 * each scenario that says otherwise — « Non retenue ; retenue avec la médiane ; sans Hélène Dubois : retenue ».
 */
export function useStandingSentence(
  analysis: Sensitivity | null,
  jurorLabel: (jurorId: string) => string,
): (applicationId: string) => string | null {
  const { t } = useI18n();
  return (applicationId: string) => {
    if (!analysis) return null;
    const { selected, exceptions } = standingOf(analysis, applicationId);
    if (exceptions.length === 0) return selected ? t('chair.always') : t('chair.never');
    // Each exception is a scenario under which the application's fate is the other one.
    const changes = exceptions.map((scenario) =>
      scenario.kind === 'method'
        ? t(selected ? 'chair.notSelectedWithMethod' : 'chair.selectedWithMethod', {
            method: t(`chair.methodName.${scenario.id}`),
          })
        : t(selected ? 'chair.notSelectedWithoutJuror' : 'chair.selectedWithoutJuror', {
            juror: jurorLabel(scenario.jurorId),
          }),
    );
    return t('chair.standing', {
      base: t(selected ? 'chair.selected' : 'chair.notSelected'),
      changes: changes.join(t('chair.changeSeparator')),
    });
  };
}
