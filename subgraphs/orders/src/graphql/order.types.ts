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
});

registerEnumType(PaymentStatus, { name: "PaymentStatus", description: "The outcome of one charge attempt" });
registerEnumType(RefundStatus, {
  name: "RefundStatus",
  description:
    "PENDING until the payment provider confirms, then SUCCEEDED; FAILED when the last attempt failed " +
    "(lastError says why): it is tried again, with growing delays, until it succeeds",
});

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Payment", {
  implements: Node,
  description: "One charge attempt of an order, declined ones included; whoever may see the order may see it",
})
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Money)
  amount!: MoneyValue;

  @Field({ description: 'The payment provider, e.g. "test"' })
  provider!: string;

  @Field(() => String, { nullable: true, description: "The provider's id of the charge" })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "Why a declined attempt was declined, e.g. PAYMENT_DECLINED" })
  failureCode!: string | null;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;
}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Refund", {
  implements: Node,
  description: "The money of a cancelled paid order going back to the shopper; whoever may see the order may see it",
})
export class RefundType {
  @Field(() => ID)
  id!: string;

  @Field(() => RefundStatus)
  status!: RefundStatus;

  @Field(() => Money)
  amount!: MoneyValue;

  @Field(() => String, { nullable: true, description: "The provider's id of the refund, once it succeeded" })
  reference!: string | null;

  @Field(() => Date, { nullable: true })
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

@ObjectType("Shipment")
export class ShipmentType {
  @Field(() => ID, { description: "Stable across requests: one shipment per order" })
  id!: string;

  @Field({ description: 'e.g. "DHL Express"' })
  carrier!: string;

  @Field()
  trackingNumber!: string;

  @Field()
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

@ObjectType("Address")
export class AddressType {
  @Field()
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. US" })
  country!: string;
}

@InputType()
export class AddressInput {
  @Field()
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field()
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

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  lineTotal!: MoneyValue;
}

@ObjectType("OrderStatusChange")
export class OrderStatusChangeType {
  @Field(() => ID, { description: "Stable across requests" })
  id!: string;

  @Field(() => OrderStatus, { nullable: true, description: "Null for the entry that placed the order" })
  from!: OrderStatus | null;

  @Field(() => OrderStatus)
  to!: OrderStatus;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true, description: "The user who made the change; null when the system did" })
  @NodeId("User")
  by!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Order", { implements: Node })
export class OrderType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Human-friendly, e.g. "SG-100042"' })
  number!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => [OrderLineType])
  lines!: OrderLineType[];

  @Field(() => Money)
  subtotal!: MoneyValue;

  @Field(() => Money)
  total!: MoneyValue;

  @Field({ description: "ISO 4217" })
  currency!: string;

  @Field(() => AddressType)
  shippingAddress!: AddressType;

  @Field(() => [OrderStatusChangeType], { description: "Every status change, oldest first" })
  statusHistory!: OrderStatusChangeType[];

  @Field(() => UserReference)
  user!: UserReference;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field({ description: "When an unpaid order is cancelled" })
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

@ObjectType()
export class OrderConnection extends ConnectionType(OrderType, "Order") {}

@ObjectType("PriceChangeLine", { description: "A cart line whose price at checkout is not the one the shopper saw" })
export class PriceChangeLineType {
  @Field(() => ProductVariantReference, { nullable: true })
  variant!: ProductVariantReference | null;

  @Field(() => Int)
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

  @Field(() => [PriceChangeLineType])
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
  @Field(() => OrderType, { nullable: true })
  order?: OrderType | null;
}

@ObjectType({ description: "What placeOrder did: the order placed, or why nothing was ordered" })
export class CheckoutPayload extends payloadWith(CheckoutUserError) {
  @Field(() => OrderType, { nullable: true })
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

  /** Whose cart `cart` shows, read only if a client selects it (see CheckoutPayloadResolver). */
  cartOf?: { userId: string; cartId: string | null };
}

@InputType()
export class MoneyInput {
  @Field(() => Int, { description: "Amount in minor units of the currency, e.g. cents" })
  amountCents!: number;

  @Field({ description: "ISO 4217 currency code" })
  currency!: string;
}

@InputType()
export class PlaceOrderInput {
  @Field({
    description:
      "Chosen by the client once per checkout attempt and sent again on retries: the same key returns the same " +
      "order. After an answer with userErrors, use a new key.",
  })
  idempotencyKey!: string;

  @Field(() => AddressInput)
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

@InputType({ description: "ADMIN: every given filter must hold" })
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true, deprecationReason: "Use statuses" })
  status?: OrderStatus | null;

  @Field(() => [OrderStatus], { nullable: true, description: "Orders in any of these statuses; not with status" })
  statuses?: OrderStatus[] | null;

  @Field(() => ID, { nullable: true })
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
