import { useMemo, useState } from 'react';
import { type Method, jurorCalibrations, jurorTotals } from '@core/jury';
import { describeFailure } from '@core/errors';
import { labelText, assembleScoreFile } from '@core/documents';
import { formatPublicKey, parsePublicKey } from '@core/crypto';
import { useServices } from '@renderer/app/context';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { scoreFileContent } from '@renderer/features/scoring/export-scores';
import { RadarView } from '@renderer/features/scoring/RadarView';
import { DeliberationSection, type DecideRequest } from './Deliberation';
import { RankingCard } from './RankingCard';
import { receiveScoreFiles, type Reception } from './receive';
import { useMerge } from './use-merge';
import { BackLink } from '@renderer/components/BackLink';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Below this many shared applications, a juror's calibration rests on too little (brief §4). */
const FEW_SHARED = 3;

export function ChairPage({ callId, onBack, onReport }: { callId: string; onBack: () => void; onReport: () => void }) {
  const { db, bridge, identity } = useServices();
  const { t, language } = useI18n();
  const [method, setMethod] = useState<Method>({ aggregate: 'mean', normalization: 'none' });
  const merge = useMerge(callId, method);
  const [reception, setReception] = useState<Reception | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [decide, setDecide] = useState<DecideRequest | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [projection, setProjection] = useState(false);

  const names = useMemo(
    () => new Map(merge?.manifest.applications.map((application) => [application.id, application.name]) ?? []),
    [merge],
  );
  // Once per merge, not per keystroke in the filter: thirty jurors' totals over two thousand applications.
  const totals = useMemo(
    () =>
      merge
        ? jurorTotals(
            merge.manifest,
            merge.report.accepted.map((file) => file.scoreFile),
          )
        : [],
    [merge],
  );
  const calibrations = useMemo(
    () =>
      merge
        ? jurorCalibrations(
            merge.report.accepted.map((file) => file.jurorId),
            totals,
            merge.results,
          )
        : [],
    [merge, totals],
  );
  if (!merge) return null;
  const { manifest, report, results } = merge;
  const accepted = new Map(report.accepted.map((file) => [file.jurorId, file]));
  const jurorLabel = (jurorId: string) => {
    const index = manifest.jurors.findIndex((juror) => juror.id === jurorId);
    return projection
      ? t('chair.jurorLetter', { letter: LETTERS[index] ?? String(index + 1) })
      : (manifest.jurors[index]?.name ?? jurorId);
  };

  async function receive(files: File[]) {
    setReception(
      await receiveScoreFiles(db, callId, { manifest: merge!.manifest, manifestSha256: merge!.manifestSha256 }, files),
    );
  }

  async function includeMine() {
    const call = await db.calls.get(callId);
    if (!call?.jurorId || !identity) return;
    const [evaluations, previous] = await Promise.all([
      db.evaluations.where('[callId+jurorId]').equals([callId, call.jurorId]).toArray(),
      db.exports.get([callId, call.jurorId]),
    ]);
    const revision = (previous?.revision ?? 0) + 1;
    const exportedAt = new Date().toISOString();
    const context = {
      callId,
      jurorId: call.jurorId,
      manifest,
      manifestSha256: merge!.manifestSha256,
      publicKey: identity.publicKey,
    };
    const { blob, fileSha256 } = await assembleScoreFile(
      scoreFileContent(context, evaluations, revision, exportedAt),
      identity.publicKey,
      (bytes) => bridge.sign('scores', bytes),
    );
    const fileName = `${call.jurorId}-r${revision}.juryscores`;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const ownKey = manifest.jurors.find((juror) => juror.id === call.jurorId)?.publicKey;
    await db.transaction('rw', db.receivedScores, db.exports, db.confirmedKeys, async () => {
      await db.receivedScores.put({ callId, sha256: fileSha256, fileName, importedAt: exportedAt, bytes });
      await db.exports.put({ callId, jurorId: call.jurorId!, revision, exportedAt, fileName, fileSha256 });
      // The chair's own key needs no confirmation from the chair.
      if (!ownKey) {
        await db.confirmedKeys.put({
          callId,
          jurorId: call.jurorId!,
          publicKey: identity.publicKey,
          fingerprint: identity.fingerprint,
          confirmedAt: exportedAt,
        });
      }
    });
  }

  const focusedResult = results.find(
    (result) => result.applicationId === (focused ?? results.find((result) => result.rank === 1)?.applicationId),
  );
  const capacity = merge.sensitivity?.capacity ?? null;
  const toDiscuss = [...results]
    .filter((result) => result.n > 0)
    .map((result) => ({
      result,
      score:
        (result.flags.includes('disagreement') ? 2 : 0) +
        (result.sd ?? 0) / 10 +
        (capacity && result.rank ? Math.max(0, 2 - Math.abs(result.rank - capacity - 0.5) / 2) : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 6);

  const sensitivitySentence = (applicationId: string): string | null => {
    const analysis = merge.sensitivity;
    if (!analysis) return null;
    const inBase = analysis.base.includes(applicationId);
    const differing = analysis.outcomes.filter((outcome) => outcome.selected.includes(applicationId) !== inBase);
    const cases = differing
      .map((outcome) =>
        outcome.scenario.kind === 'method'
          ? t('chair.withMethod', { method: t(`chair.methodName.${outcome.scenario.id}`) })
          : t('chair.withoutJuror', { juror: jurorLabel(outcome.scenario.jurorId) }),
      )
      .join(', ');
    if (differing.length === 0) return inBase ? t('chair.always') : t('chair.never');
    return inBase ? t('chair.selectedExcept', { cases }) : t('chair.notSelectedExcept', { cases });
  };

  return (
    <section aria-labelledby="chair-title" className="chair">
      <p>
        <BackLink label={t('call.back')} onBack={onBack} />
      </p>
      <h2 id="chair-title">
        {t('chair.title')} — {labelText(manifest.call.title, language)}
      </h2>

      <FileDropZone
        label={t('chair.import')}
        hint={t('chair.drop')}
        accept=".juryscores"
        multiple
        onFiles={(files) => void receive(files)}
      >
        <button type="button" className="button" onClick={() => void includeMine()}>
          {t('chair.includeMine')}
        </button>
      </FileDropZone>
      <p className="muted">{t('chair.received', { count: merge.fileCount })}</p>

      {reception?.refused.length || report.refused.length || report.equivocations.length || report.ignored.length ? (
        <div className="card notices" role="alert">
          <h3>{t('chair.refusedTitle')}</h3>
          <ul>
            {reception?.refused.map(({ name, failure }) => (
              <li key={`r-${name}`}>
                <strong>{name}</strong> — {describeFailure(failure, language)}
              </li>
            ))}
            {report.refused.map(({ name, failure }) => (
              <li key={`m-${name}`}>
                <strong>{name}</strong> — {describeFailure(failure, language)}
              </li>
            ))}
            {report.equivocations.map(({ jurorId, revision, files }) => (
              <li key={`e-${jurorId}-${revision}`}>
                {t('chair.equivocation', {
                  juror: jurorLabel(jurorId),
                  revision,
                  files: files.map((file) => `${file.name} (${file.sha256.slice(0, 12)})`).join(', '),
                })}
              </li>
            ))}
            {report.ignored.map(({ file, keptRevision }) => (
              <li key={`i-${file.sha256}`}>
                {t('chair.ignored', {
                  file: file.name,
                  revision: file.revision,
                  juror: jurorLabel(file.jurorId),
                  kept: keptRevision,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="card">
        <h3>{t('chair.panel')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chair.juror')}</th>
              <th scope="col">{t('chair.file')}</th>
              <th scope="col">{t('chair.revision')}</th>
              <th scope="col">{t('chair.complete')}</th>
              <th scope="col">{t('chair.draft')}</th>
              <th scope="col">{t('chair.recused')}</th>
              <th scope="col">{t('chair.notDone')}</th>
              <th scope="col">{t('chair.notAssigned')}</th>
              <th scope="col">{t('chair.key')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.jurors.map((juror) => {
              const file = accepted.get(juror.id);
              const pending = report.unconfirmed.filter((candidate) => candidate.jurorId === juror.id);
              const evaluations = file?.scoreFile.evaluations ?? [];
              const assigned = manifest.assignments?.find(
                (assignment) => assignment.jurorId === juror.id,
              )?.applicationIds;
              const count = (status: string) => evaluations.filter((evaluation) => evaluation.status === status).length;
              const done = new Set(
                evaluations
                  .filter((evaluation) => evaluation.status !== 'draft')
                  .map((evaluation) => evaluation.applicationId),
              );
              return (
                <tr key={juror.id}>
                  <th scope="row">
                    {jurorLabel(juror.id)}{' '}
                    {juror.role === 'chair' && <span className="muted">({t('role.chair')})</span>}
                  </th>
                  <td>{file ? t('chair.receivedFile') : <span className="warning-text">{t('chair.missing')}</span>}</td>
                  <td>{file?.revision ?? '—'}</td>
                  <td>{file ? count('complete') : '—'}</td>
                  <td>{file ? count('draft') : '—'}</td>
                  <td>{file ? count('recused') : '—'}</td>
                  <td>
                    {file
                      ? (assigned ?? manifest.applications.map((application) => application.id)).filter(
                          (id) => !done.has(id),
                        ).length
                      : '—'}
                  </td>
                  <td>{assigned ? manifest.applications.length - assigned.length : 0}</td>
                  <td>
                    {file && <code title={file.fingerprint}>{file.fingerprint.slice(0, 19)}…</code>}{' '}
                    {file && (
                      <span className="muted">{juror.publicKey ? t('chair.rosterKey') : t('chair.confirmedKey')}</span>
                    )}
                    {pending.map((candidate) => (
                      <div key={candidate.sha256} className="confirm-key">
                        <p className="muted">{t('chair.confirmHint', { name: juror.name })}</p>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void db.confirmedKeys.put({
                              callId,
                              jurorId: juror.id,
                              publicKey: formatPublicKey(parsePublicKey(candidate.publicKey)),
                              fingerprint: candidate.fingerprint,
                              confirmedAt: new Date().toISOString(),
                            })
                          }
                        >
                          {t('chair.confirm', { fingerprint: candidate.fingerprint })}
                        </button>
                      </div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <label className="checkbox">
          <input type="checkbox" checked={projection} onChange={(event) => setProjection(event.target.checked)} />
          {t('chair.projection')}
        </label>
      </div>

      {report.accepted.length === 0 ? (
        <p className="empty">{t('chair.noFiles')}</p>
      ) : (
        <>
          <RankingCard
            manifest={manifest}
            results={results}
            names={names}
            method={method}
            onMethod={setMethod}
            ticked={ticked}
            onTicked={setTicked}
            focusedId={focusedResult?.applicationId}
            onFocus={setFocused}
          />

          {focusedResult && (
            <div className="chair-columns">
              <RadarView
                criteria={manifest.criteria}
                showScaleMaximum={false}
                title={t('chair.radarOf', { name: names.get(focusedResult.applicationId) ?? '' })}
                series={[
                  ...totals
                    .filter((entry) => entry.applicationId === focusedResult.applicationId)
                    .map((entry) => ({ id: entry.jurorId, name: jurorLabel(entry.jurorId), scores: entry.scores })),
                  {
                    id: '__mean',
                    name: t('chair.panelMean'),
                    scores: Object.fromEntries(
                      manifest.criteria.map((criterion) => [
                        criterion.id,
                        focusedResult.criteria[criterion.id]?.mean ?? null,
                      ]),
                    ),
                  },
                ]}
              />
              <div className="card">
                <h3>{t('chair.sensitivity')}</h3>
                <p>{sensitivitySentence(focusedResult.applicationId)}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => setDecide({ applicationId: focusedResult.applicationId })}
                >
                  {t('deliberation.decide')} — {names.get(focusedResult.applicationId)}
                </button>
              </div>
            </div>
          )}

          {ticked.length >= 2 && (
            <RadarView
              criteria={manifest.criteria}
              showScaleMaximum={false}
              title={t('chair.compare')}
              series={ticked.map((id) => {
                const result = results.find((candidate) => candidate.applicationId === id)!;
                return {
                  id,
                  name: names.get(id) ?? id,
                  scores: Object.fromEntries(
                    manifest.criteria.map((criterion) => [criterion.id, result.criteria[criterion.id]?.mean ?? null]),
                  ),
                };
              })}
            />
          )}

          <div className="card">
            <h3>{t('chair.discuss')}</h3>
            {capacity !== null && <p className="muted">{t('chair.discussIntro', { capacity })}</p>}
            <ol>
              {toDiscuss.map(({ result }) => (
                <li key={result.applicationId}>
                  <button type="button" className="link-button" onClick={() => setFocused(result.applicationId)}>
                    {names.get(result.applicationId)}
                  </button>{' '}
                  <span className="muted">
                    sd {result.sd?.toFixed(1) ?? '—'}
                    {capacity !== null && result.rank !== null
                      ? ` · ${t('chair.cutoff', { rank: result.rank, capacity })}`
                      : ''}
                  </span>{' '}
                  — {sensitivitySentence(result.applicationId)}
                </li>
              ))}
            </ol>
          </div>

          <DeliberationSection
            callId={callId}
            manifest={manifest}
            manifestSha256={merge.manifestSha256}
            method={method}
            accepted={report.accepted}
            results={results}
            decide={decide}
            onReport={onReport}
          />

          <div className="card">
            <h3>{t('chair.calibration')}</h3>
            <p className="muted">{t('chair.calibrationIntro')}</p>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('chair.juror')}</th>
                  <th scope="col">{t('chair.n')}</th>
                  <th scope="col">{t('chair.mean')}</th>
                  <th scope="col">{t('chair.leniency')}</th>
                  <th scope="col">{t('chair.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {calibrations.map((row) => (
                  <tr key={row.jurorId}>
                    <th scope="row">{jurorLabel(row.jurorId)}</th>
                    <td className="number">
                      {row.evaluated}
                      {row.leastShared && row.leastShared.count < FEW_SHARED && (
                        <span className="warning-text">
                          {' '}
                          —{' '}
                          {t('chair.fewShared', {
                            count: row.leastShared.count,
                            other: jurorLabel(row.leastShared.jurorId),
                          })}
                        </span>
                      )}
                    </td>
                    <td className="number">{row.mean?.toFixed(1) ?? '—'}</td>
                    <td className="number">
                      {row.gapToPanel === null ? '—' : `${row.gapToPanel > 0 ? '+' : ''}${row.gapToPanel.toFixed(1)}`}
                    </td>
                    <td className="number">{row.sd?.toFixed(1) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
