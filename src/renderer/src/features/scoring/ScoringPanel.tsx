import { forwardRef, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { type BundleManifest, type Criterion, type Label, labelText } from '@core/documents';
import { jurorTotal, scaleValues } from '@core/jury';
import type { EvaluationRecord } from '@renderer/db/schema';
import { useContentLanguage, useI18n } from '@renderer/i18n';
import type { EvaluationChange } from './evaluations';

export interface ScoringPanelHandle {
  focusCriterion: (index: number) => void;
  focusComment: (index: number) => void;
  focusOverallComment: () => void;
}

interface Props {
  manifest: BundleManifest;
  evaluation: EvaluationRecord | undefined;
  activeCriterion: number;
  onActivate: (index: number) => void;
  onChange: (change: EvaluationChange) => void;
  conflictReason: string | null;
  /** Staff did not assign this application to the juror: it can be read, not scored (a chair would refuse it). */
  unassigned?: boolean;
  notice: string | null;
  /** Where a juror goes from a grid they may not score: the next application, or back to the list after the last. */
  moveOn?: { label: string; go: () => void };
}

/** Why this grid is not the juror's to score, and the way on to the next one. */
function NotYoursStamp({ title, moveOn, children }: { title: string; moveOn?: Props['moveOn']; children: ReactNode }) {
  return (
    <div className="stamp" role="note">
      <p className="stamp__title">{title}</p>
      {children}
      {moveOn && (
        <button type="button" className="button" onClick={moveOn.go}>
          {moveOn.label}
        </button>
      )}
    </div>
  );
}

/** Why the grid is locked, if it is: a declared conflict, an application assigned to others, a recusal. */
function LockStamps({
  conflictReason,
  unassigned,
  recused,
  moveOn,
}: Pick<Props, 'conflictReason' | 'unassigned' | 'moveOn'> & { recused: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {conflictReason !== null ? (
        <NotYoursStamp title={t('score.conflictStamp')} moveOn={moveOn}>
          <p>{t('score.conflict')}</p>
          {conflictReason && <p>{t('score.conflictReason', { reason: conflictReason })}</p>}
        </NotYoursStamp>
      ) : (
        unassigned && (
          <NotYoursStamp title={t('score.unassignedStamp')} moveOn={moveOn}>
            <p>{t('score.unassigned')}</p>
          </NotYoursStamp>
        )
      )}
      {recused && (
        <NotYoursStamp title={t('score.recusedStamp')}>
          <p>{t('score.recused')}</p>
        </NotYoursStamp>
      )}
    </>
  );
}

/**
 * The criteria of the grid with their anchored levels, one radio group each (so the scale's own values are the
 * only ones that can be entered), comments, the recommended outcome and the recusal.
 */
export const ScoringPanel = forwardRef(function ScoringPanel(
  {
    manifest,
    evaluation,
    activeCriterion,
    onActivate,
    onChange,
    conflictReason,
    unassigned = false,
    notice,
    moveOn,
  }: Props,
  ref: Ref<ScoringPanelHandle>,
) {
  const { t, language, formatDecimal } = useI18n();
  const contentLanguage = useContentLanguage(manifest);
  const groups = useRef<Array<HTMLFieldSetElement | null>>([]);
  const comments = useRef<Array<HTMLTextAreaElement | null>>([]);
  const overallComment = useRef<HTMLTextAreaElement>(null);
  const baseId = useId();
  const recused = evaluation?.status === 'recused';
  const locked = conflictReason !== null || recused || unassigned;
  const scores = evaluation?.scores ?? {};
  const total = jurorTotal(scores, manifest.criteria);

  useImperativeHandle(ref, () => ({
    // The group, not one of its levels: there ↑ and ↓ still move between criteria and a digit scores, where a
    // focused level would take an arrow as a change of score. Tab enters the levels.
    focusCriterion: (index) => {
      const group = groups.current[index];
      group?.focus({ preventScroll: true });
      group?.scrollIntoView({ block: 'nearest' });
    },
    focusComment: (index) => comments.current[index]?.focus(),
    focusOverallComment: () => overallComment.current?.focus(),
  }));

  return (
    <section className={`scoring card${locked ? ' scoring--locked' : ''}`} aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`}>{t('score.title')}</h3>
      <LockStamps conflictReason={conflictReason} unassigned={unassigned} recused={recused} moveOn={moveOn} />
      <p className="notice" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {manifest.criteria.map((criterion, index) => {
        const label = labelText(criterion.label, language);
        const value = scores[criterion.id];
        return (
          <fieldset
            key={criterion.id}
            ref={(element) => {
              groups.current[index] = element;
            }}
            className={`criterion${index === activeCriterion ? ' criterion--active' : ''}`}
            tabIndex={-1}
            disabled={locked}
            onFocus={() => onActivate(index)}
          >
            <CriterionHeading criterion={criterion} contentLanguage={contentLanguage} />
            <ScaleChoices
              contentLanguage={contentLanguage}
              criterion={criterion}
              value={value}
              name={`${baseId}-${criterion.id}`}
              label={label}
              onScore={(score) => onChange({ scores: { [criterion.id]: score } })}
            />
            <label className="field-label small" htmlFor={`${baseId}-comment-${criterion.id}`}>
              {t('score.comment', { criterion: label })}
            </label>
            <textarea
              id={`${baseId}-comment-${criterion.id}`}
              ref={(element) => {
                comments.current[index] = element;
              }}
              className="text-area"
              rows={2}
              value={evaluation?.comments[criterion.id] ?? ''}
              onChange={(event) => onChange({ comments: { [criterion.id]: event.target.value } })}
            />
          </fieldset>
        );
      })}
      {total !== null && <p className="total">{t('score.total', { total: formatDecimal(total, 1) })}</p>}
      <fieldset className="criterion" disabled={conflictReason !== null}>
        <legend>{t('score.overall')}</legend>
        <label className="visually-hidden" htmlFor={`${baseId}-overall`}>
          {t('score.overall')}
        </label>
        <textarea
          id={`${baseId}-overall`}
          ref={overallComment}
          className="text-area"
          rows={3}
          value={evaluation?.comment ?? ''}
          onChange={(event) => onChange({ comment: event.target.value })}
        />
        <label className="field-label small" htmlFor={`${baseId}-recommendation`}>
          {t('score.recommendation')}
        </label>
        <select
          id={`${baseId}-recommendation`}
          value={evaluation?.recommendation ?? ''}
          disabled={recused}
          onChange={(event) => onChange({ recommendation: event.target.value })}
        >
          <option value="">{t('score.noRecommendation')}</option>
          {manifest.outcomes.map((outcome) => (
            <option key={outcome.id} value={outcome.id}>
              {labelText(outcome.label, language)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={recused} onChange={(event) => onChange({ recused: event.target.checked })} />
          {t('score.recuse')}
        </label>
        {recused && (
          <>
            <label className="field-label small" htmlFor={`${baseId}-recusal`}>
              {t('score.recusalReason')}
            </label>
            <textarea
              id={`${baseId}-recusal`}
              className="text-area"
              rows={2}
              value={evaluation?.recusalReason ?? ''}
              onChange={(event) => onChange({ recused: true, recusalReason: event.target.value })}
            />
          </>
        )}
      </fieldset>
    </section>
  );
});

/** A criterion's name, weight and description, in the bundle's language where it is not the interface's. */
function CriterionHeading({
  criterion,
  contentLanguage,
}: {
  criterion: Criterion;
  contentLanguage: (label?: Label) => string | undefined;
}) {
  const { t, language } = useI18n();
  return (
    <>
      <legend>
        <span lang={contentLanguage(criterion.label)}>{labelText(criterion.label, language)}</span>{' '}
        <span className="muted">({t('score.weight', { weight: criterion.weight })})</span>
      </legend>
      {criterion.description && (
        <p className="muted criterion__description" lang={contentLanguage(criterion.description)}>
          {labelText(criterion.description, language)}
        </p>
      )}
    </>
  );
}

/** A criterion's scale as one radio per value, each with its anchored level, and a way to clear the score. */
function ScaleChoices({
  contentLanguage,
  criterion,
  value,
  name,
  label,
  onScore,
}: {
  contentLanguage: (label?: Label) => string | undefined;
  criterion: Criterion;
  value: number | null | undefined;
  name: string;
  label: string;
  onScore: (score: number | null) => void;
}) {
  const { t, language } = useI18n();
  const options = scaleValues(criterion);
  // One Tab stop per criterion, as in any radio group: its score, or its first level while it has none. Browsers
  // differ on an unchecked group, so the order is set here; the arrows still move between levels.
  const tabStop = options.includes(value ?? NaN) ? value : options[0];
  return (
    <div className="scale" role="presentation">
      {options.map((option) => {
        const level = criterion.levels?.find((candidate) => candidate.value === option);
        return (
          <label key={option} className={`scale__option${value === option ? ' scale__option--checked' : ''}`}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              tabIndex={option === tabStop ? 0 : -1}
              onChange={() => onScore(option)}
            />
            <span className="scale__value">{option}</span>
            {level && (
              <span className="scale__level" lang={contentLanguage(level.label)}>
                {labelText(level.label, language)}
              </span>
            )}
          </label>
        );
      })}
      {/* Only a score can be cleared: an unscored criterion is one Tab stop, its radio group. */}
      {value !== null && value !== undefined && (
        <button
          type="button"
          className="link-button scale__clear"
          onClick={(event) => {
            const firstLevel = event.currentTarget.closest('.scale')?.querySelector('input');
            onScore(null);
            firstLevel?.focus();
          }}
          aria-label={t('score.clear', { criterion: label })}
        >
          ✕
        </button>
      )}
    </div>
  );
}
