import { recordEvent, type EntityManager } from "@shopgraph/common";
import { OrderStatus } from "../domain/order-state.js";
import { OrderStateMachine, type TransitionEffect, type TransitionGuard } from "../domain/order-state-machine.js";
import { OrderTransition, StockRelease, type Order, type Payment } from "../entities/index.js";
import { statusChangedData } from "./order-data.js";
import { viewOf } from "./read-model.js";

/** What guards and effects of one transition see: the locked order (lines loaded), in its unit of work. */
export interface TransitionContext {
  em: EntityManager;
  order: Order;
  /** The successful payment that pays the order, when there is one. */
  payment?: Payment;
}

/** PAID means money arrived: only a successful payment may move an order there. */
const paymentRequired: TransitionGuard<TransitionContext> = (transition, { payment }) =>
  transition.to === OrderStatus.PAID && !payment
    ? { code: "PAYMENT_REQUIRED", message: "An order becomes PAID by paying it (payOrder)" }
    : undefined;

const stampTimes: TransitionEffect<TransitionContext> = (transition, { order }) => {
  if (transition.to === OrderStatus.PAID) order.paidAt = transition.at;
};

const recordHistory: TransitionEffect<TransitionContext> = (transition, { em, order }) => {
  em.create(OrderTransition, {
    order,
    fromStatus: transition.from,
    toStatus: transition.to,
    at: transition.at,
    by: transition.by,
    reason: transition.reason,
  });
};

/**
 * A cancelled order's stock goes back to products. The request is a row written with the
 * cancellation, so it happens once and survives products being down (see StockReleases).
 */
const requestStockRelease: TransitionEffect<TransitionContext> = (transition, { em, order }) => {
  if (transition.to === OrderStatus.CANCELLED) em.create(StockRelease, { orderId: order.id });
};

const emitStatusChanged: TransitionEffect<TransitionContext> = (transition, { em, order }) => {
  recordEvent(em, "order.status_changed", order.id, statusChangedData(viewOf(order), transition));
};

/** The one machine every status change of an order goes through. */
export const orderStateMachine = new OrderStateMachine<TransitionContext>({
  guards: [paymentRequired],
  effects: [stampTimes, recordHistory, requestStockRelease, emitStatusChanged],
});
