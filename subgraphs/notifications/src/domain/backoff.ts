/** Delay before the next send after `attempts` failed ones: base, 2 x base, 4 x base ... capped. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
