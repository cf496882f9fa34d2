import { useState } from 'react';
import { conflictsFromSheet, readSheet, type ConflictRowProblem } from '@core/calls';
import { describeFailure } from '@core/errors';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { sheetLibraries } from './sheet-libraries';
import type { StaffCall } from './use-staff-call';

type Outcome = { added: number; problems: ConflictRowProblem[] } | { failure: string };

/** Conflicts at the scale of a real call: a spreadsheet of juror, application and reason, added to those declared. */
export function ConflictsImport({ staff }: { staff: StaffCall }) {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function importSheet(file: File) {
    setOutcome(null);
    const sheet = await readSheet(new Uint8Array(await file.arrayBuffer()), file.name, await sheetLibraries());
    if (!sheet.ok) return setOutcome({ failure: describeFailure(sheet.error, language) });
    const { description } = staff.record!;
    const reading = conflictsFromSheet(
      sheet.value,
      description.jurors,
      staff.mapped?.applications ?? [],
      description.conflicts ?? [],
    );
    if (reading.added.length > 0)
      await staff.describe((current) => ({ ...current, conflicts: [...(current.conflicts ?? []), ...reading.added] }));
    setOutcome({ added: reading.added.length, problems: reading.problems });
  }

  const problemText = (problem: ConflictRowProblem) =>
    problem.kind === 'missing-columns'
      ? t('staff.conflictsNoColumns')
      : t(problem.kind === 'unknown-juror' ? 'staff.conflictsUnknownJuror' : 'staff.conflictsUnknownApplication', {
          row: problem.row,
          value: problem.value,
        });

  return (
    <div className="conflicts-import">
      <FileDropZone
        label={t('staff.importConflicts')}
        hint={t('staff.importConflictsHint')}
        accept=".csv,.xlsx,.txt"
        compact
        onFiles={([file]) => file && void importSheet(file)}
      />
      {outcome && 'failure' in outcome && (
        <p className="field-error" role="alert">
          {outcome.failure}
        </p>
      )}
      {outcome && 'added' in outcome && (
        <div role="status">
          <p className={outcome.problems.length ? 'warning' : 'ok'}>
            {t('staff.conflictsAdded', { count: outcome.added })}
          </p>
          {outcome.problems.length > 0 && (
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
