import { randomUUID } from "node:crypto";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import { isUuid } from "@shopgraph/kernel";
import { queryPrepared, sql, type EntityManager, type Sql } from "@shopgraph/subgraph";
import { OrderStatus } from "../domain/order-state.js";
import type { Transition } from "../domain/order-state-machine.js";
import type { OrderView } from "../domain/order-view.js";
import { PaymentStatus } from "../domain/payment-status.js";
import { statusChangedData } from "../events/order-data.js";
import { ORDER_JSON, parseOrder, type OrderJson } from "./read-model.js";

/** The order to pay, and how many charge attempts it has had. */
export interface OrderToPay {
  order: OrderView;
  attempts: number;
}

/**
 * The order to pay with its lines and its attempts so far, its row locked until the transaction
 * ends (as lockOrder locks it, in one statement and without the ORM: paying is the checkout's hot
 * path). Null for an id that names no order. The attempts are the row's own count
 * (`payment_attempts`, raised by every recorded attempt), so a statement that waited for the lock
 * reads them as its holder left them: a count of payments rows in the same statement would come
 * from the snapshot taken before the wait and miss an attempt declined meanwhile.
 */
export async function lockOrderToPay(tx: EntityManager, orderId: string): Promise<OrderToPay | null> {
  if (!isUuid(orderId)) return null;
  const [row] = await queryPrepared<{ order: OrderJson; attempts: number }>(
    tx,
    sql`select ${ORDER_JSON} as "order", o.payment_attempts as attempts
        from orders o where o.id = ${orderId.toLowerCase()} for update of o`,
  );
  return row ? { order: parseOrder(row.order), attempts: row.attempts } : null;
}

export interface PaymentAttempt {
  provider: string;
  reference: string | null;
  succeeded: boolean;
  failureCode: string | null;
}

/**
 * Records one charge attempt in ONE statement, under the order's lock (lockOrderToPay), if the
 * order has had exactly `priorAttempts` attempts (read under the same lock: a guard that holds
 * unless the lock was not taken), raising its count. A successful attempt also moves the order
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
  const payment = (counted: Sql) => sql`insert into payments (id, order_id, provider, reference, amount_cents,
                                           currency, status, failure_code, created_at)
      select ${randomUUID()}, ${order.id}, ${attempt.provider}, ${attempt.reference}, ${order.totalCents},
             ${order.currency}, ${attempt.succeeded ? PaymentStatus.SUCCEEDED : PaymentStatus.DECLINED},
             ${attempt.failureCode}, ${now}
      from ${counted}
      returning id`;
  if (!attempt.succeeded) {
    const recorded = await queryPrepared(
      tx,
      sql`with counted as (
            update orders set payment_attempts = payment_attempts + 1
            where id = ${order.id} and payment_attempts = ${priorAttempts}
            returning id
          )
          ${payment(sql`counted`)}`,
    );
    return recorded.length ? order : null;
  }
  const transition: Transition = { from: order.status, to: OrderStatus.PAID, at: now, by, reason: null };
  const paid: OrderView = { ...order, status: OrderStatus.PAID, paidAt: now, updatedAt: now };
  const envelope = eventEnvelope("order.status_changed", statusChangedData(paid, transition));
  const [row] = await queryPrepared<{ recorded: number; paid: number }>(
    tx,
    sql`with paid as (
       update orders set payment_attempts = payment_attempts + 1, status = ${OrderStatus.PAID}, paid_at = ${now},
                         updated_at = ${now}
       where id = ${order.id} and payment_attempts = ${priorAttempts} and status = ${order.status}
       returning id
     ), payment as (${payment(sql`paid`)}
     ), history as (
       insert into order_transitions (order_id, from_status, to_status, at, by, reason)
       select id, ${transition.from}, ${transition.to}, ${now}, ${by}::uuid, null from paid
     ), event as (
       ${insertOutboxEvent(envelope, { aggregateId: order.id, from: sql`paid` })}
     )
     select (select count(*)::int from payment) as recorded, (select count(*)::int from paid) as paid`,
  );
  // The order moves exactly when the attempt is recorded (one guarded update feeds both).
  if (!row?.recorded || row.paid !== 1) return null;
  return paid;
}
