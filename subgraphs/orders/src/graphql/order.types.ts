import { money, type MoneyValue } from "@shopgraph/kernel";
import { ConnectionType, Money, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrderStatus } from "../domain/order-state.js";
import { SHIPMENT_LIMITS } from "../domain/shipment.js";
import { CheckoutErrorCode, OrderErrorCode } from "../domain/errors.js";
import type { PaymentView, RefundView } from "../domain/order-view.js";
import { PaymentStatus, RefundStatus } from "../domain/payment-status.js";
import { CartType } from "./cart.types.js";
import { ProductVariantReference, UserReference } from "./references.types.js";
import { Node } from "./node.js";

registerEnumType(OrderStatus, {
  name: "OrderStatus",
  description: "PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED; CANCELLED from PENDING_PAYMENT or PAID",
  valuesConfig: {
    PENDING_PAYMENT: { description: "Placed, stock reserved, waiting to be paid until expiresAt (then cancelled)" },
    PAID: { description: "Paid (payOrder); waiting to be shipped" },
    SHIPPED: { description: "Handed to a carrier (updateOrderStatus, optionally with a shipment)" },
    DELIVERED: { description: "Arrived; final" },
    CANCELLED: {
      description:
        "Cancelled by the shopper, an admin or the payment timeout; stock released, paid money refunded; final",
    },
  },
});

registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description: "The outcome of one charge attempt",
  valuesConfig: {
    SUCCEEDED: { description: "The provider charged the card: the order is paid" },
    DECLINED: { description: "The provider declined the charge (failureCode says why); the order stays payable" },
  },
});
registerEnumType(RefundStatus, {
  name: "RefundStatus",
  description:
    "PENDING until the payment provider confirms, then SUCCEEDED; FAILED when the last attempt failed " +
    "(lastError says why): it is tried again, with growing delays, until it succeeds",
  valuesConfig: {
    PENDING: { description: "Asked of the provider, not confirmed yet" },
    SUCCEEDED: { description: "The provider confirmed it: the money is on its way back" },
    FAILED: { description: "The last attempt failed (lastError); it will be tried again" },
  },
});

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Payment", {
  implements: Node,
  description: "One charge attempt of an order, declined ones included; whoever may see the order may see it",
})
export class PaymentType {
  @Field(() => ID, { description: "Global id (`Payment_…`)" })
  id!: string;

  @Field(() => PaymentStatus, { description: "Whether the charge went through" })
  status!: PaymentStatus;

  @Field(() => Money, { description: "What was charged (or tried to be): the order's total" })
  amount!: MoneyValue;

  @Field({ description: 'The payment provider, e.g. "test"' })
  provider!: string;

  @Field(() => String, { nullable: true, description: "The provider's id of the charge" })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "Why a declined attempt was declined, e.g. PAYMENT_DECLINED" })
  failureCode!: string | null;

  @Field(() => Date, { nullable: true, description: "When the attempt was made" })
  createdAt!: Date | null;
}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Refund", {
  implements: Node,
  description: "The money of a cancelled paid order going back to the shopper; whoever may see the order may see it",
})
export class RefundType {
  @Field(() => ID, { description: "Global id (`Refund_…`)" })
  id!: string;

  @Field(() => RefundStatus, { description: "Where the refund stands with the payment provider" })
  status!: RefundStatus;

  @Field(() => Money, { description: "What goes back: the whole amount paid" })
  amount!: MoneyValue;

  @Field(() => String, { nullable: true, description: "The provider's id of the refund, once it succeeded" })
  reference!: string | null;

  @Field(() => Date, { nullable: true, description: "When the order was cancelled and the refund started" })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the provider confirmed it" })
  refundedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null once it succeeded" })
  lastError!: string | null;
}

/** A payment as the API shows it (`Order.payments`, `node`). */
export function paymentOf(payment: PaymentView): PaymentType {
  return {
    id: payment.id,
    status: payment.status,
    amount: money(payment.amountCents, payment.currency),
    provider: payment.provider,
    reference: payment.reference,
    failureCode: payment.failureCode,
    createdAt: payment.createdAt,
  };
}

