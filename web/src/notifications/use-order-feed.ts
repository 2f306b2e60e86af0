import { useSubscription } from "@apollo/client/react";
import { useCallback, useEffect, useRef } from "react";
import { subscriptionGaps } from "../apollo/subscription-gaps";
import { MyOrderUpdatesDocument } from "../gql/lazy/graphql";

/**
 * How long after an order change the bell asks for its notifications: the notifications subgraph
 * writes the notification from the same event the change was relayed from, a moment later.
 */
export const NOTIFICATIONS_SETTLE_MS = 1_000;

/**
 * Follows every order of the signed-in shopper over `orderUpdated` without an argument. Each new
 * status lands in the cache, so the order-status link raises its toast wherever the shopper is;
 * `onChange` runs once the notifications for a change (or for a burst of them) have had time to be
 * written, and after the start or an interruption, when changes may have gone unrelayed.
 */
export function useOrderFeed(onChange: () => void, { skip = false } = {}): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changed = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, NOTIFICATIONS_SETTLE_MS);
  }, []);
  useSubscription(MyOrderUpdatesDocument, { skip, ignoreResults: true, onData: changed });
  useEffect(() => {
    if (skip) return;
    // Starting is a gap too: what happened between the first fetch and the subscription being
    // live (a new account's welcome notification, written just after sign-up) is fetched once.
    changed();
    const stop = subscriptionGaps.subscribe(changed);
    return () => {
      stop();
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [skip, changed]);
}
