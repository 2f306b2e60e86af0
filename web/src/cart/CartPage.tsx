import { useState } from "react";
import { Link } from "react-router";
import { QuantityPicker } from "../components/QuantityPicker";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { describeError } from "../lib/errors";
import { formatPrice } from "../lib/money";
import { CartTotals } from "./CartTotals";
import { useCart, type CartLineView } from "./use-cart";

function CartLine({ line, onProblem }: { line: CartLineView; onProblem: (message: string | null) => void }) {
  const { update, remove } = useCart();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<readonly { message: string }[]>) => {
    setBusy(true);
    onProblem(null);
    try {
      const errors = await action();
      if (errors.length > 0) onProblem(errors.map((error) => error.message).join(" "));
    } catch (error) {
      onProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`cart-line${line.available ? "" : " cart-line--unavailable"}`} aria-busy={busy}>
      <Link to={`/products/${line.productSlug}`} className="cart-line__image" tabIndex={-1} aria-hidden="true">
        <img src={line.image ?? `/images/products/${line.productSlug}.svg`} alt="" width={96} height={96} />
      </Link>
      <div className="cart-line__info">
        <h2 className="cart-line__name">
          <Link to={`/products/${line.productSlug}`}>{line.productName}</Link>
        </h2>
        <p className="cart-line__variant">{line.variantTitle}</p>
        {line.unitPrice && <p className="cart-line__unit">{formatPrice(line.unitPrice)} each</p>}
        {!line.available && (
          <p className="cart-line__warning" role="status">
            {line.stock
              ? `Only ${line.stock} left: lower the quantity to order it.`
              : "Out of stock: remove it to check out."}
          </p>
        )}
      </div>
      <div className="cart-line__controls">
        <QuantityPicker
          itemName={line.productName}
          value={line.quantity}
          max={line.stock}
          disabled={busy}
          onChange={(quantity) => void run(() => update(line.id, quantity))}
        />
        <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => remove(line.id))}>
          Remove<span className="visually-hidden"> {line.productName}</span>
        </button>
      </div>
      <p className="cart-line__total">{line.lineTotal ? formatPrice(line.lineTotal) : "—"}</p>
    </li>
  );
}

export default function CartPage() {
  const { cart, signedIn, loading, error, refetch } = useCart();
  const [problem, setProblem] = useState<string | null>(null);

  if (loading) return <Spinner label="Loading your cart" />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  if (cart.lines.length === 0) {
    return (
      <EmptyState
        title="Your cart is empty"
        action={
          <Link to="/" className="button button--primary">
            Start shopping
          </Link>
        }
      >
        <p>Everything you add shows up here, even before you sign in.</p>
      </EmptyState>
    );
  }
  const blocked = cart.lines.some((line) => !line.available);
  return (
    <div className="cart">
      <h1 className="page-title">Your cart</h1>
      <div className="cart__layout">
        <section aria-label="Items">
          {problem && (
            <p className="form-errors" role="alert">
              {problem}
            </p>
          )}
          <ul className="cart-lines">
            {cart.lines.map((line) => (
              <CartLine key={line.id} line={line} onProblem={setProblem} />
            ))}
          </ul>
        </section>
        <aside className="summary" aria-label="Order summary">
          <h2 className="summary__title">Summary</h2>
          <CartTotals cart={cart} />
          {signedIn ? (
            blocked ? (
              <p className="summary__blocked" role="status">
                Some items are not available in the quantity you chose.
              </p>
            ) : (
              <Link to="/checkout" className="button button--primary button--wide">
                Check out
              </Link>
            )
          ) : (
            <>
              <Link to="/signin?next=/checkout" className="button button--primary button--wide">
                Sign in to check out
              </Link>
              <Link to="/checkout" className="button button--secondary button--wide">
                Check out as a guest
              </Link>
              <p className="summary__note">
                New here? <Link to="/signup?next=/checkout">Create an account</Link> — your cart comes with you.
              </p>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
