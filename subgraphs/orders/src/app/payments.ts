import { problem, reject, Rejection } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { ChargeResult, PaymentProvider } from "../adapters/payment-provider.js";
import type { OrderErrorCode } from "../domain/errors.js";
import { OrderStatus, SOLD_STATUSES } from "../domain/order-state.js";
import type { OrderView } from "../domain/order-view.js";
import { lockOrder } from "../store/order-locks.js";
import { countPayments, recordPayment } from "../store/payment-store.js";
import { viewOf } from "../store/read-model.js";
import { orderStateMachine } from "./lifecycle.js";

const MAX_TOKEN_LENGTH = 200;

const refuse = (code: OrderErrorCode, message: string, field: readonly string[]): never =>
  reject<OrderErrorCode>(code, message, field);

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
 * price of never charging twice.)
 */
export class Payments {
  constructor(private readonly provider: PaymentProvider) {}

  async pay(em: EntityManager, userId: string, orderId: string, token: string): Promise<OrderView> {
    if (!token || token.length > MAX_TOKEN_LENGTH) {
      refuse("INVALID_PAYMENT_TOKEN", "paymentToken is not a payment token", ["paymentToken"]);
    }
    const outcome = await em.transactional(async (tx) => {
      const order = await lockOrder(tx, orderId);
      if (!order || order.userId !== userId)
        return refuse("ORDER_NOT_FOUND", "No order of yours has this id", ["orderId"]);
      if (SOLD_STATUSES.includes(order.status)) return { order };
      if (order.status !== OrderStatus.PENDING_PAYMENT) {
        refuse("ORDER_NOT_PAYABLE", `A ${order.status} order cannot be paid`, ["orderId"]);
      }
      if (order.expiresAt.getTime() <= Date.now()) {
        refuse("ORDER_EXPIRED", "The time to pay this order is over; it will be cancelled", ["orderId"]);
      }
      const attempt = (await countPayments(tx, order)) + 1;
      const charge = await this.provider.charge({
        token,
        amountCents: order.totalCents,
        currency: order.currency,
        // Per attempt: a retry after a crash reuses it (no second charge), a new attempt does not
        // get the previous decline back.
        idempotencyKey: `${order.id}:${attempt}`,
      });
      const payment = recordPayment(tx, order, {
        provider: this.provider.name,
        reference: charge.reference,
        succeeded: charge.status === "SUCCEEDED",
        failureCode: charge.status === "DECLINED" ? charge.code : null,
      });
      if (charge.status === "SUCCEEDED") {
        await orderStateMachine.transition(
          { em: tx, order, payment },
          { to: OrderStatus.PAID, by: userId, reason: null },
        );
      }
      await tx.flush();
      return { order, charge };
    });
    const declined: ChargeResult | undefined = outcome.charge;
    // The declined attempt is recorded (committed above); the order stays payable.
    if (declined?.status === "DECLINED")
      throw new PaymentDeclined(viewOf(outcome.order), declined.code, declined.message);
    return viewOf(outcome.order);
  }
}
