import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./apollo/client";
import { AuthProvider } from "./auth/AuthProvider";
import { session } from "./auth/session";
import { guestCart } from "./cart/guest-cart";
import { mergeGuestCart } from "./cart/merge";
import { toasts } from "./components/Toasts";
import { AppRoutes } from "./routes";
import "./styles/global.css";

const client = createApolloClient(session);
guestCart.watchOtherTabs();

/** The guest cart joins the account's cart; lines the server refused are named in a toast. */
async function mergeOnSignIn(): Promise<void> {
  const { problems } = await mergeGuestCart(client, guestCart);
  if (problems.length > 0) {
    toasts.show({
      message: `Some items could not be moved to your cart: ${problems.join(" ")}`,
      tone: "error",
      link: { to: "/cart", label: "View cart" },
    });
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AuthProvider session={session} afterSignIn={mergeOnSignIn}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  </StrictMode>,
);
