import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { useCart, type CartView } from "../cart/use-cart";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { UnpaidOrdersDocument, type OrderDetailFragment } from "../gql/shop/graphql";
import { formatPrice } from "../lib/money";
import { OrderFigures } from "../orders/order-figures";
import { CancelOrderButton, PayOrderForm } from "../orders/unpaid-order";
import { CheckoutForm, type UnpaidOrder } from "./CheckoutForm";
import { SummaryDetails } from "./summary-toggle";

function heldUntil(order: OrderDetailFragment): string {
  if (!order.expiresAt) return "We are holding your items for you.";
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: "short" }).format(new Date(order.expiresAt));
  return `We are holding your items until ${time}; after that the order is cancelled.`;
}

/** An order placed and not paid: pay it, or cancel it to let its items go. */
function UnpaidOrderPanel({
  unpaid,
  cartHasItems,
  onCancelled,
}: {
  unpaid: UnpaidOrder;
  cartHasItems: boolean;
  onCancelled: () => void;
}) {
  const navigate = useNavigate();
  const { order } = unpaid;
  const address = order.shippingAddress;
  return (
    <div className="checkout__layout">
      <div className="checkout__main">
        <section className="panel" aria-labelledby="unpaid-title">
          <h2 id="unpaid-title" className="panel__title">
            Order {order.number} is waiting for payment
          </h2>
          <p>{heldUntil(order)}</p>
          <p>
            Shipping to {address.name}, {address.line1}, {address.city}.
          </p>
          {cartHasItems && (
            <p className="muted">
              Your cart holds more items: you can check them out once this order is paid or cancelled.
            </p>
          )}
          <CancelOrderButton order={order} onCancelled={onCancelled} />
        </section>
        <PayOrderForm
          key={order.id}
          order={order}
          title="Payment"
          submitLabel="Pay now"
          initialProblem={unpaid.problem}
          initialCard={unpaid.paymentToken}
          onPaid={(paid) => void navigate(`/orders/${paid.id}?placed=1`, { replace: true })}
        />
      </div>
      <aside className="summary" aria-label="Order summary">
        <h2 className="summary__title">Your order</h2>
        <SummaryDetails>
          <ul className="summary__lines">
            {order.lines.map((line) => (
              <li key={line.sku} className="summary__line">
                <span className="summary__line-name">
                  {line.quantity} × {line.productName} <span className="muted">({line.variantTitle})</span>
                </span>
                <span>{formatPrice(line.lineTotal)}</span>
              </li>
            ))}
          </ul>
        </SummaryDetails>
        <dl className="summary__rows">
          <OrderFigures order={order} />
        </dl>
      </aside>
    </div>
  );
}

/**
 * Checkout of a signed-in shopper's cart. An order of theirs still waiting for payment comes
 * first, whether it was just declined or left behind by a reload: it is paid or cancelled before
 * anything new is placed, so the same cart never becomes two unpaid orders holding stock.
 */
export function Checkout({ cart: current }: { cart: CartView }) {
  const orders = useQuery(UnpaidOrdersDocument, { fetchPolicy: "network-only" });
  const [handedOver, setHandedOver] = useState<UnpaidOrder | null>(null);
  // placeOrder empties the cart (the cache shows it at once); while the order is being placed and
  // paid, the page keeps showing the cart as it was when the shopper placed it.
  const [placing, setPlacing] = useState<CartView | null>(null);
  const cart = placing ?? current;
  const found = orders.data?.me?.orders?.nodes.find((order) => order.status === "PENDING_PAYMENT");
  const unpaid = handedOver ?? (found ? { order: found, problem: null } : null);

  if (!orders.data && orders.loading) return <Spinner label="Loading checkout" />;
  if (!orders.data && orders.error) return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  let content;
  if (unpaid) {
    content = (
      <UnpaidOrderPanel
        unpaid={unpaid}
        cartHasItems={current.lines.length > 0}
        onCancelled={() => {
          setHandedOver(null);
          void orders.refetch();
        }}
      />
    );
  } else if (cart.lines.length === 0) {
    return (
      <EmptyState
        title="Nothing to check out"
        action={
          <Link to="/" className="button button--primary">
            Browse the shop
          </Link>
        }
      >
        <p>Your cart is empty.</p>
      </EmptyState>
    );
  } else {
    content = (
      <CheckoutForm
        cart={cart}
        onUnpaid={setHandedOver}
        onPlacing={(started) => setPlacing(started ? current : null)}
      />
    );
  }
  return (
    <div className="checkout">
      <h1 className="page-title">Checkout</h1>
      {content}
    </div>
  );
}

/** A shopper without an account: the guest cart ordered for an e-mail address (placeGuestOrder). */
export function GuestCheckout({ cart: current }: { cart: CartView }) {
  // As for a shopper: the page keeps the cart as it was placed while the order is placed and paid.
  const [placing, setPlacing] = useState<CartView | null>(null);
  const cart = placing ?? current;
  if (cart.lines.length === 0) {
    return (
      <EmptyState
        title="Nothing to check out"
        action={
          <Link to="/" className="button button--primary">
            Browse the shop
          </Link>
        }
      >
        <p>Your cart is empty.</p>
      </EmptyState>
    );
  }
  return (
    <div className="checkout">
      <h1 className="page-title">Checkout</h1>
      <p className="checkout__account">
        Have an account? <Link to="/signin?next=/checkout">Sign in</Link>: your cart comes with you.
      </p>
      <CheckoutForm
        guest
        cart={cart}
        // A guest's unpaid order opens at its link, where it is paid: nothing to hand over here.
        onUnpaid={() => undefined}
        onPlacing={(started) => setPlacing(started ? current : null)}
      />
    </div>
  );
}

export default function CheckoutPage() {
  const { status } = useAuth();
  const { cart, loading, error, refetch } = useCart();
  if (loading || status === "loading") return <Spinner label="Loading your cart" />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  return status === "signedIn" ? <Checkout cart={cart} /> : <GuestCheckout cart={cart} />;
}
