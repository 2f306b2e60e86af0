import type { OrderData } from "@shopgraph/common";
import type { OrderView } from "./read-model.js";

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
    lines: order.lines.map((line) => ({
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
