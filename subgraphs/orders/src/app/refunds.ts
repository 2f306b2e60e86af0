import { query, recordEvent, sql, type EntityManager, type Logger, type Sql } from "@shopgraph/common";
import type { PaymentProvider, RefundResult } from "../adapters/payment-provider.js";

/** How long one refund attempt may take before another instance may try again. */
const ATTEMPT_LEASE_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 300;

interface ClaimedRefund {
  id: string;
  order_id: string;
  number: string;
  user_id: string;
  amount_cents: number;
  currency: string;
  charge_reference: string | null;
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
     select c.id, c.order_id, o.number, o.user_id, c.amount_cents, c.currency, p.reference as charge_reference
     from claimed c join orders o on o.id = c.order_id join payments p on p.id = c.payment_id`,
  );
}

/**
 * Gives the money of cancelled paid orders back. A cancellation writes a PENDING refund in its
 * own transaction (see lifecycle.ts); it is tried right after the commit, and by the sweeper with
 * backoff while the provider fails (FAILED, `lastError`), until it SUCCEEDS. Every attempt sends
 * the refund's id as the provider's idempotency key, so attempts that overlap (a lease that ran
 * out) are one refund at the provider, and only the attempt that marks the row SUCCEEDED records
 * `order.refunded`.
 */
export class Refunds {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly log: Logger,
  ) {}

  /** Refunds one order now unless another attempt holds its refund; never throws. */
  async refundNow(em: EntityManager, orderId: string): Promise<void> {
    let claimed: ClaimedRefund[];
    try {
      // A refund no attempt has touched yet is due whatever the clocks say.
      claimed = await claimRefunds(em, sql`order_id = ${orderId} and (attempts = 0 or next_attempt_at <= now())`, 1);
    } catch (error) {
      this.log.error({ err: error, orderId }, "could not claim a refund; the sweeper will retry it");
      return;
    }
    for (const refund of claimed) await this.attempt(em, refund);
  }

  /** The sweeper's part: claims due refunds (skipping those another instance holds) and works them off. */
  async refundDue(em: EntityManager, limit: number): Promise<number> {
    const claimed = await claimRefunds(em, sql`next_attempt_at <= now()`, limit);
    const results = await Promise.all(claimed.map((refund) => this.attempt(em, refund)));
    return results.filter(Boolean).length;
  }

  private async attempt(em: EntityManager, refund: ClaimedRefund): Promise<boolean> {
    const orderId = refund.order_id;
    let result: RefundResult;
    try {
      result = refund.charge_reference
        ? await this.provider.refund({
            chargeReference: refund.charge_reference,
            amountCents: refund.amount_cents,
            currency: refund.currency,
            idempotencyKey: refund.id,
          })
        : { status: "FAILED", code: "NO_CHARGE_REFERENCE", message: "The payment has no provider reference" };
    } catch (error) {
      result = {
        status: "FAILED",
        code: "PROVIDER_ERROR",
        message: error instanceof Error ? error.message : String(error),
      };
    }
    try {
      if (result.status === "SUCCEEDED") {
        await this.succeeded(em, refund, result.reference);
        this.log.info({ orderId, refundId: refund.id }, "order refunded");
        return true;
      }
      this.log.warn({ orderId, refundId: refund.id, code: result.code }, "refund failed; will retry");
      await query(
        em,
        sql`update refunds set status = 'FAILED', last_error = ${`${result.code}: ${result.message}`.slice(0, 500)},
              next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)::int))
            where id = ${refund.id} and status <> 'SUCCEEDED'`,
      );
    } catch (error) {
      // The lease runs out and the refund is tried again; the provider answers a repeated key with the same refund.
      this.log.warn({ err: error, orderId, refundId: refund.id }, "could not record a refund attempt");
    }
    return false;
  }

  /**
   * Marks the refund SUCCEEDED and records `order.refunded` in one transaction, unless another
   * attempt did already. A cancelled order changes no more, so nothing else of this order can be
   * recorded after this event and publish before it.
   */
  private async succeeded(em: EntityManager, refund: ClaimedRefund, reference: string): Promise<void> {
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
      });
      await tx.flush();
    });
  }
}
