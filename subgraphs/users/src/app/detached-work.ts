import type { Logger, Worker } from "@shopgraph/platform";

/**
 * Work a mutation starts and does not wait for, so its answer cannot tell how the work went nor
 * how long it took (requestPasswordReset: whether the address has an account). A failure is
 * logged; stopping waits for what is under way, so no work outlives the database it writes to.
 */
export class DetachedWork implements Worker {
  readonly name = "detached work";
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  start(): void {}

  run(what: string, work: () => Promise<void>): void {
    const task: Promise<void> = work()
      .catch((err: unknown) => this.log.error({ err }, `${what} failed`))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Resolves once nothing started so far is under way. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  stop(): Promise<void> {
    return this.idle();
  }
}
