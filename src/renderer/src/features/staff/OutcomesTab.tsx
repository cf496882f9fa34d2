import { useState } from 'react';
import { outcomeIdFor } from '@core/calls';
import { ID_MAX_LENGTH, labelText, type Outcome } from '@core/documents';
import { useFocusAfterMove } from '@renderer/components/MoveButtons';
import { useI18n } from '@renderer/i18n';
import { OutcomeEditor } from './OutcomeEditor';
import type { StaffCall } from './use-staff-call';

/**
 * What the jury decides between: each outcome, its kind, its places and its id, in the order staff give them,
 * which is the order of every view and export (docs/FORMATS.md §10, "Outcome ids").
 */
export function OutcomesTab({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const record = staff.record!;
  const { outcomes } = record.description;
  const language = record.description.call.language ?? 'fr';
  const signedIn = (id: string) =>
    record.versions.find((version) => version.manifest.outcomes.some((o) => o.id === id));
  const byHand = new Set(record.outcomeIdsByHand ?? []);
  // Rows keep their key when an id follows its label, so the fields being typed in are never remounted.
  const [keys, setKeys] = useState(() => outcomes.map((outcome) => outcome.id));
  if (keys.length !== outcomes.length) setKeys(outcomes.map((outcome) => outcome.id));
  const focusAfterMove = useFocusAfterMove();

  const save = (next: Outcome[], idsByHand = record.outcomeIdsByHand ?? []) =>
    void staff.update((draft) => ({
      ...draft,
      description: { ...draft.description, outcomes: next },
      outcomeIdsByHand: idsByHand,
    }));
  const others = (index: number) => outcomes.filter((_, at) => at !== index).map((outcome) => outcome.id);

  const change = (index: number, next: Outcome) => {
    const current = outcomes[index]!;
    const follows = !byHand.has(current.id) && !signedIn(current.id) && next.label !== current.label;
    const id = follows ? outcomeIdFor(labelText(next.label, language), others(index)) : next.id;
    save(outcomes.map((other, at) => (at === index ? { ...next, id } : other)));
  };
  const rename = (index: number, id: string): string | null => {
    if (id.trim() === '' || id.length > ID_MAX_LENGTH) return t('staff.outcomeIdEmpty');
    if (others(index).includes(id)) return t('staff.outcomeIdTaken');
    const previous = outcomes[index]!.id;
    save(
      outcomes.map((other, at) => (at === index ? { ...other, id } : other)),
      [...(record.outcomeIdsByHand ?? []).filter((other) => other !== previous), id],
    );
    return null;
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...outcomes];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    const moved = [...keys];
    [moved[index], moved[index + by]] = [moved[index + by]!, moved[index]!];
    setKeys(moved);
    focusAfterMove(`outcome-${keys[index]}`, index, by, outcomes.length);
    save(next);
  };
  const remove = (index: number) => {
    setKeys(keys.filter((_, at) => at !== index));
    save(outcomes.filter((_, at) => at !== index));
  };
  const add = () => {
    const label = t('staff.newOutcome');
    const id = outcomeIdFor(
      label,
      outcomes.map((outcome) => outcome.id),
    );
    setKeys([...keys, `new-${crypto.randomUUID()}`]);
    save([...outcomes, { id, label, kind: 'selected' }]);
  };

  return (
    <div>
      <p className="muted">{t('staff.outcomesHint')}</p>
      <ol className="editor-list">
        {outcomes.map((outcome, index) => (
          <OutcomeEditor
            key={keys[index]}
            rowKey={keys[index]!}
            outcome={outcome}
            position={{ index, count: outcomes.length }}
            signedIn={signedIn(outcome.id)?.sequence}
            onChange={(next) => change(index, next)}
            onRename={(id) => rename(index, id)}
            onMove={(by) => move(index, by)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        {t('staff.addOutcome')}
      </button>
    </div>
  );
}
