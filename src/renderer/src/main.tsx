import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import demoBundleUrl from '../../../resources/demo/demo.jurybundle?url';
import type { Language } from '@core/errors';
import { App } from './App';
import { ServicesProvider } from './app/context';
import { createBridge, type Bridge, type Identity } from './bridge';
import { JurydeskDatabase, requestPersistentStorage } from './db/database';
import { I18nProvider, systemLanguage } from './i18n';
import './styles.css';

function Root({
  db,
  bridge,
  initialIdentity,
  initialKeyProblem,
}: {
  db: JurydeskDatabase;
  bridge: Bridge;
  initialIdentity: Identity | null;
  initialKeyProblem: unknown;
}) {
  const [identity, keepIdentity] = useState(initialIdentity);
  // Once a key is in hand (restored, or readable again), the problem met at launch is over: erasing it later means
  // no key, not an unreadable one.
  const [keyProblem, setKeyProblem] = useState(initialKeyProblem);
  const setIdentity = (next: Identity | null) => {
    keepIdentity(next);
    if (next) setKeyProblem(null);
  };
  return (
    <ServicesProvider value={{ db, bridge, identity, setIdentity, keyProblem, demoBundleUrl }}>
      <App />
    </ServicesProvider>
  );
}

const db = new JurydeskDatabase();
const bridge = createBridge(db);
const [info, { identity, keyProblem }, savedLanguage] = await Promise.all([
  bridge.getAppInfo(),
  // A key that exists but cannot be read is not "no key": the app says so instead of offering to make one.
  bridge.getIdentity().then(
    (identity) => ({ identity, keyProblem: null as unknown }),
    (keyProblem: unknown) => ({ identity: null, keyProblem }),
  ),
  db.settings.get('language'),
]);
const language: Language =
  savedLanguage?.value === 'fr' || savedLanguage?.value === 'en'
    ? savedLanguage.value
    : systemLanguage([info.locale, ...navigator.languages]);
document.documentElement.lang = language;
void requestPersistentStorage(db);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider initial={language}>
      <Root db={db} bridge={bridge} initialIdentity={identity} initialKeyProblem={keyProblem} />
    </I18nProvider>
  </StrictMode>,
);
