import { randomUUID } from "node:crypto";
import type { EventCatalog, EventEnvelope, EventType, OrderData } from "@shopgraph/kernel";
// One sample order for the notifications tests and the events benchmark.
export { testOrder } from "@shopgraph/testing";

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

export const orderPlaced = (order: OrderData) => envelope("order.placed", order);

export function statusChanged(order: OrderData, from: string, to: string, reason: string | null = null) {
  return envelope("order.status_changed", {
    ...order,
    status: to,
    transition: { from, to, at: new Date().toISOString(), by: null, reason },
  });
}
