import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { AuthProvider } from "../src/auth/AuthProvider";
import { Session } from "../src/auth/session";
import { CART_ID_KEY, guestCartId } from "../src/cart/cart-id";
import { useCart } from "../src/cart/use-cart";
import { scriptedClient, teeCart, type Responder } from "./apollo";

const CART_ID = "Cart_C16PCjwdTi-aa3yNng8aKw";

const cart = (quantity: number) => teeCart(CART_ID, quantity);
const change = (quantity: number, warnings: unknown[] = []) => ({
  __typename: "CartPayload",
  cart: cart(quantity),
  userErrors: [],
  warnings,
});

function CartButton() {
  const { cart: shown, add } = useCart();
  const [problems, setProblems] = useState("");
  const addTee = async () => {
    const errors = await add({ variantId: "v-tee", productName: "Tee" }, 2);
    setProblems(errors.map((error) => error.message).join(" "));
  };
  return (
    <>
      <p>{`${shown.totalQuantity} in cart`}</p>
      <p>{shown.subtotal ? `subtotal ${shown.subtotal.amountCents}` : "no subtotal"}</p>
      <p role="status">{problems}</p>
      <button type="button" onClick={() => void addTee()}>
        Add
      </button>
    </>
  );
}

function renderCart(respond: Responder) {
  const server = scriptedClient((op) => (op.operationName === "Me" ? { data: { me: null } } : respond(op)));
  render(
    <ApolloProvider client={server.client}>
      <AuthProvider session={new Session({ endpoint: "/graphql" })}>
        <CartButton />
      </AuthProvider>
    </ApolloProvider>,
  );
  return server;
}

beforeEach(() => guestCartId.clear());

describe("a guest's cart", () => {
  it("is made on the server at the first add; the browser keeps its id only, and later adds name it", async () => {
    const user = userEvent.setup();
    const server = renderCart((op) => {
      switch (op.operationName) {
        case "CartCreate":
          return { data: { cartCreate: change(2) } };
        case "Cart":
          return { data: { cart: cart(2) } };
        case "CartLinesAdd":
          return {
            data: {
              cartLinesAdd: change(3, [
                { __typename: "CartWarning", code: "LINE_MERGED", message: "merged", target: "line-1" },
                { __typename: "CartWarning", code: "QUANTITY_REDUCED", message: "cut", target: "line-1" },
              ]),
            },
          };
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    await user.click(await screen.findByRole("button", { name: "Add" }));
    await screen.findByText("2 in cart");
    expect(screen.getByText("subtotal 5000")).toBeTruthy();
    expect(server.named("CartCreate")[0]?.variables).toEqual({
      input: { lines: [{ variantId: "v-tee", quantity: 2 }] },
    });
    expect({ ...localStorage }).toEqual({ [CART_ID_KEY]: CART_ID });

    await user.click(screen.getByRole("button", { name: "Add" }));
    await screen.findByText("3 in cart");
    expect(server.named("CartLinesAdd")[0]?.variables).toEqual({
      cartId: CART_ID,
      lines: [{ variantId: "v-tee", quantity: 2 }],
    });
    expect(screen.getByRole("status").textContent).toBe("Only 3 of Tee can be in your cart: it holds 3 now.");
    expect(server.named("CartCreate")).toHaveLength(1);
  });

  it("whose id the server no longer knows is forgotten, and the next add makes a new one", async () => {
    guestCartId.set(CART_ID);
    const user = userEvent.setup();
    const server = renderCart((op) => {
      switch (op.operationName) {
        case "Cart":
          return { data: { cart: op.variables["id"] === CART_ID ? null : cart(2) } };
        case "CartCreate":
          return {
            data: { cartCreate: { ...change(2), cart: { ...cart(2), id: "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a" } } },
          };
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    await waitFor(() => expect(guestCartId.get()).toBeNull());
    await user.click(screen.getByRole("button", { name: "Add" }));
    await waitFor(() => expect(guestCartId.get()).toBe("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"));
    expect(server.named("CartLinesAdd")).toEqual([]);
  });
});