/** A refund as the API shows it (`Order.refunds`, `node`). */
export function refundOf(refund: RefundView): RefundType {
  return {
    id: refund.id,
    status: refund.status,
    amount: money(refund.amountCents, refund.currency),
    reference: refund.reference,
    createdAt: refund.createdAt,
    refundedAt: refund.refundedAt,
    lastError: refund.lastError,
  };
}

@ObjectType("Shipment", { description: "How a shipped order travels: its carrier and tracking number" })
export class ShipmentType {
  @Field(() => ID, { description: "Stable across requests: one shipment per order" })
  id!: string;

  @Field({ description: 'The carrier\'s name, e.g. "DHL Express": 1 to 50 characters' })
  carrier!: string;

  @Field({ description: "The carrier's tracking number, 1 to 64 letters, digits, spaces or dashes" })
  trackingNumber!: string;

  @Field({ description: "When the order was marked SHIPPED" })
  shippedAt!: Date;
}

@InputType({ description: "How an order ships; given with updateOrderStatus(status: SHIPPED)" })
export class ShipmentInput {
  @Field({
    description: `1 to ${SHIPMENT_LIMITS.carrier} letters, digits, spaces or . & ' ( ) -`,
  })
  carrier!: string;

  @Field({ description: `1 to ${SHIPMENT_LIMITS.trackingNumber} letters, digits, spaces or dashes` })
  trackingNumber!: string;
}

@ObjectType("Address", {
  description: "A postal address, as normalised at checkout (spaces collapsed, postal code upper-case)",
})
export class AddressType {
  @Field({ description: "The recipient, at most 100 characters" })
  name!: string;

  @Field({ description: "Street and number, at most 200 characters" })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Flat, floor, building; null when there is none" })
  line2!: string | null;

  @Field({ description: "City or town, at most 100 characters" })
  city!: string;

  @Field({ description: "Postal code, upper-case letters, digits, spaces and dashes, at most 16 characters" })
  postalCode!: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. US" })
  country!: string;
}

@InputType({ description: "Where an order goes; every problem with it is reported at once, each under its field" })
export class AddressInput {
  @Field({ description: "The recipient: 1 to 100 characters (REQUIRED, TOO_LONG)" })
  name!: string;

  @Field({ description: "Street and number: 1 to 200 characters (REQUIRED, TOO_LONG)" })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Flat, floor, building: at most 200 characters (TOO_LONG)" })
  line2?: string | null;

  @Field({ description: "City or town: 1 to 100 characters (REQUIRED, TOO_LONG)" })
  city!: string;

  @Field({
    description: "Postal code: letters, digits, spaces and dashes, at most 16 characters (INVALID_POSTAL_CODE)",
  })
  postalCode!: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. US" })
  country!: string;
}

@ObjectType("OrderLine", { description: "What was bought, as it was sold at checkout" })
export class OrderLineType {
  @Field(() => ID, { description: "Stable across requests: the line's order and position" })
  id!: string;

  @Field(() => ProductVariantReference, { nullable: true, description: "The variant as it is now" })
  variant!: ProductVariantReference | null;

  @Field({ description: "At checkout" })
  productName!: string;

  @Field({ description: "At checkout" })
  variantTitle!: string;

  @Field({ description: "At checkout" })
  sku!: string;

  @Field(() => Money, { description: "At checkout" })
  unitPrice!: MoneyValue;

  @Field(() => Int, { description: "Units bought, 1 to 99" })
  quantity!: number;

  @Field(() => Money, { description: "unitPrice × quantity" })
  lineTotal!: MoneyValue;
}

@ObjectType("OrderStatusChange", {
  description: "One step of an order's life: from which status to which, when, by whom, why",
})
export class OrderStatusChangeType {
  @Field(() => ID, { description: "Stable across requests" })
  id!: string;

  @Field(() => OrderStatus, { nullable: true, description: "Null for the entry that placed the order" })
  from!: OrderStatus | null;

  @Field(() => OrderStatus, { description: "The status the order moved to" })
  to!: OrderStatus;

  @Field({ description: "When it moved" })
  at!: Date;

