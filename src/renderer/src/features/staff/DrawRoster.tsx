import { DataTable } from '@renderer/components/DataTable';
import { NumberField } from '@renderer/components/NumberField';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/**
 * Who is in the draw, and how much each may take: a chair or an observer who does not score is left out; a juror
 * with less time is capped. Both are staff's choices, kept with the call and used by the next draw.
 */
export function DrawRoster({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const { description, assignment } = staff.record!;
  const excluded = new Set(assignment.excluded ?? []);
  const setAssignment = (change: (current: typeof assignment) => typeof assignment) =>
    void staff.update((draft) => ({ ...draft, assignment: change(draft.assignment) }));
  return (
    <div className="draw-roster">
      <DataTable
        caption={t('staff.draw')}
        rows={description.jurors}
        rowKey={(juror) => juror.id}
        columns={[
          { key: 'juror', header: t('chair.juror'), rowHeader: true, cell: (juror) => juror.name },
          {
            key: 'inDraw',
            header: t('staff.inDraw'),
            cell: (juror) => (
              <input
                type="checkbox"
                aria-label={t('staff.inDrawOf', { juror: juror.name })}
                checked={!excluded.has(juror.id)}
                onChange={(event) =>
                  setAssignment((current) => ({
                    ...current,
                    excluded: event.target.checked
                      ? (current.excluded ?? []).filter((id) => id !== juror.id)
                      : [...(current.excluded ?? []), juror.id],
                  }))
                }
              />
            ),
          },
          {
            key: 'cap',
            header: t('staff.cap'),
            cell: (juror) => (
              <NumberField
                label={t('staff.capOf', { juror: juror.name })}
                hideLabel
                integer
                optional
                min={0}
                disabled={excluded.has(juror.id)}
                value={assignment.caps?.[juror.id]}
                onChange={(cap) =>
                  setAssignment((current) => {
                    const { [juror.id]: _previous, ...others } = current.caps ?? {};
                    return { ...current, caps: cap === null ? others : { ...others, [juror.id]: cap } };
                  })
                }
              />
            ),
          },
        ]}
      />
    </div>
  );
}
