import type { ComparablePart, Method } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/** The method the ranking follows and the filter on names. */
export function RankingFilters({
  method,
  onMethod,
  filter,
  onFilter,
}: {
  method: Method;
  onMethod: (method: Method) => void;
  filter: string;
  onFilter: (filter: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="filters">
      <div className="filter">
        <label htmlFor="chair-aggregate">{t('chair.method')}</label>
        <select
          id="chair-aggregate"
          value={method.aggregate}
          // Calibration ranks by its own score, whichever aggregate is chosen.
          disabled={method.normalization !== 'none'}
          onChange={(event) => onMethod({ ...method, aggregate: event.target.value as Method['aggregate'] })}
        >
          <option value="mean">{t('chair.mean')}</option>
          <option value="median">{t('chair.median')}</option>
          <option value="trimmed-mean">{t('chair.trimmed')}</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor="chair-normalization">{t('chair.normalization')}</label>
        <select
          id="chair-normalization"
          value={method.normalization}
          onChange={(event) => onMethod({ ...method, normalization: event.target.value as Method['normalization'] })}
        >
          <option value="none">{t('chair.none')}</option>
          <option value="z-score">{t('chair.zscore')}</option>
          <option value="bias-model">{t('chair.biasModel')}</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor="chair-filter">{t('chair.filter')}</label>
        <input
          id="chair-filter"
          type="search"
          className="text-input"
          value={filter}
          onChange={(event) => onFilter(event.target.value)}
        />
      </div>
    </div>
  );
}

/** Why the ranking follows this method, and the groups of jurors whose scores cannot be compared. */
export function MethodNote({
  method,
  chosen,
  parts,
  jurorLabel,
}: {
  method: Method;
  chosen: boolean;
  parts: readonly ComparablePart[];
  jurorLabel: (jurorId: string) => string;
}) {
  const { t, formatList } = useI18n();
  return (
    <>
      <p className="muted">
        {t(
          chosen
            ? 'chair.chosenMethod'
            : method.normalization === 'none'
              ? 'chair.recommendedFull'
              : 'chair.recommendedPartial',
        )}
      </p>
      {parts.length > 1 && (
        <div className="warning" role="note">
          <p>{t(method.normalization === 'none' ? 'chair.rawParts' : 'chair.parts', { count: parts.length })}</p>
          <ul>
            {parts.map((part, index) => (
              <li key={part.jurorIds.join()}>
                {t('chair.part', {
                  number: index + 1,
                  count: part.applicationIds.length,
                  jurors: formatList(part.jurorIds.map(jurorLabel)),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
