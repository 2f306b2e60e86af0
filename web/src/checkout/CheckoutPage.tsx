import { Link } from "react-router";
import { useCart } from "../cart/use-cart";
import { EmptyState, ErrorState, Spinner } from "../components/States";
import { CheckoutForm } from "./CheckoutForm";

export default function CheckoutPage() {
  const { cart, loading, error, refetch } = useCart();
  if (loading) return <Spinner label="Loading your cart" />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
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
      <CheckoutForm cart={cart} />
    </div>
  );
}
