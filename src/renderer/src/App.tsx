import { Suspense, useCallback, useEffect, useState } from 'react';
import type { Language } from '@core/errors';
import type { Identity } from './bridge';
import { useServices } from './app/context';
import { PageBoundary, PageFailure, UnhandledFailures } from './app/failures';
import { routeHash, useRoute, type Route } from './app/route';
import {
  ApplicationPage,
  ChairPage,
  ComparePage,
  IdentityPage,
  ProjectorPage,
  ReportPage,
  StaffCallPage,
  StaffHome,
  VerifyFile,
} from './app/pages';
import { UnexportedWarning } from './app/unexported-warning';
import { BundleOpenerProvider, OpenerStatus, useBundleOpener } from './features/calls/BundleOpener';
import { CallPage } from './features/calls/CallPage';
import { CallsPage } from './features/calls/CallsPage';
import { KeyUnreadable } from './features/identity/KeyUnreadable';
import { LowStorageWarning } from './features/identity/StorageUse';
import { RetentionReminder } from './features/calls/RetentionReminder';
import { WelcomePage } from './features/welcome/WelcomePage';
import { useI18n } from './i18n';

type Page = 'calls' | 'check' | 'identity' | 'staff';

function TopBar({ current, onNavigate }: { current: string; onNavigate: (page: Page) => void }) {
  const { t, language, setLanguage } = useI18n();
  const { db } = useServices();
  const link = (page: Page, label: string) => (
    <a
      href={`#/${page}`}
      className="nav-link"
      aria-current={current === page ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        onNavigate(page);
      }}
    >
      {label}
    </a>
  );
  return (
    <header className="topbar">
      <a className="skip-link" href="#content">
        {t('app.skip')}
      </a>
      <div>
        <h1 className="brand">Jurydesk</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav aria-label={t('nav.label')} className="nav">
        {link('calls', t('nav.calls'))}
        {link('check', t('nav.check'))}
        {link('identity', t('nav.identity'))}
        {link('staff', t('nav.staff'))}
      </nav>
      <label className="language">
        <span>{t('language.label')}</span>
        <select
          value={language}
          onChange={(event) => {
            const next = event.target.value as Language;
            setLanguage(next);
            void db.settings.put({ key: 'language', value: next });
          }}
        >
          <option value="fr" lang="fr">
            Français
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
    </header>
  );
}

/** Menu commands and files opened by the system (desktop only), routed to what handles them. */
function HostEvents({
  navigate,
  onCheckFile,
}: {
  navigate: (route: Route) => void;
  onCheckFile: (file: File) => void;
}) {
  const { bridge } = useServices();
  const opener = useBundleOpener();
  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'open-bundle') opener.chooseFile();
        else navigate({ name: command === 'check-file' ? 'check' : command });
      }),
    [bridge, opener, navigate],
  );
  useEffect(
    () =>
      bridge.onFileOpened((file) => {
        if (file.name.toLowerCase().endsWith('.jurybundle')) void opener.open(file);
        else onCheckFile(file);
      }),
    [bridge, opener, onCheckFile],
  );
  return null;
}

/** A Jurydesk file dropped anywhere in the window: a bundle is opened, any other file is checked. */
function WindowDrop({ onCheckFile }: { onCheckFile: (file: File) => void }) {
  const opener = useBundleOpener();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => event.preventDefault();
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.name.toLowerCase().endsWith('.jurybundle')) void opener.open(file);
      else onCheckFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [opener, onCheckFile]);
  return null;
}

