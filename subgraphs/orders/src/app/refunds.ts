import type { Logger } from "@shopgraph/platform";
import type { EntityManager } from "@shopgraph/subgraph";
import type { PaymentProvider, RefundResult } from "../adapters/payment-provider.js";
import {
  claimDueRefunds,
  claimOrderRefund,
  markRefundFailed,
  markRefundSucceeded,
  type ClaimedRefund,
} from "../store/refund-store.js";

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
      claimed = await claimOrderRefund(em, orderId);
    } catch (error) {
      this.log.error({ err: error, orderId }, "could not claim a refund; the sweeper will retry it");
      return;
    }
    for (const refund of claimed) await this.attempt(em, refund);
  }

  /** The sweeper's part: claims due refunds (skipping those another instance holds) and works them off. */
  async refundDue(em: EntityManager, limit: number): Promise<number> {
    const claimed = await claimDueRefunds(em, limit);
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
        await markRefundSucceeded(em, refund, result.reference);
        this.log.info({ orderId, refundId: refund.id }, "order refunded");
        return true;
      }
      this.log.warn({ orderId, refundId: refund.id, code: result.code }, "refund failed; will retry");
      await markRefundFailed(em, refund.id, `${result.code}: ${result.message}`);
    } catch (error) {
      // The lease runs out and the refund is tried again; the provider answers a repeated key with the same refund.
      this.log.warn({ err: error, orderId, refundId: refund.id }, "could not record a refund attempt");
    }
    return false;
  }
}
