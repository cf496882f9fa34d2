import { createContext, useContext, type ReactNode } from 'react';
import type { Bridge, Identity } from '@renderer/bridge';
import type { JurydeskDatabase } from '@renderer/db/database';

export interface AppServices {
  db: JurydeskDatabase;
  bridge: Bridge;
  identity: Identity | null;
  setIdentity: (identity: Identity | null) => void;
  /** Why the key kept on this computer could not be read at launch (null when it was, or when there is none). */
  keyProblem?: unknown;
  /** The bundle shipped with the app, to try Jurydesk without a real call. */
  demoBundleUrl: string;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
