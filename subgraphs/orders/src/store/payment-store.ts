import { randomUUID } from "node:crypto";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import { isUuid } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { OrderStatus } from "../domain/order-state.js";
import type { Transition } from "../domain/order-state-machine.js";
import type { OrderView } from "../domain/order-view.js";
import { PaymentStatus } from "../domain/payment-status.js";
import { statusChangedData } from "../events/order-data.js";
import { ORDER_JSON, parseOrder, type OrderJson } from "./read-model.js";

/** The order to pay, locked, and how many charge attempts it had as far as the locking statement saw. */
export interface OrderToPay {
  order: OrderView;
  /**
   * Attempts before this one, as the statement's snapshot saw them. A statement that waited for
   * the lock reads the order row as its holder left it (READ COMMITTED re-reads a locked row),
   * so a payment that just committed shows as PAID; but a declined attempt does not touch the
   * order row, so one that committed while this statement waited is missing here. It is only a
   * guess: recordPaymentAttempt checks it under the lock (see there).
   */
  priorAttempts: number;
}

/**
 * The order to pay with its lines, its row locked until the transaction ends (as lockOrder locks
 * it, in one statement and without the ORM: paying is the checkout's hot path), with the number
 * of its charge attempts. Null for an id that names no order.
 */
export async function lockOrderToPay(tx: EntityManager, orderId: string): Promise<OrderToPay | null> {
  if (!isUuid(orderId)) return null;
  const [row] = await query<{ order: OrderJson; prior_attempts: number }>(
    tx,
    sql`select ${ORDER_JSON} as "order",
               (select count(*)::int from payments p where p.order_id = o.id) as prior_attempts
        from orders o where o.id = ${orderId.toLowerCase()} for update of o`,
  );
  return row ? { order: parseOrder(row.order), priorAttempts: row.prior_attempts } : null;
}

/** How many charge attempts the order has had, read under its lock (a statement of its own: all of them). */
export async function countPayments(tx: EntityManager, orderId: string): Promise<number> {
  const [row] = await query<{ count: number }>(
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
 * order has had exactly `priorAttempts` attempts: this statement sees every committed attempt, so
 * when the locking statement's count was short (see OrderToPay) nothing is written and it returns
 * null; the caller counts again and charges with the next attempt's key. (The charge made with
 * the stale count reused an earlier attempt's idempotency key, so the provider charged nothing
 * new.) A successful attempt also moves the order PENDING_PAYMENT → PAID with what the state
 * machine's effects write for that transition (see app/lifecycle.ts: stampTimes sets paidAt,
 * recordHistory the history row, emitStatusChanged `order.status_changed`; the other effects act
 * only on CANCELLED or SHIPPED), so paying costs one write statement instead of an ORM flush of
 * four. Returns the order as it is now.
 */
export async function recordPaymentAttempt(
  tx: EntityManager,
  order: OrderView,
  priorAttempts: number,
  attempt: PaymentAttempt,
  by: string,
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
    const recorded = await query(tx, payment);
    return recorded.length ? order : null;
  }
  const transition: Transition = { from: order.status, to: OrderStatus.PAID, at: now, by, reason: null };
  const paid: OrderView = { ...order, status: OrderStatus.PAID, paidAt: now, updatedAt: now };
  const envelope = eventEnvelope("order.status_changed", statusChangedData(paid, transition));
  const [row] = await query<{ recorded: number; paid: number }>(
    tx,
    sql`with payment as (${payment}),
     paid as (
       update orders set status = ${OrderStatus.PAID}, paid_at = ${now}, updated_at = ${now}
       where id = ${order.id} and status = ${order.status} and exists (select 1 from payment)
       returning id
     ), history as (
       insert into order_transitions (order_id, from_status, to_status, at, by, reason)
       select id, ${transition.from}, ${transition.to}, ${now}, ${by}, null from paid
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
