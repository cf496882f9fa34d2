import { isSpaceLow, useStorage } from '@renderer/app/storage';
import { useI18n } from '@renderer/i18n';

/** How much room the app's data takes and has left, and whether the browser may evict it. */
export function StorageUse() {
  const { t, locale } = useI18n();
  const { state, requestPersistence } = useStorage();
  if (!state) return null;
  const size = (bytes: number) =>
    bytes >= 1024 ** 3
      ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(
          bytes / 1024 ** 3,
        )
      : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          bytes / 1024 ** 2,
        );
  return (
    <div className="card" role="region" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('storage.title')}</h3>
      {state.usage !== null && state.quota !== null && (
        <>
          <p>{t('storage.use', { used: size(state.usage), available: size(state.quota - state.usage) })}</p>
          <meter min={0} max={state.quota} value={state.usage} aria-label={t('storage.meter')} />
        </>
      )}
      {isSpaceLow(state) && (
        <p className="warning" role="alert">
          {t('storage.low')}
        </p>
      )}
      {state.persisted ? (
        <p className="ok">{t('storage.persisted')}</p>
      ) : (
        <>
          <p className="warning">{t('storage.notPersisted')}</p>
          <button type="button" className="button" onClick={() => void requestPersistence()}>
            {t('storage.persist')}
          </button>
        </>
      )}
    </div>
  );
}

/** On every page, before the space runs out: while there is room left to export the score file. */
export function LowStorageWarning() {
  const { t } = useI18n();
  const { state } = useStorage();
  if (!state || !isSpaceLow(state)) return null;
  return (
    <p className="warning" role="alert">
      {t('storage.low')}
    </p>
  );
}
