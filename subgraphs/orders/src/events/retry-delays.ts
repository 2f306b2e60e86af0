/**
 * While an event orders consumes keeps failing, it waits through these delays before it is
 * dead-lettered. A module of its own, without imports: the bench names the retry queues by them.
 */
export const ORDERS_RETRY_DELAYS_MS: readonly number[] = [1_000, 10_000, 60_000];
