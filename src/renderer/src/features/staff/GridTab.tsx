import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { REFERENCE_CRITERIA } from '@core/calls';
import { labelText, type Criterion } from '@core/documents';
import { scaleValues } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { LabelField } from '@renderer/components/LabelField';
import { NumberField } from '@renderer/components/NumberField';
import type { EvaluationRecord } from '@renderer/db/schema';
import { applyChange, blankEvaluation } from '@renderer/features/scoring/evaluations';
import { ScoringPanel } from '@renderer/features/scoring/ScoringPanel';
import { useI18n } from '@renderer/i18n';
import { keyFor } from './ColumnMapping';
import type { StaffCall } from './use-staff-call';

/** Scales with more values than this are entered as numbers, without a level per value. */
const MAX_LEVELS = 11;

function CriterionEditor({
  criterion,
  onChange,
  onRemove,
}: {
  criterion: Criterion;
  onChange: (next: Criterion) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const name = labelText(criterion.label, language) || criterion.id;
  // Short on screen, where the criterion's box says which it is; whole for screen readers, which read fields alone.
  const withName = (label: string) => (
    <>
      {label}
      <span className="visually-hidden"> {t('staff.ofCriterion', { name })}</span>
    </>
  );
  const values = Number.isFinite(criterion.scale.min) && criterion.scale.step > 0 ? scaleValues(criterion) : [];
  return (
    <li className="editor-item">
      <LabelField
        label={t('staff.criterionLabel')}
        value={criterion.label}
        onChange={(label) => onChange({ ...criterion, label })}
      />
      <LabelField
        label={t('staff.criterionDescription')}
        value={criterion.description}
        onChange={(description) => onChange({ ...criterion, description })}
      />
      <div className="filters">
        <NumberField
          label={withName(t('staff.weight'))}
          min={0}
          value={criterion.weight}
          onChange={(weight) => weight !== null && onChange({ ...criterion, weight })}
        />
        {(['min', 'max', 'step'] as const).map((part) => (
          <NumberField
            key={part}
            label={withName(t(`staff.scale.${part}`))}
            value={criterion.scale[part]}
            onChange={(value) =>
              value !== null && onChange({ ...criterion, scale: { ...criterion.scale, [part]: value } })
            }
          />
        ))}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={criterion.counted !== false}
          onChange={(event) => onChange({ ...criterion, counted: event.target.checked })}
        />
        {t('staff.counted', { name })}
      </label>
      {values.length <= MAX_LEVELS && (
        <fieldset className="levels">
          <legend>{t('staff.levels', { name })}</legend>
          <div className="levels__head" aria-hidden="true">
            <span />
            <span>{t('staff.french')}</span>
            <span>{t('staff.english')}</span>
          </div>
          {values.map((value) => (
            <div key={`${criterion.id}-${value}`} className="levels__row">
              <span aria-hidden="true">{t('staff.level', { value })}</span>
              <LabelField
                hideLabels
                label={t('staff.level', { value })}
                value={criterion.levels?.find((level) => level.value === value)?.label}
                onChange={(label) =>
                  onChange({
                    ...criterion,
                    levels: [
                      ...(criterion.levels ?? []).filter((level) => level.value !== value),
                      ...(label ? [{ value, label }] : []),
                    ].sort((a, b) => a.value - b.value),
                  })
                }
              />
            </div>
          ))}
        </fieldset>
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('staff.remove', { name })}
      </button>
    </li>
  );
}

/** How a juror will score the first application with this grid: the juror's own panel, to try. */
function GridPreview({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const [evaluation, setEvaluation] = useState<EvaluationRecord | undefined>(undefined);
  const description = staff.record!.description;
  const first = staff.mapped?.applications[0];
  return (
    <aside className="grid-preview" aria-label={t('staff.preview')}>
      <h3>{t('staff.gridPreview', { name: first?.name ?? t('staff.anApplication') })}</h3>
      <ScoringPanel
        manifest={{
          ...description,
          format: 'jurydesk.bundle',
          formatVersion: 1,
          sequence: 1,
          previousManifestSha256: null,
          issuedAt: '',
          issuer: { name: '', publicKey: '' },
          applications: [],
        }}
        evaluation={evaluation}
        activeCriterion={0}
        onActivate={() => undefined}
        onChange={(change) =>
          setEvaluation((current) =>
            applyChange(
              current ?? blankEvaluation({ callId: '', jurorId: '', applicationId: '' }),
              change,
              description.criteria,
              new Date().toISOString(),
            ),
          )
        }
        conflictReason={null}
        notice={null}
      />
    </aside>
  );
}

/** The evaluation grid: from the reference template or another call, each criterion with its scale and levels. */
export function GridTab({ staff }: { staff: StaffCall }) {
  const { t, language } = useI18n();
  const { db } = useServices();
  const others = useLiveQuery(() => db.staffCalls.toArray(), [db]) ?? [];
  const criteria = staff.record!.description.criteria;
  const setCriteria = (next: Criterion[]) => void staff.describe((description) => ({ ...description, criteria: next }));
  // A grid replaced whole (template, another call) is drawn afresh: each label field keeps its own texts otherwise.
  const [generation, setGeneration] = useState(0);
  const replaceGrid = (next: readonly Criterion[]) => {
    setGeneration((current) => current + 1);
    setCriteria(structuredClone([...next]));
  };
  return (
    <div className="grid-editor">
      <div>
        <div className="actions">
          <button type="button" className="button" onClick={() => replaceGrid(REFERENCE_CRITERIA)}>
            {t('staff.useTemplate')}
          </button>
          <label className="field-label" htmlFor="grid-copy">
            {t('staff.copyGrid')}
          </label>
          <select
            id="grid-copy"
            value=""
            onChange={(event) =>
              replaceGrid(
                others.find((other) => other.draftId === event.target.value)?.description.criteria ?? criteria,
              )
            }
          >
            <option value="">{t('staff.chooseCall')}</option>
            {others
              .filter((other) => other.draftId !== staff.record!.draftId)
              .map((other) => (
                <option key={other.draftId} value={other.draftId}>
                  {labelText(other.description.call.title, language) || other.description.call.id}
                </option>
              ))}
          </select>
        </div>
        <ol className="editor-list">
          {criteria.map((criterion, index) => (
            <CriterionEditor
              key={`${generation}-${criterion.id}`}
              criterion={criterion}
              onChange={(next) => setCriteria(criteria.map((other, at) => (at === index ? next : other)))}
              onRemove={() => setCriteria(criteria.filter((_, at) => at !== index))}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() =>
            setCriteria([
              ...criteria,
              {
                id: keyFor(
                  'criterion',
                  criteria.map((c) => c.id),
                ),
                label: t('staff.newCriterion'),
                weight: 1,
                scale: { min: 1, max: 5, step: 1 },
              },
            ])
          }
        >
          {t('staff.addCriterion')}
        </button>
      </div>
      <GridPreview staff={staff} />
    </div>
  );
}
