import type { EntityManager } from "@shopgraph/subgraph";
import { PaymentStatus } from "../domain/payment-status.js";
import { Payment, type Order } from "../entities/index.js";

/** How many charge attempts the order has had. */
export function countPayments(em: EntityManager, order: Order): Promise<number> {
  return em.count(Payment, { order });
}

/** One charge attempt and its outcome, in the paying unit of work. */
export function recordPayment(
  em: EntityManager,
  order: Order,
  attempt: { provider: string; reference: string | null; succeeded: boolean; failureCode: string | null },
): Payment {
  return em.create(Payment, {
    order,
    provider: attempt.provider,
    reference: attempt.reference,
    amountCents: order.totalCents,
    currency: order.currency,
    status: attempt.succeeded ? PaymentStatus.SUCCEEDED : PaymentStatus.DECLINED,
    failureCode: attempt.failureCode,
  });
}
