import { useEffect, useState } from 'react';
import { fingerprint, parsePublicKey } from '@core/crypto';
import { callChanges, criteriaChanged, nothingChanged, type CallChanges, type ListChanges } from '@core/calls';
import { labelText, type BundleManifest, type Label } from '@core/documents';
import type { Identity } from '@renderer/bridge';
import { describeFailure } from '@core/errors';
import { failureText } from '@renderer/app/failures';
import { DataTable } from '@renderer/components/DataTable';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { HandoverChoice } from './HandoverChoice';
import { usePublish, type PublishState } from './use-publish';
import type { StaffCall } from './use-staff-call';

type Part = 'applications' | 'criteria' | 'jurors' | 'outcomes';

/** The fingerprint of each key, as jurors compare it: computed once per key (WebCrypto answers asynchronously). */
function useFingerprints(publicKeys: readonly string[]): Record<string, string> {
  const [known, setKnown] = useState<Record<string, string>>({});
  // As one string, so that the effect runs again only when another key is missing, not on every render.
  const missing = [...new Set(publicKeys)].filter((key) => !(key in known)).join('\n');
  useEffect(() => {
    if (missing === '') return;
    let current = true;
    const keys = missing.split('\n');
    void Promise.all(keys.map(async (key) => [key, await fingerprint(parsePublicKey(key))] as const)).then(
      (found) => current && setKnown((previous) => ({ ...previous, ...Object.fromEntries(found) })),
    );
    return () => {
      current = false;
    };
  }, [missing]);
  return known;
}

/** Each change a new version makes, in one line per part, naming what was added, removed or changed. */
function ChangeSummary({
  changes,
  previous,
  next,
}: {
  changes: CallChanges;
  previous: BundleManifest;
  next: BundleManifest;
}) {
  const { t, language } = useI18n();
  const names = (part: Part, ids: readonly string[]) =>
    ids
      .map((id) => {
        const item: { label?: Label; name?: string } | undefined = [...next[part], ...previous[part]].find(
          (candidate) => candidate.id === id,
        );
        return item?.name ?? (item?.label === undefined ? id : labelText(item.label, language));
      })
      .join(', ');
  const lines = (part: Part, list: ListChanges) =>
    (['added', 'removed', 'changed'] as const)
      .filter((change) => list[change].length > 0)
      .map((change) => (
        <li key={`${part}-${change}`}>
          {t(`staff.change.${part}.${change}`, { count: list[change].length, names: names(part, list[change]) })}
        </li>
      ));
  const flags = (['call', 'fieldLabels', 'conflicts', 'assignments', 'retention'] as const).filter(
    (flag) => changes[flag],
  );
  return (
    <ul className="change-list">
      {lines('applications', changes.applications)}
      {lines('criteria', changes.criteria)}
      {lines('jurors', changes.jurors)}
      {lines('outcomes', changes.outcomes)}
      {flags.map((flag) => (
        <li key={flag}>{t(`staff.change.${flag}`)}</li>
      ))}
    </ul>
  );
}

function PublishStatus({ state }: { state: PublishState }) {
  const { t, language, formatBytes } = useI18n();
  switch (state.step) {
    case 'signing':
      return (
        <div className="status">
          <p>{t('staff.signing')}</p>
          <progress max={Math.max(state.total, 1)} value={state.done} aria-label={t('staff.signing')} />
          <p className="muted">
            {t('verify.progress', { done: formatBytes(state.done / 2), total: formatBytes(state.total / 2) })}
          </p>
        </div>
      );
    case 'published':
      return (
        <p className="ok">
          {t('staff.published', { sequence: state.version.sequence, fileName: state.fileName })}{' '}
          <code>{state.version.manifestSha256}</code>
        </p>
      );
    case 'failed': {
      const { error } = state;
      return (
        <p className="field-error" role="alert">
          {failureText(error, language, t)}
        </p>
      );
    }
    default:
      return null;
  }
}

