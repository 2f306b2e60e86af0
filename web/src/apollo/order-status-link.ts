import { ApolloLink, type ApolloCache } from "@apollo/client";
import { OperationTypeNode } from "graphql";
import { tap } from "rxjs";
import { CachedOrderStatusFragmentDoc } from "../gql/shop/graphql";
import { orderEvents } from "./order-events";

interface OrderLike {
  __typename: "Order";
  id: string;
  status: string;
  number?: unknown;
}

function isOrder(value: Record<string, unknown>): value is Record<string, unknown> & OrderLike {
  return value["__typename"] === "Order" && typeof value["id"] === "string" && typeof value["status"] === "string";
}

/**
 * Every order in a result whose status differs from the one in the cache, before the result is
 * written. A subscription's result is news by itself: an order the cache has not seen counts too.
 */
function noticeChanges(cache: ApolloCache, value: unknown, news: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) noticeChanges(cache, item, news);
    return;
  }
  if (!value || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  if (isOrder(object)) {
    const cached = cache.readFragment({
      id: cache.identify({ __typename: "Order", id: object.id }),
      fragment: CachedOrderStatusFragmentDoc,
    });
    if (cached ? cached.status !== object.status : news) {
      orderEvents.emit({
        orderId: object.id,
        number: typeof object.number === "string" ? object.number : undefined,
        from: cached?.status ?? null,
        to: object.status,
      });
    }
  }
  for (const child of Object.values(object)) noticeChanges(cache, child, news);
}

/**
 * Watches every result (query, poll, mutation, subscription) for orders that changed status since
 * the cache last saw them, and tells `orderEvents` (the toasts). Results pass through untouched.
 */
export function orderStatusLink(cache: ApolloCache): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if (result.data) noticeChanges(cache, result.data, operation.operationType === OperationTypeNode.SUBSCRIPTION);
      }),
    ),
  );
}