function Pages({
  route,
  navigate,
  checkFile,
}: {
  route: Route;
  navigate: (route: Route) => void;
  checkFile: File | null;
}) {
  const { bridge, identity, setIdentity, keyProblem, demoBundleUrl } = useServices();
  const { t } = useI18n();
  const opener = useBundleOpener();

  const openDemo = useCallback(
    async (publicKey?: string) => {
      const blob = await (await fetch(demoBundleUrl)).blob();
      await opener.open(new File([blob], 'demo.jurybundle'), { demo: true, ...(publicKey ? { publicKey } : {}) });
    },
    [demoBundleUrl, opener],
  );

  // Staff, and anyone checking a file, need no juror's key.
  switch (route.name) {
    case 'staff':
      return <StaffHome onOpen={(draftId) => navigate({ name: 'staff-call', draftId, tab: 'call' })} />;
    case 'staff-call':
      return (
        <StaffCallPage
          draftId={route.draftId}
          tab={route.tab}
          onTab={(tab) => navigate({ ...route, tab })}
          onBack={() => navigate({ name: 'staff' })}
        />
      );
    case 'check':
      return (
        <VerifyFile key={checkFile ? `${checkFile.name}:${checkFile.lastModified}` : 'none'} initialFile={checkFile} />
      );
  }
  const ready = (key: Identity) => {
    setIdentity(key);
    navigate({ name: 'calls' });
  };
  if (!identity && keyProblem) return <KeyUnreadable problem={keyProblem} onReady={ready} />;
  if (!identity) {
    return (
      <WelcomePage
        onStaff={() => navigate({ name: 'staff' })}
        onCheck={() => navigate({ name: 'check' })}
        onReady={ready}
        onDemo={(name) => {
          void bridge.createIdentity(name || t('welcome.demoName')).then(async (created) => {
            setIdentity(created);
            await openDemo(created.publicKey);
          });
        }}
      />
    );
  }
  switch (route.name) {
    case 'call':
      return (
        <CallPage
          callId={route.callId}
          onBack={() => navigate({ name: 'calls' })}
          onOpenApplication={(applicationId) => navigate({ name: 'application', callId: route.callId, applicationId })}
          onCompare={(applicationIds) => navigate({ name: 'compare', callId: route.callId, applicationIds })}
          onChair={() => navigate({ name: 'chair', callId: route.callId })}
        />
      );
    case 'chair':
      return (
        <ChairPage
          callId={route.callId}
          view={route.view}
          onView={(view) => navigate({ name: 'chair', callId: route.callId, view })}
          onBack={() => navigate({ name: 'call', callId: route.callId })}
          onReport={() => navigate({ name: 'report', callId: route.callId })}
        />
      );
    case 'report':
      return <ReportPage callId={route.callId} onBack={() => navigate({ name: 'chair', callId: route.callId })} />;
    case 'application':
      return (
        <ApplicationPage
          key={`${route.callId}/${route.applicationId}`}
          callId={route.callId}
          applicationId={route.applicationId}
          onBack={() => navigate({ name: 'call', callId: route.callId })}
          onOpen={(applicationId) => navigate({ name: 'application', callId: route.callId, applicationId })}
        />
      );
    case 'compare':
      return (
        <ComparePage
          callId={route.callId}
          applicationIds={route.applicationIds}
          onBack={() => navigate({ name: 'call', callId: route.callId })}
        />
      );
    case 'identity':
      return <IdentityPage onErasedEverything={() => navigate({ name: 'calls' })} />;
    default:
      return (
        <CallsPage onOpenCall={(callId) => navigate({ name: 'call', callId })} onOpenDemo={() => void openDemo()} />
      );
  }
}

function topLevelPage(route: Route): Page {
  if (route.name === 'staff-call') return 'staff';
  return route.name === 'check' || route.name === 'identity' || route.name === 'staff' ? route.name : 'calls';
}

export function App() {
  const { identity } = useServices();
  const [route, navigate] = useRoute();
  const [checkFile, setCheckFile] = useState<File | null>(null);
  const onCheckFile = useCallback(
    (file: File) => {
      setCheckFile(file);
      navigate({ name: 'check' });
    },
    [navigate],
  );
  // The room sees the projector view alone: no navigation, nothing of the chair's own screen.
  if (route.name === 'projector')
    return (
      <main className="content content--projector" id="content" tabIndex={-1}>
        <PageBoundary
          resetKey={routeHash(route)}
          fallback={(error, retry) => <PageFailure error={error} onRetry={retry} onHome={retry} />}
        >
          <Suspense fallback={null}>{identity ? <ProjectorPage callId={route.callId} /> : null}</Suspense>
        </PageBoundary>
      </main>
    );
  return (
    <BundleOpenerProvider onOpened={(callId) => navigate({ name: 'call', callId })}>
      <TopBar current={topLevelPage(route)} onNavigate={(page) => navigate({ name: page })} />
      <main className="content" id="content" tabIndex={-1}>
        <HostEvents navigate={navigate} onCheckFile={onCheckFile} />
        {identity && <WindowDrop onCheckFile={onCheckFile} />}
        <OpenerStatus />
        <UnhandledFailures />
        <UnexportedWarning />
        <LowStorageWarning />
        {identity && <RetentionReminder />}
        <PageBoundary
          resetKey={routeHash(route)}
          fallback={(error, retry) => (
            <PageFailure error={error} onRetry={retry} onHome={() => navigate({ name: 'calls' })} />
          )}
        >
          <Suspense fallback={null}>
            <Pages route={route} navigate={navigate} checkFile={checkFile} />
          </Suspense>
        </PageBoundary>
      </main>
    </BundleOpenerProvider>
  );
}
