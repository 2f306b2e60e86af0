import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { Dialog } from "../components/Dialog";
import { FormErrors, TextField } from "../components/Field";
import { PostalAddress } from "../components/PostalAddress";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import {
  AdminOrderDocument,
  UpdateOrderDetailStatusDocument,
  type AdminOrderDetailFragment,
  type OrderStatus,
  type PaymentStatus,
  type RefundStatus,
} from "../gql/admin/graphql";
import { describeError, errorCode } from "../lib/errors";
import { formatPrice } from "../lib/money";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";
import { formatDate } from "../orders/OrdersPage";
import { StatusBadge } from "../orders/StatusBadge";
import { statusLabel } from "../orders/status";
import { ADMIN_TRANSITIONS } from "./OrdersAdmin";

type Order = AdminOrderDetailFragment;
interface Refresh {
  run: () => void;
  loading: boolean;
}

const when = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{formatDate(iso, true)}</time> : "—");

const PAYMENT_LABELS: Record<PaymentStatus, string> = { SUCCEEDED: "Succeeded", DECLINED: "Declined" };
const REFUND_LABELS: Record<RefundStatus, string> = {
  PENDING: "Pending",
  SUCCEEDED: "Refunded",
  FAILED: "Failed, will retry",
};

/** Who made a status change, as far as staff need to know it. */
function actor(by: string | null, order: Order): string {
  if (!by) return "System";
  // A guest's order (no user) changes only by the system or staff; paying it through its link is by no one.
  return by === order.user?.id ? "Customer" : "Staff";
}

function useStatusUpdate(order: Order) {
  const [update, { loading }] = useMutation(UpdateOrderDetailStatusDocument);
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);
  /** Resolves to whether the order moved; the reasons it did not are in `errors`. */
  const run = async (variables: {
    status: OrderStatus;
    reason?: string | null;
    shipment?: { carrier: string; trackingNumber: string };
  }) => {
    setErrors([]);
    try {
      const { data } = await update({ variables: { orderId: order.id, ...variables } });
      const found = data?.updateOrderStatus.userErrors ?? [];
      setErrors(found);
      return found.length === 0;
    } catch (error) {
      setErrors([{ field: null, code: errorCode(error) ?? "ERROR", message: describeError(error) }]);
      return false;
    }
  };
  return { run, loading, errors, clear: () => setErrors([]) };
}

interface DialogProps {
  order: Order;
  onClose: () => void;
  /** The actions' heading: the button that opened the dialog is gone once the order moved. */
  returnFocus: RefObject<HTMLElement | null>;
}

