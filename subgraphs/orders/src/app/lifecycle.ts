import { problem } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { OrderStatus } from "../domain/order-state.js";
import { OrderStateMachine, type TransitionEffect, type TransitionGuard } from "../domain/order-state-machine.js";
import type { ShipmentInput } from "../domain/shipment.js";
import type { Order, Payment } from "../entities/index.js";
import { recordStatusChanged, recordTransition } from "../store/order-history.js";
import { createRefund } from "../store/refund-store.js";
import { requestRelease } from "../store/stock-releases.js";

/** What guards and effects of one transition see: the locked order (lines loaded), in its unit of work. */
export interface TransitionContext {
  em: EntityManager;
  order: Order;
  /** The successful payment that pays the order, when there is one. */
  payment?: Payment;
  /** How the order ships (carrier, tracking number), when the admin moving it to SHIPPED said. */
  shipment?: ShipmentInput;
}

/** PAID means money arrived: only a successful payment may move an order there. */
const paymentRequired: TransitionGuard<TransitionContext> = (transition, { payment }) =>
  transition.to === OrderStatus.PAID && !payment
    ? problem("PAYMENT_REQUIRED", "An order becomes PAID by paying it (payOrder)")
    : undefined;

const shipmentOnlyWhenShipping: TransitionGuard<TransitionContext> = (transition, { shipment }) =>
  shipment && transition.to !== OrderStatus.SHIPPED
    ? problem("SHIPMENT_NOT_ALLOWED", "A shipment is given only when the order moves to SHIPPED")
    : undefined;

const stampTimes: TransitionEffect<TransitionContext> = (transition, { order }) => {
  if (transition.to === OrderStatus.PAID) order.paidAt = transition.at;
  if (transition.to === OrderStatus.SHIPPED) order.shippedAt = transition.at;
};

const recordShipment: TransitionEffect<TransitionContext> = (_transition, { order, shipment }) => {
  if (!shipment) return;
  order.shipmentCarrier = shipment.carrier;
  order.shipmentTrackingNumber = shipment.trackingNumber;
};

const recordHistory: TransitionEffect<TransitionContext> = (transition, { em, order }) =>
  recordTransition(em, order, transition);

/**
 * A cancelled order's stock goes back to products. The request is a row written with the
 * cancellation, so it happens once and survives products being down (see StockReleases).
 */
const requestStockRelease: TransitionEffect<TransitionContext> = async (transition, { em, order }) => {
  if (transition.to === OrderStatus.CANCELLED) await requestRelease(em, order.id);
};

/**
 * A cancelled paid order's money goes back. The refund is a row written with the cancellation, so
 * there is one (its unique key says so too) and it survives the provider failing (see Refunds).
 */
const requestRefund: TransitionEffect<TransitionContext> = async (transition, { em, order }) => {
  if (transition.to === OrderStatus.CANCELLED && transition.from === OrderStatus.PAID) await createRefund(em, order);
};

const emitStatusChanged: TransitionEffect<TransitionContext> = (transition, { em, order }) =>
  recordStatusChanged(em, order, transition);

/**
 * The one machine every status change of an order goes through, but one: paying (PENDING_PAYMENT
 * → PAID, the checkout's hot path) writes this transition's effects in its own single statement
 * (recordPaymentAttempt in store/payment-store.ts); a new effect on PAID must be added there too.
 */
export const orderStateMachine = new OrderStateMachine<TransitionContext>({
  guards: [paymentRequired, shipmentOnlyWhenShipping],
  effects: [stampTimes, recordShipment, recordHistory, requestStockRelease, requestRefund, emitStatusChanged],
});
