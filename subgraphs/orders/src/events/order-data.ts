import type { EventCatalog, OrderData } from "@shopgraph/kernel";
import { OrderStatus } from "../domain/order-state.js";
import type { Transition } from "../domain/order-state-machine.js";
import { lineView, type OrderView } from "../domain/order-view.js";

export type StatusChangedData = EventCatalog["order.status_changed"];

/** The order as events carry it (`order.placed`, `order.status_changed`). */
export function orderData(order: OrderView): OrderData {
  return {
    orderId: order.id,
    number: order.number,
    userId: order.userId,
    status: order.status,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    totalCents: order.totalCents,
    lines: order.lines.map(lineView),
    shippingAddress: order.shippingAddress,
    placedAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    expiresAt: order.expiresAt.toISOString(),
    guestEmail: order.guestEmail,
  };
}

/**
 * `order.status_changed` for the order just moved by `transition`. The order row's own
 * `updatedAt` is stamped only when it is flushed, so the event takes the transition's time.
 */
export function statusChangedData(order: OrderView, transition: Transition): StatusChangedData {
  return {
    ...orderData(order),
    updatedAt: transition.at.toISOString(),
    transition: {
      from: transition.from,
      to: transition.to,
      at: transition.at.toISOString(),
      by: transition.by,
      reason: transition.reason,
    },
    shipment: order.shipment && { ...order.shipment, shippedAt: order.shipment.shippedAt.toISOString() },
  };
}

/**
 * The order as it was right after the change an `order.status_changed` event describes, made
 * from the event alone: reading the database instead could show a later change before this one.
 * Events written before `updatedAt`, `paidAt`, `expiresAt`, `shipment` and `lines[].productId` were added get
 * the best the event allows (no status change leaves an order awaiting payment, so its
 * `expiresAt` no longer matters).
 */
export function orderAtTransition(data: StatusChangedData): OrderView {
  const { transition } = data;
  const paidAt = data.paidAt ?? (transition.to === OrderStatus.PAID ? transition.at : null);
  return {
    id: data.orderId,
    number: data.number,
    userId: data.userId,
    guestEmail: data.guestEmail ?? null,
    status: data.status as OrderStatus,
    currency: data.currency,
    subtotalCents: data.subtotalCents,
    totalCents: data.totalCents,
    shippingAddress: data.shippingAddress,
    lines: data.lines.map(lineView),
    createdAt: new Date(data.placedAt),
    updatedAt: new Date(data.updatedAt ?? transition.at),
    paidAt: paidAt === null ? null : new Date(paidAt),
    expiresAt: new Date(data.expiresAt ?? data.placedAt),
    shipment: data.shipment ? { ...data.shipment, shippedAt: new Date(data.shipment.shippedAt) } : null,
    asOf: { to: transition.to as OrderStatus, at: new Date(transition.at) },
  };
}
