/** How many uploads may wait for their turn beyond the one in progress; more are refused. */
export const UPLOADS_WAITING_AT_MOST = 4;

/** Too many jobs already wait: the caller should try again shortly (the upload route answers 503). */
export class TurnQueueFull extends Error {
  constructor(readonly waitingAtMost: number) {
    super(`Too many uploads are being processed; try again in a moment`);
  }
}

/**
 * Runs jobs one at a time, refusing a job when `waitingAtMost` already wait. Image processing takes
 * turns so that a process holds one decode and its encoders at once; the wait is bounded so a burst
 * is refused at once instead of queueing without end. Take the turn before opening a transaction:
 * a job waiting here holds no database connection.
 */
export class TurnQueue {
  /** Jobs not yet settled: the one running and those waiting. */
  private unsettled = 0;
  private previous: Promise<unknown> = Promise.resolve();

  constructor(private readonly waitingAtMost: number = UPLOADS_WAITING_AT_MOST) {}

  /** Runs `job` once every job before it has settled; throws TurnQueueFull when too many wait. */
  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.unsettled > this.waitingAtMost) return Promise.reject(new TurnQueueFull(this.waitingAtMost));
    this.unsettled++;
    const turn = this.previous.then(job).finally(() => this.unsettled--);
    // A job that throws ends its turn like one that returns.
    this.previous = turn.catch(() => undefined);
    return turn;
  }
}
