import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type ComputedResult,
  type Method,
  deliberationContent,
  fullOutcomeFor,
  outcomeLoads,
  type ReceivedFile,
  deliberationTable,
  safeRows,
  toCsv,
} from '@core/jury';
import { assembleDeliberation, type BundleManifest, labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { useVirtualWindow } from '@renderer/components/use-virtual-window';
import type { DecisionRecord } from '@renderer/db/schema';
import { useI18n } from '@renderer/i18n';

export function useDecisions(callId: string): DecisionRecord[] {
  const { db } = useServices();
  return useLiveQuery(() => db.decisions.where('callId').equals(callId).toArray(), [db, callId]) ?? [];
}

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

/** The chair asked to decide on this application: its editor is brought into view and focused. A new object each time. */
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
function DecisionList({
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
    let frame = requestAnimationFrame(function focusOnceDrawn() {
      const field = document.getElementById(`outcome-${decide.applicationId}`);
      if (field) {
        field.scrollIntoView({ block: 'center' });
        field.focus();
      } else if (++frames < FRAMES_TO_DRAW) frame = requestAnimationFrame(focusOnceDrawn);
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

function download(
  bridge: { saveFile: (name: string, data: Blob) => Promise<boolean> },
  name: string,
  data: BlobPart,
  type: string,
) {
  return bridge.saveFile(name, new Blob([data], { type }));
}

/** Decisions within capacities, the live summary, the minutes, the signed deliberation and staff's exports. */
export function DeliberationSection({
  callId,
  manifest,
  manifestSha256,
  method,
  accepted,
  results,
  decide,
  onReport,
}: {
  callId: string;
  manifest: BundleManifest;
  manifestSha256: string;
  method: Method;
  accepted: readonly ReceivedFile[];
  results: readonly ComputedResult[];
  decide: DecideRequest | null;
  onReport: () => void;
}) {
  const { db, bridge, identity } = useServices();
  const { t, language, locale } = useI18n();
  const decisions = useDecisions(callId);
  const record = useLiveQuery(() => db.deliberations.get(callId), [db, callId]);
  const call = useLiveQuery(() => db.calls.get(callId), [db, callId]);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  const chair = manifest.jurors.find((juror) => juror.role === 'chair');
  const isChair = call?.jurorId !== undefined && call?.jurorId === chair?.id;
  const shownMinutes = minutes ?? record?.minutes ?? '';
  const ordered = useMemo(() => [...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)), [results]);

  const content = (revision: number) =>
    deliberationContent({
      manifest,
      manifestSha256,
      chair: { id: chair!.id, name: chair!.name },
      revision,
      decidedAt: new Date().toISOString(),
      method,
      accepted,
      results,
      decisions: decisions.map(({ applicationId, outcome, rationale }) => ({ applicationId, outcome, rationale })),
      minutes: shownMinutes,
    });

  async function sign() {
    if (!identity || !chair) return;
    const revision = (record?.revision ?? 0) + 1;
    const { blob } = await assembleDeliberation(content(revision), identity.publicKey, (bytes) =>
      bridge.sign('deliberation', bytes),
    );
    const fileName = `${callId}-deliberation-r${revision}.jurydelib`;
    if (!(await bridge.saveFile(fileName, blob))) return;
    await db.deliberations.put({ callId, minutes: shownMinutes, revision, exportedAt: new Date().toISOString() });
    setMessage(t('deliberation.signed', { revision, fileName }));
  }

  async function exportTable(format: 'csv' | 'csv-fr' | 'xlsx') {
    const table = deliberationTable(content(record?.revision ?? 1), manifest, language);
    if (format !== 'xlsx') {
      await download(
        bridge,
        `${callId}-deliberation${format === 'csv-fr' ? '-excel-fr' : ''}.csv`,
        toCsv(table, format === 'csv-fr' ? 'excel-fr' : 'rfc4180'),
        'text/csv',
      );
      return;
    }
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(language === 'fr' ? 'Délibération' : 'Deliberation');
    for (const row of safeRows(table)) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    await download(
      bridge,
      `${callId}-deliberation.xlsx`,
      await workbook.xlsx.writeBuffer(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  }

  return (
    <section className="card" aria-labelledby="deliberation-title">
      <h3 id="deliberation-title">{t('deliberation.title')}</h3>
      <p className="muted">{t('deliberation.intro')}</p>
      <div className="outcome-summary" aria-live="polite">
        <h4>{t('deliberation.summary')}</h4>
        <ul>
          {outcomeLoads(manifest, decisions).map(({ outcome, count }) => (
            <li key={outcome.id}>
              <strong>{labelText(outcome.label, language)}</strong>{' '}
              <span className="muted">
                (
                {outcome.capacity !== undefined
                  ? t('deliberation.places', { count, capacity: outcome.capacity })
                  : t('deliberation.count', { count })}
                )
              </span>
              {' — '}
              {decisions
                .filter((decision) => decision.outcome === outcome.id)
                .map((decision) => names.get(decision.applicationId))
                .join(', ') || t('deliberation.none')}
            </li>
          ))}
        </ul>
      </div>
      <DecisionList
        callId={callId}
        manifest={manifest}
        ordered={ordered}
        names={names}
        decisions={decisions}
        decide={decide}
      />
      <label className="field-label" htmlFor="minutes">
        {t('deliberation.minutes')}
      </label>
      <textarea
        id="minutes"
        className="text-area"
        rows={5}
        value={shownMinutes}
        onChange={(event) => {
          setMinutes(event.target.value);
          void db.deliberations.put({
            callId,
            minutes: event.target.value,
            revision: record?.revision ?? 0,
            exportedAt: record?.exportedAt ?? null,
          });
        }}
      />
      <div className="actions">
        {isChair ? (
          <button type="button" className="button button--primary" onClick={() => void sign()}>
            {t('deliberation.sign')}
          </button>
        ) : (
          <p className="muted">{t('deliberation.notChair')}</p>
        )}
      </div>
      {record?.exportedAt && (
        <p className="muted">
          {t('deliberation.lastSigned', {
            revision: record.revision,
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
              new Date(record.exportedAt),
            ),
          })}
        </p>
      )}
      <p role="status" className="ok">
        {message ?? ''}
      </p>
      <h4>{t('deliberation.exports')}</h4>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportTable('csv')}>
          {t('deliberation.csv')}
        </button>
        <button type="button" className="button" onClick={() => void exportTable('csv-fr')}>
          {t('deliberation.csvFr')}
        </button>
        <button type="button" className="button" onClick={() => void exportTable('xlsx')}>
          {t('deliberation.xlsx')}
        </button>
        <button type="button" className="button" onClick={onReport}>
          {t('deliberation.report')}
        </button>
      </div>
    </section>
  );
}
