import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler } from '../../src/renderer/src/autosave/save-scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function scheduler(save: (value: string) => Promise<void>) {
  const states: string[] = [];
  const saving = new SaveScheduler<string>({
    save,
    onStateChange: (state) => states.push(state),
    pauseMs: 800,
    maxWaitMs: 2000,
    retryMs: 3000,
  });
  return { saving, states };
}

describe('when a draft is saved', () => {
  it('saves once, a moment after typing pauses', async () => {
    const saved: string[] = [];
    const { saving } = scheduler(async (value) => void saved.push(value));
    saving.changed('M');
    saving.changed('Ma');
    await vi.advanceTimersByTimeAsync(799);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Ma']);
  });

  it('never waits more than two seconds while the physio keeps typing', async () => {
    const saved: string[] = [];
    const { saving } = scheduler(async (value) => void saved.push(value));
    for (let i = 1; i <= 10; i++) {
      saving.changed(`text ${i}`);
      await vi.advanceTimersByTimeAsync(500); // a keystroke every half second
    }
    // Five seconds of typing without a pause: saved at 2 s and again at 4 s.
    expect(saved).toEqual(['text 4', 'text 8']);
  });

  it('tries a failed save again by itself, and reports it', async () => {
    let fail = true;
    const saved: string[] = [];
    const { saving, states } = scheduler(async (value) => {
      if (fail) throw new Error('disk busy');
      saved.push(value);
    });
    saving.changed('Zoë');
    await vi.advanceTimersByTimeAsync(800);
    expect(states).toContain('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(saved).toEqual(['Zoë']);
    expect(states.at(-1)).toBe('saved');
  });

  it('runs one save at a time and sends what was typed meanwhile afterwards', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const { saving } = scheduler(
      (value) =>
        new Promise<void>((resolve) => {
          release = () => {
            saved.push(value);
            resolve();
          };
        }),
    );
    saving.changed('first');
    const flushing = saving.flush();
    saving.changed('second');
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    expect(await flushing).toBe(true);
    expect(saved).toEqual(['first', 'second']);
  });

  it('drops unsaved input on cancel, and a save under way brings nothing back', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const { saving } = scheduler(
      (value) =>
        new Promise<void>((resolve, reject) => {
          release = () => {
            saved.push(value);
            reject(new Error('offline'));
          };
        }),
    );
    saving.changed('first');
    await vi.advanceTimersByTimeAsync(800); // the save starts
    saving.changed('second');
    const cancelling = saving.cancel();
    release(); // the save under way fails, which would normally plan a retry
    await cancelling;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual(['first']);
  });

  it('says when flushing could not save', async () => {
    const { saving } = scheduler(async () => {
      throw new Error('refused');
    });
    saving.changed('x');
    expect(await saving.flush()).toBe(false);
    saving.dispose();
  });
});
