import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import type { RefundRequest, RefundResult } from "../src/adapters/payment-provider.js";
import { TestPaymentProvider } from "../src/adapters/test-payment-provider.js";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { CANCEL_ORDER_REFUNDS, ORDER_MONEY, UPDATE_ORDER_STATUS_WITH_SHIPMENT } from "./operations.js";
import { orderOf, pay, shopper, type Shopper } from "./shoppers.js";

/** Every refund the provider was asked for, and whether it answered at all. */
const refundCalls: RefundRequest[] = [];
let providerDown = false;
class CountingProvider extends TestPaymentProvider {
  override async refund(request: RefundRequest): Promise<RefundResult> {
    refundCalls.push(request);
    if (providerDown) throw new Error("connect ECONNREFUSED provider");
    return super.refund(request);
  }
}

let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let shirt: TestVariant;
let recorded: RecordedEvents;

beforeAll(async () => {
  stack = await startOrders({ options: { paymentProvider: new CountingProvider() } });
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 2500, stock: 1000 }, "Shirt");
  recorded = await recordEvents(stack.config.events.exchange, "order.refunded");
});
afterAll(async () => {
  await recorded?.close();
  await stack?.close();
});

/** Events carry the order's UUID; tests hold its global id. */
const refundedEvents = (orderId: string) => recorded.events.filter((event) => event.data.orderId === rowId(orderId));
/** The provider's calls for a refund: its idempotency key is the row's UUID, behind the API's global id. */
const callsFor = (refundId: string) => refundCalls.filter((call) => call.idempotencyKey === rowId(refundId));

async function cancelAsShopper(who: Shopper, orderId: string) {
  return dataOf(await who.client(CANCEL_ORDER_REFUNDS, { orderId })).cancelOrder;
}

async function cancelAsAdmin(orderId: string) {
  return dataOf(await admin.client(UPDATE_ORDER_STATUS_WITH_SHIPMENT, { orderId, status: "CANCELLED" }))
    .updateOrderStatus;
}

async function paidOrder(who: Shopper, token = "tok_visa", quantity = 2) {
  const order = await orderOf(who, [[shirt.id, quantity]]);
  const { userErrors } = await pay(who, order.id, token);
  expect(userErrors).toEqual([]);
  return order.id as string;
}

const refundRows = (orderId: string) =>
  stack.ordersDb.sql("select id, status, attempts, amount_cents, last_error from refunds where order_id = $1", [
    orderId,
  ]);

/** Makes the order's refund due now, as if its backoff were over, and sweeps. */
async function sweepRefund(orderId: string) {
  await stack.ordersDb.sql("update refunds set next_attempt_at = now() where order_id = $1", [orderId]);
  return stack.orders.sweeper.sweep();
}

