import type { Bridge } from './types';

/** The same interface in a plain browser: what `npm run web` serves and what the end-to-end tests drive. */
export function browserBridge(): Bridge {
  return {
    kind: 'browser',
    async getAppInfo() {
      return { version: import.meta.env.VITE_APP_VERSION ?? 'web', locale: navigator.language, platform: 'web' };
    },
  };
}
