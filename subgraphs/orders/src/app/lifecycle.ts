import { query, recordEvent, sql, type EntityManager } from "@shopgraph/common";
import { OrderStatus } from "../domain/order-state.js";
import { OrderStateMachine, type TransitionEffect, type TransitionGuard } from "../domain/order-state-machine.js";
import type { ShipmentInput } from "../domain/shipment.js";
import { OrderTransition, Payment, PaymentStatus, Refund, type Order } from "../entities/index.js";
import { statusChangedData } from "../events/order-data.js";
import { viewOf } from "../store/read-model.js";

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
    ? { code: "PAYMENT_REQUIRED", message: "An order becomes PAID by paying it (payOrder)" }
    : undefined;

const shipmentOnlyWhenShipping: TransitionGuard<TransitionContext> = (transition, { shipment }) =>
  shipment && transition.to !== OrderStatus.SHIPPED
    ? { code: "SHIPMENT_NOT_ALLOWED", message: "A shipment is given only when the order moves to SHIPPED" }
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
 * cancellation, so it happens once and survives products being down (see StockReleases). A row
 * some earlier bug left for this order is re-armed rather than a reason to fail; one already
 * released stays so (products gives an order's stock back once).
 */
const requestStockRelease: TransitionEffect<TransitionContext> = async (transition, { em, order }) => {
  if (transition.to !== OrderStatus.CANCELLED) return;
  await query(
    em,
    sql`insert into stock_releases (order_id, requested_at, attempts, next_attempt_at) values (${order.id}, now(), 0, now())
        on conflict (order_id) do update set requested_at = now(), next_attempt_at = now()
        where stock_releases.released_at is null`,
  );
};

/**
 * A cancelled paid order's money goes back. The refund is a row written with the cancellation, so
 * there is one (its unique key says so too) and it survives the provider failing (see Refunds).
 */
const requestRefund: TransitionEffect<TransitionContext> = async (transition, { em, order }) => {
  if (transition.to !== OrderStatus.CANCELLED || transition.from !== OrderStatus.PAID) return;
  // PAID is reached only with a successful payment (paymentRequired), and there is one at most.
  const payment = await em.findOneOrFail(Payment, { order, status: PaymentStatus.SUCCEEDED });
  em.create(Refund, { order, payment, amountCents: payment.amountCents, currency: payment.currency });
};

const emitStatusChanged: TransitionEffect<TransitionContext> = (transition, { em, order }) => {
  recordEvent(em, "order.status_changed", order.id, statusChangedData(viewOf(order), transition));
};

/** The one machine every status change of an order goes through. */
export const orderStateMachine = new OrderStateMachine<TransitionContext>({
  guards: [paymentRequired, shipmentOnlyWhenShipping],
  effects: [stampTimes, recordShipment, recordHistory, requestStockRelease, requestRefund, emitStatusChanged],
});
