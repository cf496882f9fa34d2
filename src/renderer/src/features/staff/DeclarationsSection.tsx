import { describeFailure } from '@core/errors';
import type { ReceivedDeclaration } from '@core/calls';
import { failureText } from '@renderer/app/failures';
import type { Identity } from '@renderer/bridge';
import { DataTable } from '@renderer/components/DataTable';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { useDeclarations } from './use-declarations';
import type { StaffCall } from './use-staff-call';

/** Version 0 for jurors to declare their interests on, and their declarations received (docs/FORMATS.md §11). */
export function DeclarationsSection({ staff, staffKey }: { staff: StaffCall; staffKey: Identity | null }) {
  const { t, language, formatDate, formatList } = useI18n();
  const { signing, signVersionZero, receipts, receive } = useDeclarations(staff, staffKey);
  const record = staff.record!;
  const versionZero = record.versions.find((version) => version.sequence === 0);
  const first = record.versions[0];
  const declarations = record.declarations ?? [];
  const waiting = record.description.jurors.filter((juror) => !declarations.some((d) => d.jurorId === juror.id));

  return (
    <section className="declarations" aria-labelledby="declarations-title">
      <h3 id="declarations-title">{t('declarations.title')}</h3>
      <p className="muted">{t('declarations.intro')}</p>
      {versionZero ? (
        <p>{t('declarations.versionZero', { date: formatDate(versionZero.issuedAt) })}</p>
      ) : first ? (
        <p className="muted">{t('declarations.tooLate', { sequence: first.sequence })}</p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={!staffKey || !staff.mapped}
            onClick={() => void signVersionZero()}
          >
            {t('declarations.sign')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {signing && 'fileName' in signing && (
          <p className="ok">{t('declarations.signed', { fileName: signing.fileName })}</p>
        )}
        {signing && 'failure' in signing && (
          <p className="field-error" role="alert">
            {t('declarations.notReady', { reason: failureText(signing.failure, language, t) })}
          </p>
        )}
      </div>
      {record.versions.length > 0 && (
        <>
          <FileDropZone
            label={t('declarations.drop')}
            hint={t('declarations.dropHint')}
            accept=".jurydeclaration"
            multiple
            compact
            onFiles={(files) => void receive(files)}
          />
          <ul aria-live="polite" className="receipts">
            {receipts.map((receipt, index) => (
              <li key={index} className={receipt.ok ? 'ok' : 'field-error'}>
                {receipt.ok
                  ? t('declarations.received', {
                      juror: receipt.juror,
                      revision: receipt.revision,
                      interests:
                        receipt.interests === 0
                          ? t('declarations.none')
                          : t('counts.interests', { count: receipt.interests }),
                    }) + (receipt.setAside > 0 ? ` ${t('declarations.setAside', { count: receipt.setAside })}` : '')
                  : t('declarations.refused', {
                      fileName: receipt.fileName,
                      reason: describeFailure(receipt.failure, language),
                    })}
              </li>
            ))}
          </ul>
          {declarations.length > 0 && (
            <ReceivedTable
              declarations={declarations}
              nameOf={(id) => staff.mapped?.applications.find((application) => application.id === id)?.name ?? id}
            />
          )}
          <p className="muted">
            {waiting.length > 0
              ? t('declarations.waiting', { names: formatList(waiting.map((juror) => juror.name)) })
              : t('declarations.everyone')}
          </p>
        </>
      )}
    </section>
  );
}

function ReceivedTable({
  declarations,
  nameOf,
}: {
  declarations: readonly ReceivedDeclaration[];
  nameOf: (applicationId: string) => string;
}) {
  const { t, formatList } = useI18n();
  return (
    <DataTable
      caption={t('declarations.table')}
      rows={declarations}
      rowKey={(declaration) => declaration.jurorId}
      columns={[
        { key: 'juror', header: t('declarations.juror'), cell: (declaration) => declaration.jurorName },
        { key: 'revision', header: t('declarations.revision'), cell: (declaration) => declaration.revision },
        {
          key: 'interests',
          header: t('declarations.interests'),
          cell: (declaration) =>
            declaration.interests.length === 0
              ? t('declarations.none')
              : formatList(declaration.interests.map((interest) => nameOf(interest.applicationId))),
        },
        {
          key: 'key',
          header: t('declarations.key'),
          cell: (declaration) => <code>{declaration.signerFingerprint}</code>,
        },
      ]}
    />
  );
}
