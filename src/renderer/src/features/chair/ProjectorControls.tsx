import { useServices } from '@renderer/app/context';
import { routeHash } from '@renderer/app/route';
import { useI18n } from '@renderer/i18n';
import { useTimerClock, type ProjectorState } from './projector-channel';

/** The chair's hold on the projector view: open it, say what the room may see, and time the discussion. */
export function ProjectorControls({
  callId,
  state,
  onChange,
}: {
  callId: string;
  state: ProjectorState;
  onChange: (state: ProjectorState) => void;
}) {
  const { bridge } = useServices();
  const { t } = useI18n();
  const { timer } = state;
  const clock = useTimerClock(timer) ?? '0:00';
  const running = timer.runningSince !== null;
  return (
    <div className="projector-controls" role="group" aria-label={t('projector.controls')}>
      <button
        type="button"
        className="button"
        onClick={() => void bridge.openProjector(routeHash({ name: 'projector', callId }))}
      >
        {t('projector.open')}
      </button>
      <label className="check">
        <input
          type="checkbox"
          checked={state.showNames}
          onChange={(event) => onChange({ ...state, showNames: event.target.checked })}
        />{' '}
        {t('projector.showNames')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.showComments}
          onChange={(event) => onChange({ ...state, showComments: event.target.checked })}
        />{' '}
        {t('projector.showComments')}
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          const at = Date.now();
          onChange({
            ...state,
            timer: running
              ? { runningSince: null, elapsedMs: timer.elapsedMs + at - timer.runningSince! }
              : { runningSince: at, elapsedMs: timer.elapsedMs },
          });
        }}
      >
        {running ? t('projector.pause') : t('projector.start')}
      </button>
      <span className="muted" aria-live="off">
        {clock}
      </span>
    </div>
  );
}
