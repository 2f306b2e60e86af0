import type { Service } from "./processes.js";

/** When a crashed service is started again, and when to stop trying. */
export interface RestartPolicy {
  /** This many crashes within `windowMs` and the service is given up on. */
  maxCrashes: number;
  windowMs: number;
  /** The first restart waits this long; each crash in the window doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxCrashes: 5,
  windowMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};

export interface SupervisorEvents {
  /** A crash the supervisor answers with a restart after `delayMs`. */
  restarting(name: string, reason: string, delayMs: number, crashes: number): void;
  /** Crashed too often: the supervisor stopped trying. */
  gaveUp(name: string, reason: string, crashes: number): void;
}

/**
 * Keeps one service running: a process that exits while it was meant to run is started again
 * after a backoff, so one crash is an outage of that service only, for as long as it takes to
 * start. A service that keeps crashing (a bad config, a port taken) is given up on instead of
 * being restarted forever.
 */
export class Supervisor {
  private current: Service;
  private stopped = false;
  private crashes: number[] = [];
  private restartTimer: NodeJS.Timeout | undefined;
  /** How many times the service was started. */
  starts = 0;

  constructor(
    private readonly start: () => Service,
    private readonly events: SupervisorEvents,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {
    this.current = this.run();
  }

  /** The process running now (a new one after each restart). */
  get service(): Service {
    return this.current;
  }

  /** Stops supervising; the caller stops the process. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.restartTimer);
  }

  private run(): Service {
    const service = this.start();
    this.starts++;
    void service.exited.then(({ code, signal }) => {
      if (this.stopped) return;
      this.crashed(service.name, signal ?? `exit code ${code}`);
    });
    return service;
  }

  private crashed(name: string, reason: string): void {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < this.policy.windowMs), now];
    const crashes = this.crashes.length;
    if (crashes >= this.policy.maxCrashes) {
      this.stopped = true;
      this.events.gaveUp(name, reason, crashes);
      return;
    }
    const delayMs = Math.min(this.policy.baseDelayMs * 2 ** (crashes - 1), this.policy.maxDelayMs);
    this.events.restarting(name, reason, delayMs, crashes);
    this.restartTimer = setTimeout(() => {
      if (!this.stopped) this.current = this.run();
    }, delayMs);
  }
}
