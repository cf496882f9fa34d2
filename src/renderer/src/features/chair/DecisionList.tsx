import { useEffect, useMemo, useRef, useState } from 'react';
import { type BundleManifest, labelText } from '@core/documents';
import { type ComputedResult, fullOutcomeFor } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { useVirtualWindow } from '@renderer/components/use-virtual-window';
import type { DecisionRecord } from '@renderer/db/schema';
import { useI18n } from '@renderer/i18n';

/**
 * One application's outcome and rationale; the rationale is shown as typed and saved on every change. A rationale
 * typed before any outcome is chosen cannot be saved yet: it goes to `onDraft`, so that it outlives the editor.
 */
export function DecisionEditor({
  callId,
  manifest,
  applicationId,
  name,
  stored,
  draft,
  decisions,
  onDraft,
}: {
  callId: string;
  manifest: BundleManifest;
  applicationId: string;
  name: string;
  stored: DecisionRecord | undefined;
  draft: string | undefined;
  decisions: DecisionRecord[];
  onDraft: (applicationId: string, rationale: string) => void;
}) {
  const { db } = useServices();
  const { t, language } = useI18n();
  const [rationale, setRationale] = useState(stored?.rationale ?? draft ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);

  const save = (outcome: string, text: string) =>
    outcome === ''
      ? db.decisions.delete([callId, applicationId])
      : db.decisions.put({ callId, applicationId, outcome, rationale: text, updatedAt: new Date().toISOString() });

  return (
    <div className="decision">
      <label className="field-label small" htmlFor={`outcome-${applicationId}`}>
        {t('deliberation.outcome', { name })}
      </label>
      <select
        id={`outcome-${applicationId}`}
        value={stored?.outcome ?? ''}
        onChange={(event) => {
          const outcome = event.target.value;
          const full = outcome ? fullOutcomeFor(manifest, decisions, applicationId, outcome) : null;
          if (full) {
            setRefusal(
              t('deliberation.full', { outcome: labelText(full.label, language), capacity: full.capacity ?? 0 }),
            );
            return;
          }
          setRefusal(null);
          if (outcome === '') onDraft(applicationId, rationale);
          void save(outcome, rationale);
        }}
      >
        <option value="">{t('deliberation.undecided')}</option>
        {manifest.outcomes.map((outcome) => (
          <option key={outcome.id} value={outcome.id}>
            {labelText(outcome.label, language)}
          </option>
        ))}
      </select>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
      <label className="field-label small" htmlFor={`rationale-${applicationId}`}>
        {t('deliberation.rationale', { name })}
      </label>
      <textarea
        id={`rationale-${applicationId}`}
        className="text-area"
        rows={2}
        value={rationale}
        onChange={(event) => {
          setRationale(event.target.value);
          if (stored) void save(stored.outcome, event.target.value);
          else onDraft(applicationId, event.target.value);
        }}
      />
    </div>
  );
}

/**
 * The chair opened the decisions while discussing this application: its editor is brought into view, never
 * focused. Focus stays where the chair put it (the tab, for arrows across the views): an outcome list that took
 * focus would record a decision with the next arrow key. A new object each time.
 */
export interface DecideRequest {
  readonly applicationId: string;
}

/** Frames to wait for a requested editor to be drawn, once the window has scrolled to it. */
const FRAMES_TO_DRAW = 30;

/** What an application's editor takes before it is measured: its outcome and a two-line rationale. */
const DECISION_HEIGHT = 150;

/**
 * The editors, in ranking order, drawn as a window of those in view: a national call's two thousand selects and
 * text areas made every change on the chair's page lay out the whole list again.
 */
export function DecisionList({
  callId,
  manifest,
  ordered,
  names,
  decisions,
  decide,
}: {
  callId: string;
  manifest: BundleManifest;
  ordered: readonly ComputedResult[];
  names: ReadonlyMap<string, string>;
  decisions: DecisionRecord[];
  decide: DecideRequest | null;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const byApplication = useMemo(
    () => new Map(decisions.map((decision) => [decision.applicationId, decision])),
    [decisions],
  );
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const keepDraft = (applicationId: string, rationale: string) =>
    setDrafts((previous) => new Map(previous).set(applicationId, rationale));
  // Room between the list and the borders of its scroll box, counted in the window's offsets.
  const { virtualizer, shown, before, after } = useVirtualWindow(ordered.length, scroller, {
    rowHeight: DECISION_HEIGHT,
    overscan: 10,
    padding: 8,
  });
  useEffect(() => {
    if (!decide) return;
    const index = ordered.findIndex((result) => result.applicationId === decide.applicationId);
    if (index === -1) return;
    // The editor may be far outside the window: the window moves to it first, and it is drawn a frame or more later.
    virtualizer.scrollToIndex(index, { align: 'center' });
    let frames = 0;
    let frame = requestAnimationFrame(function showOnceDrawn() {
      const field = document.getElementById(`outcome-${decide.applicationId}`);
      if (field) field.scrollIntoView({ block: 'center' });
      else if (++frames < FRAMES_TO_DRAW) frame = requestAnimationFrame(showOnceDrawn);
    });
    return () => cancelAnimationFrame(frame);
  }, [decide, ordered, virtualizer]);
  return (
    <div ref={scroller} className="decision-scroll">
      <ol className="decision-list" style={{ paddingTop: before, paddingBottom: after }}>
        {shown.map((item) => {
          const { applicationId } = ordered[item.index]!;
          return (
            // The number is the application's place in the ranking order, whichever editors are drawn.
            <li key={applicationId} value={item.index + 1} ref={virtualizer.measureElement} data-index={item.index}>
              <DecisionEditor
                callId={callId}
                manifest={manifest}
                applicationId={applicationId}
                name={names.get(applicationId) ?? applicationId}
                stored={byApplication.get(applicationId)}
                draft={drafts.get(applicationId)}
                decisions={decisions}
                onDraft={keepDraft}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
