import { useQuery } from "@apollo/client/react";
import { Link, useParams, useSearchParams } from "react-router";
import { PostalAddress } from "../components/PostalAddress";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { OrderPageDocument, type OrderDetailFragment } from "../gql/shop/graphql";
import { errorCode } from "../lib/errors";
import { focusOnMount } from "../lib/focus";
import { formatPrice } from "../lib/money";
import { formatDate } from "./OrdersPage";
import { RefundRows, ShipmentNote } from "./after-sale";
import { OrderFigures } from "./order-figures";
import { FINAL_STATUSES, ORDER_PROGRESS, statusLabel } from "./status";
import { StatusBadge } from "./StatusBadge";
import { CancelOrderButton, PayOrderForm } from "./unpaid-order";
import { useLiveOrder } from "./use-live-order";

function Timeline({ order }: { order: OrderDetailFragment }) {
  const reached = new Map<string, { at: string; reason?: string | null }>(
    order.statusHistory.map((change) => [change.to, change]),
  );
  const cancelled = reached.get("CANCELLED");
  const steps: string[] = cancelled
    ? [...ORDER_PROGRESS.filter((status) => reached.has(status)), "CANCELLED"]
    : [...ORDER_PROGRESS];
  return (
    <ol className="timeline" aria-label="Order progress">
      {steps.map((status) => {
        const change =
          reached.get(status) ?? (status === "PENDING_PAYMENT" ? { at: order.createdAt, reason: null } : undefined);
        const current = status === order.status;
        return (
          <li
            key={status}
            className={`timeline__step${change ? " timeline__step--done" : ""}${current ? " timeline__step--current" : ""}${status === "CANCELLED" ? " timeline__step--cancelled" : ""}`}
            aria-current={current ? "step" : undefined}
          >
            <span className="timeline__dot" aria-hidden="true" />
            <span className="timeline__label">{statusLabel(status)}</span>
            {change ? (
              <time dateTime={change.at}>{formatDate(change.at, true)}</time>
            ) : (
              <span className="timeline__pending">Not yet</span>
            )}
            {change?.reason && <span className="timeline__reason">{change.reason}</span>}
          </li>
        );
      })}
    </ol>
  );
}

export default function OrderPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(OrderPageDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const order = data?.order;
  // Follow the order until it can change no more.
  const live = useLiveOrder(id, !!order && !FINAL_STATUSES.has(order.status), refetch);

  if (loading && !order) return <Spinner label="Loading the order" />;
  if (errorCode(error) === "NOT_FOUND" || (!order && !error)) {
    return (
      <EmptyState
        title="Order not found"
        action={
          <Link to="/orders" className="button button--primary">
            Your orders
          </Link>
        }
      >
        <p>There is no order of yours with this number.</p>
      </EmptyState>
    );
  }
  if (!order) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const justPlaced = params.get("placed") === "1";
  const address = order.shippingAddress;
  return (
    <article className="order">
      {justPlaced && (
        <section className="confirmation" aria-labelledby="confirmation-title">
          <div className="confirmation__icon" aria-hidden="true">
            ✓
          </div>
          <div>
            <h1 id="confirmation-title" className="page-title" tabIndex={-1} ref={focusOnMount}>
              Thank you! Your order is confirmed.
            </h1>
            <p>
              Order <strong>{order.number}</strong> is paid. We have sent a confirmation by email and will let you know
              when it ships.
            </p>
          </div>
        </section>
      )}
      <div className="order__head">
        {justPlaced ? (
          <h2 className="order__title">Order {order.number}</h2>
        ) : (
          <h1 className="page-title">Order {order.number}</h1>
        )}
        <StatusBadge status={order.status} />
      </div>
      <p className="muted">Placed {formatDate(order.createdAt, true)}</p>
      {live.interrupted && (
        <p className="order__live-note" role="status">
          Live updates are paused; this page may fall behind.{" "}
          <button type="button" className="link-button" onClick={live.resume}>
            Check for changes
          </button>
        </p>
      )}
      <div className="order__layout">
        <div>
          <section className="panel" aria-labelledby="progress-title">
            <h2 id="progress-title" className="panel__title">
              Progress
            </h2>
            <Timeline order={order} />
          </section>
          {order.status === "PENDING_PAYMENT" && (
            <PayOrderForm order={order} title="Pay for this order" submitLabel={`Pay ${formatPrice(order.total)}`} />
          )}
          <section className="panel" aria-labelledby="items-title">
            <h2 id="items-title" className="panel__title">
              Items
            </h2>
            <ul className="order-lines">
              {order.lines.map((line) => (
                <li key={line.sku} className="order-line">
                  <img src={line.variant?.product.images[0] ?? "/favicon.svg"} alt="" width={64} height={64} />
                  <div>
                    {line.variant ? (
                      <Link to={`/products/${line.variant.product.slug}`}>{line.productName}</Link>
                    ) : (
                      line.productName
                    )}
                    <p className="muted">
                      {line.variantTitle} · {line.quantity} × {formatPrice(line.unitPrice)}
                    </p>
                  </div>
                  <span className="order-line__total">{formatPrice(line.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <dl className="summary__rows">
              <OrderFigures order={order} />
              <RefundRows order={order} />
            </dl>
          </section>
        </div>
        <aside className="panel" aria-labelledby="ship-title">
          <h2 id="ship-title" className="panel__title">
            Shipping to
          </h2>
          <PostalAddress address={address} />
          <ShipmentNote order={order} />
          {(order.status === "PENDING_PAYMENT" || order.status === "PAID") && <CancelOrderButton order={order} />}
        </aside>
      </div>
    </article>
  );
}
