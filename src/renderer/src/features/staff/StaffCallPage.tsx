import { useEffect, useState, type ReactNode } from 'react';
import { serializeCallDescription } from '@core/calls';
import { labelText } from '@core/documents';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import { BackLink } from '@renderer/components/BackLink';
import { Tabs } from '@renderer/components/Tabs';
import { useI18n } from '@renderer/i18n';
import { ApplicationsTab } from './ApplicationsTab';
import { AssignmentsTab } from './AssignmentsTab';
import { CallTab } from './CallTab';
import { DeliberationTab } from './DeliberationTab';
import { GridTab } from './GridTab';
import { JuryTab } from './JuryTab';
import { OutcomesTab } from './OutcomesTab';
import { PublishTab } from './PublishTab';
import { STAFF_TABS, type StaffTab } from './tabs';
import { useStaffCall } from './use-staff-call';
import { PageHeading } from '@renderer/components/PageHeading';

/** One call on the staff desk, from its description to the deliberation received, one tab per step. */
export function StaffCallPage({
  draftId,
  tab,
  onTab,
  onBack,
}: {
  draftId: string;
  tab: StaffTab;
  onTab: (tab: StaffTab) => void;
  onBack: () => void;
}) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const staff = useStaffCall(draftId);
  const [staffKey, setStaffKey] = useState<Identity | null>(null);
  // The draft as it was when its description was last saved: the message holds only while nothing has changed.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  useEffect(() => {
    void bridge.getStaffKey().then(setStaffKey);
  }, [bridge]);
  const record = staff.record;
  if (!record) return null;
  const { description } = record;
  const title = labelText(description.call.title, language) || description.call.id;

  async function saveDescription() {
    const text = serializeCallDescription(description);
    if (await bridge.saveFile('CALL.json', new Blob([text], { type: 'application/json' })))
      setSavedAt(record!.updatedAt);
  }

  const panels: Record<StaffTab, () => ReactNode> = {
    call: () => <CallTab staff={staff} />,
    applications: () => <ApplicationsTab staff={staff} />,
    grid: () => <GridTab staff={staff} />,
    jury: () => <JuryTab staff={staff} />,
    outcomes: () => <OutcomesTab staff={staff} />,
    assignments: () => <AssignmentsTab staff={staff} staffKey={staffKey} />,
    publish: () => <PublishTab staff={staff} staffKey={staffKey} />,
    deliberation: () => <DeliberationTab staff={staff} />,
  };
  return (
    <section aria-labelledby="staff-call-title" className="staff-call">
      <div className="no-print">
        <BackLink label={t('staff.back')} onBack={onBack} />
        <div className="page-header">
          <PageHeading id="staff-call-title" title={t(`staff.tab.${tab}`)} context={title}>
            {title}
          </PageHeading>
          <div className="actions">
            <button type="button" className="button" onClick={() => void saveDescription()}>
              {t('staff.saveDescription')}
            </button>
          </div>
        </div>
        <p role="status" className="ok">
          {savedAt === record.updatedAt ? t('staff.descriptionSaved') : ''}
        </p>
      </div>
      <Tabs
        label={t('staff.steps')}
        tabs={STAFF_TABS.map((id) => ({ id, label: t(`staff.tab.${id}`) }))}
        current={tab}
        onSelect={(id) => onTab(id as StaffTab)}
      >
        {panels[tab]()}
      </Tabs>
    </section>
  );
}
