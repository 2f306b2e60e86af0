import type { OrderData } from "@shopgraph/common";
import type { Order } from "../entities/index.js";

/** The order as events carry it (`order.placed`, `order.status_changed`); lines must be loaded. */
export function orderData(order: Order): OrderData {
  return {
    orderId: order.id,
    number: order.number,
    userId: order.userId,
    status: order.status,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    totalCents: order.totalCents,
    lines: order.lines.getItems().map((line) => ({
      variantId: line.variantId,
      productName: line.productName,
      variantTitle: line.variantTitle,
      sku: line.sku,
      unitPriceCents: line.unitPriceCents,
      quantity: line.quantity,
      lineTotalCents: line.lineTotalCents,
    })),
    shippingAddress: order.shippingAddress,
    placedAt: order.createdAt.toISOString(),
  };
}
