/**
 * When to save a draft that changes as the physio types: a moment after they pause, but never
 * later than `maxWaitMs` after the first unsaved change while they keep typing; one save at a
 * time; a failed save is tried again after `retryMs`. Plain TypeScript (no React) so the timing
 * can be tested with fake timers.
 */
export interface SaveSchedulerOptions<T> {
  save(value: T): Promise<void>;
  onStateChange(state: 'unsaved' | 'saving' | 'saved' | 'failed', error?: unknown): void;
  pauseMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

export class SaveScheduler<T> {
  private latest: T | undefined;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFailed = false;
  private readonly pauseMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: SaveSchedulerOptions<T>) {
    this.pauseMs = options.pauseMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.retryMs = options.retryMs ?? 3000;
  }

  /** A new value to keep. */
  changed(value: T): void {
    this.latest = value;
    this.dirty = true;
    this.options.onStateChange('unsaved');
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => void this.flush(), this.pauseMs);
    this.maxWaitTimer ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** Saves now whatever is unsaved, waiting for a save already under way; true when all is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.pauseTimer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return !this.lastFailed;
    const value = this.latest as T;
    this.dirty = false;
    this.options.onStateChange('saving');
    this.inFlight = this.options
      .save(value)
      .then(() => {
        this.lastFailed = false;
        this.options.onStateChange(this.dirty ? 'unsaved' : 'saved');
      })
      .catch((error: unknown) => {
        this.lastFailed = true;
        this.dirty = true;
        this.options.onStateChange('failed', error);
        clearTimeout(this.pauseTimer);
        this.pauseTimer = setTimeout(() => void this.flush(), this.retryMs);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    if (this.dirty && !this.lastFailed) return this.flush(); // typed while that save ran
    return !this.lastFailed;
  }

  /**
   * Drops whatever is unsaved (the form was saved for real, or its draft discarded) and waits
   * for a save already under way, so no late save brings a discarded draft back.
   */
  async cancel(): Promise<void> {
    this.dispose();
    this.dirty = false;
    while (this.inFlight) await this.inFlight;
    this.dispose(); // a save that failed meanwhile may have planned a retry
    this.dirty = false;
  }

  /** Stops the timers (the editor closed); call flush first to keep what is pending. */
  dispose(): void {
    clearTimeout(this.pauseTimer);
    clearTimeout(this.maxWaitTimer);
  }
}
