import { recordEvent } from "@shopgraph/messaging";
import { query, sql, type EntityManager, type Sql } from "@shopgraph/subgraph";
import { PaymentStatus } from "../domain/payment-status.js";
import { Payment, Refund, type Order } from "../entities/index.js";

/** How long one refund attempt may take before another instance may try again. */
const ATTEMPT_LEASE_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 300;

/** What one refund attempt needs. */
export interface ClaimedRefund {
  id: string;
  order_id: string;
  number: string;
  user_id: string | null;
  guest_email: string | null;
  amount_cents: number;
  currency: string;
  charge_reference: string | null;
}

/**
 * A cancelled paid order's refund, of the amount its successful payment charged, in the
 * cancelling unit of work. PAID is reached only with a successful payment, and there is one at most.
 */
export async function createRefund(em: EntityManager, order: Order): Promise<void> {
  const payment = await em.findOneOrFail(Payment, { order, status: PaymentStatus.SUCCEEDED });
  em.create(Refund, { order, payment, amountCents: payment.amountCents, currency: payment.currency });
}

/**
 * Claims up to `limit` refunds that are due (`which` narrows them down, a condition on
 * `refunds`) by pushing their next attempt out by the lease and counting the attempt, skipping
 * rows another instance is claiming; returns what an attempt needs.
 */
function claimRefunds(em: EntityManager, which: Sql, limit: number): Promise<ClaimedRefund[]> {
  return query<ClaimedRefund>(
    em,
    sql`with claimed as (
       update refunds r
       set attempts = r.attempts + 1, next_attempt_at = now() + make_interval(secs => ${ATTEMPT_LEASE_SECONDS})
       where r.id in (
         select id from refunds
         where status <> 'SUCCEEDED' and ${which}
         order by next_attempt_at limit ${limit} for update skip locked)
       returning r.id, r.order_id, r.payment_id, r.amount_cents, r.currency)
     select c.id, c.order_id, o.number, o.user_id, o.guest_email, c.amount_cents, c.currency, p.reference as charge_reference
     from claimed c join orders o on o.id = c.order_id join payments p on p.id = c.payment_id`,
  );
}

/** One order's refund, unless another attempt holds it. A refund no attempt has touched yet is due whatever the clocks say. */
export function claimOrderRefund(em: EntityManager, orderId: string): Promise<ClaimedRefund[]> {
  return claimRefunds(em, sql`order_id = ${orderId} and (attempts = 0 or next_attempt_at <= now())`, 1);
}

export function claimDueRefunds(em: EntityManager, limit: number): Promise<ClaimedRefund[]> {
  return claimRefunds(em, sql`next_attempt_at <= now()`, limit);
}

/** Records why an attempt failed and when to try again (growing delays). */
export async function markRefundFailed(em: EntityManager, refundId: string, error: string): Promise<void> {
  await query(
    em,
    sql`update refunds set status = 'FAILED', last_error = ${error.slice(0, 500)},
          next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)::int))
        where id = ${refundId} and status <> 'SUCCEEDED'`,
  );
}

/**
 * Marks the refund SUCCEEDED and records `order.refunded` in one transaction, unless another
 * attempt did already. A cancelled order changes no more, so nothing else of this order can be
 * recorded after this event and publish before it.
 */
export async function markRefundSucceeded(em: EntityManager, refund: ClaimedRefund, reference: string): Promise<void> {
  await em.transactional(async (tx) => {
    const marked = await query(
      tx,
      sql`update refunds set status = 'SUCCEEDED', reference = ${reference}, refunded_at = now(), last_error = null
          where id = ${refund.id} and status <> 'SUCCEEDED' returning id`,
    );
    if (marked.length === 0) return;
    recordEvent(tx, "order.refunded", refund.order_id, {
      orderId: refund.order_id,
      number: refund.number,
      userId: refund.user_id,
      refund: { id: refund.id, amountCents: refund.amount_cents, currency: refund.currency },
      guestEmail: refund.guest_email,
    });
    await tx.flush();
  });
}
