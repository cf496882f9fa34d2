import { useCallback, useEffect, useState } from 'react';

export type Route = { name: 'calls' } | { name: 'call'; callId: string } | { name: 'check' } | { name: 'identity' };

export function parseRoute(hash: string): Route {
  const [, page = '', id] = hash.replace(/^#/, '').split('/');
  if (page === 'call' && id) return { name: 'call', callId: decodeURIComponent(id) };
  if (page === 'check') return { name: 'check' };
  if (page === 'identity') return { name: 'identity' };
  return { name: 'calls' };
}

export function routeHash(route: Route): string {
  return route.name === 'call' ? `#/call/${encodeURIComponent(route.callId)}` : `#/${route.name}`;
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
  }, []);
  return [route, navigate];
}
