import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import { AuthProvider } from "../src/auth/AuthProvider";
import { Session } from "../src/auth/session";
import CartPage from "../src/cart/CartPage";
import { guestCartId } from "../src/cart/cart-id";
import { CHECKOUT_ADDRESS_KEY } from "../src/checkout/address";
import { CHECKOUT_COUPON_KEY } from "../src/checkout/address-draft";
import { cartTotals, scriptedClient, teeCart, type Responder } from "./apollo";

const CART_ID = "Cart_C16PCjwdTi-aa3yNng8aKw";

const cart = (quantity: number) => teeCart(CART_ID, quantity, 9);

function renderCartPage(respond: Responder) {
  const server = scriptedClient((op) => (op.operationName === "Me" ? { data: { me: null } } : respond(op)));
  render(
    <ApolloProvider client={server.client}>
      <AuthProvider session={new Session({ endpoint: "/graphql" })}>
        <MemoryRouter>
          <CartPage />
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
  return server;
}

/** The summary's rows as "term: value" lines. */
async function summaryRows(): Promise<string[]> {
  const summary = await screen.findByRole("complementary", { name: "Order summary" });
  return within(summary)
    .getAllByRole("term")
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

beforeEach(() => guestCartId.set(CART_ID));

describe("the cart page's summary", () => {
  it("shows Cart.totals' discount and tax lines for the checkout's country and accepted coupon, no shipping", async () => {
    sessionStorage.setItem(CHECKOUT_ADDRESS_KEY, JSON.stringify({ country: "DE" }));
    sessionStorage.setItem(CHECKOUT_COUPON_KEY, "SAVE10");
    const server = renderCartPage((op) => {
      switch (op.operationName) {
        case "Cart":
          return { data: { cart: cart(2) } };
        case "CheckoutTotals":
          return cartTotals({ subtotal: 5000, discount: 500, tax: 719, couponCode: "SAVE10", cartId: CART_ID });
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    await waitFor(async () =>
      expect(await summaryRows()).toEqual([
        "Items: 2",
        "Subtotal: $50.00",
        "Discount (SAVE10): −$5.00",
        "Included tax: $7.19",
        "Total before shipping: $45.00",
      ]),
    );
    expect(server.named("CheckoutTotals")[0]?.variables).toEqual({
      cartId: CART_ID,
      input: { country: "DE", couponCode: "SAVE10" },
    });
    expect(screen.getByText("Tax for Germany. Shipping is chosen at checkout.")).toBeTruthy();
  });

  it("adds tax to the total for tax-exclusive prices, and prices the cart again when its lines change", async () => {
    let quantity = 1;
    const server = renderCartPage((op) => {
      switch (op.operationName) {
        case "Cart":
          return { data: { cart: cart(quantity) } };
        case "CartLinesUpdate":
          quantity = 2;
          return {
            data: { cartLinesUpdate: { __typename: "CartPayload", cart: cart(2), userErrors: [], warnings: [] } },
          };
        case "CheckoutTotals":
          return cartTotals({
            subtotal: 2500 * quantity,
            tax: 475 * quantity,
            pricesIncludeTax: false,
            cartId: CART_ID,
          });
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    await waitFor(async () =>
      expect(await summaryRows()).toEqual([
        "Items: 1",
        "Subtotal: $25.00",
        "Tax: $4.75",
        "Total before shipping: $29.75",
      ]),
    );
    // No coupon accepted in this tab, and the shop's default country before an address is typed.
    expect(server.named("CheckoutTotals")[0]?.variables).toEqual({
      cartId: CART_ID,
      input: { country: "US", couponCode: null },
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Increase quantity" }));
    await waitFor(async () =>
      expect(await summaryRows()).toEqual([
        "Items: 2",
        "Subtotal: $50.00",
        "Tax: $9.50",
        "Total before shipping: $59.50",
      ]),
    );
  });

  it("shows the cart's own subtotal when Cart.totals cannot answer", async () => {
    renderCartPage((op) => {
      switch (op.operationName) {
        case "Cart":
          return { data: { cart: cart(1) } };
        case "CheckoutTotals":
          return { errors: [{ message: "orders is down" }] };
        default:
          throw new Error(`unexpected ${op.operationName}`);
      }
    });
    await waitFor(async () => expect(await summaryRows()).toEqual(["Items: 1", "Subtotal: $25.00"]));
    expect(screen.getByText("Shipping and tax are worked out at checkout.")).toBeTruthy();
  });
});
