import { randomUUID } from "node:crypto";
import type { EventCatalog, EventEnvelope, EventType, OrderData } from "@shopgraph/common";

/** Events as the producers write them (see catalog.ts), with test defaults. */
export function envelope<T extends EventType>(
  type: T,
  data: EventCatalog[T],
  occurredAt = new Date(),
): EventEnvelope<T> {
  return { id: randomUUID(), type, occurredAt: occurredAt.toISOString(), correlationId: randomUUID(), data };
}

export interface TestUser {
  userId: string;
  email: string;
  name: string;
}

let users = 0;

export function testUser(name = "Ada Lovelace"): TestUser {
  const userId = randomUUID();
  users += 1;
  return { userId, email: `shopper${users}-${userId.slice(0, 8)}@example.com`, name };
}

export const userRegistered = (user: TestUser, occurredAt?: Date) => envelope("user.registered", user, occurredAt);
export const userUpdated = (user: TestUser, occurredAt?: Date) => envelope("user.updated", user, occurredAt);

let orders = 1000;

/** Two lines, USD: 2 x $25.00 + 1 x $18.50 = $68.50, plus $5.00 shipping = $73.50. */
export function testOrder(userId: string, overrides: Partial<OrderData> = {}): OrderData {
  orders += 1;
  return {
    orderId: randomUUID(),
    number: `SG-${orders}`,
    userId,
    status: "PENDING_PAYMENT",
    currency: "USD",
    subtotalCents: 6850,
    totalCents: 7350,
    lines: [
      {
        variantId: randomUUID(),
        productName: "Linen shirt",
        variantTitle: "M / Blue",
        sku: "SHIRT-M-BLUE",
        unitPriceCents: 2500,
        quantity: 2,
        lineTotalCents: 5000,
      },
      {
        variantId: randomUUID(),
        productName: "Canvas tote",
        variantTitle: "One size",
        sku: "TOTE",
        unitPriceCents: 1850,
        quantity: 1,
        lineTotalCents: 1850,
      },
    ],
    shippingAddress: {
      name: "Ada Lovelace",
      line1: "12 St James's Square",
      line2: null,
      city: "London",
      postalCode: "SW1Y 4JH",
      country: "GB",
    },
    placedAt: new Date().toISOString(),
    ...overrides,
  };
}

export const orderPlaced = (order: OrderData) => envelope("order.placed", order);

export function statusChanged(order: OrderData, from: string, to: string, reason: string | null = null) {
  return envelope("order.status_changed", {
    ...order,
    status: to,
    transition: { from, to, at: new Date().toISOString(), by: null, reason },
  });
}
