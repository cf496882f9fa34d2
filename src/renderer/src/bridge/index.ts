import type { JurydeskDatabase } from '@renderer/db/database';
import { browserBridge } from './browser';
import { desktopBridge } from './desktop';
import type { Bridge } from './types';

export function createBridge(db: JurydeskDatabase): Bridge {
  return window.jurydesk ? desktopBridge(window.jurydesk) : browserBridge(db);
}

export type { Bridge, Identity, MenuCommand } from './types';
