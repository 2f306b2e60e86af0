import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import type { CartView } from "../src/cart/use-cart";
import { GuestCheckout } from "../src/checkout/CheckoutPage";
import GuestOrderPage from "../src/orders/GuestOrderPage";
import { cartTotals, money, orderFigures, orderFixture, scriptedClient, type Responder } from "./apollo";

const cart: CartView = {
  id: "guest-cart-1",
  totalQuantity: 1,
  subtotal: { amountCents: 2200, currency: "USD" },
  lines: [
    {
      id: "line-mug",
      variantId: "v-mug",
      quantity: 1,
      productSlug: "mug",
      productName: "Stoneware Mug",
      variantTitle: "Default",
      image: null,
      unitPrice: { amountCents: 2200, currency: "USD" },
      lineTotal: { amountCents: 2200, currency: "USD" },
      available: true,
      stock: 5,
    },
  ],
};
const order = (status = "PENDING_PAYMENT") => orderFixture({ status, subtotal: money(2200), total: money(2200) });
const checkoutError = (field: string[] | null, code: string, message: string) => ({
  __typename: "CheckoutUserError",
  field,
  code,
  message,
});
const placed = () => ({
  data: {
    placeGuestOrder: {
      __typename: "CheckoutPayload",
      order: order(),
      orderToken: "link-token.abc",
      priceChange: null,
      cart: null,
      userErrors: [],
    },
  },
});
const paid = (status = "PAID", userErrors: unknown[] = []) => ({
  data: { payGuestOrder: { __typename: "OrderPayload", order: order(status), userErrors } },
});

/** Where the app went: the guest order page's address. */
function Location() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

