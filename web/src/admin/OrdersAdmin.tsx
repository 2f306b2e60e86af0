import { NetworkStatus } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { AdminOrdersDocument, UpdateOrderStatusDocument, type OrderStatus } from "../gql/admin/graphql";
import { describeError } from "../lib/errors";
import { formatPrice } from "../lib/money";
import { StatusBadge } from "../orders/StatusBadge";
import { statusLabel } from "../orders/status";

/**
 * What staff may do from each status (the orders subgraph's transition table; payment moves
 * PENDING_PAYMENT to PAID, not a button). The server refuses anything else with INVALID_TRANSITION.
 */
export const ADMIN_TRANSITIONS: Record<OrderStatus, { to: OrderStatus; label: string }[]> = {
  PENDING_PAYMENT: [{ to: "CANCELLED", label: "Cancel" }],
  PAID: [
    { to: "SHIPPED", label: "Mark shipped" },
    { to: "CANCELLED", label: "Cancel" },
  ],
  SHIPPED: [{ to: "DELIVERED", label: "Mark delivered" }],
  DELIVERED: [],
  CANCELLED: [],
};

const FILTERS: (OrderStatus | "")[] = ["", "PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"];

function Transitions({ orderId, status, number }: { orderId: string; status: OrderStatus; number: string }) {
  const [update, { loading }] = useMutation(UpdateOrderStatusDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const actions = ADMIN_TRANSITIONS[status];
  if (actions.length === 0) return <span className="muted small">No actions</span>;
  /** Resolves to whether the order moved. */
  const apply = (to: OrderStatus): Promise<boolean> => {
    setProblem(null);
    return update({ variables: { orderId, status: to, reason: to === "CANCELLED" ? "Cancelled by staff" : null } })
      .then(({ data }) => {
        const message = data?.updateOrderStatus.userErrors[0]?.message ?? null;
        setProblem(message);
        return message === null;
      })
      .catch((error: unknown) => {
        setProblem(describeError(error));
        return false;
      });
  };
  return (
    <div className="transitions">
      {actions.map((action) =>
        // Cancelling cannot be undone and sits right under "Mark shipped": it asks first.
        action.to === "CANCELLED" ? (
          <button
            key={action.to}
            type="button"
            className="button button--small button--danger-quiet"
            disabled={loading}
            aria-label={`${action.label}: order ${number}`}
            onClick={() => {
              setProblem(null);
              setAsking(true);
            }}
          >
            {action.label}
          </button>
        ) : action.to === "SHIPPED" ? (
          // Shipping takes a carrier and tracking number: the order's page asks for them.
          <Link
            key={action.to}
            to={`/admin/orders/${orderId}?ship=1`}
            className="button button--small button--secondary"
            aria-label={`${action.label}: order ${number}`}
          >
            {action.label}
          </Link>
        ) : (
          <button
            key={action.to}
            type="button"
            className="button button--small button--secondary"
            disabled={loading}
            aria-label={`${action.label}: order ${number}`}
            onClick={() => apply(action.to)}
          >
            {action.label}
          </button>
        ),
      )}
      {problem && !asking && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={`Cancel order ${number}?`}
          keepLabel="Keep order"
          confirmLabel={`Yes, cancel ${number}`}
          busy={loading}
          problem={problem}
          onClose={() => setAsking(false)}
          onConfirm={() => void apply("CANCELLED").then((moved) => moved && setAsking(false))}
        >
          <p>{status === "PAID" ? "The payment is refunded; this cannot be undone." : "This cannot be undone."}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

export function OrdersAdmin() {
  const [params, setParams] = useSearchParams();
  const status = (FILTERS.find((s) => s && s === params.get("status")) ?? "") as OrderStatus | "";
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(AdminOrdersDocument, {
    variables: { first: 25, after: null, filter: status ? { status } : null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const orders = (data ?? previousData)?.orders;

  return (
    <section aria-labelledby="orders-title">
      <div className="admin__toolbar">
        <h2 id="orders-title" className="admin__title">
          Orders {orders && <span className="muted">({orders.totalCount})</span>}
        </h2>
        <div className="segmented" role="group" aria-label="Filter by status">
          {FILTERS.map((filter) => (
            <button
              key={filter || "all"}
              type="button"
              aria-pressed={status === filter}
              onClick={() => setParams(filter ? { status: filter } : {}, { replace: true })}
            >
              {filter ? statusLabel(filter) : "All"}
            </button>
          ))}
        </div>
      </div>
      {error && !orders ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !orders ? (
        <Spinner label="Loading orders" />
      ) : orders.edges.length === 0 ? (
        <EmptyState title="No orders">
          <p>{status ? `No order is ${statusLabel(status).toLowerCase()}.` : "Nobody has ordered yet."}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col" className="table__secondary">
                  Customer
                </th>
                <th scope="col" className="table__secondary">
                  Items
                </th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {orders.edges.map(({ node: order }) => (
                <tr key={order.id} data-order-number={order.number}>
                  <th scope="row">
                    <Link to={`/admin/orders/${order.id}`}>{order.number}</Link>
                    <div className="muted small">
                      {new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
                        new Date(order.createdAt),
                      )}
                    </div>
                  </th>
                  <td className="table__secondary">
                    {order.user?.name ?? "Guest"}
                    <div className="muted small">{order.user?.email}</div>
                  </td>
                  <td className="small table__secondary">
                    {order.lines.map((line) => `${line.quantity} × ${line.productName}`).join(", ")}
                  </td>
                  <td className="num">{formatPrice(order.total)}</td>
                  <td>
                    <StatusBadge status={order.status} />
                  </td>
                  <td>
                    <Transitions orderId={order.id} status={order.status} number={order.number} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders?.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={networkStatus === NetworkStatus.fetchMore || loading}
            onClick={() => void fetchMore({ variables: { after: orders.pageInfo.endCursor } })}
          >
            Show more
          </button>
        </div>
      )}
    </section>
  );
}
