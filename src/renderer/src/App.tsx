import type { Language } from '../../core/errors';
import { VerifyFile } from './features/verify/VerifyFile';
import { useI18n } from './i18n';

export function App() {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <header className="topbar">
        <div>
          <h1 className="brand">Jurydesk</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <label className="language">
          <span>{t('language.label')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </header>
      <main className="content">
        <VerifyFile />
      </main>
    </>
  );
}
