import type { Outcome } from '@core/documents';
import { LabelField } from '@renderer/components/LabelField';
import { NumberField } from '@renderer/components/NumberField';
import { useI18n } from '@renderer/i18n';
import { keyFor } from './ColumnMapping';
import type { StaffCall } from './use-staff-call';

const KINDS = ['selected', 'waitlist', 'rejected'] as const;

/** What the jury decides between: each outcome, its kind, and how many places it has. */
export function OutcomesTab({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const outcomes = staff.record!.description.outcomes;
  const setOutcomes = (next: Outcome[]) => void staff.describe((description) => ({ ...description, outcomes: next }));
  const change = (index: number, next: Outcome) =>
    setOutcomes(outcomes.map((other, at) => (at === index ? next : other)));
  return (
    <div>
      <ol className="editor-list">
        {outcomes.map((outcome, index) => (
          <li key={outcome.id} className="editor-item">
            <LabelField
              label={t('staff.outcomeLabel')}
              value={outcome.label}
              onChange={(label) => change(index, { ...outcome, label })}
            />
            <label className="field-label" htmlFor={`outcome-kind-${outcome.id}`}>
              {t('staff.outcomeKind')}
            </label>
            <select
              id={`outcome-kind-${outcome.id}`}
              value={outcome.kind}
              onChange={(event) => change(index, { ...outcome, kind: event.target.value as Outcome['kind'] })}
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
                change(index, capacity === null ? rest : { ...rest, capacity });
              }}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setOutcomes(outcomes.filter((_, at) => at !== index))}
            >
              {t('staff.removeOutcome')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          setOutcomes([
            ...outcomes,
            {
              id: keyFor(
                'outcome',
                outcomes.map((outcome) => outcome.id),
              ),
              label: t('staff.newOutcome'),
              kind: 'selected',
            },
          ])
        }
      >
        {t('staff.addOutcome')}
      </button>
    </div>
  );
}
