import { labelText } from '@core/documents';
import { useRef } from 'react';
import { BackLink } from '@renderer/components/BackLink';
import { useContentLanguage, useI18n } from '@renderer/i18n';
import { ApplicationDossier } from './ApplicationDossier';
import { StatusBadge } from './ApplicationList';
import { RadarView } from './RadarView';
import { ScoringPanel, type ScoringPanelHandle } from './ScoringPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useScoring } from './use-scoring';
import { PageHeading } from '@renderer/components/PageHeading';

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
  const { t, language } = useI18n();
  const panel = useRef<ScoringPanelHandle>(null);
  const scoring = useScoring({ callId, applicationId, onOpen, panel });
  const contentLanguage = useContentLanguage(scoring.manifest);
  const { data, row, manifest, ordered, index, local, saving, savedAt, saveFailure, savedAnnouncement } = scoring;
  if (data === undefined) return null;
  if (!data || !row || !manifest) {
    return (
      <button type="button" className="button" onClick={onBack}>
        {t('application.back')}
      </button>
    );
  }
  const { application } = row;

  return (
    <article className="application-page" aria-labelledby="application-title">
      <div className="application-bar">
        <BackLink label={t('application.back')} onBack={onBack} />
        <span className="muted">{t('application.position', { index: index + 1, count: ordered.length })}</span>
        <button type="button" className="button" disabled={index <= 0} onClick={() => scoring.go(-1)}>
          {t('application.previous')}
        </button>
        <button type="button" className="button" disabled={index >= ordered.length - 1} onClick={() => scoring.go(1)}>
          {t('application.next')}
        </button>
        <span className="save-state">
          {saving === 'saving'
            ? t('application.saving')
            : saving === 'failed'
              ? t('application.notSaved')
              : saving === 'saved' && savedAt
                ? t('application.savedAt', { time: savedAt })
                : ''}
        </span>
        <span className="visually-hidden" role="status">
          {savedAnnouncement && t('application.savedAnnounced', { time: savedAnnouncement })}
        </span>
        <button type="button" className="button" onClick={() => scoring.setHelpOpen(true)} aria-keyshortcuts="?">
          {t('application.shortcuts')}
        </button>
      </div>
      <div className="application-columns">
        <div className="application-main">
          <PageHeading
            id="application-title"
            title={application.name}
            context={labelText(manifest.call.title, language)}
          >
            <span lang={contentLanguage()}>{application.name}</span> <span className="muted">{application.id}</span>{' '}
            <StatusBadge status={row.status} />
          </PageHeading>
          <ApplicationDossier callId={callId} manifest={manifest} application={application} />
        </div>
        <div className="application-side">
          {/* Beside the grid, where the juror is looking, which the page's top may have scrolled away from. */}
          {saveFailure && (
            <p className="warning" role="alert">
              {t('application.saveFailed', { reason: saveFailure })}
            </p>
          )}
          {scoring.jurorId === null ? (
            <p className="warning">{t('score.chooseIdentity')}</p>
          ) : (
            <ScoringPanel
              ref={panel}
              manifest={manifest}
              evaluation={local ?? undefined}
              activeCriterion={scoring.activeCriterion}
              onActivate={scoring.setActiveCriterion}
              onChange={scoring.change}
              conflictReason={row.conflictReason}
              unassigned={!row.assigned}
              notice={scoring.notice}
              moveOn={
                index < ordered.length - 1
                  ? { label: t('application.next'), go: () => scoring.go(1) }
                  : { label: t('application.back'), go: onBack }
              }
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
      <ShortcutsDialog open={scoring.helpOpen} onOpenChange={scoring.setHelpOpen} />
    </article>
  );
}
