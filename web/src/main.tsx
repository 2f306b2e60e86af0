import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./apollo/client";
import { AuthProvider } from "./auth/AuthProvider";
import { session } from "./auth/session";
import { attachGuestCart } from "./cart/attach";
import { guestCartId } from "./cart/cart-id";
import { toasts } from "./components/Toasts";
import { AppRoutes } from "./routes";
import { readServerState } from "./ssr/state";
import "./styles/global.css";

const client = createApolloClient(session);
// A server-rendered page brings its queries' answers: the cache starts with them, so hydrating
// asks the gateway nothing the page already shows.
const serverState = readServerState();
if (serverState) client.cache.restore(serverState);
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

const shop = (
  <StrictMode>
    <ApolloProvider client={client}>
      <AuthProvider session={session} afterSignIn={attachOnSignIn}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  </StrictMode>
);
const root = document.getElementById("root")!;
if (serverState) hydrateRoot(root, shop);
else createRoot(root).render(shop);
