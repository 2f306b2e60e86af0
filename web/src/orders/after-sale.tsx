import type { OrderDetailFragment } from "../gql/shop/graphql";
import { formatPrice } from "../lib/money";
import { formatDate } from "./OrdersPage";

/** How the order travels, once staff shipped it with a carrier and tracking number. */
export function ShipmentNote({ order }: { order: OrderDetailFragment }) {
  const shipment = order.shipment;
  if (!shipment) return null;
  return (
    <p className="order__shipment" data-testid="shipment">
      Shipped with <strong>{shipment.carrier}</strong> on{" "}
      <time dateTime={shipment.shippedAt}>{formatDate(shipment.shippedAt)}</time>
      <br />
      Tracking number <strong className="order__tracking">{shipment.trackingNumber}</strong>
    </p>
  );
}

/**
 * The money given back, as rows of the order's summary. A failed attempt is retried until it
 * succeeds, so the shopper reads it as pending, not as failed.
 */
export function RefundRows({ order }: { order: OrderDetailFragment }) {
  return order.refunds.map((refund) => (
    <div key={refund.id} data-testid="refund">
      {refund.status === "SUCCEEDED" && refund.refundedAt ? (
        <dt>
          Refunded on <time dateTime={refund.refundedAt}>{formatDate(refund.refundedAt)}</time>
        </dt>
      ) : (
        <dt>Refund pending</dt>
      )}
      <dd>{formatPrice(refund.amount)}</dd>
    </div>
  ));
}
