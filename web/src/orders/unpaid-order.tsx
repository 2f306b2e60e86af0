import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { CardOptions, DEFAULT_CARD } from "../checkout/payment";
import { ConfirmDialog } from "../components/ConfirmDialog";
import {
  CancelOrderDocument,
  PayGuestOrderDocument,
  PayOrderDocument,
  type OrderDetailFragment,
} from "../gql/shop/graphql";
import { describeError } from "../lib/errors";

interface PayOrderFormProps {
  order: OrderDetailFragment;
  title: string;
  submitLabel: string;
  /** Why the last payment failed, when the page that shows the form knows it (a declined card). */
  initialProblem?: string | null;
  initialCard?: string;
  onPaid?: (order: OrderDetailFragment) => void;
  /** A guest's order: the token of its link, which pays it (payGuestOrder) instead of the account. */
  guestToken?: string;
}

/** Pays an order waiting for payment with a test card; a refused card says why and may be retried. */
export function PayOrderForm({
  order,
  title,
  submitLabel,
  initialProblem,
  initialCard,
  onPaid,
  guestToken,
}: PayOrderFormProps) {
  const [payOrder, paying] = useMutation(PayOrderDocument);
  const [payGuestOrder, payingAsGuest] = useMutation(PayGuestOrderDocument);
  const loading = paying.loading || payingAsGuest.loading;
  const pay = async (paymentToken: string) =>
    guestToken
      ? (await payGuestOrder({ variables: { token: guestToken, paymentToken } })).data?.payGuestOrder
      : (await payOrder({ variables: { orderId: order.id, paymentToken } })).data?.payOrder;
  const [token, setToken] = useState(initialCard ?? DEFAULT_CARD);
  const [problem, setProblem] = useState<string | null>(initialProblem ?? null);
  const titleId = useId();
  return (
    <form
      className="panel"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        pay(token)
          .then((payload) => {
            const paid = payload?.order;
            if (payload && payload.userErrors.length === 0 && paid && paid.status !== "PENDING_PAYMENT") {
              onPaid?.(paid);
            } else {
              setProblem(payload?.userErrors[0]?.message ?? "The payment did not go through. Try again.");
            }
          })
          .catch((error: unknown) => setProblem(describeError(error)));
      }}
    >
      <h2 id={titleId} className="panel__title">
        {title}
      </h2>
      <fieldset disabled={loading} aria-describedby={problem ? "payment-error" : undefined}>
        <legend className="visually-hidden">Card</legend>
        <CardOptions value={token} onChange={setToken} />
      </fieldset>
      {problem && (
        <p id="payment-error" className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? "Paying…" : submitLabel}
      </button>
    </form>
  );
}

/** Cancels one of the shopper's orders, after asking: that cannot be undone (a paid order is refunded). */
export function CancelOrderButton({
  order,
  onCancelled,
}: {
  order: OrderDetailFragment;
  onCancelled?: (order: OrderDetailFragment) => void;
}) {
  const [cancel, { loading }] = useMutation(CancelOrderDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  return (
    <div className="order__cancel">
      <button
        type="button"
        className="button button--danger-quiet"
        disabled={loading}
        onClick={() => {
          setProblem(null);
          setAsking(true);
        }}
      >
        Cancel order
      </button>
      {asking && (
        <ConfirmDialog
          title={`Cancel order ${order.number}?`}
          keepLabel="Keep order"
          confirmLabel="Yes, cancel order"
          busy={loading}
          problem={problem}
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setProblem(null);
            cancel({ variables: { orderId: order.id, reason: "Cancelled by the customer" } })
              .then(({ data }) => {
                const payload = data?.cancelOrder;
                if (payload?.order && payload.userErrors.length === 0) {
                  setAsking(false);
                  onCancelled?.(payload.order);
                } else setProblem(payload?.userErrors[0]?.message ?? "The order could not be cancelled.");
              })
              .catch((error: unknown) => setProblem(describeError(error)));
          }}
        >
          <p>
            {order.status === "PAID"
              ? "Your payment is refunded and this cannot be undone."
              : "Its items go back on sale; this cannot be undone."}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