  @Field(() => ID, { nullable: true, description: "The user who made the change; null when the system did" })
  @NodeId("User")
  by!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, as given with cancelOrder or updateOrderStatus (at most 500 characters), or the system's reason",
  })
  reason!: string | null;
}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Order", {
  implements: Node,
  description:
    "A placed order: what was bought at which price, where it goes and where it stands. Its shopper and admins may see it",
})
export class OrderType {
  @Field(() => ID, { description: "Global id (`Order_…`)" })
  id!: string;

  @Field({ description: 'Human-friendly, e.g. "SG-100042"' })
  number!: string;

  @Field(() => OrderStatus, { description: "Where the order stands now" })
  status!: OrderStatus;

  @Field(() => [OrderLineType], { description: "What was bought, in the cart's order; at least one line" })
  lines!: OrderLineType[];

  @Field(() => Money, { description: "Sum of the lines' totals" })
  subtotal!: MoneyValue;

  @Field(() => Money, {
    description: "What the shopper pays; equal to subtotal while the shop charges no shipping, tax or discount",
  })
  total!: MoneyValue;

  @Field({ description: "ISO 4217 code of every amount of the order; Money.currencyCode says the same" })
  currency!: string;

  @Field(() => AddressType, { description: "Where the order goes, as given at checkout" })
  shippingAddress!: AddressType;

  @Field(() => [OrderStatusChangeType], { description: "Every status change, oldest first" })
  statusHistory!: OrderStatusChangeType[];

  @Field(() => UserReference, {
    nullable: true,
    description:
      "The shopper who placed it; null for a guest's order (see guestEmail) until an account that verified that " +
      "address claims it, and null to anyone but that shopper, admins and apps that read orders (a guest " +
      "order's link shows no account)",
  })
  user!: UserReference | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The e-mail address a guest placed the order with (placeGuestOrder), lower-cased; null for a signed-in " +
      "customer's checkout. Kept once the order is claimed by the account that verified it",
  })
  guestEmail!: string | null;

  @Field({ description: "When it was placed" })
  createdAt!: Date;

  @Field({ description: "When the order last changed: its status (and with it paidAt or the shipment)" })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When a payment succeeded; null until then" })
  paidAt!: Date | null;

  @Field({ description: "When an unpaid order is cancelled: 30 minutes after it was placed by default" })
  expiresAt!: Date;

  @Field(() => [PaymentType], { description: "Every charge attempt, oldest first" })
  payments!: PaymentType[];

  @Field(() => [RefundType], { description: "A cancelled paid order has one; any other order none" })
  refunds!: RefundType[];

  @Field(() => ShipmentType, {
    nullable: true,
    description: "Carrier and tracking number, when the order was shipped with them",
  })
  shipment!: ShipmentType | null;
}

@ObjectType({ description: "A page of orders, newest first" })
export class OrderConnection extends ConnectionType(OrderType, "Order") {}

@ObjectType("PriceChangeLine", { description: "A cart line whose price at checkout is not the one the shopper saw" })
export class PriceChangeLineType {
  @Field(() => ProductVariantReference, { nullable: true, description: "The variant whose price changed" })
  variant!: ProductVariantReference | null;

  @Field(() => Int, { description: "Units of it in the cart" })
  quantity!: number;

  @Field(() => Money, { description: "The price products sells it at now" })
  unitPrice!: MoneyValue;

  @Field(() => Money, {
    nullable: true,
    description: "The price when the line was last added or changed; null when not known",
  })
  previousUnitPrice!: MoneyValue | null;
}

@ObjectType("PriceChange", { description: "Why placeOrder answered PRICE_CHANGED: nothing was ordered" })
export class PriceChangeType {
  @Field(() => Money, { description: "PlaceOrderInput.expectedTotal as sent" })
  expectedTotal!: MoneyValue;

  @Field(() => Money, { description: "What the order would cost at today's prices" })
  total!: MoneyValue;

  @Field(() => [PriceChangeLineType], { description: "The cart lines whose price is not what the shopper saw" })
  lines!: PriceChangeLineType[];
}