/** Signing and publishing: what still stands in the way, what changes since the last version, and the versions signed. */
export function PublishTab({ staff, staffKey }: { staff: StaffCall; staffKey: Identity | null }) {
  const { t, language, formatDate } = useI18n();
  const { readiness, previous, state, publish, addSignedElsewhere } = usePublish(staff, staffKey);
  const [elsewhereProblem, setElsewhereProblem] = useState<string | null>(null);
  const versions = staff.record!.versions;
  const signers = useFingerprints(versions.map((version) => version.manifest.issuer.publicKey));
  const sheetProblems = staff.mapped?.problems.length ?? 0;
  const blockers = [
    ...(staffKey ? [] : [t('staff.needKey')]),
    ...(staff.mapped ? [] : [t('staff.needSheet')]),
    ...(sheetProblems > 0 ? [t('staff.needSheetFixed', { count: sheetProblems })] : []),
    ...(readiness?.problems ?? []).map((problem) => describeFailure(problem, language)),
  ];
  const draft = readiness?.draft ?? null;
  const changes = previous && draft ? callChanges(previous.manifest, draft) : null;
  const ready = blockers.length === 0 && draft !== null && state.step !== 'signing';
  return (
    <div>
      {staffKey && <HandoverChoice staff={staff} staffKey={staffKey} />}
      {blockers.length > 0 ? (
        <div className="card notices" role="status">
          <h3>{t('staff.notReady')}</h3>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="ok" role="status">
          {draft &&
            t('staff.ready', {
              applications: draft.applications.length,
              jurors: draft.jurors.length,
              sequence: draft.sequence,
            })}
        </p>
      )}
      {previous && changes && draft && (
        <section aria-labelledby="staff-changes-title">
          <h3 id="staff-changes-title">{t('staff.changesSince', { sequence: previous.sequence })}</h3>
          {nothingChanged(changes) ? (
            <p className="muted">{t('staff.nothingChanged')}</p>
          ) : (
            <ChangeSummary changes={changes} previous={previous.manifest} next={draft} />
          )}
          {criteriaChanged(changes) && (
            <p className="warning" role="note">
              {t('staff.criteriaWarning')}
            </p>
          )}
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={!ready} onClick={() => void publish()}>
          {previous ? t('staff.publishVersion', { sequence: previous.sequence + 1 }) : t('staff.sign')}
        </button>
      </div>
      <div aria-live="polite">
        <PublishStatus state={state} />
      </div>
      <h3>{t('staff.elsewhereTitle')}</h3>
      <p className="muted">{t('staff.elsewhereIntro')}</p>
      <FileDropZone
        label={t('staff.addElsewhere')}
        hint={t('staff.addElsewhereHint')}
        accept=".jurybundle"
        onFiles={([file]) =>
          file &&
          void addSignedElsewhere(file).then((failure) =>
            setElsewhereProblem(failure ? describeFailure(failure, language) : null),
          )
        }
      />
      {elsewhereProblem && (
        <p className="field-error" role="alert">
          {elsewhereProblem}
        </p>
      )}
      {versions.length > 0 && (
        <DataTable
          caption={t('staff.versions')}
          rows={[...versions].reverse()}
          rowKey={(version) => String(version.sequence)}
          columns={[
            {
              key: 'sequence',
              header: t('staff.version'),
              rowHeader: true,
              numeric: true,
              cell: (version) => version.sequence,
            },
            { key: 'date', header: t('staff.issuedAt'), cell: (version) => formatDate(version.issuedAt) },
            {
              key: 'applications',
              header: t('staff.applicationCount'),
              numeric: true,
              cell: (version) => version.manifest.applications.length,
            },
            {
              key: 'sha',
              header: t('staff.manifestDigest'),
              cell: (version) => <code>{version.manifestSha256.slice(0, 16)}…</code>,
            },
            {
              key: 'signer',
              header: t('staff.signedBy'),
              cell: (version) => <code>{signers[version.manifest.issuer.publicKey] ?? '…'}</code>,
            },
          ]}
        />
      )}
    </div>
  );
}
