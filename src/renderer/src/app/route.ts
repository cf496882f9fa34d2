import { CHAIR_VIEWS, type ChairView } from '@renderer/features/chair/views';
import { STAFF_TABS, type StaffTab } from '@renderer/features/staff/tabs';
import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { name: 'calls' }
  | { name: 'call'; callId: string }
  | { name: 'application'; callId: string; applicationId: string }
  | { name: 'compare'; callId: string; applicationIds: string[] }
  | { name: 'chair'; callId: string; view?: ChairView }
  | { name: 'projector'; callId: string }
  | { name: 'report'; callId: string }
  | { name: 'check' }
  | { name: 'identity' }
  | { name: 'staff' }
  | { name: 'staff-call'; draftId: string; tab: StaffTab };

export function parseRoute(hash: string): Route {
  const [, page = '', id, sub, subId] = hash.replace(/^#/, '').split('/');
  if (page === 'call' && id) {
    const callId = decodeURIComponent(id);
    if (sub === 'application' && subId)
      return { name: 'application', callId, applicationId: decodeURIComponent(subId) };
    if (sub === 'compare' && subId)
      return { name: 'compare', callId, applicationIds: subId.split(',').map(decodeURIComponent) };
    if (sub === 'chair') {
      const view = CHAIR_VIEWS.find((candidate) => candidate === subId);
      return view ? { name: 'chair', callId, view } : { name: 'chair', callId };
    }
    if (sub === 'projector') return { name: 'projector', callId };
    if (sub === 'report') return { name: 'report', callId };
    return { name: 'call', callId };
  }
  if (page === 'staff' && id) {
    const tab = STAFF_TABS.find((candidate) => candidate === sub) ?? 'call';
    return { name: 'staff-call', draftId: decodeURIComponent(id), tab };
  }
  if (page === 'staff') return { name: 'staff' };
  if (page === 'check') return { name: 'check' };
  if (page === 'identity') return { name: 'identity' };
  return { name: 'calls' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'call':
      return `#/call/${encodeURIComponent(route.callId)}`;
    case 'application':
      return `#/call/${encodeURIComponent(route.callId)}/application/${encodeURIComponent(route.applicationId)}`;
    case 'compare':
      return `#/call/${encodeURIComponent(route.callId)}/compare/${route.applicationIds.map(encodeURIComponent).join(',')}`;
    case 'chair':
      return `#/call/${encodeURIComponent(route.callId)}/chair${route.view ? `/${route.view}` : ''}`;
    case 'projector':
      return `#/call/${encodeURIComponent(route.callId)}/projector`;
    case 'report':
      return `#/call/${encodeURIComponent(route.callId)}/report`;
    case 'staff-call':
      return `#/staff/${encodeURIComponent(route.draftId)}/${route.tab}`;
    default:
      return `#/${route.name}`;
  }
}

/** The page lives in the URL's hash, so a reload (or a crash and restart) comes back to the same place. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return [route, navigate];
}
