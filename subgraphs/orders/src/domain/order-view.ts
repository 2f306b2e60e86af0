import type { AddressData } from "@shopgraph/kernel";
import type { OrderStatus } from "./order-state.js";
import type { PaymentStatus, RefundStatus } from "./payment-status.js";

/** What the API shows of an order: read in one statement with its lines, or made from the entity. */
export interface OrderView {
  id: string;
  number: string;
  /** The customer's id; null for a guest's order until a verified account claims it. */
  userId: string | null;
  /** The address a guest ordered with (normalised); null for a customer's checkout, kept once claimed. */
  guestEmail: string | null;
  status: OrderStatus;
  currency: string;
  subtotalCents: number;
  totalCents: number;
  /** What the chosen method charged for shipping (0 without one, or when free); gross or net as prices are. */
  shippingTotalCents: number;
  /** What the coupon took off the lines. */
  discountTotalCents: number;
  /** The tax in the order: the lines' and shipping's, each rounded once (see domain/totals.ts). */
  taxTotalCents: number;
  /** Whether the order's prices (lines, shipping) included tax (PRICES_INCLUDE_TAX when it was placed). */
  pricesIncludeTax: boolean;
  /** The shipping method's name as it was at checkout; null without one. */
  shippingMethodName: string | null;
  /** The coupon code redeemed, upper case; null without one. */
  couponCode: string | null;
  shippingAddress: AddressData;
  lines: OrderLineView[];
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  expiresAt: Date;
  shipment: ShipmentView | null;
  /**
   * Set on a view made from an `order.status_changed` event: the moment it shows. Its history
   * stops at that change, so an event resolved after later changes still reads as of itself.
   */
  asOf?: { to: OrderStatus; at: Date };
}

export interface OrderLineView {
  variantId: string;
  productId: string | null;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
  /** The line's share of the discount. */
  discountCents: number;
  /** The tax on the line's discounted amount, rounded once per line. */
  taxCents: number;
  /** The rate it was taxed at, in basis points (1900 = 19%). */
  taxRateBasisPoints: number;
}

export interface ShipmentView {
  carrier: string;
  trackingNumber: string;
  shippedAt: Date;
}

export interface PaymentView {
  id: string;
  orderId: string;
  status: PaymentStatus;
  amountCents: number;
  currency: string;
  provider: string;
  reference: string | null;
  failureCode: string | null;
  createdAt: Date;
}

export interface RefundView {
  id: string;
  orderId: string;
  status: RefundStatus;
  amountCents: number;
  currency: string;
  reference: string | null;
  createdAt: Date;
  refundedAt: Date | null;
  lastError: string | null;
}

export interface TransitionView {
  /** The `order_transitions` row's id. */
  id: string;
  orderId: string;
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  by: string | null;
  reason: string | null;
}

/** A line as views and events carry it, copied from the entity, a view or an event (older ones lack productId and the pricing figures). */
export function lineView(
  line: Omit<OrderLineView, "productId" | "discountCents" | "taxCents" | "taxRateBasisPoints"> &
    Partial<Pick<OrderLineView, "discountCents" | "taxCents" | "taxRateBasisPoints">> & { productId?: string | null },
): OrderLineView {
  return {
    variantId: line.variantId,
    productId: line.productId ?? null,
    productName: line.productName,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    lineTotalCents: line.lineTotalCents,
    discountCents: line.discountCents ?? 0,
    taxCents: line.taxCents ?? 0,
    taxRateBasisPoints: line.taxRateBasisPoints ?? 0,
  };
}

/**
 * A line's net, tax and gross amounts, after its share of the discount: with tax-inclusive prices
 * the discounted line total is gross and net = gross − tax; with tax-exclusive prices it is net
 * and gross = net + tax.
 */
export function lineAmounts(
  line: Pick<OrderLineView, "lineTotalCents" | "discountCents" | "taxCents">,
  pricesIncludeTax: boolean,
): { netCents: number; taxCents: number; grossCents: number } {
  const discounted = line.lineTotalCents - line.discountCents;
  return pricesIncludeTax
    ? { netCents: discounted - line.taxCents, taxCents: line.taxCents, grossCents: discounted }
    : { netCents: discounted, taxCents: line.taxCents, grossCents: discounted + line.taxCents };
}

/** An order's history (oldest first) up to and including the change `asOf` names; all of it if none matches. */
export function historyAsOf(history: TransitionView[], asOf: OrderView["asOf"]): TransitionView[] {
  if (!asOf) return history;
  const last = history.findIndex((entry) => entry.to === asOf.to && entry.at.getTime() === asOf.at.getTime());
  return last === -1 ? history : history.slice(0, last + 1);
}
