import { useState } from 'react';
import { labelText, type Outcome } from '@core/documents';
import { LabelField } from '@renderer/components/LabelField';
import { MoveButtons } from '@renderer/components/MoveButtons';
import { NumberField } from '@renderer/components/NumberField';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';

const KINDS = ['selected', 'waitlist', 'rejected'] as const;

/** One outcome as staff edit it: label, kind, places, its id (until a version is signed with it) and its place. */
export function OutcomeEditor({
  rowKey,
  outcome,
  position,
  signedIn,
  onChange,
  onRename,
  onMove,
  onRemove,
}: {
  rowKey: string;
  outcome: Outcome;
  position: { index: number; count: number };
  /** The first version signed with this outcome's id, which fixes it. */
  signedIn: number | undefined;
  onChange: (next: Outcome) => void;
  /** Applies an id typed by hand; says why not when it cannot be used. */
  onRename: (id: string) => string | null;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const [idText, setIdText] = useState(outcome.id);
  const [idProblem, setIdProblem] = useState<string | null>(null);
  // An id that followed its label shows at once.
  const [shownId, setShownId] = useState(outcome.id);
  if (shownId !== outcome.id) {
    setShownId(outcome.id);
    setIdText(outcome.id);
  }
  const applyId = () => {
    if (idText === outcome.id) return setIdProblem(null);
    setIdProblem(onRename(idText.trim()));
  };
  const name = labelText(outcome.label, language);
  return (
    <li className="editor-item">
      <LabelField
        label={t('staff.outcomeLabel')}
        value={outcome.label}
        onChange={(label) => onChange({ ...outcome, label })}
      />
      <label className="field-label" htmlFor={`outcome-kind-${rowKey}`}>
        {t('staff.outcomeKind')}
      </label>
      <select
        id={`outcome-kind-${rowKey}`}
        value={outcome.kind}
        onChange={(event) => onChange({ ...outcome, kind: event.target.value as Outcome['kind'] })}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`staff.kind.${kind}`)}
          </option>
        ))}
      </select>
      <NumberField
        label={t('staff.capacity')}
        hint={t('staff.capacityHint')}
        integer
        optional
        min={0}
        value={outcome.capacity}
        onChange={(capacity) => {
          const { capacity: _old, ...rest } = outcome;
          onChange(capacity === null ? rest : { ...rest, capacity });
        }}
      />
      {signedIn === undefined ? (
        <TextField
          label={t('staff.outcomeId')}
          hint={t('staff.outcomeIdHint')}
          value={idText}
          error={idProblem}
          spellCheck={false}
          onChange={setIdText}
          onBlur={applyId}
          onKeyDown={(event) => event.key === 'Enter' && applyId()}
        />
      ) : (
        <p className="muted">{t('staff.outcomeIdFixed', { id: outcome.id, sequence: signedIn })}</p>
      )}
      <div className="editor-item__actions">
        <MoveButtons
          idPrefix={`outcome-${rowKey}`}
          name={name}
          index={position.index}
          count={position.count}
          onMove={onMove}
        />
        <button type="button" className="link-button" onClick={onRemove}>
          {t('staff.removeOutcome')}
        </button>
      </div>
    </li>
  );
}
