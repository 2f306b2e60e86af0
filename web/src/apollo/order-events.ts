/** An order whose status the client saw change (in a query, a mutation or a subscription). */
export interface OrderStatusChange {
  orderId: string;
  number: string | undefined;
  /** Null when the client had not seen the order before (news from a subscription). */
  from: string | null;
  to: string;
}

type Listener = (change: OrderStatusChange) => void;
const listeners = new Set<Listener>();

/**
 * Order status changes as the cache sees them. Every way an order reaches the client ends in a
 * cache write, so the toast listens here and does not care whether a query, a mutation or a
 * subscription brought the news.
 */
export const orderEvents = {
  emit(change: OrderStatusChange): void {
    for (const listener of listeners) listener(change);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
