import { Link } from "react-router";
import { EmptyState } from "./States";

export default function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Link to="/" className="button button--primary">
          Back to the shop
        </Link>
      }
    >
      <p>The page you asked for does not exist, or has moved.</p>
    </EmptyState>
  );
}
