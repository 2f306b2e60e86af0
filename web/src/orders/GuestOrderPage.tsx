import { useQuery } from "@apollo/client/react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PostalAddress } from "../components/PostalAddress";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { GuestOrderDocument } from "../gql/shop/graphql";
import { errorCode } from "../lib/errors";
import { focusOnMount } from "../lib/focus";
import { formatPrice } from "../lib/money";
import { RefundRows, ShipmentNote } from "./after-sale";
import { OrderFigures } from "./order-figures";
import { formatDate } from "./OrdersPage";
import { StatusBadge } from "./StatusBadge";
import { PayOrderForm } from "./unpaid-order";

/**
 * A guest's order, opened by its link (`/guest-order?token=…`, from the confirmation mail or right
 * after checkout): read-only but for paying it while it waits for payment. The token is the key to
 * the order, so it stays in the address bar only.
 */
export default function GuestOrderPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(GuestOrderDocument, {
    variables: { token },
    skip: !token,
    fetchPolicy: "cache-and-network",
  });
  const order = data?.orderByToken;

  if (token && loading && !order) return <Spinner label="Loading the order" />;
  if (!token || errorCode(error) === "NOT_FOUND") {
    return (
      <EmptyState
        title="Order not found"
        action={
          <Link to="/" className="button button--primary">
            Continue shopping
          </Link>
        }
      >
        <p>This link opens no order. Use the link from your order&apos;s email as it is.</p>
      </EmptyState>
    );
  }
  if (!order) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const justPaid = params.get("placed") === "1" && order.status !== "PENDING_PAYMENT";
  return (
    <article className="order">
      {justPaid && (
        <section className="confirmation" aria-labelledby="confirmation-title">
          <div className="confirmation__icon" aria-hidden="true">
            ✓
          </div>
          <div>
            <h1 id="confirmation-title" className="page-title" tabIndex={-1} ref={focusOnMount}>
              Thank you! Your order is confirmed.
            </h1>
            <p>
              Order <strong>{order.number}</strong> is paid. We have emailed you a confirmation with a link back to this
              page.
            </p>
          </div>
        </section>
      )}
      <div className="order__head">
        {justPaid ? (
          <h2 className="order__title">Order {order.number}</h2>
        ) : (
          <h1 className="page-title" tabIndex={-1} ref={focusOnMount}>
            Order {order.number}
          </h1>
        )}
        <StatusBadge status={order.status} />
      </div>
      <p className="muted">Placed {formatDate(order.createdAt, true)}</p>
      <div className="order__layout">
        <div>
          {order.status === "PENDING_PAYMENT" && (
            <PayOrderForm
              order={order}
              guestToken={token}
              title="Pay for this order"
              submitLabel={`Pay ${formatPrice(order.total)}`}
              onPaid={() =>
                void navigate(`/guest-order?token=${encodeURIComponent(token)}&placed=1`, { replace: true })
              }
            />
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
                    {line.productName}
                    <p className="muted">
                      {line.variantTitle} · {line.quantity} × {formatPrice(line.unitPrice)}
                    </p>
                  </div>
                  <span className="order-line__total">{formatPrice(line.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <dl className="summary__rows">
              <OrderFigures order={order} token={token} />
              <RefundRows order={order} />
            </dl>
          </section>
        </div>
        <aside className="panel" aria-labelledby="ship-title">
          <h2 id="ship-title" className="panel__title">
            Shipping to
          </h2>
          <PostalAddress address={order.shippingAddress} />
          <ShipmentNote order={order} />
        </aside>
      </div>
    </article>
  );
}
