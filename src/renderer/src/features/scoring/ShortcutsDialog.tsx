import { Modal } from '@renderer/components/Modal';
import { useSetting } from '@renderer/app/settings';
import { useI18n } from '@renderer/i18n';

export const SHORTCUTS = [
  { keys: ['1', '2', '…', '9', '0'], action: 'shortcuts.digits' },
  { keys: ['↑', '↓', 'K', 'J'], action: 'shortcuts.criteria' },
  { keys: ['Alt+←', 'Alt+→', 'P', 'N'], action: 'shortcuts.applications' },
  { keys: ['Del'], action: 'shortcuts.clear' },
  { keys: ['C'], action: 'shortcuts.comment' },
  { keys: ['Shift+C'], action: 'shortcuts.criterionComment' },
  { keys: ['Esc'], action: 'shortcuts.leaveComment' },
  { keys: ['?'], action: 'shortcuts.help' },
] as const;

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  const [autoAdvance, setAutoAdvance] = useSetting('autoAdvance');
  return (
    <Modal open={open} onClose={() => onOpenChange(false)} title={t('shortcuts.title')}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <td>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={autoAdvance}
            onChange={(event) => void setAutoAdvance(event.target.checked)}
          />{' '}
          {t('shortcuts.autoAdvance')}
        </label>
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={() => onOpenChange(false)}>
          {t('action.close')}
        </button>
      </div>
    </Modal>
  );
}
