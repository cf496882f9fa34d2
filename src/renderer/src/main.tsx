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
}: {
  db: JurydeskDatabase;
  bridge: Bridge;
  initialIdentity: Identity | null;
}) {
  const [identity, setIdentity] = useState(initialIdentity);
  return (
    <ServicesProvider value={{ db, bridge, identity, setIdentity, demoBundleUrl }}>
      <App />
    </ServicesProvider>
  );
}

const db = new JurydeskDatabase();
const bridge = createBridge(db);
const [info, identity, savedLanguage] = await Promise.all([
  bridge.getAppInfo(),
  bridge.getIdentity(),
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
      <Root db={db} bridge={bridge} initialIdentity={identity} />
    </I18nProvider>
  </StrictMode>,
);
