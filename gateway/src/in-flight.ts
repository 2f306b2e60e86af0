/**
 * Identical work started while the same work is in flight joins it instead of starting again.
 * Each caller gets its own copy of the answer once more than one waited for it, so no caller
 * can change what another reads.
 */
export class InFlight<T> {
  private readonly flights = new Map<
    string,
    { waiters: number; answer: Promise<T>; startedAt: number; owner: string }
  >();

  constructor(
    private readonly copy: (answer: T) => T,
    /** Told each time a call joins a flight instead of starting one. */
    private readonly onJoin: () => void = () => undefined,
  ) {}

  /** `startedAt` is told when the work this call gets started (`performance.now()`): now, or when the flight it joins did. */
  async run(key: string, start: () => Promise<T>, startedAt?: (at: number) => void, owner = ""): Promise<T> {
    const flight = this.flights.get(key);
    if (flight) {
      flight.waiters++;
      this.onJoin();
      startedAt?.(flight.startedAt);
      return this.copy(await flight.answer);
    }
    const started = { waiters: 1, startedAt: performance.now(), answer: start(), owner };
    startedAt?.(started.startedAt);
    this.flights.set(key, started);
    try {
      const answer = await started.answer;
      // The first caller copies too when others joined: it may change its answer while they read.
      return started.waiters > 1 ? this.copy(answer) : answer;
    } finally {
      if (this.flights.get(key) === started) this.flights.delete(key);
    }
  }

  /**
   * Later calls of `owner` start afresh instead of joining what is in flight (which still answers
   * those already waiting): after the owner's own write, a read begun before it may not show it.
   */
  forget(owner: string): void {
    for (const [key, flight] of this.flights) if (flight.owner === owner) this.flights.delete(key);
  }
}

/**
 * The gateway's in-flight groups, one per subgraph, told together when a caller's write is done:
 * a mutation at orders may change what products answers that caller too (stock, say).
 */
export class CallerWrites {
  private readonly groups = new Set<Pick<InFlight<unknown>, "forget">>();

  add(group: Pick<InFlight<unknown>, "forget">): void {
    this.groups.add(group);
  }

  wrote(owner: string): void {
    for (const group of this.groups) group.forget(owner);
  }
}
