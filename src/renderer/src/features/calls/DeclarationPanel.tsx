import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { failureText } from '@renderer/app/failures';
import { useServices } from '@renderer/app/context';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';
import type { DeclarationRecord } from '@renderer/db/schema';
import type { CallData } from '@renderer/features/scoring/use-call-data';
import { exportDeclaration, interestsOf, sameInterests } from './export-declaration';

/** More than a juror reads down in one go: a national call's version 0 is searched, not scrolled. */
const SHOWN_AT_MOST = 200;

/**
 * Version 0 of a call, on a juror's laptop: the applications by name and summary, each with a box to declare an
 * interest and its reason, and the signed declaration to send to staff (docs/FORMATS.md §11).
 */
export function DeclarationPanel({ data }: { data: CallData }) {
  const { db, identity } = useServices();
  const { t } = useI18n();
  const { call, manifest } = data;
  const jurorId = call.jurorId;
  const stored = useLiveQuery(
    () => (jurorId ? db.declarations.get([call.id, jurorId]) : undefined),
    [db, call.id, jurorId],
  );
  const [query, setQuery] = useState('');
  // What the juror just ticked or typed, shown at once; the database catches up a transaction later.
  const [typed, setTyped] = useState<Record<string, string> | null>(null);

  if (!jurorId || !identity)
    return (
      <section className="card declaration" aria-labelledby="declare-title">
        <h3 id="declare-title">{t('declare.title')}</h3>
        <p>{t('declare.chooseFirst')}</p>
      </section>
    );

  const interests = typed ?? stored?.interests ?? {};
  const save = (next: Record<string, string>) => {
    setTyped(next);
    // Read again inside the transaction: an export that just finished must keep its revision.
    void db.transaction('rw', db.declarations, async () => {
      const current = await db.declarations.get([call.id, jurorId]);
      await db.declarations.put({
        ...(current ?? { callId: call.id, jurorId }),
        interests: next,
      } satisfies DeclarationRecord);
    });
  };
  const toggle = (applicationId: string, checked: boolean) => {
    const { [applicationId]: _removed, ...rest } = interests;
    save(checked ? { ...interests, [applicationId]: '' } : rest);
  };
  const needle = query.trim().toLocaleLowerCase();
  const matching = manifest.applications.filter(
    (application) => needle === '' || application.name.toLocaleLowerCase().includes(needle),
  );
  const shown = matching.slice(0, SHOWN_AT_MOST);
  const declared = Object.keys(interests).length;

  return (
    <section className="card declaration" aria-labelledby="declare-title">
      <h3 id="declare-title">{t('declare.title')}</h3>
      <p>{t(manifest.sequence === 0 ? 'declare.intro' : 'declare.pending')}</p>
      <DeclarationExport
        data={data}
        jurorId={jurorId}
        interests={interests}
        exported={stored?.exported}
        publicKey={identity.publicKey}
      />
      <p role="status">{declared === 0 ? t('declare.none') : t('declare.count', { count: declared })}</p>
      <TextField label={t('declare.search')} type="search" value={query} onChange={setQuery} />
      {matching.length === 0 && <p className="muted">{t('declare.noMatch', { query: query.trim() })}</p>}
      {matching.length > shown.length && (
        <p className="muted">{t('declare.shown', { shown: shown.length, total: matching.length })}</p>
      )}
      <ul className="declaration-list">
        {shown.map((application) => {
          const ticked = application.id in interests;
          return (
            <li key={application.id}>
              <label className="declaration-choice">
                <input
                  type="checkbox"
                  checked={ticked}
                  onChange={(event) => toggle(application.id, event.target.checked)}
                />
                <span>
                  <span className="visually-hidden">{t('declare.interest', { name: application.name })}</span>
                  <strong aria-hidden="true">{application.name}</strong>
                </span>
              </label>
              {application.summary && <p className="muted">{application.summary}</p>}
              {ticked && (
                <TextField
                  label={t('declare.reason')}
                  value={interests[application.id]!}
                  onChange={(reason) => save({ ...interests, [application.id]: reason })}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** On a later version: the declaration panel again, only while interests ticked on version 0 were never sent. */
export function PendingDeclaration({ data }: { data: CallData }) {
  const { db } = useServices();
  const { call, manifest } = data;
  const jurorId = call.jurorId;
  const pending = useLiveQuery(async () => {
    if (!jurorId) return false;
    const stored = await db.declarations.get([call.id, jurorId]);
    if (!stored) return false;
    const interests = interestsOf(manifest, stored.interests);
    return stored.exported ? !sameInterests(stored.exported.declared, interests) : interests.length > 0;
  }, [db, call.id, jurorId, manifest]);
  return pending ? <DeclarationPanel data={data} /> : null;
}

/** The last declaration exported, a warning when the interests changed since, and the button that signs the next. */
function DeclarationExport({
  data,
  jurorId,
  interests,
  exported,
  publicKey,
}: {
  data: CallData;
  jurorId: string;
  interests: Record<string, string>;
  exported: DeclarationRecord['exported'];
  publicKey: string;
}) {
  const { db, bridge } = useServices();
  const { t, language, formatDateTime } = useI18n();
  // Said in the language of the moment: the juror may switch it after exporting.
  const [message, setMessage] = useState<{ key: string; revision?: number; fileName?: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const changed = exported && !sameInterests(exported.declared, interestsOf(data.manifest, interests));

  async function run() {
    // Not disabled while it signs: a disabled button would drop the keyboard's focus to the page.
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setFailure(null);
    try {
      const context = {
        callId: data.call.id,
        jurorId,
        manifest: data.manifest,
        manifestSha256: data.manifestSha256,
        publicKey,
      };
      const result = await exportDeclaration(db, bridge, context, new Date().toISOString());
      setMessage(
        result
          ? {
              key: result.unchanged ? 'declare.unchanged' : 'declare.done',
              revision: result.record.exported!.revision,
              fileName: result.record.exported!.fileName,
            }
          : { key: 'declare.cancelled' },
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="declaration-export">
      <p>
        {exported
          ? t('declare.last', { revision: exported.revision, date: formatDateTime(exported.exportedAt) })
          : t('declare.never')}
      </p>
      {changed && (
        <p className="warning" role="note">
          {t('declare.changed')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" aria-busy={busy} onClick={() => void run()}>
          {t('declare.button')}
        </button>
      </div>
      <p role="status" className="ok">
        {message ? t(message.key, message) : ''}
      </p>
      {failure !== null && (
        <p className="field-error" role="alert">
          {t('declare.failed', { reason: failureText(failure, language, t) })}
        </p>
      )}
    </div>
  );
}
