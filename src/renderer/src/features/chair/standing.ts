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
    const { place, tiedPlaces, exceptions } = standingOf(analysis, applicationId);
    const base = {
      selected: t('chair.selected'),
      out: t('chair.notSelected'),
      tied: t('chair.tied', { count: tiedPlaces }),
    }[place];
    if (exceptions.length === 0)
      return place === 'selected' ? t('chair.always') : place === 'out' ? t('chair.never') : `${base}.`;
    // Each exception is a scenario that puts the application elsewhere, said as where.
    const changes = exceptions.map(({ scenario, place: there }) => {
      const state = { selected: 'selected', out: 'notSelected', tied: 'tied' }[there];
      return scenario.kind === 'method'
        ? t(`chair.${state}WithMethod`, { method: t(`chair.methodName.${scenario.id}`) })
        : t(`chair.${state}WithoutJuror`, { juror: jurorLabel(scenario.jurorId) });
    });
    return t('chair.standing', { base, changes: changes.join(t('chair.changeSeparator')) });
  };
}
