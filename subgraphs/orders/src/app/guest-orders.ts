import { normalizeEmail, problem, Rejection } from "@shopgraph/kernel";
import { orderLinkToken, verifyOrderLinkToken, type Logger, type OrderLinkKey } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import type { CheckoutErrorCode } from "../domain/errors.js";
import type { OrderView } from "../domain/order-view.js";
import type { AddressInput } from "../domain/address.js";
import type { Amount } from "../domain/pricing.js";
import { claimIfVerified, recordVerifiedEmail } from "../store/guest-orders.js";
import { loadOrders } from "../store/read-model.js";
import type { Checkout, PlaceOrderInput } from "./checkout.js";
import type { Payments } from "./payments.js";

/** placeGuestOrder's input, as the schema hands it over. */
export interface GuestOrderInput {
  email: string;
  cartId: string;
  idempotencyKey: string;
  shippingAddress: AddressInput;
  shippingMethodId?: string | null | undefined;
  couponCode?: string | null | undefined;
  expectedTotal?: Amount | null | undefined;
}

/**
 * The checkout's input for a guest's order. THE one place the guest's shipping method and coupon
 * reach the checkout: the checkout does not price them yet (a shipping method, a coupon are
 * refused here with a userError rather than ignored, so no shopper is charged other than they
 * chose). When PlaceOrderInput gains `shippingMethodId` and `couponCode`, drop the refusal and
 * pass both on below.
 */
export function checkoutInputOf(input: GuestOrderInput): PlaceOrderInput {
  const refused = [];
  if (input.shippingMethodId != null) {
    refused.push(
      problem<CheckoutErrorCode>("SHIPPING_METHOD_NOT_FOUND", "No shipping method can be chosen yet", [
        "input",
        "shippingMethodId",
      ]),
    );
  }
  if (input.couponCode != null) {
    refused.push(
      problem<CheckoutErrorCode>("COUPON_INVALID", "Coupons cannot be applied yet", ["input", "couponCode"]),
    );
  }
  if (refused.length) throw new Rejection(refused);
  return {
    idempotencyKey: input.idempotencyKey,
    shippingAddress: input.shippingAddress,
    expectedTotal: input.expectedTotal,
    cartId: input.cartId,
  };
}

/**
 * Guest checkout and what follows it: placing the order (the one checkout, with a guest as the
 * buyer), the link that opens it (orderByToken), paying it through that link, and handing guest
 * orders to the account that verifies their address.
 */
export class GuestOrders {
  constructor(
    private readonly checkout: Checkout,
    private readonly payments: Payments,
    private readonly linkKey: OrderLinkKey,
    private readonly log: Logger,
  ) {}

  /**
   * Places the order of the guest cart; the answer carries the token of the order's link. An
   * address a user has verified already makes the order theirs at once (its confirmation still
   * goes to that address, with the link).
   */
  async place(em: EntityManager, input: GuestOrderInput): Promise<{ order: OrderView; token: string }> {
    const placed = await this.checkout.placeOrder(em, { kind: "guest", email: input.email }, checkoutInputOf(input));
    const owner =
      placed.userId === null && placed.guestEmail !== null
        ? await claimIfVerified(em, placed.id, placed.guestEmail)
        : null;
    const order = owner === null ? placed : { ...placed, userId: owner };
    return { order, token: this.tokenOf(order.id) };
  }

  tokenOf(orderId: string): string {
    return orderLinkToken(this.linkKey, orderId);
  }

  /**
   * The guest order a link opens; null for a token not made with the key (tampered, made up,
   * malformed), for an order that does not exist, and for an order a guest did not place: a token
   * can only ever open the order it names, and only a guest's.
   */
  async byToken(em: EntityManager, token: string): Promise<OrderView | null> {
    const orderId = verifyOrderLinkToken(this.linkKey, token);
    if (!orderId) return null;
    const [order] = await loadOrders(em, { ids: [orderId] });
    return order && order.guestEmail !== null ? order : null;
  }

  /** Pays the guest order a link opens (as payOrder): ORDER_NOT_FOUND for any other token. */
  async pay(em: EntityManager, token: string, paymentToken: string): Promise<OrderView> {
    const orderId = verifyOrderLinkToken(this.linkKey, token);
    return this.payments.pay(em, { guestLink: true }, orderId ?? "", paymentToken);
  }

  /**
   * `user.email_verified`: the user proved `email` is theirs, so the guest orders placed with it
   * become theirs. Runs in the consumer's transaction, once per event.
   */
  async claim(em: EntityManager, userId: string, email: string): Promise<string[]> {
    const claimed = await recordVerifiedEmail(em, userId, normalizeEmail(email));
    if (claimed.length) this.log.info({ userId, orders: claimed.length }, "guest orders claimed by a verified address");
    return claimed;
  }
}
