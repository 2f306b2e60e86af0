import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { OrderStatus } from "../src/domain/order-state.js";
import { OrderFanout } from "../src/events/order-fanout.js";
import { orderAtTransition, type StatusChangedData } from "../src/events/order-data.js";
import type { OrderView } from "../src/domain/order-view.js";

const ada = randomUUID();
const bob = randomUUID();

function change(userId: string, status: OrderStatus, orderId = randomUUID()): OrderView {
  const at = new Date();
  return {
    id: orderId,
    number: "SG-1",
    userId,
    guestEmail: null,
    status,
    currency: "USD",
    subtotalCents: 100,
    totalCents: 100,
    shippingAddress: { name: "A", line1: "1", line2: null, city: "C", postalCode: "P", country: "GB" },
    lines: [],
    createdAt: at,
    updatedAt: at,
    paidAt: null,
    expiresAt: at,
    shipment: null,
  };
}

/** What a stream has ready now, without waiting for more. */
async function ready(stream: AsyncIterator<OrderView>, count: number): Promise<string[]> {
  const taken: string[] = [];
  for (let i = 0; i < count; i++) {
    const step = await stream.next();
    if (step.done) break;
    taken.push(`${step.value.id.slice(0, 4)} ${step.value.status}`);
  }
  return taken;
}

describe("OrderFanout", () => {
  test("hands each change to the subscriptions of its order, of its owner and of every order, in order", async () => {
    const fanout = new OrderFanout(100);
    const adas = change(ada, OrderStatus.PAID);
    const bobs = change(bob, OrderStatus.PAID);
    const one = fanout.subscribe({ orderId: adas.id });
    const mine = fanout.subscribe({ userId: ada });
    const all = fanout.subscribe({ everyOrder: true });
    fanout.publish(adas);
    fanout.publish(bobs);
    fanout.publish({ ...adas, status: OrderStatus.SHIPPED });
    const label = (order: OrderView, status: string) => `${order.id.slice(0, 4)} ${status}`;
    expect(await ready(one, 2)).toEqual([label(adas, "PAID"), label(adas, "SHIPPED")]);
    expect(await ready(mine, 2)).toEqual([label(adas, "PAID"), label(adas, "SHIPPED")]);
    expect(await ready(all, 3)).toEqual([label(adas, "PAID"), label(bobs, "PAID"), label(adas, "SHIPPED")]);
    expect(fanout.size).toBe(3);
  });

  test("a subscriber that falls behind by more than its backlog is dropped with SUBSCRIBER_TOO_SLOW", async () => {
    const fanout = new OrderFanout(2);
    const slow = fanout.subscribe({ userId: ada });
    const keeping = fanout.subscribe({ userId: ada });
    for (const status of [OrderStatus.PAID, OrderStatus.SHIPPED]) {
      fanout.publish(change(ada, status));
      await keeping.next();
    }
    expect(fanout.size).toBe(2);
    fanout.publish(change(ada, OrderStatus.DELIVERED));
    expect(fanout.size).toBe(1);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: "SUBSCRIBER_TOO_SLOW" } });
    expect(await slow.next()).toEqual({ done: true, value: undefined });
    expect((await keeping.next()).value.status).toBe(OrderStatus.DELIVERED);
  });

  test("returning a subscription ends a read that waits, and stops its deliveries", async () => {
    const fanout = new OrderFanout(100);
    const order = change(ada, OrderStatus.PAID);
    const stream = fanout.subscribe({ orderId: order.id });
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(fanout.size).toBe(0);
    fanout.publish(order);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});

describe("an order made from its order.status_changed event", () => {
  const event: StatusChangedData = {
    orderId: randomUUID(),
    number: "SG-100042",
    userId: ada,
    status: "SHIPPED",
    currency: "USD",
    subtotalCents: 2400,
    totalCents: 2400,
    lines: [
      {
        variantId: randomUUID(),
        productName: "Mug",
        variantTitle: "Blue",
        sku: "MUG-B",
        unitPriceCents: 1200,
        quantity: 2,
        lineTotalCents: 2400,
      },
    ],
    shippingAddress: { name: "A", line1: "1", line2: null, city: "C", postalCode: "P", country: "GB" },
    placedAt: "2026-11-20T10:00:00.000Z",
    transition: { from: "PAID", to: "SHIPPED", at: "2026-11-21T09:30:00.000Z", by: randomUUID(), reason: null },
  };

  test("takes every field from the event, and its history stops at that change", () => {
    const productId = randomUUID();
    const order = orderAtTransition({
      ...event,
      lines: event.lines.map((line) => ({ ...line, productId })),
      updatedAt: event.transition.at,
      paidAt: "2026-11-20T10:05:00.000Z",
      expiresAt: "2026-11-20T10:30:00.000Z",
    });
    expect(order).toMatchObject({
      id: event.orderId,
      status: OrderStatus.SHIPPED,
      lines: [{ productId, quantity: 2, lineTotalCents: 2400 }],
      createdAt: new Date(event.placedAt),
      updatedAt: new Date(event.transition.at),
      paidAt: new Date("2026-11-20T10:05:00.000Z"),
      expiresAt: new Date("2026-11-20T10:30:00.000Z"),
      asOf: { to: OrderStatus.SHIPPED, at: new Date(event.transition.at) },
    });
  });

  test("tolerates an event from before updatedAt, paidAt, expiresAt and lines[].productId", () => {
    const order = orderAtTransition(event);
    expect(order.lines[0]?.productId).toBeNull();
    expect(order.updatedAt).toEqual(new Date(event.transition.at));
    expect(order.paidAt).toBeNull();
    expect(order.expiresAt).toEqual(new Date(event.placedAt));
    const paid = orderAtTransition({ ...event, status: "PAID", transition: { ...event.transition, to: "PAID" } });
    expect(paid.paidAt).toEqual(new Date(event.transition.at));
  });
});
