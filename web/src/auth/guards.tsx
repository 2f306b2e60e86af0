import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { EmptyState, Spinner } from "../components/States";
import { useAuth } from "./AuthProvider";

/** Signed-in shoppers only; others go to sign in and come back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === "loading") return <Spinner />;
  if (status === "signedOut") {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return children;
}

/** ADMIN role only. The API enforces it too; this keeps others from a page that cannot work. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { status, viewer } = useAuth();
  return (
    <RequireAuth>
      {status === "signedIn" && viewer?.role !== "ADMIN" ? (
        <EmptyState title="Admins only">
          <p>This part of the shop is for staff. Sign in with an admin account to use it.</p>
        </EmptyState>
      ) : (
        children
      )}
    </RequireAuth>
  );
}
