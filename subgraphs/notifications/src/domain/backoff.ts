/** Delay before the next send after `attempts` failed ones: base, 2 x base, 4 x base ... capped. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * A webhook's next attempt: exponential (base, 2 x base, ... up to `maxMs`) with "equal jitter":
 * between half and all of that, so endpoints that failed together do not all retry together.
 */
export function jitteredRetryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = retryDelayMs(attempts, baseMs, maxMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
