import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serialSaver, type SaveState } from '@renderer/features/scoring/serial-saver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A store that refuses writes while `full` is set, as a full disk does. */
function store() {
  const written: number[] = [];
  const state = { full: false };
  const save = vi.fn(async (value: number) => {
    if (state.full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    written.push(value);
  });
  return { written, state, save };
}

describe('saving what a juror types', () => {
  it('writes each change in order and says "saved" only once all have committed', async () => {
    const { written, save } = store();
    const states: SaveState['status'][] = [];
    const saver = serialSaver(save, (state) => states.push(state.status), 1000);
    saver.push(1);
    saver.push(2);
    saver.push(3);
    await vi.runAllTimersAsync();
    expect(written).toEqual([1, 2, 3]);
    expect(states.at(-1)).toBe('saved');
    expect(states.filter((status) => status === 'saved')).toHaveLength(1);
  });

  it('after a failure, keeps every later change behind the failed one and retries until it goes through', async () => {
    const { written, state, save } = store();
    const states: SaveState[] = [];
    const saver = serialSaver(save, (reported) => states.push(reported), 1000);
    state.full = true;
    saver.push(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ status: 'failed', error: { name: 'QuotaExceededError' } });
    saver.push(2);
    saver.push(3);
    // Still failing: the failure stands, nothing is written, nothing claims to be saved.
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([]);
    expect(states.some((reported) => reported.status === 'saved')).toBe(false);
    expect(states.at(-1)!.status).toBe('failed');
    state.full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1, 2, 3]);
    expect(states.at(-1)!.status).toBe('saved');
  });

  it('a later value is never overwritten by the retry of an earlier one', async () => {
    const { written, state, save } = store();
    const saver = serialSaver(save, () => undefined, 500);
    state.full = true;
    saver.push(4);
    await vi.advanceTimersByTimeAsync(0);
    state.full = false;
    saver.push(5);
    await vi.advanceTimersByTimeAsync(500);
    expect(written.at(-1)).toBe(5);
    expect(written).toEqual([4, 5]);
  });
});
