import type { Logger } from "./logger.js";

/**
 * A pass of work run every `intervalMs` (counted from the end of the last), one pass at a time:
 * a call of `run` while one runs gets that one. What the sweepers share. `stop` waits for the
 * pass in hand; a pass that throws is logged and tried again next time.
 */
export class Periodic<TResult> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TResult> | undefined;
  private stopped = false;

  constructor(
    private readonly options: {
      /** For the log line of a failed pass. */
      name: string;
      intervalMs: number;
      pass: () => Promise<TResult>;
      /** Called with each scheduled pass's result (to log what it did). */
      done: (result: TResult) => void;
      log: Logger;
    },
  ) {}

  /** True once `stop` was called (a long pass checks it to end early). */
  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass now (`pass`, or the usual one); also what tests call instead of waiting for the timer. */
  run(pass: () => Promise<TResult> = this.options.pass): Promise<TResult> {
    this.running ??= pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      try {
        this.options.done(await this.run());
      } catch (err) {
        this.options.log.warn({ err }, `${this.options.name} failed; will try again`);
      }
      if (!this.stopped) this.schedule();
    }, this.options.intervalMs);
    this.timer.unref();
  }
}
