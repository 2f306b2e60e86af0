import type { Worker } from "@shopgraph/platform";

/** Wake-ups due within this much of each other share a timer. */
const WAKE_GRANULARITY_MS = 50;

/**
 * What the mail and webhook dispatchers share: their work is rows in the database that are due,
 * found by a claim that runs when woken in-process (right after a commit that made work due, or
 * after an outcome), when a retry's delay is over, and on a poll as a safety net. One claim runs
 * at a time; a wake during a claim claims once more afterwards, so no wake is lost.
 */
export abstract class DueWorkLoop implements Worker {
  abstract readonly name: string;
  protected running = false;
  /** Sends in flight; `idle()` waits for them. */
  protected readonly sending = new Set<Promise<void>>();
  private claiming: Promise<void> | undefined;
  private wakeRequested = false;
  private pollTimer: NodeJS.Timeout | undefined;
  /** Wake-ups to come, by the WAKE_GRANULARITY_MS slot they fall in: one timer per slot. */
  private readonly wakeTimers = new Map<number, NodeJS.Timeout>();

  protected constructor(private readonly pollIntervalMs: number) {}

  /** Claims and starts what is due; catches its own errors (the next wake or poll tries again). */
  protected abstract claimWhileDue(): Promise<void>;

  /** Other work `idle()` waits for besides claims and sends (outcomes being written, say). */
  protected otherWork(): Promise<void> | undefined {
    return undefined;
  }

  start(): void {
    this.running = true;
    this.schedulePoll();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.pollTimer);
    for (const timer of this.wakeTimers.values()) clearTimeout(timer);
    this.wakeTimers.clear();
    await this.idle();
  }

  /** Claims and sends what is due now; a call while claiming claims once more afterwards. */
  wake(): void {
    if (!this.running) return;
    if (this.claiming) {
      this.wakeRequested = true;
      return;
    }
    this.claiming = this.claimWhileDue().finally(() => {
      this.claiming = undefined;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      }
    });
  }

  /** Resolves once nothing is being claimed, sent or written (tests and the bench wait on it). */
  async idle(): Promise<void> {
    while (this.claiming || this.sending.size > 0 || this.otherWork()) {
      await Promise.all([this.claiming, ...this.sending, this.otherWork()]);
    }
  }

  /**
   * Wakes once `delayMs` from now (rounded up to WAKE_GRANULARITY_MS): when a retry or a held
   * message falls due. Work falling due together shares one timer, however much of it there is.
   */
  wakeAfter(delayMs: number): void {
    if (!this.running) return;
    const slot = Math.ceil((Date.now() + delayMs) / WAKE_GRANULARITY_MS) * WAKE_GRANULARITY_MS;
    if (this.wakeTimers.has(slot)) return;
    const timer = setTimeout(() => {
      this.wakeTimers.delete(slot);
      this.wake();
    }, slot - Date.now());
    timer.unref();
    this.wakeTimers.set(slot, timer);
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.wake();
      if (this.running) this.schedulePoll();
    }, this.pollIntervalMs);
    this.pollTimer.unref();
  }
}
