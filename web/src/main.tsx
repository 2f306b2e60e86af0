import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./apollo/client";
import { AuthProvider } from "./auth/AuthProvider";
import { session } from "./auth/session";
import { attachGuestCart } from "./cart/attach";
import { guestCartId } from "./cart/cart-id";
import { toasts } from "./components/Toasts";
import { AppRoutes } from "./routes";
import "./styles/global.css";

const client = createApolloClient(session);
guestCartId.watchOtherTabs();

/** The guest cart joins the account's cart; what could not move as it was is named in a toast. */
async function attachOnSignIn(): Promise<void> {
  const { notices } = await attachGuestCart(client, guestCartId);
  if (notices.length > 0) {
    toasts.show({
      message: `Some items could not be moved to your cart as they were: ${notices.join(" ")}`,
      tone: "error",
      link: { to: "/cart", label: "View cart" },
    });
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AuthProvider session={session} afterSignIn={attachOnSignIn}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  </StrictMode>,
);
