import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { labelText } from '@core/documents';
import { scoreForDigit } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useSetting } from '@renderer/app/settings';
import type { EvaluationRecord } from '@renderer/db/schema';
import { useI18n } from '@renderer/i18n';
import { applyChange, blankEvaluation, saveChange, type EvaluationChange } from './evaluations';
import type { ScoringPanelHandle } from './ScoringPanel';
import { serialSaver } from './serial-saver';
import { useCallData } from './use-call-data';

/**
 * How long the saves must rest before the live region says they are done: each keystroke saves, and announcing every
 * save would talk over the juror's typing (docs/ACCESSIBILITY.md, 4.1.3). A failure is an alert, at once.
 */
const SAVE_SETTLED_MS = 1200;

/** How long a failed save waits before it is tried again (a full disk freed, another window closed). */
const SAVE_RETRY_MS = 3000;

/** A key that acts alone, with no modifier: the settings can turn these off (docs/ACCESSIBILITY.md, 2.1.4). */
function isSingleKey(event: KeyboardEvent): boolean {
  return !event.altKey && (event.key.length === 1 || event.key === 'Delete' || event.key === 'Backspace');
}

/** A criterion's levels are a radio group: there the arrows move between levels, as screen-reader users expect. */
function isInLevelGroup(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'radio';
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['radio', 'checkbox'].includes(target.type))
  );
}

/**
 * Scoring one application as state and actions: the evaluation as typed, its saving, the neighbours in the juror's
 * order, and the keyboard. The application's page only lays these out.
 */
export function useScoring({
  callId,
  applicationId,
  onOpen,
  panel,
}: {
  callId: string;
  applicationId: string;
  /** The scoring panel, whose fields the keyboard moves between. */
  panel: RefObject<ScoringPanelHandle | null>;
  onOpen: (applicationId: string) => void;
}) {
  const { db } = useServices();
  const { t, language, locale } = useI18n();
  const data = useCallData(callId);
  const [activeCriterion, setActiveCriterion] = useState(0);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);

  const [settledAt, setSettledAt] = useState<Date | null>(null);
  useEffect(() => {
    if (saving !== 'saved') return;
    const timer = setTimeout(() => setSettledAt(savedAt), SAVE_SETTLED_MS);
    return () => clearTimeout(timer);
  }, [saving, savedAt]);

  const [notice, setNotice] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [autoAdvance] = useSetting('autoAdvance');
  const [singleKeyShortcuts] = useSetting('singleKeyShortcuts');

  const ordered = useMemo(
    () =>
      data ? [...data.rows].sort((a, b) => Number(b.assigned) - Number(a.assigned) || a.position - b.position) : [],
    [data],
  );
  const index = ordered.findIndex((row) => row.application.id === applicationId);
  const row = ordered[index];
  const manifest = data?.manifest;
  const jurorId = data?.call.jurorId ?? null;
  const criteria = useMemo(() => manifest?.criteria ?? [], [manifest]);
  const canScore = jurorId !== null && row !== undefined && row.conflictReason === null && row.assigned;

  // The screen shows the evaluation as typed, at once; the database catches up one transaction later.
  // Showing the stored copy instead would let a fast typist's keys race the live query.
  const [local, setLocal] = useState<EvaluationRecord | undefined | null>(null);
  if (local === null && row) setLocal(row.evaluation);

  const saver = useMemo(
    () =>
      serialSaver<EvaluationChange>(
        (update) =>
          jurorId && manifest
            ? saveChange(db, { callId, jurorId, applicationId }, update, manifest.criteria)
            : Promise.resolve(),
        (state) => {
          setSaving(state.status);
          setSaveError(state.status === 'failed' ? state.error : null);
          if (state.status === 'saved') setSavedAt(new Date());
        },
        SAVE_RETRY_MS,
      ),
    [db, callId, jurorId, applicationId, manifest],
  );

  const change = useCallback(
    (update: EvaluationChange) => {
      if (!jurorId || !manifest) return;
      setLocal((current) =>
        applyChange(
          current ?? blankEvaluation({ callId, jurorId, applicationId }),
          update,
          manifest.criteria,
          new Date().toISOString(),
        ),
      );
      // The screen keeps what was typed all along; the saver catches up, and says when it cannot.
      saver.push(update);
    },
    [jurorId, manifest, callId, applicationId, saver],
  );

  const go = useCallback(
    (offset: number) => {
      const next = ordered[index + offset];
      if (next) onOpen(next.application.id);
    },
    [ordered, index, onOpen],
  );

  const moveTo = useCallback(
    (next: number) => {
      setActiveCriterion(next);
      panel.current?.focusCriterion(next);
    },
    [panel],
  );

  // A layout effect: the shortcuts listen from the moment the page is painted, so no early keystroke is lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (helpOpen || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) {
        // Escape leaves a text field and gives the keyboard shortcuts back.
        if (event.key === 'Escape') {
          event.preventDefault();
          panel.current?.focusCriterion(activeCriterion);
        }
        return;
      }
      if (!singleKeyShortcuts && isSingleKey(event)) return;
      const key = event.key;
      if (key.startsWith('Arrow') && !event.altKey && isInLevelGroup(event.target)) return;
      const criterion = criteria[activeCriterion];
      const act = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (key === '?') act(() => setHelpOpen(true));
      else if ((event.altKey && key === 'ArrowRight') || key === 'n' || key === 'N') act(() => go(1));
      else if ((event.altKey && key === 'ArrowLeft') || key === 'p' || key === 'P') act(() => go(-1));
      else if (key === 'ArrowDown' || key === 'j' || key === 'J')
        act(() => moveTo(Math.min(criteria.length - 1, activeCriterion + 1)));
      else if (key === 'ArrowUp' || key === 'k' || key === 'K') act(() => moveTo(Math.max(0, activeCriterion - 1)));
      else if (/^[0-9]$/.test(key) && criterion && canScore && local?.status !== 'recused') {
        act(() => {
          const score = scoreForDigit(criterion, Number(key));
          setNotice(
            score === null
              ? t('score.offScale', {
                  value: key,
                  criterion: labelText(criterion.label, language),
                  min: criterion.scale.min,
                  max: criterion.scale.max,
                })
              : null,
          );
          if (score === null) return;
          change({ scores: { [criterion.id]: score } });
          if (autoAdvance && activeCriterion < criteria.length - 1) moveTo(activeCriterion + 1);
        });
      } else if ((key === 'Delete' || key === 'Backspace') && criterion && canScore)
        act(() => {
          change({ scores: { [criterion.id]: null } });
          // The clear button goes with the score: focus stays in the criterion rather than falling to the page.
          if (event.target instanceof HTMLElement && event.target.closest('.scale__clear')) moveTo(activeCriterion);
        });
      else if (key === 'c' && canScore) act(() => panel.current?.focusOverallComment());
      else if (key === 'C' && canScore) act(() => panel.current?.focusComment(activeCriterion));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    helpOpen,
    criteria,
    activeCriterion,
    canScore,
    local?.status,
    change,
    go,
    moveTo,
    panel,
    t,
    language,
    autoAdvance,
    singleKeyShortcuts,
  ]);

  const timeOfDay = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  return {
    data,
    ordered,
    index,
    row,
    manifest,
    jurorId,
    local,
    change,
    go,
    saving,
    savedAt: savedAt && timeOfDay.format(savedAt),
    savedAnnouncement: settledAt && timeOfDay.format(settledAt),
    saveFailure: saveError === null ? null : failureText(saveError, language, t),
    notice,
    activeCriterion,
    setActiveCriterion,
    helpOpen,
    setHelpOpen,
  };
}
