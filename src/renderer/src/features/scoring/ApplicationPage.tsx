import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { labelText } from '@core/documents';
import { scoreForDigit } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { fieldLabel, StatusBadge } from './ApplicationList';
import type { EvaluationRecord } from '@renderer/db/schema';
import { applyChange, blankEvaluation, saveChange, type EvaluationChange } from './evaluations';
import { PdfViewer } from './PdfViewer';
import { RadarView } from './RadarView';
import { ScoringPanel, type ScoringPanelHandle } from './ScoringPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useCallData } from './use-call-data';
import { BackLink } from '@renderer/components/BackLink';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['radio', 'checkbox'].includes(target.type))
  );
}

export function ApplicationPage({
  callId,
  applicationId,
  onBack,
  onOpen,
}: {
  callId: string;
  applicationId: string;
  onBack: () => void;
  onOpen: (applicationId: string) => void;
}) {
  const { db, bridge } = useServices();
  const { t, language, locale } = useI18n();
  const data = useCallData(callId);
  const attachments = useLiveQuery(
    () => db.attachments.where('[callId+applicationId]').equals([callId, applicationId]).toArray(),
    [db, callId, applicationId],
  );
  const [activeCriterion, setActiveCriterion] = useState(0);
  const [shownPath, setShownPath] = useState<string | null>(null);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const panel = useRef<ScoringPanelHandle>(null);
  const pending = useRef(0);

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
  const canScore = jurorId !== null && row !== undefined && row.conflictReason === null;

  // The screen shows the evaluation as typed, at once; the database catches up one transaction later.
  // Showing the stored copy instead would let a fast typist's keys race the live query.
  const [local, setLocal] = useState<EvaluationRecord | undefined | null>(null);
  if (local === null && row) setLocal(row.evaluation);

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
      pending.current += 1;
      setSaving('saving');
      void saveChange(db, { callId, jurorId, applicationId }, update, manifest.criteria).then(() => {
        pending.current -= 1;
        if (pending.current === 0) {
          setSaving('saved');
          setSavedAt(new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date()));
        }
      });
    },
    [db, callId, jurorId, applicationId, manifest, locale],
  );

  const go = useCallback(
    (offset: number) => {
      const next = ordered[index + offset];
      if (next) onOpen(next.application.id);
    },
    [ordered, index, onOpen],
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
      const key = event.key;
      const criterion = criteria[activeCriterion];
      if (key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if ((event.altKey && key === 'ArrowRight') || key === 'n' || key === 'N') {
        event.preventDefault();
        go(1);
      } else if ((event.altKey && key === 'ArrowLeft') || key === 'p' || key === 'P') {
        event.preventDefault();
        go(-1);
      } else if (key === 'ArrowDown' || key === 'j' || key === 'J') {
        event.preventDefault();
        const next = Math.min(criteria.length - 1, activeCriterion + 1);
        setActiveCriterion(next);
        panel.current?.focusCriterion(next);
      } else if (key === 'ArrowUp' || key === 'k' || key === 'K') {
        event.preventDefault();
        const previous = Math.max(0, activeCriterion - 1);
        setActiveCriterion(previous);
        panel.current?.focusCriterion(previous);
      } else if (/^[0-9]$/.test(key) && criterion && canScore && local?.status !== 'recused') {
        event.preventDefault();
        const score = scoreForDigit(criterion, Number(key));
        if (score === null) {
          setNotice(
            t('score.offScale', {
              value: key,
              criterion: labelText(criterion.label, language),
              min: criterion.scale.min,
              max: criterion.scale.max,
            }),
          );
        } else {
          setNotice(null);
          change({ scores: { [criterion.id]: score } });
        }
      } else if ((key === 'Delete' || key === 'Backspace') && criterion && canScore) {
        event.preventDefault();
        change({ scores: { [criterion.id]: null } });
      } else if ((key === 'c' || key === 'C') && canScore) {
        event.preventDefault();
        panel.current?.focusComment(activeCriterion);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [helpOpen, criteria, activeCriterion, canScore, local?.status, change, go, t, language]);

  if (data === undefined) return null;
  if (!data || !row || !manifest) {
    return (
      <button type="button" className="button" onClick={onBack}>
        {t('application.back')}
      </button>
    );
  }
  const { application } = row;
  const shown = attachments?.find(
    (attachment) =>
      attachment.path ===
      (shownPath ?? attachments.find((candidate) => candidate.mediaType === 'application/pdf')?.path),
  );

  return (
    <article className="application-page" aria-labelledby="application-title">
      <div className="application-bar">
        <BackLink label={t('application.back')} onBack={onBack} />
        <span className="muted">{t('application.position', { index: index + 1, count: ordered.length })}</span>
        <button type="button" className="button" disabled={index <= 0} onClick={() => go(-1)}>
          {t('application.previous')}
        </button>
        <button type="button" className="button" disabled={index >= ordered.length - 1} onClick={() => go(1)}>
          {t('application.next')}
        </button>
        <span className="save-state" role="status" aria-live="polite">
          {saving === 'saving'
            ? t('application.saving')
            : saving === 'saved' && savedAt
              ? t('application.savedAt', { time: savedAt })
              : ''}
        </span>
        <button type="button" className="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('application.shortcuts')}
        </button>
      </div>
      <div className="application-columns">
        <div className="application-main">
          <h2 id="application-title">
            {application.name} <span className="muted">{application.id}</span> <StatusBadge status={row.status} />
          </h2>
          {application.summary && (
            <section aria-label={t('application.summary')}>
              <p className="lead">{application.summary}</p>
            </section>
          )}
          {application.fields && Object.keys(application.fields).length > 0 && (
            <section aria-labelledby="facts-title">
              <h3 id="facts-title">{t('application.facts')}</h3>
              <dl className="facts-list">
                {Object.entries(application.fields).map(([key, value]) => (
                  <div key={key} className="facts-list__row">
                    <dt>{fieldLabel(key, t)}</dt>
                    <dd>
                      {typeof value === 'number'
                        ? new Intl.NumberFormat(locale, { useGrouping: 'min2' }).format(value)
                        : String(value)}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          {(application.answers?.length ?? 0) > 0 && (
            <section aria-labelledby="answers-title">
              <h3 id="answers-title">{t('application.answers')}</h3>
              {application.answers?.map((answer, answerIndex) => (
                <div key={answerIndex} className="answer">
                  <h4>{labelText(answer.question, language)}</h4>
                  <p>{answer.answer}</p>
                </div>
              ))}
            </section>
          )}
          {attachments && attachments.length > 0 && (
            <section aria-labelledby="attachments-title">
              <h3 id="attachments-title">{t('application.attachments')}</h3>
              <ul className="attachments">
                {attachments.map((attachment) => (
                  <li key={attachment.path}>
                    <span>{attachment.name}</span>
                    {attachment.mediaType === 'application/pdf' && (
                      <button
                        type="button"
                        className="button"
                        aria-pressed={shown?.path === attachment.path}
                        onClick={() => setShownPath(attachment.path)}
                      >
                        {t('application.show', { name: attachment.name })}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button"
                      onClick={() => void bridge.saveFile(attachment.name, attachment.blob)}
                    >
                      {t('application.save', { name: attachment.name })}
                    </button>
                  </li>
                ))}
              </ul>
              {shown && <PdfViewer key={shown.path} blob={shown.blob} name={shown.name} />}
            </section>
          )}
        </div>
        <div className="application-side">
          {jurorId === null ? (
            <p className="warning">{t('score.chooseIdentity')}</p>
          ) : (
            <ScoringPanel
              ref={panel}
              manifest={manifest}
              evaluation={local ?? undefined}
              activeCriterion={activeCriterion}
              onActivate={setActiveCriterion}
              onChange={change}
              conflictReason={row.conflictReason}
              notice={notice}
            />
          )}
          {local && local.status !== 'recused' && (
            <RadarView
              criteria={manifest.criteria}
              series={[{ id: application.id, name: application.name, scores: local.scores }]}
              showScaleMaximum
              title={t('radar.title')}
            />
          )}
        </div>
      </div>
      <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
    </article>
  );
}
