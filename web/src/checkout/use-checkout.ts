import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { PayOrderDocument, PlaceOrderDocument, type AddressInput, type OrderDetailFragment } from "../gql/shop/graphql";
import type { FieldUserError } from "../lib/user-errors";
import { newIdempotencyKey } from "./idempotency";

export type CheckoutResult =
  | { kind: "paid"; order: OrderDetailFragment }
  /** The order was not placed; nothing changed on the server. */
  | { kind: "rejected"; errors: readonly FieldUserError[] }
  /** The order is placed and waits for payment; the card was refused. */
  | { kind: "declined"; order: OrderDetailFragment; errors: readonly FieldUserError[] }
  /** No answer (network, server): trying again repeats this attempt with the same key. */
  | { kind: "failed"; error: unknown };

interface Attempt {
  idempotencyKey: string;
  order?: OrderDetailFragment;
}

/**
 * Placing and paying an order. One checkout attempt has one idempotency key, made when the attempt
 * starts and sent again by every retry of it, so a double click, a resubmit after a network error
 * or a reload of the request never makes two orders. The key is dropped only when the server
 * answered that it placed nothing (userErrors): the next attempt gets a new one. Once the order is
 * placed, trying again only pays it.
 */
export function useCheckout() {
  const [placeOrder] = useMutation(PlaceOrderDocument);
  const [payOrder] = useMutation(PayOrderDocument);
  const attempt = useRef<Attempt | null>(null);
  const inFlight = useRef<Promise<CheckoutResult> | null>(null);
  const [pendingOrder, setPendingOrder] = useState<OrderDetailFragment | null>(null);
  const client = useApolloClient();
  const placed = useRef(false);

  // Placing an order empties the cart on the server. The page keeps showing what is being paid
  // for, and the cart is fetched again once the shopper leaves checkout (paid or not).
  useEffect(
    () => () => {
      // Forgetting the cached cart makes whoever shows it (the header) fetch it again.
      if (placed.current) client.cache.evict({ id: "ROOT_QUERY", fieldName: "cart" });
    },
    [client],
  );

  const run = async (address: AddressInput, paymentToken: string): Promise<CheckoutResult> => {
    attempt.current ??= { idempotencyKey: newIdempotencyKey() };
    const current = attempt.current;
    try {
      if (!current.order) {
        const { data } = await placeOrder({
          variables: { input: { idempotencyKey: current.idempotencyKey, shippingAddress: address } },
        });
        const payload = data?.placeOrder;
        if (!payload?.order) {
          attempt.current = null;
          return { kind: "rejected", errors: payload?.userErrors ?? [] };
        }
        current.order = payload.order;
        placed.current = true;
        setPendingOrder(payload.order);
      }
      const { data } = await payOrder({ variables: { orderId: current.order.id, paymentToken } });
      const payload = data?.payOrder;
      const order = payload?.order ?? current.order;
      if (payload && payload.userErrors.length === 0 && order.status !== "PENDING_PAYMENT") {
        attempt.current = null;
        return { kind: "paid", order };
      }
      current.order = order;
      setPendingOrder(order);
      return { kind: "declined", order, errors: payload?.userErrors ?? [] };
    } catch (error) {
      return { kind: "failed", error };
    }
  };

  const submit = useCallback((address: AddressInput, paymentToken: string): Promise<CheckoutResult> => {
    // A second submit while one is under way joins it instead of sending anything.
    inFlight.current ??= run(address, paymentToken).finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, []); // run reads refs and stable mutation functions only

  return { submit, pendingOrder };
}