/** `CheckoutUserError`, with its `CheckoutErrorCode` enum: why placeOrder failed. */
export const CheckoutUserError = userErrorType("Checkout", CheckoutErrorCode, {
  INVALID_IDEMPOTENCY_KEY: "The idempotency key is empty, longer than 128 characters or has spaces",
  IDEMPOTENCY_KEY_REUSED: "The key belongs to an earlier checkout that did not complete: use a new one",
  UNSUPPORTED_CURRENCY: "expectedTotal.currency is not one the shop prices in (USD, EUR, GBP)",
  REQUIRED: "A shipping address field is empty; `field` names it",
  TOO_LONG: "A shipping address field is too long; `field` names it",
  INVALID_POSTAL_CODE: "The postal code is not letters, digits, spaces and dashes of at most 16 characters",
  INVALID_COUNTRY: "The country is not an ISO 3166-1 alpha-2 code",
  CART_EMPTY: "The cart has no lines: nothing to order",
  CART_NOT_FOUND: "No cart of yours has this id (a guest cart must be attached first)",
  CHECKOUT_IN_PROGRESS: "Another checkout of this cart is under way: wait for it",
  VARIANT_NOT_FOUND: "A line's variant no longer exists; `field` names the line",
  VARIANT_UNAVAILABLE: "A line's product is archived; `field` names the line",
  OUT_OF_STOCK: "Not enough in stock for a line; `field` names the line",
  CURRENCY_MISMATCH: "The cart's lines, or expectedTotal, are in different currencies",
  AMOUNT_TOO_LARGE: "The order's total would exceed 2^31-1 minor units",
  PRICE_CHANGED: "Today's total differs from expectedTotal: nothing was ordered; see priceChange",
  CHECKOUT_FAILED: "Products could not be reached or refused the reservation; nothing was kept: retry",
  INVALID_EMAIL: "placeGuestOrder: the e-mail address is not one (one @, a dot in the domain, at most 254 characters)",
  SHIPPING_METHOD_NOT_FOUND: "No shipping method of this id can ship this order",
  COUPON_INVALID: "The coupon code is not one the shop accepts for this order",
});

/** `OrderUserError`, with its `OrderErrorCode` enum: why payOrder, cancelOrder or updateOrderStatus failed. */
export const OrderUserError = userErrorType("Order", OrderErrorCode, {
  ORDER_NOT_FOUND: "No order of yours has this id (someone else's is as unknown)",
  ORDER_NOT_PAYABLE: "payOrder: the order is cancelled (a paid one answers with itself)",
  ORDER_EXPIRED: "payOrder: the time to pay is over; the order is about to be cancelled",
  PAYMENT_DECLINED: "payOrder: the card was declined; the order stays payable and shows the attempt",
  INVALID_PAYMENT_TOKEN: "payOrder: the token is not a payment token",
  INVALID_TRANSITION: "The order cannot move to that status from where it is (e.g. cancelled twice)",
  PAYMENT_REQUIRED: "updateOrderStatus: an order becomes PAID only by paying it",
  INVALID_REASON: "The reason is longer than 500 characters",
  INVALID_SHIPMENT: "The carrier or tracking number is malformed (one error per field)",
  SHIPMENT_NOT_ALLOWED: "A shipment was given with a status other than SHIPPED",
});

@ObjectType({ description: "What payOrder, cancelOrder and updateOrderStatus did: the order as it is now" })
export class OrderPayload extends payloadWith(OrderUserError) {
  @Field(() => OrderType, {
    nullable: true,
    description: "The order as it is now (also with PAYMENT_DECLINED, showing the attempt); null with ORDER_NOT_FOUND",
  })
  order?: OrderType | null;
}

@ObjectType({ description: "What placeOrder did: the order placed, or why nothing was ordered" })
export class CheckoutPayload extends payloadWith(CheckoutUserError) {
  @Field(() => OrderType, { nullable: true, description: "The order placed (PENDING_PAYMENT); null with userErrors" })
  order?: OrderType | null;

  @Field(() => PriceChangeType, {
    nullable: true,
    description: "Set with the userError PRICE_CHANGED: the new total and the lines whose price changed",
  })
  priceChange?: PriceChangeType | null;

  @Field(() => CartType, {
    nullable: true,
    description:
      "The cart checked out: after the order, what is left in it (emptied); with userErrors, unchanged. Null when " +
      "the shopper has no such cart",
  })
  cart?: CartType | null;

  @Field(() => String, {
    nullable: true,
    description:
      "placeGuestOrder: the token of the order's link, the one its confirmation mail carries (orderByToken, " +
      "payGuestOrder); null for placeOrder and with userErrors",
  })
  orderToken?: string | null;