describe("cancelling a paid order refunds it", () => {
  test("the shopper cancels: one SUCCEEDED refund of what was paid, one order.refunded event", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada);
    const { order, userErrors } = await cancelAsShopper(ada, orderId);
    expect(userErrors).toEqual([]);
    expect(order?.status).toBe("CANCELLED");
    expect(order?.payments).toEqual([
      {
        id: expect.any(String),
        status: "SUCCEEDED",
        amount: { amountCents: 5000, currency: "USD" },
        provider: "test",
        reference: expect.stringMatching(/^test_ch_/),
        failureCode: null,
        createdAt: expect.any(String),
      },
    ]);
    expect(order?.refunds).toEqual([
      {
        id: expect.any(String),
        status: "SUCCEEDED",
        amount: { amountCents: 5000, currency: "USD" },
        reference: expect.stringMatching(/^test_re_/),
        createdAt: expect.any(String),
        refundedAt: expect.any(String),
        lastError: null,
      },
    ]);
    const refund = present(order?.refunds[0], "the refund");
    const [event] = await eventually(() => refundedEvents(orderId).length === 1 && refundedEvents(orderId));
    expect(event).toMatchObject({ type: "order.refunded", correlationId: expect.any(String) });
    expect(event?.data).toEqual({
      orderId: rowId(orderId),
      number: expect.stringMatching(/^SG-/),
      userId: ada.userId,
      guestEmail: null,
      refund: { id: rowId(refund.id), amountCents: 5000, currency: "USD" },
    });
    expect(callsFor(refund.id)).toEqual([
      {
        chargeReference: order?.payments[0]?.reference,
        amountCents: 5000,
        currency: "USD",
        idempotencyKey: rowId(refund.id),
      },
    ]);

    // Sweeping again changes nothing: no second attempt, no second event.
    await sweepRefund(orderId);
    expect(callsFor(refund.id)).toHaveLength(1);
    const outbox = await stack.ordersDb.sql(
      "select type from outbox where aggregate_id = $1 and type = 'order.refunded'",
      [orderId],
    );
    expect(outbox).toHaveLength(1);
    expect(dataOf(await ada.client(ORDER_MONEY, { id: orderId })).order?.refunds).toEqual(order?.refunds);
  });

  test("an admin cancels: refunded the same way", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_visa", 1);
    const { order, userErrors } = await cancelAsAdmin(orderId);
    expect(userErrors).toEqual([]);
    expect(order?.refunds.map((refund: any) => [refund.status, refund.amount.amountCents])).toEqual([
      ["SUCCEEDED", 2500],
    ]);
    await eventually(() => refundedEvents(orderId).length === 1);
  });

  test("the shopper and an admin cancelling at once: one cancellation, one refund, one provider call, one event", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada);
    const results = await Promise.all([
      cancelAsShopper(ada, orderId),
      cancelAsAdmin(orderId),
      cancelAsShopper(ada, orderId),
      cancelAsAdmin(orderId),
      cancelAsShopper(ada, orderId),
      cancelAsAdmin(orderId),
    ]);
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error: any) => error.code))).toEqual(
      Array(5).fill("INVALID_TRANSITION"),
    );
    const rows = await refundRows(orderId);
    expect(rows).toEqual([
      { id: expect.any(String), status: "SUCCEEDED", attempts: 1, amount_cents: 5000, last_error: null },
    ]);
    expect(callsFor(rows[0]!.id)).toHaveLength(1);
    await eventually(() => refundedEvents(orderId).length === 1);
    const outbox = await stack.ordersDb.sql(
      "select type from outbox where aggregate_id = $1 and type = 'order.refunded'",
      [orderId],
    );
    expect(outbox).toHaveLength(1);
  });

  test("the database itself refuses a second refund of one order", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_visa", 1);
    await cancelAsShopper(ada, orderId);
    await expect(
      stack.ordersDb.sql(
        `insert into refunds (id, order_id, payment_id, amount_cents, currency, next_attempt_at, created_at)
         select gen_random_uuid(), order_id, payment_id, amount_cents, currency, now(), now() from refunds where order_id = $1`,
        [orderId],
      ),
    ).rejects.toMatchObject({ code: "23505", constraint: "refunds_one_per_order" });
  });
});

