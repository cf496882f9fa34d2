import { browserBridge } from './browser';
import { desktopBridge } from './desktop';
import type { Bridge } from './types';

export function createBridge(): Bridge {
  return window.jurydesk ? desktopBridge(window.jurydesk) : browserBridge();
}

export type { Bridge } from './types';
