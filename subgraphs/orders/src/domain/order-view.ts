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

/** A line as views and events carry it, copied from the entity, a view or an event (older ones lack productId). */
export function lineView(line: Omit<OrderLineView, "productId"> & { productId?: string | null }): OrderLineView {
  return {
    variantId: line.variantId,
    productId: line.productId ?? null,
    productName: line.productName,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    lineTotalCents: line.lineTotalCents,
  };
}

/** An order's history (oldest first) up to and including the change `asOf` names; all of it if none matches. */
export function historyAsOf(history: TransitionView[], asOf: OrderView["asOf"]): TransitionView[] {
  if (!asOf) return history;
  const last = history.findIndex((entry) => entry.to === asOf.to && entry.at.getTime() === asOf.at.getTime());
  return last === -1 ? history : history.slice(0, last + 1);
}
