import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { MyOrdersDocument } from "../gql/shop/graphql";
import { formatPrice } from "../lib/money";
import { StatusBadge } from "./StatusBadge";

export function formatDate(iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(
    undefined,
    withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" },
  ).format(new Date(iso));
}

export default function OrdersPage() {
  const { data, error, loading, fetchMore, networkStatus, refetch } = useQuery(MyOrdersDocument, {
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const orders = data?.me?.orders;

  if (loading && !orders) return <Spinner label="Loading your orders" />;
  if (error && !orders) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!orders || orders.edges.length === 0) {
    return (
      <EmptyState
        title="No orders yet"
        action={
          <Link to="/" className="button button--primary">
            Start shopping
          </Link>
        }
      >
        <p>When you place an order, you can follow it here.</p>
      </EmptyState>
    );
  }
  return (
    <div className="orders">
      <h1 className="page-title">Your orders</h1>
      <ul className="order-list">
        {orders.edges.map(({ node: order }) => {
          const items = order.lines.reduce((sum, line) => sum + line.quantity, 0);
          return (
            <li key={order.id}>
              <Link to={`/orders/${order.id}`} className="order-row">
                <span className="order-row__number">{order.number}</span>
                <span className="order-row__date">{formatDate(order.createdAt)}</span>
                <span className="order-row__items">
                  {items} {items === 1 ? "item" : "items"}: {order.lines.map((line) => line.productName).join(", ")}
                </span>
                <StatusBadge status={order.status} />
                <span className="order-row__total">{formatPrice(order.total)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {orders.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { after: orders.pageInfo.endCursor } })}
          >
            Show older orders
          </button>
        </div>
      )}
    </div>
  );
}
