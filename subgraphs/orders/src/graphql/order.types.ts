import type { MoneyValue } from "@shopgraph/kernel";
import { ConnectionType, Money, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrderStatus } from "../domain/order-state.js";
import { SHIPMENT_LIMITS } from "../domain/shipment.js";
import { CheckoutErrorCode, OrderErrorCode } from "../domain/errors.js";
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

@ObjectType("Payment", { description: "One charge attempt of an order, declined ones included" })
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

@ObjectType("Refund", { description: "The money of a cancelled paid order going back to the shopper" })
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
export const CheckoutUserError = userErrorType("Checkout", CheckoutErrorCode);

/** `OrderUserError`, with its `OrderErrorCode` enum: why payOrder, cancelOrder or updateOrderStatus failed. */
export const OrderUserError = userErrorType("Order", OrderErrorCode);

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