function renderGuestCheckout(respond: Responder) {
  const server = scriptedClient((op) =>
    op.operationName === "ShippingMethods"
      ? { data: { shippingMethods: [] } }
      : op.operationName === "CheckoutTotals"
        ? cartTotals({ subtotal: cart.subtotal?.amountCents ?? 0, cartId: cart.id ?? "" })
        : respond(op),
  );
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={["/checkout"]}>
        <Routes>
          <Route path="/checkout" element={<GuestCheckout cart={cart} />} />
          <Route path="/guest-order" element={<Location />} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

async function fillAddress(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Full name"), "Ada Lovelace");
  await user.type(screen.getByLabelText("Address"), "1 Analytical Way");
  await user.type(screen.getByLabelText("City"), "London");
  await user.type(screen.getByLabelText("Postal code"), "N1 9GU");
  await user.selectOptions(screen.getByLabelText("Country"), "GB");
}

describe("guest checkout", () => {
  it("asks for an e-mail address first, orders the guest cart for it, pays with the link's token and opens the order", async () => {
    const server = renderGuestCheckout((op) => (op.operationName === "PayGuestOrder" ? paid() : placed()));
    const user = userEvent.setup();
    // No account: no address book asked for.
    expect(screen.queryByRole("group", { name: "Ship to" })).toBeNull();
    await fillAddress(user);
    await user.click(screen.getByRole("button", { name: "Place order and pay" }));
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(email);
    await user.type(email, "ada@example");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    await user.type(email, ".com");
    expect(email.getAttribute("aria-invalid")).toBeNull();
    expect(server.named("PlaceGuestOrder")).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Place order and pay" }));
    expect((await screen.findByTestId("location")).textContent).toBe("/guest-order?token=link-token.abc&placed=1");
    const input = server.named("PlaceGuestOrder")[0]?.variables["input"];
    expect(input).toEqual({
      email: "ada@example.com",
      cartId: "guest-cart-1",
      idempotencyKey: expect.any(String),
      expectedTotal: { amountCents: 2200, currency: "USD" },
      shippingMethodId: null,
      couponCode: null,
      shippingAddress: {
        name: "Ada Lovelace",
        line1: "1 Analytical Way",
        line2: null,
        city: "London",
        postalCode: "N1 9GU",
        country: "GB",
      },
    });
    expect(server.named("PayGuestOrder")[0]?.variables).toEqual({ token: "link-token.abc", paymentToken: "tok_visa" });
    expect(server.named("PlaceOrder")).toEqual([]);
    expect(server.named("ShippingMethods")[0]?.variables).toEqual({ country: "US", cartId: "guest-cart-1" });
  });

  it("shows the server's objection to the address at the e-mail input", async () => {
    renderGuestCheckout(() => ({
      data: {
        placeGuestOrder: {
          __typename: "CheckoutPayload",
          order: null,
          orderToken: null,
          priceChange: null,
          cart: null,
          userErrors: [checkoutError(["input", "email"], "INVALID_EMAIL", "The e-mail address is not one")],
        },
      },
    }));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Email"), "ada@example.com");
    await fillAddress(user);
    await user.click(screen.getByRole("button", { name: "Place order and pay" }));
    const message = await screen.findByText("The e-mail address is not one");
    expect(screen.getByLabelText("Email").getAttribute("aria-describedby")).toContain(message.id);
    expect(screen.queryByTestId("location")).toBeNull();
  });

  it("a declined card still opens the order's page, where it is paid", async () => {
    renderGuestCheckout((op) =>
      op.operationName === "PayGuestOrder"
        ? paid("PENDING_PAYMENT", [
            { __typename: "OrderUserError", field: ["paymentToken"], code: "PAYMENT_DECLINED", message: "Declined" },
          ])
        : placed(),
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Email"), "ada@example.com");
    await fillAddress(user);
    await user.click(screen.getByRole("button", { name: "Place order and pay" }));
    expect((await screen.findByTestId("location")).textContent).toBe("/guest-order?token=link-token.abc");
  });
});

function renderGuestOrder(path: string, respond: Responder) {
  const server = scriptedClient(respond);
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/guest-order" element={<GuestOrderPage />} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

describe("a guest's order page", () => {
  it("shows the order its link opens and pays it with the link's token", async () => {
    let status = "PENDING_PAYMENT";
    const server = renderGuestOrder("/guest-order?token=link-token.abc", (op) => {
      if (op.operationName === "PayGuestOrder") {
        status = "PAID";
        return paid();
      }
      return { data: { orderByToken: order(status) } };
    });
    const user = userEvent.setup();
    const heading = await screen.findByRole("heading", { name: "Order SG-100001", level: 1 });
    expect(document.activeElement).toBe(heading);
    expect(server.named("GuestOrder")[0]?.variables).toEqual({ token: "link-token.abc" });
    const form = screen.getByRole("form", { name: "Pay for this order" });
    await user.click(within(form).getByRole("button", { name: "Pay $22.00" }));
    await screen.findByRole("heading", { name: "Thank you! Your order is confirmed." });
    expect(server.named("PayGuestOrder")[0]?.variables).toEqual({ token: "link-token.abc", paymentToken: "tok_visa" });
    await waitFor(() => expect(screen.queryByRole("form", { name: "Pay for this order" })).toBeNull());
  });

  it("shows the order's subtotal, discount, shipping, tax and total lines, read by the link's token", async () => {
    const server = renderGuestOrder("/guest-order?token=link-token.abc", (op) => {
      if (op.operationName === "GuestOrderFigures")
        return orderFigures("orderByToken", { discount: 220, shipping: 490, tax: 400, pricesIncludeTax: false });
      return { data: { orderByToken: orderFixture({ status: "PAID", subtotal: money(2200), total: money(2870) }) } };
    });
    await screen.findByRole("heading", { name: "Order SG-100001", level: 1 });
    const rows = await waitFor(() => {
      const found = [...document.querySelectorAll(".summary__rows > div")].map(
        (row) => `${row.querySelector("dt")?.textContent}: ${row.querySelector("dd")?.textContent}`,
      );
      expect(found).toHaveLength(5);
      return found;
    });
    // 2200 − 220 + 490, tax added (prices without tax): + 400 = 2870.
    expect(rows).toEqual(["Subtotal: $22.00", "Discount: −$2.20", "Shipping: $4.90", "Tax: $4.00", "Total: $28.70"]);
    expect(server.named("GuestOrderFigures")[0]?.variables).toEqual({ token: "link-token.abc" });
    expect(server.named("OrderFigures")).toEqual([]);
  });

  it("a link that opens no order says so", async () => {
    renderGuestOrder("/guest-order?token=forged", () => ({
      errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }],
    }));
    expect(await screen.findByRole("heading", { name: "Order not found" })).toBeTruthy();
  });
});
