import { useMemo } from 'react';
import { coverageOf } from '@core/calls';
import { DataTable } from '@renderer/components/DataTable';
import { NumberField } from '@renderer/components/NumberField';
import { useI18n } from '@renderer/i18n';
import type { Identity } from '@renderer/bridge';
import { ConflictsEditor } from './ConflictsEditor';
import { DeclarationsSection } from './DeclarationsSection';
import { ConflictsImport } from './ConflictsImport';
import { CoverageSummary } from './CoverageSummary';
import { DrawRoster } from './DrawRoster';
import { useDraw } from './use-draw';
import type { StaffCall } from './use-staff-call';

/** Who reviews what: everyone everything, or each application by k jurors, balanced, then edited by hand. */
export function AssignmentsTab({ staff, staffKey }: { staff: StaffCall; staffKey: Identity | null }) {
  const { t, formatList } = useI18n();
  const record = staff.record!;
  const { description, assignment } = record;
  const mappedApplications = staff.mapped?.applications;
  const applications = useMemo(() => mappedApplications ?? [], [mappedApplications]);
  const nameOf = (jurorId: string) => description.jurors.find((juror) => juror.id === jurorId)?.name ?? jurorId;
  // Pairs of jurors at national size are tens of thousands: counted once per assignment, not on every render.
  const coverage = useMemo(
    () => (description.assignments ? coverageOf(description.assignments) : null),
    [description.assignments],
  );
  const excluded = new Set(assignment.excluded ?? []);
  const shortOf = useMemo(() => {
    const reviewers = new Map<string, number>();
    for (const entry of description.assignments ?? [])
      for (const id of entry.applicationIds) reviewers.set(id, (reviewers.get(id) ?? 0) + 1);
    return applications.filter((application) => (reviewers.get(application.id) ?? 0) < assignment.perApplication);
  }, [description.assignments, applications, assignment.perApplication]);
  const { drawing, draw } = useDraw();

  async function assign() {
    const result = await draw({
      jurorIds: description.jurors.filter((juror) => !excluded.has(juror.id)).map((juror) => juror.id),
      applicationIds: applications.map((application) => application.id),
      conflicts: description.conflicts ?? [],
      perApplication: assignment.perApplication,
      seed: assignment.seed,
      caps: assignment.caps,
    });
    const drawn = new Map(result.assignments.map(({ jurorId, applicationIds }) => [jurorId, applicationIds]));
    // Everyone on the roster is listed: one left out of the draw has nothing to score, and the file says so.
    await staff.describe((current) => ({
      ...current,
      assignments: current.jurors.map((juror) => ({ jurorId: juror.id, applicationIds: drawn.get(juror.id) ?? [] })),
    }));
  }

  return (
    <div>
      <DeclarationsSection staff={staff} staffKey={staffKey} />
      <h3>{t('staff.conflicts')}</h3>
      <ConflictsEditor staff={staff} />
      <ConflictsImport staff={staff} />
      <h3>{t('staff.assignments')}</h3>
      <fieldset className="checkbox-group">
        <legend>{t('staff.assignmentMode')}</legend>
        {(['everyone', 'automatic'] as const).map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="assignment-mode"
              checked={assignment.mode === mode}
              onChange={() =>
                void staff.update((draft) => ({
                  ...draft,
                  assignment: { ...draft.assignment, mode },
                  description:
                    mode === 'everyone' ? { ...draft.description, assignments: undefined } : draft.description,
                }))
              }
            />
            {t(`staff.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {assignment.mode === 'automatic' && <DrawRoster staff={staff} />}
      {assignment.mode === 'automatic' && (
        <div className="filters">
          <NumberField
            label={t('staff.perApplication')}
            integer
            min={1}
            value={assignment.perApplication}
            onChange={(perApplication) =>
              perApplication !== null &&
              void staff.update((draft) => ({ ...draft, assignment: { ...draft.assignment, perApplication } }))
            }
          />
          <NumberField
            label={t('staff.seed')}
            hint={t('staff.seedHint')}
            integer
            min={0}
            value={assignment.seed}
            onChange={(seed) =>
              seed !== null && void staff.update((draft) => ({ ...draft, assignment: { ...draft.assignment, seed } }))
            }
          />
          <button
            type="button"
            className="button button--primary"
            disabled={
              drawing || applications.length === 0 || description.jurors.every((juror) => excluded.has(juror.id))
            }
            onClick={() => void assign()}
          >
            {t('staff.assign')}
          </button>
          <span role="status" className="muted">
            {drawing ? t('staff.drawing') : ''}
          </span>
        </div>
      )}
      {coverage && (
        <>
          {shortOf.length > 0 && (
            <p className="warning" role="note">
              {t('staff.shortfall', {
                count: assignment.perApplication,
                applications: formatList(shortOf.map((application) => application.name)),
              })}
            </p>
          )}
          <CoverageSummary coverage={coverage} nameOf={nameOf} />
          <AssignmentMatrix staff={staff} />
        </>
      )}
    </div>
  );
}

/** The assignment by hand: a tick per application and juror, conflicts greyed out. */
function AssignmentMatrix({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const { description } = staff.record!;
  const applications = staff.mapped?.applications ?? [];
  const assigned = (jurorId: string, applicationId: string) =>
    description.assignments?.find((entry) => entry.jurorId === jurorId)?.applicationIds.includes(applicationId) ??
    false;
  const conflicted = (jurorId: string, applicationId: string) =>
    (description.conflicts ?? []).some((c) => c.jurorId === jurorId && c.applicationId === applicationId);
  const toggle = (jurorId: string, applicationId: string, on: boolean) =>
    void staff.describe((current) => ({
      ...current,
      assignments: (current.assignments ?? []).map((entry) =>
        entry.jurorId !== jurorId
          ? entry
          : {
              ...entry,
              applicationIds: on
                ? applications
                    .map((a) => a.id)
                    .filter((id) => id === applicationId || entry.applicationIds.includes(id))
                : entry.applicationIds.filter((id) => id !== applicationId),
            },
      ),
    }));
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={t('staff.matrix')}>
      <DataTable
        caption={t('staff.matrix')}
        rows={applications}
        rowKey={(application) => application.id}
        columns={[
          {
            key: 'application',
            header: t('chair.application'),
            rowHeader: true,
            cell: (application) => application.name,
          },
          ...description.jurors.map((juror) => ({
            key: juror.id,
            header: juror.name,
            cell: (application: (typeof applications)[number]) => (
              <input
                type="checkbox"
                aria-label={t('staff.assignTo', { application: application.name, juror: juror.name })}
                checked={assigned(juror.id, application.id)}
                disabled={conflicted(juror.id, application.id)}
                onChange={(event) => toggle(juror.id, application.id, event.target.checked)}
              />
            ),
          })),
        ]}
      />
    </div>
  );
}
