import { useId } from 'react';
import { useSetting } from '@renderer/app/settings';
import { useI18n } from '@renderer/i18n';

/** The scoring keyboard's two preferences, the same in the shortcuts dialog and on the settings page. */
export function KeyboardSettings() {
  const { t } = useI18n();
  const hintId = useId();
  const [singleKey, setSingleKey] = useSetting('singleKeyShortcuts');
  const [autoAdvance, setAutoAdvance] = useSetting('autoAdvance');
  return (
    <fieldset className="keyboard-settings">
      <legend>{t('shortcuts.settingsTitle')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={singleKey}
          aria-describedby={hintId}
          onChange={(event) => void setSingleKey(event.target.checked)}
        />{' '}
        {t('shortcuts.singleKey')}
      </label>
      <p id={hintId} className="muted setting-hint">
        {t('shortcuts.singleKeyHint')}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={autoAdvance} onChange={(event) => void setAutoAdvance(event.target.checked)} />{' '}
        {t('shortcuts.autoAdvance')}
      </label>
    </fieldset>
  );
}
