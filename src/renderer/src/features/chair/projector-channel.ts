import { useEffect, useRef, useState } from 'react';
import type { Method, RankUncertainty } from '@core/jury';

/** What the room may see, as the chair sets it; the projector view shows only this. */
export interface ProjectorState {
  applicationId: string | null;
  method: Method;
  /** The application's rank interval once drawn, and the places it is measured against. */
  standing: RankUncertainty | null;
  places: number | null;
  showNames: boolean;
  showComments: boolean;
  /** The per-application timer: running since a moment (epoch ms), plus what ran before a pause. */
  timer: { runningSince: number | null; elapsedMs: number };
}

type Message = { type: 'hello' } | { type: 'state'; state: ProjectorState };

/**
 * The desk and its projector view talk over a BroadcastChannel of their origin: the same app in a second window
 * (desktop) or tab (browser), without the main process or a network. One channel per call.
 */
function channelFor(callId: string): BroadcastChannel {
  return new BroadcastChannel(`jurydesk-projector:${callId}`);
}

/** The desk's side: says its state whenever it changes, and again when a projector view opens and asks. */
export function useProjectorSender(callId: string, state: ProjectorState): void {
  const latest = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const opened = channelFor(callId);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.type === 'hello') opened.postMessage({ type: 'state', state: latest.current } satisfies Message);
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [callId]);
  useEffect(() => {
    latest.current = state;
    channel.current?.postMessage({ type: 'state', state } satisfies Message);
  }, [state]);
}

/** The projector's side: the chair's latest state, null until the desk has answered. */
export function useProjectorState(callId: string): ProjectorState | null {
  const [state, setState] = useState<ProjectorState | null>(null);
  useEffect(() => {
    const channel = channelFor(callId);
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.type === 'state') setState(event.data.state);
    };
    channel.postMessage({ type: 'hello' } satisfies Message);
    return () => channel.close();
  }, [callId]);
  return state;
}

/** The timer's reading now, in whole seconds. */
function elapsedSeconds(timer: ProjectorState['timer'], now: number): number {
  return Math.floor((timer.elapsedMs + (timer.runningSince === null ? 0 : now - timer.runningSince)) / 1000);
}

/** The timer as m:ss, ticking while it runs; null while it has never run. */
export function useTimerClock(timer: ProjectorState['timer']): string | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [timer.runningSince]);
  const seconds = elapsedSeconds(timer, Math.max(now, timer.runningSince ?? 0));
  if (seconds === 0 && timer.runningSince === null) return null;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
