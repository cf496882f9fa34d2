import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { type Application, type BundleManifest, factOrder, fieldLabelText, labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { useContentLanguage, useI18n } from '@renderer/i18n';
import { PdfViewer } from './PdfViewer';

/** What the juror reads: the summary, the facts, the answers and the attachments, PDFs shown in place. */
export function ApplicationDossier({
  callId,
  manifest,
  application,
}: {
  callId: string;
  manifest: BundleManifest;
  application: Application;
}) {
  const { db, bridge } = useServices();
  const { t, language, locale } = useI18n();
  const contentLanguage = useContentLanguage(manifest);
  const [shownPath, setShownPath] = useState<string | null>(null);
  // Bumped by each "Show": the viewer may sit below the fold, so it is brought into view and given the focus.
  const [revealed, setRevealed] = useState(0);
  const viewer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revealed === 0 || !viewer.current) return;
    viewer.current.scrollIntoView({ block: 'start' });
    viewer.current.focus({ preventScroll: true });
  }, [revealed]);
  const attachments = useLiveQuery(
    () => db.attachments.where('[callId+applicationId]').equals([callId, application.id]).toArray(),
    [db, callId, application.id],
  );
  const shown = attachments?.find(
    (attachment) =>
      attachment.path ===
      (shownPath ?? attachments.find((candidate) => candidate.mediaType === 'application/pdf')?.path),
  );
  return (
    <>
      {application.summary && (
        <section aria-label={t('application.summary')}>
          <p className="lead" lang={contentLanguage()}>
            {application.summary}
          </p>
        </section>
      )}
      {application.fields && Object.keys(application.fields).length > 0 && (
        <section aria-labelledby="facts-title">
          <h3 id="facts-title">{t('application.facts')}</h3>
          <dl className="facts-list">
            {factOrder(manifest)
              .flatMap((key) =>
                application.fields?.[key] === undefined ? [] : [[key, application.fields[key]!] as const],
              )
              .map(([key, value]) => (
                <div key={key} className="facts-list__row">
                  <dt lang={contentLanguage(manifest.fieldLabels?.[key] ?? key)}>
                    {fieldLabelText(manifest, key, language)}
                  </dt>
                  <dd lang={typeof value === 'number' ? undefined : contentLanguage()}>
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
              <h4 lang={contentLanguage(answer.question)}>{labelText(answer.question, language)}</h4>
              <p className="answer__text" lang={contentLanguage()}>
                {answer.answer}
              </p>
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
                <span lang={contentLanguage()}>{attachment.name}</span>
                {attachment.mediaType === 'application/pdf' && (
                  <button
                    type="button"
                    className="button"
                    aria-pressed={shown?.path === attachment.path}
                    onClick={() => {
                      setShownPath(attachment.path);
                      setRevealed((count) => count + 1);
                    }}
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
          {shown && (
            <div ref={viewer} tabIndex={-1} className="pdf-frame">
              <PdfViewer key={shown.path} blob={shown.blob} name={shown.name} lang={contentLanguage()} />
            </div>
          )}
        </section>
      )}
    </>
  );
}
