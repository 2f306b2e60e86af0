import { notFound } from "@shopgraph/platform";
import { PRIVATE, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from "type-graphql";
import { PriceChanged } from "../app/checkout.js";
import { PaymentDeclined } from "../app/payments.js";
import { CheckoutErrorCode, OrderErrorCode } from "../domain/errors.js";
import type { OrderView } from "../domain/order-view.js";
import type { OrdersContext } from "./context.js";
import { priceChangeType } from "./order.resolver.js";
import { CheckoutPayload, GuestOrderInput, OrderPayload, OrderType, type PriceChangeType } from "./order.types.js";

const ORDER_TOKEN_MAX_LENGTH = 100;

/**
 * Guest checkout: an order without an account, placed with an e-mail address, and reached later
 * through the signed link its mail carries (platform's order-link.ts). None of these needs a
 * viewer; the gateway rate-limits and costs them per address like every anonymous operation.
 */
@Resolver()
export class GuestOrderResolver {
  @Mutation(() => CheckoutPayload, {
    description:
      "Orders a guest cart (cartCreate while signed out) without an account: the same checkout as placeOrder " +
      "(stock reserved, prices from products, the cart emptied, the same idempotencyKey returning the same " +
      "order), the order belonging to the e-mail address given. Its confirmation goes to that address with a link " +
      "to the order (orderByToken); orderToken in the answer is that link's token. Registering with the address " +
      "and verifying it later moves the order into the account. Anyone. userErrors: CheckoutErrorCode",
  })
  async placeGuestOrder(
    @Arg("input", { description: "The guest's e-mail address, cart, idempotency key and shipping address" })
    input: GuestOrderInput,
    @Ctx() { em, services }: OrdersContext,
  ) {
    let priceChange: PriceChangeType | null = null;
    let orderToken: string | null = null;
    const payload = await withUserErrors(CheckoutErrorCode, async () => {
      try {
        const placed = await services.guestOrders.place(em, input);
        orderToken = placed.token;
        return { order: placed.order };
      } catch (error) {
        if (error instanceof PriceChanged) priceChange = priceChangeType(error.priceChange);
        throw error;
      }
    });
    return { ...payload, priceChange, orderToken, cartOf: { userId: null, cartId: input.cartId } };
  }

  @Directive(PRIVATE)
  @Query(() => OrderType, {
    description:
      "The guest order a link opens (the token from its confirmation mail, or placeGuestOrder's orderToken), " +
      "read-only. A token that was not made for an order, altered in any way, or that names an order no guest " +
      "placed is the error NOT_FOUND, never another order. Anyone",
  })
  async orderByToken(
    @Arg("token", { description: "The `token=` of the order's link" }) token: string,
    @Ctx() { em, services }: OrdersContext,
  ): Promise<OrderView> {
    const order = token.length <= ORDER_TOKEN_MAX_LENGTH ? await services.guestOrders.byToken(em, token) : null;
    if (!order) throw notFound("Order");
    return order;
  }

  @Mutation(() => OrderPayload, {
    description:
      "Pays the guest order a link opens, as payOrder pays a customer's (the same test provider tokens; paying a " +
      "paid order charges nothing). Anyone holding the link. userErrors: ORDER_NOT_FOUND (any token that opens no " +
      "guest order), ORDER_NOT_PAYABLE, ORDER_EXPIRED, PAYMENT_DECLINED, INVALID_PAYMENT_TOKEN",
  })
  async payGuestOrder(
    @Arg("token", { description: "The `token=` of the order's link (orderByToken)" }) token: string,
    @Arg("paymentToken", {
      description: 'A token from the payment provider (test provider: "tok_visa"...); never a card number',
    })
    paymentToken: string,
    @Ctx() { em, services }: OrdersContext,
  ) {
    let declinedOrder: OrderView | null = null;
    const payload = await withUserErrors(OrderErrorCode, async () => {
      try {
        return { order: await services.guestOrders.pay(em, token.slice(0, ORDER_TOKEN_MAX_LENGTH + 1), paymentToken) };
      } catch (error) {
        if (error instanceof PaymentDeclined) declinedOrder = error.order;
        throw error;
      }
    });
    return declinedOrder ? { ...payload, order: declinedOrder } : payload;
  }
}
