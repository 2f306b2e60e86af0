import { lazy, type ReactNode } from "react";
import { Route, Routes } from "react-router";
import { RequireAdmin, RequireAuth } from "./auth/guards";
import CatalogPage from "./catalog/CatalogPage";
import { Layout } from "./components/Layout";

// Every page but the catalog (the landing page) loads when it is first visited.
const ProductPage = lazy(() => import("./product/ProductPage"));
const CartPage = lazy(() => import("./cart/CartPage"));
const SignInPage = lazy(() => import("./auth/SignInPage"));
const SignUpPage = lazy(() => import("./auth/SignUpPage"));
const ForgotPasswordPage = lazy(() => import("./auth/ForgotPasswordPage"));
const ResetPasswordPage = lazy(() => import("./auth/ResetPasswordPage"));
const VerifyEmailPage = lazy(() => import("./auth/VerifyEmailPage"));
const AccountPage = lazy(() => import("./account/AccountPage"));
const CheckoutPage = lazy(() => import("./checkout/CheckoutPage"));
const OrdersPage = lazy(() => import("./orders/OrdersPage"));
const OrderPage = lazy(() => import("./orders/OrderPage"));
const GuestOrderPage = lazy(() => import("./orders/GuestOrderPage"));
const AdminApp = lazy(() => import("./admin/AdminApp"));
const NotFoundPage = lazy(() => import("./components/NotFoundPage"));

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CatalogPage />} />
        <Route path="products/:slug" element={<ProductPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        {/* Signed in or as a guest (an e-mail address instead of an account). */}
        <Route path="checkout" element={<CheckoutPage />} />
        <Route path="guest-order" element={<GuestOrderPage />} />
        <Route path="orders" element={signedIn(<OrdersPage />)} />
        <Route path="account" element={signedIn(<AccountPage />)} />
        <Route path="orders/:id" element={signedIn(<OrderPage />)} />
        <Route
          path="admin/*"
          element={
            <RequireAdmin>
              <AdminApp />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
