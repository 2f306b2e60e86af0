import { lazy, Suspense, useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { useCart } from "../cart/use-cart";
import { useTitleFromHeading } from "../lib/use-title-from-heading";
import { PageErrorBoundary } from "./PageErrorBoundary";
import { SearchBox } from "./SearchBox";
import { Spinner } from "./States";
import { Toaster } from "./Toasts";

// Only signed-in shoppers have a bell and an account menu: their code loads after sign-in.
const NotificationBell = lazy(() => import("../notifications/NotificationBell"));
const AccountMenu = lazy(() => import("./AccountMenu"));

function CartLink() {
  const count = useCart().cart.totalQuantity;
  return (
    <Link to="/cart" className="icon-button cart-link" aria-label={count > 0 ? `Cart, ${count} items` : "Cart, empty"}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          d="M5 8h14l-1.2 11.2a1 1 0 0 1-1 .8H7.2a1 1 0 0 1-1-.8Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
        <path d="M9 8V7a3 3 0 0 1 6 0v1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {count > 0 && (
        <span className="count-badge" data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  );
}

export function Layout() {
  const { status, viewer } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useTitleFromHeading(main);
  // A new page starts at the top; a new query string (filters, search) keeps the scroll.
  // (Block body: newer Chromium's scrollTo returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="Shopgraph, home">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Shopgraph</span>
          </Link>
          <SearchBox />
          <nav className="site-nav" aria-label="Account">
            {viewer?.role === "ADMIN" && (
              <NavLink to="/admin" className="site-nav__link">
                Admin
              </NavLink>
            )}
            {status === "signedIn" && (
              <Suspense>
                <NotificationBell />
              </Suspense>
            )}
            {status === "signedOut" && (
              <Link
                to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}
                className="site-nav__link"
              >
                Sign in
              </Link>
            )}
            {status === "signedIn" && viewer && (
              <Suspense>
                <AccountMenu name={viewer.name} />
              </Suspense>
            )}
            <CartLink />
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} ref={main}>
        <PageErrorBoundary path={location.pathname}>
          <Suspense fallback={<Spinner />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>Shopgraph — an open federation shop. Prices include VAT where applicable.</p>
      </footer>
      <Toaster />
    </>
  );
}