function ShipDialog({ order, onClose, returnFocus }: DialogProps) {
  const { run, loading, errors } = useStatusUpdate(order);
  const [carrier, setCarrier] = useState("");
  const [trackingNumber, setTrackingNumber] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ status: "SHIPPED", shipment: { carrier, trackingNumber } })) onClose();
  };
  const general = unplacedErrors(errors, [["carrier"], ["trackingNumber"]]).map((error) => error.message);
  return (
    <Dialog title={`Ship order ${order.number}`} onClose={onClose} returnFocus={returnFocus}>
      {({ descriptionId }) => (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p id={descriptionId} className="dialog__body">
            The customer sees the carrier and tracking number on their order and in the shipping e-mail.
          </p>
          <FormErrors messages={general} />
          <TextField
            label="Carrier"
            value={carrier}
            onChange={(event) => setCarrier(event.target.value)}
            error={errorFor(errors, "shipment", "carrier")}
            autoComplete="off"
            maxLength={50}
          />
          <TextField
            label="Tracking number"
            value={trackingNumber}
            onChange={(event) => setTrackingNumber(event.target.value)}
            error={errorFor(errors, "shipment", "trackingNumber")}
            autoComplete="off"
            maxLength={64}
          />
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              Not yet
            </button>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? "Saving…" : "Mark shipped"}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function CancelDialog({ order, onClose, returnFocus }: DialogProps) {
  const { run, loading, errors } = useStatusUpdate(order);
  const paid = order.payments.find((payment) => payment.status === "SUCCEEDED");
  return (
    <ConfirmDialog
      title={`Cancel order ${order.number}?`}
      keepLabel="Keep order"
      confirmLabel="Cancel order"
      busy={loading}
      problem={errors[0]?.message ?? null}
      onClose={onClose}
      returnFocus={returnFocus}
      onConfirm={() =>
        void run({ status: "CANCELLED", reason: "Cancelled by staff" }).then((moved) => moved && onClose())
      }
    >
      {order.status === "PAID" && (
        <p>
          <strong>{formatPrice(paid?.amount ?? order.total)} will be refunded</strong> to{" "}
          {order.user?.name ?? "the guest"}&rsquo;s card.
        </p>
      )}
      <p>The items go back on sale. This cannot be undone.</p>
    </ConfirmDialog>
  );
}

function Actions({ order }: { order: Order }) {
  const actions = ADMIN_TRANSITIONS[order.status];
  const [params, setParams] = useSearchParams();
  // The list's "Mark shipped" comes here with ?ship=1 to ask for the carrier and tracking number.
  const [open, setOpen] = useState<"ship" | "cancel" | null>(() =>
    params.get("ship") === "1" && actions.some((action) => action.to === "SHIPPED") ? "ship" : null,
  );
  const close = () => {
    setOpen(null);
    if (params.has("ship")) setParams({}, { replace: true });
  };
  const direct = useStatusUpdate(order);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="panel" aria-labelledby="order-actions-title">
      <h3 id="order-actions-title" className="panel__title" ref={heading} tabIndex={-1}>
        Actions
      </h3>
      {actions.length === 0 ? (
        <p className="muted">This order can change no more.</p>
      ) : (
        <div className="transitions">
          {actions.map((action) => (
            <button
              key={action.to}
              type="button"
              className={`button button--small ${action.to === "CANCELLED" ? "button--danger-quiet" : "button--secondary"}`}
              disabled={direct.loading}
              onClick={() => {
                direct.clear();
                if (action.to === "SHIPPED") setOpen("ship");
                else if (action.to === "CANCELLED") setOpen("cancel");
                else void direct.run({ status: action.to });
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      {direct.errors[0] && (
        <p className="field__error" role="alert">
          {direct.errors[0].message}
        </p>
      )}
      {open === "ship" && <ShipDialog order={order} onClose={close} returnFocus={heading} />}
      {open === "cancel" && <CancelDialog order={order} onClose={close} returnFocus={heading} />}
    </section>
  );
}

function Lines({ order }: { order: Order }) {
  return (
    <section className="panel" aria-labelledby="order-lines-title">
      <h3 id="order-lines-title" className="panel__title">
        Items
      </h3>
      {/* Focusable: on a phone the table scrolls sideways, by keyboard too. */}
      <div className="table-wrap" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col" className="num">
                Unit price
              </th>
              <th scope="col" className="num">
                Qty
              </th>
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.sku}>
                <th scope="row">
                  {line.productName}
                  <div className="muted small">{line.variantTitle}</div>
                </th>
                <td className="small">{line.sku}</td>
                <td className="num">{formatPrice(line.unitPrice)}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{formatPrice(line.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="num">
                Subtotal
              </th>
              <td className="num">{formatPrice(order.subtotal)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={4} className="num">
                Total
              </th>
              <td className="num">
                <strong>{formatPrice(order.total)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function Payments({ order, refresh }: { order: Order; refresh: Refresh }) {
  const unsettled = order.refunds.some((refund) => refund.status !== "SUCCEEDED");
  return (
    <section className="panel" aria-labelledby="order-payments-title">
      <h3 id="order-payments-title" className="panel__title">
        Payments and refunds
      </h3>
      {order.payments.length === 0 ? (
        <p className="muted">No payment attempt yet.</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="table" aria-label="Payments">
            <thead>
              <tr>
                <th scope="col">Payment</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Provider reference</th>
                <th scope="col">Failure</th>
              </tr>
            </thead>
            <tbody>
              {order.payments.map((payment) => (
                <tr key={payment.id} data-testid="payment">
                  <th scope="row">{when(payment.createdAt)}</th>
                  <td>{PAYMENT_LABELS[payment.status]}</td>
                  <td className="num">{formatPrice(payment.amount)}</td>
                  <td className="small">
                    {payment.provider}
                    {payment.reference && <div className="muted">{payment.reference}</div>}
                  </td>
                  <td className="small">{payment.failureCode ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {order.refunds.length > 0 && (
        <div className="table-wrap order-admin__refunds" tabIndex={0}>
          <table className="table" aria-label="Refunds">
            <thead>
              <tr>
                <th scope="col">Refund</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Refunded</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {order.refunds.map((refund) => (
                <tr key={refund.id} data-testid="refund">
                  <th scope="row">
                    {when(refund.createdAt)}
                    {refund.reference && <div className="muted small">{refund.reference}</div>}
                  </th>
                  <td>{REFUND_LABELS[refund.status]}</td>
                  <td className="num">{formatPrice(refund.amount)}</td>
                  <td>{when(refund.refundedAt)}</td>
                  <td className="small">{refund.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unsettled && (
        // The provider is asked after the cancellation commits, and retried later: no live feed.
        <button type="button" className="link-button" disabled={refresh.loading} onClick={refresh.run}>
          Check the refund again
        </button>
      )}
    </section>
  );
}

function History({ order }: { order: Order }) {
  return (
    <section className="panel" aria-labelledby="order-history-title">
      <h3 id="order-history-title" className="panel__title">
        History
      </h3>
      <div className="table-wrap" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {order.statusHistory.map((change) => (
              <tr key={`${change.at}-${change.to}`} data-testid="history">
                <th scope="row">{when(change.at)}</th>
                <td>
                  {change.from ? `${statusLabel(change.from)} → ${statusLabel(change.to)}` : statusLabel(change.to)}
                </td>
                <td>{actor(change.by, order)}</td>
                <td className="small">{change.reason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OrderDetail({ order, refresh }: { order: Order; refresh: Refresh }) {
  const address = order.shippingAddress;
  return (
    <>
      <div className="admin__toolbar">
        <h2 className="admin__title">Order {order.number}</h2>
        <StatusBadge status={order.status} />
      </div>
      <p className="muted order-admin__placed">
        Placed {formatDate(order.createdAt, true)}
        {order.paidAt && <> · paid {formatDate(order.paidAt, true)}</>}
      </p>
      <Actions order={order} />
      <div className="order-admin__layout">
        <div>
          <Lines order={order} />
          <Payments order={order} refresh={refresh} />
          <History order={order} />
        </div>
        <div>
          <section className="panel" aria-labelledby="order-customer-title">
            <h3 id="order-customer-title" className="panel__title">
              Customer
            </h3>
            <p>{order.user?.name ?? "Guest"}</p>
            <p className="muted small">{order.user?.email}</p>
          </section>
          <section className="panel" aria-labelledby="order-address-title">
            <h3 id="order-address-title" className="panel__title">
              Shipping address
            </h3>
            <PostalAddress address={address} />
          </section>
          <section className="panel" aria-labelledby="order-shipment-title">
            <h3 id="order-shipment-title" className="panel__title">
              Shipment
            </h3>
            {order.shipment ? (
              <dl className="order-admin__facts" data-testid="shipment">
                <dt>Carrier</dt>
                <dd>{order.shipment.carrier}</dd>
                <dt>Tracking number</dt>
                <dd>{order.shipment.trackingNumber}</dd>
                <dt>Shipped</dt>
                <dd>{when(order.shipment.shippedAt)}</dd>
              </dl>
            ) : (
              <p className="muted">
                {order.status === "SHIPPED" || order.status === "DELIVERED"
                  ? "Shipped without a carrier or tracking number."
                  : "Not shipped yet."}
              </p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

export function OrderAdmin() {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(AdminOrderDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const order = data?.order;
  return (
    <section className="order-admin">
      <Link to="/admin/orders" className="back-link">
        ← All orders
      </Link>
      {loading && !order ? (
        <Spinner label="Loading the order" />
      ) : order ? (
        <OrderDetail order={order} refresh={{ run: () => void refetch(), loading }} />
      ) : errorCode(error) === "NOT_FOUND" || !error ? (
        <EmptyState title="Order not found">
          <p>No order has this id.</p>
        </EmptyState>
      ) : (
        <ErrorState error={error} onRetry={() => void refetch()} />
      )}
    </section>
  );
}
