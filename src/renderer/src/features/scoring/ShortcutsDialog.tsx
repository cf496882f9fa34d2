import { Modal } from '@renderer/components/Modal';
import { ScrollFrame } from '@renderer/components/ScrollFrame';
import { useSetting } from '@renderer/app/settings';
import { useI18n } from '@renderer/i18n';
import { KeyboardSettings } from './KeyboardSettings';

/** `singleKey`: a key acting without a modifier, which the settings can turn off (docs/ACCESSIBILITY.md, 2.1.4). */
const SHORTCUTS = [
  { keys: ['1', '2', '…', '9', '0'], action: 'shortcuts.digits', singleKey: true },
  { keys: ['K', 'J'], action: 'shortcuts.criteria', singleKey: true },
  { keys: ['↑', '↓'], action: 'shortcuts.criteria', singleKey: false },
  { keys: ['↑', '↓', '←', '→'], action: 'shortcuts.levels', singleKey: false },
  { keys: ['Alt+←', 'Alt+→'], action: 'shortcuts.applications', singleKey: false },
  { keys: ['P', 'N'], action: 'shortcuts.applications', singleKey: true },
  { keys: ['Del'], action: 'shortcuts.clear', singleKey: true },
  { keys: ['C'], action: 'shortcuts.comment', singleKey: true },
  { keys: ['Shift+C'], action: 'shortcuts.criterionComment', singleKey: true },
  { keys: ['Esc'], action: 'shortcuts.leaveComment', singleKey: false },
  { keys: ['?'], action: 'shortcuts.help', singleKey: true },
] as const;

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  const [singleKey] = useSetting('singleKeyShortcuts');
  return (
    <Modal
      open={open}
      onClose={() => onOpenChange(false)}
      title={t('shortcuts.title')}
      description={singleKey ? t('shortcuts.singleKeyOn') : t('shortcuts.singleKeyOff')}
    >
      <ScrollFrame label={t('shortcuts.title')}>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(({ keys, action, singleKey: single }) => (
              <tr key={keys.join()}>
                <td>
                  {keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                  {single && !singleKey && <span className="muted"> ({t('shortcuts.off')})</span>}
                </td>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
      <KeyboardSettings />
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={() => onOpenChange(false)}>
          {t('action.close')}
        </button>
      </div>
    </Modal>
  );
}
