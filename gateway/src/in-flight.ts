/**
 * Identical work started while the same work is in flight joins it instead of starting again.
 * Each caller gets its own copy of the answer once more than one waited for it, so no caller
 * can change what another reads.
 */
export class InFlight<T> {
  private readonly flights = new Map<string, { waiters: number; answer: Promise<T>; startedAt: number }>();

  constructor(
    private readonly copy: (answer: T) => T,
    /** Told each time a call joins a flight instead of starting one. */
    private readonly onJoin: () => void = () => undefined,
  ) {}

  /** `startedAt` is told when the work this call gets started (`performance.now()`): now, or when the flight it joins did. */
  async run(key: string, start: () => Promise<T>, startedAt?: (at: number) => void): Promise<T> {
    const flight = this.flights.get(key);
    if (flight) {
      flight.waiters++;
      this.onJoin();
      startedAt?.(flight.startedAt);
      return this.copy(await flight.answer);
    }
    const started = { waiters: 1, startedAt: performance.now(), answer: start() };
    startedAt?.(started.startedAt);
    this.flights.set(key, started);
    try {
      const answer = await started.answer;
      // The first caller copies too when others joined: it may change its answer while they read.
      return started.waiters > 1 ? this.copy(answer) : answer;
    } finally {
      this.flights.delete(key);
    }
  }
}
