import { ApolloProvider } from "@apollo/client/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import AuthPage from "../src/auth/AuthPage";
import { AuthProvider } from "../src/auth/AuthProvider";
import { SIGNED_IN_KEY, Session } from "../src/auth/session";
import { attachGuestCart } from "../src/cart/attach";
import { GuestCartId } from "../src/cart/cart-id";
import { money, scriptedClient } from "./apollo";

const GUEST_CART = "6f1c2d3e-4a5b-4c6d-8e7f-901234567890";
const viewer = { __typename: "User", id: "u1", name: "Ada", email: "ada@example.com", role: "CUSTOMER" };
const tokens = {
  __typename: "AuthPayload",
  accessToken: "access-1",
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: viewer,
  userErrors: [],
};

describe("signing in", () => {
  it("attaches the guest cart to the account before the page asks for anything as the new user", async () => {
    const cart = new GuestCartId();
    cart.set(GUEST_CART);
    let signedIn = false;
    const server = scriptedClient((op) => {
      switch (op.operationName) {
        case "Me":
          return { data: { me: signedIn ? viewer : null } };
        case "Login":
          signedIn = true;
          return { data: { login: tokens } };
        case "CartAttach":
          return {
            data: {
              cartAttach: {
                __typename: "CartPayload",
                cart: { __typename: "Cart", id: "account-cart", totalQuantity: 2, subtotal: money(5000), lines: [] },
                userErrors: [],
                warnings: [],
              },
            },
          };
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    const session = new Session({
      endpoint: "/graphql",
      fetch: () => Promise.reject(new Error("no refresh expected")),
    });
    const user = userEvent.setup();
    render(
      <ApolloProvider client={server.client}>
        <AuthProvider session={session} afterSignIn={() => attachGuestCart(server.client, cart).then(() => undefined)}>
          <MemoryRouter initialEntries={["/signin?next=/checkout"]}>
            <Routes>
              <Route path="/signin" element={<AuthPage mode="signin" />} />
              <Route path="/checkout" element={<p>Checkout page</p>} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </ApolloProvider>,
    );

    await user.type(await screen.findByLabelText("Email"), "ada@example.com");
    await user.type(screen.getByLabelText("Password"), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText("Checkout page")).toBeTruthy();
    expect(server.operations.map((op) => op.operationName)).toEqual(["Me", "Login", "CartAttach", "Me"]);
    expect(server.named("CartAttach")[0]?.variables).toEqual({ cartId: GUEST_CART });
    // From now on the shop shows the account cart: the guest cart's id is forgotten.
    expect(cart.get()).toBeNull();
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBe("1");
  });

  it("shows a wrong password next to the form and keeps the guest cart", async () => {
    const cart = new GuestCartId();
    cart.set(GUEST_CART);
    const server = scriptedClient((op) =>
      op.operationName === "Me"
        ? { data: { me: null } }
        : {
            data: {
              login: {
                ...tokens,
                accessToken: null,
                accessTokenExpiresAt: null,
                user: null,
                userErrors: [
                  {
                    __typename: "AccountUserError",
                    field: ["input", "password"],
                    code: "INVALID_CREDENTIALS",
                    message: "Wrong email or password",
                  },
                ],
              },
            },
          },
    );
    const user = userEvent.setup();
    render(
      <ApolloProvider client={server.client}>
        <AuthProvider
          session={new Session({ endpoint: "/graphql" })}
          afterSignIn={() => attachGuestCart(server.client, cart).then(() => undefined)}
        >
          <MemoryRouter initialEntries={["/signin"]}>
            <AuthPage mode="signin" />
          </MemoryRouter>
        </AuthProvider>
      </ApolloProvider>,
    );
    await user.type(await screen.findByLabelText("Email"), "ada@example.com");
    await user.type(screen.getByLabelText("Password"), "not it at all");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const message = await screen.findByText("Wrong email or password");
    expect(screen.getByLabelText("Password").getAttribute("aria-describedby")).toContain(message.id);
    expect(server.named("CartAttach")).toEqual([]);
    expect(cart.get()).toBe(GUEST_CART);
  });
});
