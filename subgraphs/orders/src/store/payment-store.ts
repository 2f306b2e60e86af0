import { randomUUID } from "node:crypto";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import { isUuid } from "@shopgraph/kernel";
import { queryPrepared, sql, type EntityManager } from "@shopgraph/subgraph";
import { OrderStatus } from "../domain/order-state.js";
import type { Transition } from "../domain/order-state-machine.js";
import type { OrderView } from "../domain/order-view.js";
import { PaymentStatus } from "../domain/payment-status.js";
import { statusChangedData } from "../events/order-data.js";
import { ORDER_JSON, parseOrder, type OrderJson } from "./read-model.js";

/**
 * The order to pay with its lines, its row locked until the transaction ends (as lockOrder locks
 * it, in one statement and without the ORM: paying is the checkout's hot path). Null for an id
 * that names no order. It counts no attempts: a statement that waited for the lock reads the
 * order row as its holder left it, but the rest through the snapshot it took before waiting, so a
 * declined attempt committed meanwhile would be missing (count with countPayments, after it).
 */
export async function lockOrderToPay(tx: EntityManager, orderId: string): Promise<OrderView | null> {
  if (!isUuid(orderId)) return null;
  const [row] = await queryPrepared<{ order: OrderJson }>(
    tx,
    sql`select ${ORDER_JSON} as "order" from orders o where o.id = ${orderId.toLowerCase()} for update of o`,
  );
  return row ? parseOrder(row.order) : null;
}

/** How many charge attempts the order has had, read under its lock (a statement of its own: all of them). */
export async function countPayments(tx: EntityManager, orderId: string): Promise<number> {
  const [row] = await queryPrepared<{ count: number }>(
    tx,
    sql`select count(*)::int as count from payments where order_id = ${orderId}`,
  );
  return row?.count ?? 0;
}

export interface PaymentAttempt {
  provider: string;
  reference: string | null;
  succeeded: boolean;
  failureCode: string | null;
}

/**
 * Records one charge attempt in ONE statement, under the order's lock (lockOrderToPay), if the
 * order has had exactly `priorAttempts` attempts (countPayments under the same lock: a guard that
 * holds unless the lock was not taken). A successful attempt also moves the order
 * PENDING_PAYMENT → PAID with what the state machine's effects write for that transition (see
 * app/lifecycle.ts: stampTimes sets paidAt, recordHistory the history row, emitStatusChanged
 * `order.status_changed`; the other effects act only on CANCELLED or SHIPPED), so paying costs one
 * write statement instead of an ORM flush of four. Returns the order as it is now, or null when
 * the guard did not hold.
 */
export async function recordPaymentAttempt(
  tx: EntityManager,
  order: OrderView,
  priorAttempts: number,
  attempt: PaymentAttempt,
  /** Who paid: the customer, or null for a guest (their order's link). */
  by: string | null,
): Promise<OrderView | null> {
  const now = new Date();
  const payment = sql`insert into payments (id, order_id, provider, reference, amount_cents, currency, status,
                                           failure_code, created_at)
      select ${randomUUID()}, ${order.id}, ${attempt.provider}, ${attempt.reference}, ${order.totalCents},
             ${order.currency}, ${attempt.succeeded ? PaymentStatus.SUCCEEDED : PaymentStatus.DECLINED},
             ${attempt.failureCode}, ${now}
      where (select count(*) from payments where order_id = ${order.id}) = ${priorAttempts}
      returning id`;
  if (!attempt.succeeded) {
    const recorded = await queryPrepared(tx, payment);
    return recorded.length ? order : null;
  }
  const transition: Transition = { from: order.status, to: OrderStatus.PAID, at: now, by, reason: null };
  const paid: OrderView = { ...order, status: OrderStatus.PAID, paidAt: now, updatedAt: now };
  const envelope = eventEnvelope("order.status_changed", statusChangedData(paid, transition));
  const [row] = await queryPrepared<{ recorded: number; paid: number }>(
    tx,
    sql`with payment as (${payment}),
     paid as (
       update orders set status = ${OrderStatus.PAID}, paid_at = ${now}, updated_at = ${now}
       where id = ${order.id} and status = ${order.status} and exists (select 1 from payment)
       returning id
     ), history as (
       insert into order_transitions (order_id, from_status, to_status, at, by, reason)
       select id, ${transition.from}, ${transition.to}, ${now}, ${by}::uuid, null from paid
     ), event as (
       ${insertOutboxEvent(envelope, { aggregateId: order.id, from: sql`paid` })}
     )
     select (select count(*)::int from payment) as recorded, (select count(*)::int from paid) as paid`,
  );
  if (!row?.recorded) return null;
  // Cannot happen while the lock is held; throwing rolls the payment back rather than keep it
  // beside an order that did not move.
  if (row.paid !== 1) throw new Error(`order ${order.id} was not ${order.status} when it was paid`);
  return paid;
}
