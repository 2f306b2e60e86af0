type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Moments when subscriptions may have missed events: the socket reconnected, or a subscription the
 * server ended was opened again. The gateway relays changes from the moment of subscribing on, so
 * whatever a page follows live, it fetches once more when told.
 */
export const subscriptionGaps = {
  emit(): void {
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
