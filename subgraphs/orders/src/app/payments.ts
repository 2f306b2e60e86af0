import { problem, Rejection } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { ChargeResult, PaymentProvider } from "../adapters/payment-provider.js";
import { rejectOrder, type OrderErrorCode } from "../domain/errors.js";
import { canTransition, OrderStatus, SOLD_STATUSES } from "../domain/order-state.js";
import type { OrderView } from "../domain/order-view.js";
import { countPayments, lockOrderToPay, recordPaymentAttempt } from "../store/payment-store.js";

const MAX_TOKEN_LENGTH = 200;

/**
 * A declined charge: the attempt is recorded and the order stays payable, so the answer carries
 * the order as it is now (its payments show the declined attempt) beside the userError.
 */
export class PaymentDeclined extends Rejection<OrderErrorCode> {
  constructor(
    readonly order: OrderView,
    code: OrderErrorCode,
    message: string,
  ) {
    super([problem(code, message, ["paymentToken"])]);
  }
}

/**
 * Pays an order through the provider. The order's row lock is held across the charge, so two
 * payOrder calls for one order take turns: the second finds it PAID and charges nothing. (With a
 * remote provider this keeps one transaction open for one provider call per order, which is the
 * price of never charging twice.) Three hand-written statements rather than the ORM's unit of
 * work: lock the order, count its attempts, then record the attempt (and on success the move to
 * PAID, its history and its event).
 */
/**
 * Who pays: a customer their own order, or whoever holds a guest order's link (the caller checked
 * the link; it opens guest orders only).
 */
export type Payer = { userId: string } | { guestLink: true };

export class Payments {
  constructor(private readonly provider: PaymentProvider) {}

  async pay(em: EntityManager, payer: Payer, orderId: string, token: string): Promise<OrderView> {
    if (!token || token.length > MAX_TOKEN_LENGTH) {
      rejectOrder("INVALID_PAYMENT_TOKEN", "paymentToken is not a payment token", ["paymentToken"]);
    }
    const outcome = await em.transactional(async (tx) => {
      const order = await lockOrderToPay(tx, orderId);
      const mine = order && ("userId" in payer ? order.userId === payer.userId : order.guestEmail !== null);
      if (!order || !mine) return rejectOrder("ORDER_NOT_FOUND", "No order of yours has this id", ["orderId"]);
      if (SOLD_STATUSES.includes(order.status)) return { order };
      // PENDING_PAYMENT → PAID is the one move paying makes (recordPaymentAttempt writes its effects).
      if (order.status !== OrderStatus.PENDING_PAYMENT || !canTransition(order.status, OrderStatus.PAID)) {
        rejectOrder("ORDER_NOT_PAYABLE", `A ${order.status} order cannot be paid`, ["orderId"]);
      }
      if (order.expiresAt.getTime() <= Date.now()) {
        rejectOrder("ORDER_EXPIRED", "The time to pay this order is over; it will be cancelled", ["orderId"]);
      }
      // Counted after the lock is held, never in the locking statement: a count from before a wait
      // would miss an attempt committed meanwhile and charge again under that attempt's key.
      const prior = await countPayments(tx, order.id);
      const charge = await this.provider.charge({
        token,
        amountCents: order.totalCents,
        currency: order.currency,
        // Per attempt: a retry after a crash reuses it (no second charge), a new attempt does not
        // get the previous decline back.
        idempotencyKey: `${order.id}:${prior + 1}`,
      });
      const now = await recordPaymentAttempt(
        tx,
        order,
        prior,
        {
          provider: this.provider.name,
          reference: charge.reference,
          succeeded: charge.status === "SUCCEEDED",
          failureCode: charge.status === "DECLINED" ? charge.code : null,
        },
        "userId" in payer ? payer.userId : null,
      );
      // Under the lock the count cannot move; if it did, fail loudly (the transaction rolls back
      // and the provider's key makes a retry charge nothing new) rather than charge again.
      if (!now) throw new Error(`Order ${order.id}: its payment attempts changed under its lock`);
      return { order: now, charge };
    });
    const declined: ChargeResult | undefined = outcome.charge;
    // The declined attempt is recorded (committed above); the order stays payable.
    if (declined?.status === "DECLINED") throw new PaymentDeclined(outcome.order, declined.code, declined.message);
    return outcome.order;
  }
}
