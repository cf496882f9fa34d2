import type { DesktopApi } from '../../../core/ipc';
import type { Bridge } from './types';

declare global {
  interface Window {
    jurydesk?: DesktopApi;
  }
}

export function desktopBridge(exposed: DesktopApi): Bridge {
  return {
    kind: 'desktop',
    async getAppInfo() {
      const reply = await exposed.getAppInfo();
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    },
  };
}
