import type { Worker } from "@shopgraph/platform";

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
  private readonly retryTimers = new Set<NodeJS.Timeout>();

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
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
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

  /** Wakes once `delayMs` from now: when a retry falls due. */
  protected wakeIn(delayMs: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.wake();
    }, delayMs);
    timer.unref();
    this.retryTimers.add(timer);
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.wake();
      if (this.running) this.schedulePoll();
    }, this.pollIntervalMs);
    this.pollTimer.unref();
  }
}
