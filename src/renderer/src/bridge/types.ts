import type { ChannelResult } from '../../../core/ipc';

export type AppInfo = ChannelResult<'app:get-info'>;

/** What the interface may ask of its host: the desktop app (through the preload) or a plain browser. */
export interface Bridge {
  readonly kind: 'desktop' | 'browser';
  getAppInfo(): Promise<AppInfo>;
}