describe("a refund the provider refuses", () => {
  test("tok_refund_fails_once: FAILED with lastError, then SUCCEEDED by the sweeper; still one refund and one event", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_refund_fails_once");
    const { order } = await cancelAsShopper(ada, orderId);
    expect(order?.status).toBe("CANCELLED");
    expect(order?.refunds).toEqual([
      expect.objectContaining({
        status: "FAILED",
        reference: null,
        refundedAt: null,
        lastError: "PROCESSING_ERROR: The refund could not be processed; try again",
      }),
    ]);
    const refundId = present(order?.refunds[0], "the refund").id;
    // Backoff: the refund is not due yet, so a sweep leaves it alone.
    expect((await stack.orders.sweeper.sweep()).refunded).toBe(0);
    expect(callsFor(refundId)).toHaveLength(1);

    expect((await sweepRefund(orderId)).refunded).toBe(1);
    const after = dataOf(await ada.client(ORDER_MONEY, { id: orderId })).order;
    expect(after?.refunds).toEqual([
      expect.objectContaining({
        id: refundId,
        status: "SUCCEEDED",
        reference: expect.stringMatching(/^test_re_/),
        lastError: null,
      }),
    ]);
    expect(after?.refunds[0]?.refundedAt).not.toBeNull();
    expect(callsFor(refundId).map((call) => call.idempotencyKey)).toEqual([rowId(refundId), rowId(refundId)]);
    expect(await refundRows(orderId)).toEqual([expect.objectContaining({ status: "SUCCEEDED", attempts: 2 })]);
    await eventually(() => refundedEvents(orderId).length === 1);
    await sweepRefund(orderId);
    expect(callsFor(refundId)).toHaveLength(2);
  });

  test("a provider that does not answer: FAILED, retried with backoff until it answers", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_visa", 1);
    providerDown = true;
    try {
      const { order } = await cancelAsShopper(ada, orderId);
      expect(order?.refunds).toEqual([
        expect.objectContaining({ status: "FAILED", lastError: "PROVIDER_ERROR: connect ECONNREFUSED provider" }),
      ]);
      await sweepRefund(orderId);
      expect(await refundRows(orderId)).toEqual([expect.objectContaining({ status: "FAILED", attempts: 2 })]);
      // Owed for two hours now: what the ShopgraphRefundsNotSettling alert reads.
      await stack.ordersDb.sql("update refunds set created_at = now() - interval '2 hours' where order_id = $1", [
        orderId,
      ]);
      const metrics = await (await fetch(new URL("/metrics", stack.orders.url))).text();
      expect(Number(/^orders_refunds_unsettled\{[^}]*\} (\S+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
      expect(
        Number(/^orders_oldest_unsettled_refund_age_seconds\{[^}]*\} (\S+)$/m.exec(metrics)?.[1]),
      ).toBeGreaterThanOrEqual(7_200);
    } finally {
      providerDown = false;
    }
    await sweepRefund(orderId);
    expect(await refundRows(orderId)).toEqual([expect.objectContaining({ status: "SUCCEEDED", attempts: 3 })]);
    await eventually(() => refundedEvents(orderId).length === 1);
  });
  test("two instances sweeping a due refund at once: one attempt, one refund, one event", async () => {
    const second = await stack.startInstance();
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_visa", 1);
    providerDown = true;
    try {
      await cancelAsShopper(ada, orderId);
    } finally {
      providerDown = false;
    }
    await stack.ordersDb.sql("update refunds set next_attempt_at = now() where order_id = $1", [orderId]);
    const results = await Promise.all([stack.orders.sweeper.sweep(), second.sweeper.sweep()]);
    expect(results.map((result) => result.refunded).sort()).toEqual([0, 1]);
    expect(await refundRows(orderId)).toEqual([expect.objectContaining({ status: "SUCCEEDED", attempts: 2 })]);
    await eventually(() => refundedEvents(orderId).length === 1);
    const outbox = await stack.ordersDb.sql(
      "select type from outbox where aggregate_id = $1 and type = 'order.refunded'",
      [orderId],
    );
    expect(outbox).toHaveLength(1);
    await second.close();
  });
});

describe("orders that were not paid", () => {
  test("cancelling an unpaid order refunds nothing: no refund, no provider call, no order.refunded", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    await pay(ada, order.id, "tok_declined");
    const before = refundCalls.length;
    const cancelled = await cancelAsShopper(ada, order.id);
    expect(cancelled.order?.status).toBe("CANCELLED");
    expect(cancelled.order?.refunds).toEqual([]);
    expect(cancelled.order?.payments.map((payment: any) => [payment.status, payment.failureCode])).toEqual([
      ["DECLINED", "PAYMENT_DECLINED"],
    ]);
    await stack.orders.sweeper.sweep();
    expect(refundCalls.length).toBe(before);
    expect(await refundRows(order.id)).toEqual([]);
    const outbox = await stack.ordersDb.sql("select type from outbox where aggregate_id = $1 order by sequence", [
      order.id,
    ]);
    expect(outbox.map((row) => row.type)).toEqual(["order.placed", "order.status_changed"]);
  });

  test("another customer cannot see an order's payments or refunds", async () => {
    const ada = shopper(stack);
    const orderId = await paidOrder(ada, "tok_visa", 1);
    await cancelAsShopper(ada, orderId);
    const response = await shopper(stack).client(ORDER_MONEY, { id: orderId });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(response.data).toEqual({ order: null });
    expect(dataOf(await admin.client(ORDER_MONEY, { id: orderId })).order?.refunds).toHaveLength(1);
  });
});