  /** Whose cart `cart` shows (userId null: a guest's), read only if a client selects it (see CheckoutPayloadResolver). */
  cartOf?: { userId: string | null; cartId: string | null };
}

@InputType({ description: "An amount of money sent in: whole minor units and a currency" })
export class MoneyInput {
  @Field(() => Int, { description: "Amount in minor units of the currency, e.g. cents" })
  amountCents!: number;

  @Field({ description: "ISO 4217 currency code" })
  currency!: string;
}

@InputType({ description: "What checkout needs besides the cart" })
export class PlaceOrderInput {
  @Field({
    description:
      "Chosen by the client once per checkout attempt and sent again on retries: the same key returns the same " +
      "order. After an answer with userErrors, use a new key. 1 to 128 characters, no spaces",
  })
  idempotencyKey!: string;

  @Field(() => AddressInput, { description: "Where the order goes" })
  shippingAddress!: AddressInput;

  @Field(() => MoneyInput, {
    nullable: true,
    description:
      "The total the shopper was shown. When today's prices make another total, nothing is ordered and the " +
      "answer is the userError PRICE_CHANGED with priceChange; without it the order is placed at today's prices.",
  })
  expectedTotal?: MoneyInput | null;

  @Field(() => ID, {
    nullable: true,
    description: "The shopper's own cart (Cart.id) to order; another cart is CART_NOT_FOUND. Default: the account cart",
  })
  @NodeId("Cart")
  cartId?: string | null;
}

@InputType({
  description:
    "A guest's checkout: an e-mail address instead of an account, and the guest cart (cartCreate without signing " +
    "in) to order",
})
export class GuestOrderInput {
  @Field({
    description:
      "Where the order's mail goes, with the link to it (INVALID_EMAIL). Registering later with this address and " +
      "verifying it moves the order into that account",
  })
  email!: string;

  @Field(() => ID, {
    description:
      "The guest cart (Cart.id, from cartCreate while signed out) to order; an account's cart or an unknown id is " +
      "CART_NOT_FOUND",
  })
  @NodeId("Cart")
  cartId!: string;

  @Field({
    description:
      "Chosen by the client once per checkout attempt and sent again on retries: the same cart and key return the " +
      "same order. After an answer with userErrors, use a new key. 1 to 128 characters, no spaces",
  })
  idempotencyKey!: string;

  @Field(() => AddressInput, { description: "Where the order goes" })
  shippingAddress!: AddressInput;

  @Field(() => ID, {
    nullable: true,
    description:
      "The shipping method chosen (ShippingMethod.id from shippingMethods). Not priced at checkout yet: any value " +
      "is SHIPPING_METHOD_NOT_FOUND until it is; omit it for the free default",
  })
  @NodeId("ShippingMethod")
  shippingMethodId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A coupon code to apply. Not applied at checkout yet: any code is COUPON_INVALID until it is",
  })
  couponCode?: string | null;

  @Field(() => MoneyInput, {
    nullable: true,
    description: "As PlaceOrderInput.expectedTotal: the total the shopper was shown (PRICE_CHANGED otherwise)",
  })
  expectedTotal?: MoneyInput | null;
}

@InputType({ description: "ADMIN: every given filter must hold" })
export class OrderFilter {
  @Field(() => OrderStatus, {
    nullable: true,
    deprecationReason: "Use statuses",
    description: "Orders in this one status; not with statuses",
  })
  status?: OrderStatus | null;

  @Field(() => [OrderStatus], { nullable: true, description: "Orders in any of these statuses; not with status" })
  statuses?: OrderStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Orders of this shopper only (global or raw UUID)" })
  @NodeId("User")
  userId?: string | null;

  @Field(() => Date, { nullable: true, description: "Placed at or after" })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Placed before" })
  createdTo?: Date | null;
}

@InputType({ description: "A shopper's own orders: every given filter must hold" })
export class UserOrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: "Orders in any of these statuses" })
  statuses?: OrderStatus[] | null;

  @Field(() => Date, { nullable: true, description: "Placed at or after" })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Placed before" })
  createdTo?: Date | null;
}
