import { useMutation } from "@apollo/client/react";
import { useCallback, useRef } from "react";
import {
  PayGuestOrderDocument,
  PayOrderDocument,
  PlaceGuestOrderDocument,
  PlaceOrderDocument,
  type AddressInput,
  type CheckoutErrorCode,
  type OrderDetailFragment,
  type PriceChangeViewFragment,
} from "../gql/shop/graphql";
import { describeError } from "../lib/errors";
import type { MoneyLike } from "../lib/money";
import type { FieldUserError } from "../lib/user-errors";
import { forgetAddress } from "./address";
import { newIdempotencyKey } from "./idempotency";

/** A guest's checkout: the order is theirs by its link's token (placeGuestOrder's orderToken). */
export interface GuestCheckout {
  email: string;
}

/** The checkout's choices besides the address: sent as placed, as Cart.totals priced them. */
export interface CheckoutChoices {
  shippingMethodId: string | null;
  couponCode: string | null;
}

const NO_CHOICES: CheckoutChoices = { shippingMethodId: null, couponCode: null };

export type CheckoutResult =
  | { kind: "paid"; order: OrderDetailFragment }
  /** A guest's order is placed: its page (by the link's token) shows it, and takes the payment when `problem`. */
  | { kind: "guestPlaced"; orderToken: string; problem: string | null }
  /** The order was not placed; nothing changed on the server. */
  | { kind: "rejected"; errors: readonly FieldUserError<CheckoutErrorCode>[] }
  /** Not placed: today's prices make another total than the one shown. The cart came back repriced. */
  | { kind: "priceChanged"; priceChange: PriceChangeViewFragment }
  /** The order is placed and waits for payment: the card was refused, or the payment got no answer. */
  | { kind: "unpaid"; order: OrderDetailFragment; problem: string }
  /** No answer (network, server): trying again repeats this attempt with the same key. */
  | { kind: "failed"; error: unknown };

/**
 * Placing and paying an order. One checkout attempt has one idempotency key, made when the attempt
 * starts and sent again by every retry of it, so a double click or a resubmit after a network error
 * never makes two orders. The key is dropped only when the server answered that it placed nothing
 * (userErrors): the next attempt gets a new one. An order placed but not paid is handed back
 * (`unpaid`): from then on it is paid or cancelled as it is, never placed again.
 *
 * Every attempt sends the total the shopper was shown as `expectedTotal`, so a price raised since
 * is never charged unseen: the server answers PRICE_CHANGED instead and places nothing. That total
 * is Cart.totals' for the same shipping method and coupon, which every attempt sends with it.
 */
export function useCheckout() {
  const [placeOrder] = useMutation(PlaceOrderDocument);
  const [payOrder] = useMutation(PayOrderDocument);
  const [placeGuestOrder] = useMutation(PlaceGuestOrderDocument);
  const [payGuestOrder] = useMutation(PayGuestOrderDocument);
  const idempotencyKey = useRef<string | null>(null);
  const inFlight = useRef<Promise<CheckoutResult> | null>(null);

  // placeOrder answers with the cart as it left it (emptied), and the cache takes it in: the
  // header shows it at once. The checkout page keeps showing what is being paid for (see Checkout).
  const run = async (
    address: AddressInput,
    paymentToken: string,
    shown: MoneyLike,
    cartId: string | null,
    guest: GuestCheckout | null,
    choices: CheckoutChoices,
  ): Promise<CheckoutResult> => {
    idempotencyKey.current ??= newIdempotencyKey();
    // Only the input's fields: the cached Money carries __typename, which MoneyInput refuses.
    const expectedTotal = { amountCents: shown.amountCents, currency: shown.currency };
    if (guest) return runAsGuest(address, paymentToken, expectedTotal, cartId ?? "", guest, choices);
    let order: OrderDetailFragment;
    try {
      const { data } = await placeOrder({
        variables: {
          input: {
            idempotencyKey: idempotencyKey.current,
            shippingAddress: address,
            expectedTotal,
            cartId,
            shippingMethodId: choices.shippingMethodId,
            couponCode: choices.couponCode,
          },
        },
      });
      const payload = data?.placeOrder;
      if (!payload?.order) {
        idempotencyKey.current = null;
        // The payload's cart, at today's prices, is in the cache: the page shows the new total.
        if (payload?.priceChange) return { kind: "priceChanged", priceChange: payload.priceChange };
        return { kind: "rejected", errors: payload?.userErrors ?? [] };
      }
      order = payload.order;
    } catch (error) {
      return { kind: "failed", error };
    }
    idempotencyKey.current = null;
    forgetAddress();
    try {
      const { data } = await payOrder({ variables: { orderId: order.id, paymentToken } });
      const payload = data?.payOrder;
      const latest = payload?.order ?? order;
      if (payload && payload.userErrors.length === 0 && latest.status !== "PENDING_PAYMENT") {
        return { kind: "paid", order: latest };
      }
      return {
        kind: "unpaid",
        order: latest,
        problem: payload?.userErrors[0]?.message ?? "The payment did not go through. Try again.",
      };
    } catch (error) {
      return { kind: "unpaid", order, problem: `${describeError(error)} Your order is saved: pay it below.` };
    }
  };

  /** The same attempt for a guest: placeGuestOrder, then payGuestOrder with the order link's token. */
  const runAsGuest = async (
    address: AddressInput,
    paymentToken: string,
    expectedTotal: { amountCents: number; currency: string },
    cartId: string,
    guest: GuestCheckout,
    choices: CheckoutChoices,
  ): Promise<CheckoutResult> => {
    const idempotencyKeyNow = idempotencyKey.current ?? newIdempotencyKey();
    let orderToken: string;
    try {
      const { data } = await placeGuestOrder({
        variables: {
          input: {
            idempotencyKey: idempotencyKeyNow,
            shippingAddress: address,
            expectedTotal,
            email: guest.email,
            cartId,
            shippingMethodId: choices.shippingMethodId,
            couponCode: choices.couponCode,
          },
        },
      });
      const payload = data?.placeGuestOrder;
      if (!payload?.order || !payload.orderToken) {
        idempotencyKey.current = null;
        if (payload?.priceChange) return { kind: "priceChanged", priceChange: payload.priceChange };
        return { kind: "rejected", errors: payload?.userErrors ?? [] };
      }
      orderToken = payload.orderToken;
    } catch (error) {
      return { kind: "failed", error };
    }
    idempotencyKey.current = null;
    forgetAddress();
    try {
      const { data } = await payGuestOrder({ variables: { token: orderToken, paymentToken } });
      const payload = data?.payGuestOrder;
      const paid = payload && payload.userErrors.length === 0 && payload.order?.status !== "PENDING_PAYMENT";
      return {
        kind: "guestPlaced",
        orderToken,
        problem: paid ? null : (payload?.userErrors[0]?.message ?? "The payment did not go through. Try again."),
      };
    } catch (error) {
      return { kind: "guestPlaced", orderToken, problem: describeError(error) };
    }
  };

  const submit = useCallback(
    (
      address: AddressInput,
      paymentToken: string,
      expectedTotal: MoneyLike,
      cartId: string | null,
      guest: GuestCheckout | null = null,
      choices: CheckoutChoices = NO_CHOICES,
    ) => {
      // A second submit while one is under way joins it instead of sending anything.
      inFlight.current ??= run(address, paymentToken, expectedTotal, cartId, guest, choices).finally(() => {
        inFlight.current = null;
      });
      return inFlight.current;
    },
    [], // run reads refs and stable mutation functions only
  );

  return { submit };
}
