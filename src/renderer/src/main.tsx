import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBridge } from './bridge';
import { I18nProvider, systemLanguage } from './i18n';
import './styles.css';

const bridge = createBridge();
const info = await bridge.getAppInfo();
const language = systemLanguage([info.locale, ...navigator.languages]);
document.documentElement.lang = language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider initial={language}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
