import { useSubscription } from "@apollo/client/react";
import { useCallback, useEffect } from "react";
import { subscriptionGaps } from "../apollo/subscription-gaps";
import { OrderUpdatedDocument } from "../gql/shop/graphql";

export interface LiveOrder {
  /** The subscription failed for good (too many open tabs, say): the page shows what it has. */
  interrupted: boolean;
  /** Fetches the order once more and subscribes again. */
  resume(): void;
}

/**
 * Follows one order while `following` (as long as it can still change). Each change arrives over
 * `orderUpdated(orderId)` and is written to the cache, where the order is normalised by id, so
 * everything showing it updates by itself. Changes during an interruption are not relayed, so the
 * order is fetched again (`refetch`) once the subscription is back.
 */
export function useLiveOrder(orderId: string, following: boolean, refetch: () => Promise<unknown>): LiveOrder {
  const { error, restart } = useSubscription(OrderUpdatedDocument, { variables: { orderId }, skip: !following });
  const catchUp = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  useEffect(() => (following ? subscriptionGaps.subscribe(catchUp) : undefined), [following, catchUp]);
  const resume = useCallback(() => {
    catchUp();
    restart();
  }, [catchUp, restart]);
  return { interrupted: following && error !== undefined, resume };
}
