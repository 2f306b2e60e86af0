import { ApolloProvider, useQuery } from "@apollo/client/react";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import type { CartView } from "../src/cart/use-cart";
import { CHECKOUT_ADDRESS_KEY, loadAddress } from "../src/checkout/address";
import { CHECKOUT_COUPON_KEY } from "../src/checkout/address-draft";
import { Checkout } from "../src/checkout/CheckoutPage";
import { CartDocument } from "../src/gql/shop/graphql";
import { cartTotals, money, orderFigures, orderFixture, scriptedClient, type Responder } from "./apollo";

const cart: CartView = {
  id: "cart-1",
  totalQuantity: 3,
  subtotal: { amountCents: 7500, currency: "USD" },
  lines: [
    {
      id: "line-tee",
      variantId: "v-tee",
      quantity: 2,
      productSlug: "tee",
      productName: "Organic Tee",
      variantTitle: "M / Black",
      image: null,
      unitPrice: { amountCents: 2500, currency: "USD" },
      lineTotal: { amountCents: 5000, currency: "USD" },
      available: true,
      stock: 10,
    },
    {
      id: "line-mug",
      variantId: "v-mug",
      quantity: 1,
      productSlug: "mug",
      productName: "Stoneware Mug",
      variantTitle: "Default",
      image: null,
      unitPrice: { amountCents: 2500, currency: "USD" },
      lineTotal: { amountCents: 2500, currency: "USD" },
      available: true,
      stock: 1,
    },
  ],
};

/** placeOrder's errors are CheckoutUserErrors, payOrder's and cancelOrder's OrderUserErrors. */
const userError = (field: string[] | null, code: string, message: string, area: "Checkout" | "Order" = "Checkout") => ({
  __typename: `${area}UserError`,
  field,
  code,
  message,
});
/** The cart as the server shows it; placeOrder answers with it (emptied once the order is placed). */
const serverCart = (subtotalCents = 0) => ({
  __typename: "Cart",
  id: "cart-1",
  totalQuantity: 0,
  subtotal: money(subtotalCents),
  lines: [],
});
const placed = (order = orderFixture()) => ({
  data: { placeOrder: { __typename: "CheckoutPayload", order, userErrors: [], priceChange: null, cart: serverCart() } },
});
const refused = (...userErrors: ReturnType<typeof userError>[]) => ({
  data: { placeOrder: { __typename: "CheckoutPayload", order: null, userErrors, priceChange: null, cart: null } },
});
const paid = () => ({
  data: { payOrder: { __typename: "OrderPayload", order: orderFixture({ status: "PAID" }), userErrors: [] } },
});
const declined = () => ({
  data: {
    payOrder: {
      __typename: "OrderPayload",
      order: orderFixture(),
      userErrors: [userError(["paymentToken"], "PAYMENT_DECLINED", "Your card was declined.", "Order")],
    },
  },
});

/** The viewer's newest orders, as checkout asks for them to find one waiting for payment. */
const viewerOrders = (...nodes: ReturnType<typeof orderFixture>[]) => ({
  data: { me: { __typename: "User", id: "user-1", orders: { __typename: "OrderConnection", nodes } } },
});

/** What the header does on every page: keep the cart's query open (so it is fetched again when asked). */
function CartWatcher() {
  useQuery(CartDocument);
  return null;
}

/** The shopper's address book (the account page's query). */
const addressBook = (addresses: unknown[]) => ({
  data: { me: { __typename: "User", id: "user-1", email: "ada@example.com", emailVerified: true, addresses } },
});
/** `shippingMethods` for a country. */
const shippingMethods = (methods: unknown[]) => ({ data: { shippingMethods: methods } });

interface MethodFixture {
  id: string;
  name: string;
  price: { amountCents: number };
}

/**
 * Cart.totals as the fixture server prices `cart`: the method's price by its id among the
 * country's `methods`; coupon SAVE10 takes 10 % off, OLD has expired, USEDUP is used up, any other
 * is unknown; tax is included at 20 % (1/6 of subtotal − discount + shipping, rounded).
 */
function priceTotals(input: Record<string, any>, methods: (country: string) => unknown[]) {
  const subtotal = cart.subtotal?.amountCents ?? 0;
  const userErrors: { field: string[]; code: string; message: string }[] = [];
  const method = (methods(input["country"]) as MethodFixture[]).find((m) => m.id === input["shippingMethodId"]);
  if (input["shippingMethodId"] && !method)
    userErrors.push({
      field: ["input", "shippingMethodId"],
      code: "SHIPPING_METHOD_INVALID",
      message: "unknown method",
    });
  const code = typeof input["couponCode"] === "string" ? input["couponCode"].toUpperCase() : null;
  const refusal =
    { OLD: "COUPON_EXPIRED", USEDUP: "COUPON_EXHAUSTED" }[code ?? ""] ?? (code === "SAVE10" ? null : "COUPON_INVALID");
  if (code && refusal)
    userErrors.push({ field: ["input", "couponCode"], code: refusal, message: `server says ${refusal}` });
  const discount = code && !refusal ? Math.round(subtotal / 10) : 0;
  const shipping = method?.price.amountCents ?? 0;
  return cartTotals({
    subtotal,
    discount,
    shipping,
    tax: Math.round((subtotal - discount + shipping) / 6),
    shippingMethodName: method?.name ?? null,
    couponCode: code && !refusal ? code : null,
    userErrors,
  });
}

/**
 * Checkout of `cart`; the viewer has `orders` (none by default), saved `addresses` (none) and
 * `methods` for each country (none), Cart.totals prices it (priceTotals), and `respond` answers the rest.
 */
async function renderCheckout(
  respond: Responder,
  orders: () => ReturnType<typeof viewerOrders> = viewerOrders,
  { watchCart = false, addresses = [] as unknown[], methods = (_country: string): unknown[] => [] } = {},
) {
  const server = scriptedClient((op) => {
    if (op.operationName === "UnpaidOrders") return orders();
    if (op.operationName === "AccountPage") return addressBook(addresses);
    if (op.operationName === "ShippingMethods") return shippingMethods(methods(op.variables["country"]));
    if (op.operationName === "CheckoutTotals") return priceTotals(op.variables["input"], methods);
    if (op.operationName === "OrderFigures") return orderFigures("order", { id: op.variables["id"] });
    return respond(op);
  });
  render(
    <ApolloProvider client={server.client}>
      {watchCart && <CartWatcher />}
      <MemoryRouter initialEntries={["/checkout"]}>
        <Routes>
          <Route path="/checkout" element={<Checkout cart={cart} />} />
          <Route path="/cart" element={<p>Cart page</p>} />
          <Route path="/orders/:id" element={<p>Order confirmation page</p>} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  await screen.findByRole("heading", { name: "Checkout" });
  return server;
}

async function fillAddress(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Full name"), "Ada Lovelace");
  await user.type(screen.getByLabelText("Address"), "1 Analytical Way");
  await user.type(screen.getByLabelText("City"), "London");
  await user.type(screen.getByLabelText("Postal code"), "N1 9GU");
  await user.selectOptions(screen.getByLabelText("Country"), "GB");
}

const submitButton = () => screen.getByRole("button", { name: /place order|pay now/i });
const keys = (server: ReturnType<typeof scriptedClient>) =>
  server.named("PlaceOrder").map((op) => op.variables["input"].idempotencyKey as string);

describe("checkout form", () => {
  it("names every missing field next to it, focuses the first and sends nothing", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(() => placed());
    await user.click(submitButton());

    expect(screen.getByLabelText("Full name")).toHaveProperty("ariaInvalid", "true");
    expect(screen.getByLabelText("Full name")).toBe(document.activeElement);
    expect(screen.getByText("Enter the name of the person receiving the parcel.")).toBeTruthy();
    expect(screen.getByText("Enter the street and house number.")).toBeTruthy();
    expect(screen.getByText("Enter the postal code.")).toBeTruthy();
    expect(server.named("PlaceOrder")).toEqual([]);
  });

  it("rejects a postal code with symbols before asking the server", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(() => placed());
    await fillAddress(user);
    await user.clear(screen.getByLabelText("Postal code"));
    await user.type(screen.getByLabelText("Postal code"), "N1#9");
    await user.click(submitButton());
    expect(screen.getByText("Use letters, digits, spaces or dashes.")).toBeTruthy();
    expect(server.named("PlaceOrder")).toEqual([]);
  });

  it("shows a server userError next to the input its field path names, described by it", async () => {
    const user = userEvent.setup();
    await renderCheckout(() =>
      refused(
        userError(["input", "shippingAddress", "city"], "TOO_LONG", "city must be at most 100 characters"),
        userError(null, "CART_EMPTY", "The cart is empty"),
      ),
    );
    await fillAddress(user);
    await user.click(submitButton());

    const message = await screen.findByText("city must be at most 100 characters");
    const city = screen.getByLabelText("City");
    expect(city.getAttribute("aria-describedby")).toContain(message.id);
    expect(city.getAttribute("aria-invalid")).toBe("true");
    // An error about no field goes above the form.
    expect(screen.getByRole("alert", { name: "" }).textContent).toContain("The cart is empty");
  });

  it("shows an out-of-stock message next to the cart line it concerns", async () => {
    const user = userEvent.setup();
    await renderCheckout(() =>
      refused(userError(["cart", "lines", "1"], "OUT_OF_STOCK", "Only 0 left of Stoneware Mug")),
    );
    await fillAddress(user);
    await user.click(submitButton());

    const message = await screen.findByText(/Sold out in this quantity/);
    expect(message.closest("li")?.textContent).toContain("Stoneware Mug");
    expect(message.closest("li")?.textContent).not.toContain("Organic Tee");
  });

  it("places one order for a double click: one request, one idempotency key", async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await renderCheckout(async (op) => {
      if (op.operationName === "PlaceOrder") {
        await gate;
        return placed();
      }
      return paid();
    });
    await fillAddress(user);
    const button = submitButton();
    button.click();
    button.click();
    screen
      .getByRole("form", { name: "Checkout" })
      .dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    release();

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(keys(server)).toHaveLength(1);
    expect(server.named("PayOrder").map((op) => op.variables)).toEqual([
      { orderId: "order-1", paymentToken: "tok_visa" },
    ]);
  });

  it("retries a checkout that got no answer with the same key, and starts a new attempt after userErrors", async () => {
    const user = userEvent.setup();
    const answers: Array<() => ReturnType<Responder>> = [
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => refused(userError(["cart", "lines", "0"], "OUT_OF_STOCK", "Only 1 left of Organic Tee")),
      () => placed(),
    ];
    const server = await renderCheckout((op) =>
      op.operationName === "PlaceOrder" ? (answers.shift() as () => ReturnType<Responder>)() : paid(),
    );
    await fillAddress(user);

    await user.click(submitButton());
    expect(await screen.findByText(/trying again is safe/)).toBeTruthy();
    await user.click(submitButton());
    expect(await screen.findByText(/Sold out in this quantity/)).toBeTruthy();
    await user.click(submitButton());
    expect(await screen.findByText("Order confirmation page")).toBeTruthy();

    const [first, retry, fresh] = keys(server);
    expect(retry).toBe(first);
    expect(fresh).not.toBe(first);
  });

  it("keeps the order after a declined card and only pays it on the next try", async () => {
    const user = userEvent.setup();
    const payments = [declined, paid];
    const server = await renderCheckout((op) =>
      op.operationName === "PlaceOrder" ? placed() : (payments.shift() as () => ReturnType<Responder>)(),
    );
    await fillAddress(user);
    await user.click(screen.getByLabelText(/declined/i));
    await user.click(submitButton());

    expect(await screen.findByText("Your card was declined.")).toBeTruthy();
    expect(screen.getByText(/SG-100001 is waiting for payment/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cancel order" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Place order and pay" })).toBeNull();
    await user.click(screen.getByLabelText(/approved/i));
    await user.click(screen.getByRole("button", { name: "Pay now" }));

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(keys(server)).toHaveLength(1);
    expect(server.named("PayOrder").map((op) => op.variables["paymentToken"])).toEqual(["tok_declined", "tok_visa"]);
  });
});

describe("the cart placeOrder empties", () => {
  it("keeps showing the lines being paid for while the cache already holds the emptied cart", async () => {
    let emptyCart: () => void = () => undefined;
    /** The cart as the cache shows it: placeOrder's answer empties it. */
    function LiveCheckout() {
      const [shown, setShown] = useState(cart);
      emptyCart = () => setShown({ ...cart, lines: [], totalQuantity: 0, subtotal: money(0) });
      return <Checkout cart={shown} />;
    }
    let pay: () => void = () => undefined;
    const paying = new Promise<void>((resolve) => (pay = resolve));
    const server = scriptedClient(async (op) => {
      if (op.operationName === "UnpaidOrders") return viewerOrders();
      if (op.operationName === "AccountPage") return addressBook([]);
      if (op.operationName === "ShippingMethods") return shippingMethods([]);
      if (op.operationName === "CheckoutTotals") return priceTotals(op.variables["input"], () => []);
      if (op.operationName === "PlaceOrder") return placed();
      act(() => emptyCart());
      await paying;
      return paid();
    });
    const user = userEvent.setup();
    render(
      <ApolloProvider client={server.client}>
        <MemoryRouter initialEntries={["/checkout"]}>
          <Routes>
            <Route path="/checkout" element={<LiveCheckout />} />
            <Route path="/orders/:id" element={<p>Order confirmation page</p>} />
          </Routes>
        </MemoryRouter>
      </ApolloProvider>,
    );
    await screen.findByRole("heading", { name: "Checkout" });
    await fillAddress(user);
    await user.click(submitButton());

    await waitFor(() => expect(server.named("PayOrder")).toHaveLength(1));
    expect(screen.queryByText("Nothing to check out")).toBeNull();
    expect(screen.getByRole("complementary", { name: "Order summary" }).textContent).toContain("Organic Tee");
    pay();
    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
  });
});

describe("resumable checkout", () => {
  const cancelled = () =>
    orderFixture({
      status: "CANCELLED",
      statusHistory: [
        {
          __typename: "OrderStatusChange",
          id: "change-PENDING_PAYMENT-2026-01-05T10:00:00.000Z",
          from: null,
          to: "PENDING_PAYMENT",
          at: "2026-01-05T10:00:00.000Z",
          reason: null,
        },
        {
          __typename: "OrderStatusChange",
          id: "change-CANCELLED-2026-01-05T10:10:00.000Z",
          from: "PENDING_PAYMENT",
          to: "CANCELLED",
          at: "2026-01-05T10:10:00.000Z",
          reason: "Cancelled by the customer",
        },
      ],
    });

  it("shows an order left waiting for payment (a reload after a declined card) instead of placing a second one, and pays it", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(
      (op) => (op.operationName === "PayOrder" ? paid() : placed()),
      () => viewerOrders(orderFixture({ id: "order-0", number: "SG-099999", status: "PAID" }), orderFixture()),
    );

    expect(screen.getByRole("heading", { name: "Order SG-100001 is waiting for payment" })).toBeTruthy();
    expect(screen.getByText(/Your cart holds more items/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Place order and pay" })).toBeNull();
    expect(screen.queryByLabelText("Full name")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Pay now" }));

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(server.named("PlaceOrder")).toEqual([]);
    expect(server.named("PayOrder").map((op) => op.variables)).toEqual([
      { orderId: "order-1", paymentToken: "tok_visa" },
    ]);
  });

  it("cancels the unpaid order only once the shopper confirms, then offers the cart's checkout again", async () => {
    const user = userEvent.setup();
    let orders = viewerOrders(orderFixture());
    const server = await renderCheckout(
      (op) => {
        if (op.operationName !== "CancelOrder") return placed();
        orders = viewerOrders(cancelled());
        return { data: { cancelOrder: { __typename: "OrderPayload", order: cancelled(), userErrors: [] } } };
      },
      () => orders,
    );

    await user.click(screen.getByRole("button", { name: "Cancel order" }));
    const dialog = screen.getByRole("dialog", { name: "Cancel order SG-100001?" });
    expect(dialog.textContent).toContain("Its items go back on sale");
    // The safe choice has the focus: Enter keeps the order.
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Keep order" }));
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel order" }));
    expect(server.named("CancelOrder")).toEqual([]);

    await user.dblClick(screen.getByRole("button", { name: "Cancel order" }));
    expect(server.named("CancelOrder")).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Yes, cancel order" }));
    expect(await screen.findByRole("button", { name: "Place order and pay" })).toBeTruthy();
    expect(server.named("CancelOrder").map((op) => op.variables)).toEqual([
      { orderId: "order-1", reason: "Cancelled by the customer" },
    ]);
    expect(server.named("PlaceOrder")).toEqual([]);
  });

  it("a payment that got no answer leaves the placed order to pay: paying again never places a second one", async () => {
    const user = userEvent.setup();
    const payments = [() => Promise.reject(new TypeError("Failed to fetch")), paid];
    const server = await renderCheckout((op) =>
      op.operationName === "PlaceOrder" ? placed() : (payments.shift() as () => ReturnType<Responder>)(),
    );
    await fillAddress(user);
    await user.click(submitButton());

    expect(await screen.findByText(/Your order is saved: pay it below/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Pay now" }));
    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(keys(server)).toHaveLength(1);
    expect(server.named("PayOrder")).toHaveLength(2);
  });

  it("keeps the typed address across a reload of the page and forgets it once the order is placed", async () => {
    const user = userEvent.setup();
    const first = await renderCheckout(() => placed());
    await fillAddress(user);
    first.client.stop();
    cleanup();

    await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()));
    expect(screen.getByLabelText<HTMLInputElement>("Full name").value).toBe("Ada Lovelace");
    expect(screen.getByLabelText<HTMLInputElement>("Postal code").value).toBe("N1 9GU");
    expect(screen.getByLabelText<HTMLSelectElement>("Country").value).toBe("GB");
    await user.click(submitButton());

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(sessionStorage.getItem(CHECKOUT_ADDRESS_KEY)).toBeNull();
  });

  it("forgets the address when the order is placed even if the card is then declined", async () => {
    const user = userEvent.setup();
    await renderCheckout((op) => (op.operationName === "PayOrder" ? declined() : placed()));
    await fillAddress(user);
    await user.click(screen.getByLabelText(/declined/i));
    await user.click(submitButton());
    await screen.findByText("Your card was declined.");
    await waitFor(() => expect(sessionStorage.getItem(CHECKOUT_ADDRESS_KEY)).toBeNull());
  });

  it("reads a stored address as input: wrong types, overlong values and unknown countries are dropped", () => {
    sessionStorage.setItem(
      CHECKOUT_ADDRESS_KEY,
      JSON.stringify({ name: 5, line1: "x".repeat(10_000), city: "Paris", country: "XX", postalCode: "75001" }),
    );
    expect(loadAddress()).toEqual({
      name: "",
      line1: "",
      line2: "",
      city: "Paris",
      postalCode: "75001",
      country: "US",
    });
    sessionStorage.setItem(CHECKOUT_ADDRESS_KEY, "{not json");
    expect(loadAddress().city).toBe("");
  });
});

describe("price changes at checkout", () => {
  const expectedTotals = (server: ReturnType<typeof scriptedClient>) =>
    server.named("PlaceOrder").map((op) => op.variables["input"].expectedTotal as unknown);
  /** The tee went from $25.00 to $30.00; the mug's earlier price is not known. */
  const priceChanged = () => ({
    data: {
      placeOrder: {
        __typename: "CheckoutPayload",
        order: null,
        userErrors: [userError(["input", "expectedTotal"], "PRICE_CHANGED", "The total is now $85.00")],
        cart: serverCart(8500),
        priceChange: {
          __typename: "PriceChange",
          total: money(8500),
          lines: [
            {
              __typename: "PriceChangeLine",
              quantity: 2,
              unitPrice: money(3000),
              previousUnitPrice: money(2500),
              variant: {
                __typename: "ProductVariant",
                id: "v-tee",
                title: "M / Black",
                product: { __typename: "Product", id: "p-tee", name: "Organic Tee" },
              },
            },
            {
              __typename: "PriceChangeLine",
              quantity: 1,
              unitPrice: money(2500),
              previousUnitPrice: null,
              variant: {
                __typename: "ProductVariant",
                id: "v-mug",
                title: "Default",
                product: { __typename: "Product", id: "p-mug", name: "Stoneware Mug" },
              },
            },
          ],
        },
      },
    },
  });
  /** PRICE_CHANGED for the first placeOrder, an order for the next; the cart and payment as asked. */
  const changingPrices = () => {
    const answers = [priceChanged, placed];
    return (op: Parameters<Responder>[0]) => {
      if (op.operationName === "Cart") return { data: { cart: serverCart(7500) } };
      if (op.operationName === "PayOrder") return paid();
      return (answers.shift() as () => ReturnType<Responder>)();
    };
  };

  it("sends the total the shopper was shown as expectedTotal, and the cart's id", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()));
    await fillAddress(user);
    await user.click(submitButton());

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    expect(expectedTotals(server)).toEqual([{ amountCents: 7500, currency: "USD" }]);
    expect(server.named("PlaceOrder")[0]?.variables["input"].cartId).toBe("cart-1");
  });

  it("shows the lines whose price changed and the new total, takes the repriced cart from the answer, and focuses the message", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(changingPrices(), viewerOrders, { watchCart: true });
    await fillAddress(user);
    expect(server.named("Cart")).toHaveLength(1);
    await user.click(submitButton());

    const heading = await screen.findByRole("heading", { name: "Prices changed since you added these items" });
    expect(document.activeElement).toBe(heading);
    const notice = heading.closest("section") as HTMLElement;
    const [tee, mug] = [...notice.querySelectorAll("li")].map((line) => line.textContent);
    expect(tee).toBe("2 × Organic Tee (M / Black) $25.00 → , now $30.00 each");
    expect(mug).toBe("1 × Stoneware Mug (Default) price not known → , now $25.00 each");
    expect(notice.textContent).toContain("The new total is $85.00.");
    expect(screen.getByRole("button", { name: "Place order at $85.00" })).toBeTruthy();
    // The summary's button cannot place the order behind the question's back.
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Place order and pay" }).disabled).toBe(true);
    // The server's message is not repeated above the form.
    expect(screen.queryByText("The total is now $85.00")).toBeNull();
    // placeOrder's answer carries the cart at today's prices: nothing is fetched again.
    expect(server.named("Cart")).toHaveLength(1);
    expect(server.named("PayOrder")).toEqual([]);
  });

  it("confirming places the order with a new idempotency key at the new total", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(changingPrices(), viewerOrders, { watchCart: true });
    await fillAddress(user);
    await user.click(submitButton());
    await user.click(await screen.findByRole("button", { name: "Place order at $85.00" }));

    expect(await screen.findByText("Order confirmation page")).toBeTruthy();
    const [first, second] = keys(server);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(expectedTotals(server)).toEqual([
      { amountCents: 7500, currency: "USD" },
      { amountCents: 8500, currency: "USD" },
    ]);
    expect(server.named("PayOrder")).toHaveLength(1);
  });

  it("declining places nothing: Enter on the message does nothing, and the shopper goes back to the cart", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(changingPrices(), viewerOrders, { watchCart: true });
    await fillAddress(user);
    await user.click(submitButton());
    await screen.findByRole("heading", { name: "Prices changed since you added these items" });
    await user.keyboard("{Enter}");
    await user.dblClick(screen.getByRole("button", { name: "Place order and pay" }));
    await user.click(screen.getByRole("link", { name: "Review cart" }));

    expect(await screen.findByText("Cart page")).toBeTruthy();
    expect(server.named("PlaceOrder")).toHaveLength(1);
    expect(server.named("PayOrder")).toEqual([]);
  });
});

describe("saved addresses and shipping methods at checkout", () => {
  const home = {
    __typename: "SavedAddress",
    id: "SavedAddress_home",
    name: "Ada Lovelace",
    line1: "12 St James's Square",
    line2: null,
    city: "London",
    postalCode: "SW1Y 4JH",
    country: "GB",
    defaultShipping: true,
  };
  const paris = {
    ...home,
    id: "SavedAddress_paris",
    line1: "1 Rue de Rivoli",
    line2: "Apt 4",
    city: "Paris",
    postalCode: "75001",
    country: "FR",
    defaultShipping: false,
  };
  const method = (id: string, name: string, cents: number, freeAboveCents: number | null = null) => ({
    __typename: "ShippingMethod",
    id,
    name,
    price: money(cents),
    freeAbove: freeAboveCents === null ? null : money(freeAboveCents),
  });
  const methods = (country: string) =>
    country === "GB"
      ? [method("ShippingMethod_std", "Standard", 490, 10000), method("ShippingMethod_exp", "Express", 1500)]
      : country === "FR"
        ? [method("ShippingMethod_fr", "La Poste", 0)]
        : [];
  const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
  const summary = () => screen.getByRole("complementary", { name: "Order summary" });

  it("starts from the default address, and ships it as placeOrder's address", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()), viewerOrders, {
      addresses: [paris, home],
      methods,
    });
    await waitFor(() => expect(value("Full name")).toBe("Ada Lovelace"));
    const shipTo = screen.getByRole("group", { name: "Ship to" });
    expect(within(shipTo).getByRole("radio", { name: /12 St James's Square/ })).toHaveProperty("checked", true);
    expect(value("Address")).toBe("12 St James's Square");
    expect(value("Postal code")).toBe("SW1Y 4JH");
    expect(value("Country")).toBe("GB");
    await user.click(submitButton());
    await screen.findByText("Order confirmation page");
    expect(server.named("PlaceOrder")[0]?.variables["input"].shippingAddress).toEqual({
      name: "Ada Lovelace",
      line1: "12 St James's Square",
      line2: null,
      city: "London",
      postalCode: "SW1Y 4JH",
      country: "GB",
    });
  });

  it("keeps an address the tab was typing instead of the default", async () => {
    sessionStorage.setItem(
      CHECKOUT_ADDRESS_KEY,
      JSON.stringify({
        name: "Grace",
        line1: "1 Compiler Lane",
        line2: "",
        city: "Arlington",
        postalCode: "22201",
        country: "US",
      }),
    );
    await renderCheckout(() => placed(), viewerOrders, { addresses: [home], methods });
    const another = await screen.findByRole("radio", { name: /Another address/ });
    expect(another).toHaveProperty("checked", true);
    expect(value("Full name")).toBe("Grace");
  });

  it("fills the form from another saved address, clears it for a new one, and follows edits", async () => {
    const user = userEvent.setup();
    await renderCheckout(() => placed(), viewerOrders, { addresses: [home, paris], methods });
    await waitFor(() => expect(value("Full name")).toBe("Ada Lovelace"));
    await user.click(screen.getByRole("radio", { name: /1 Rue de Rivoli/ }));
    expect(value("Address")).toBe("1 Rue de Rivoli");
    expect(value("Apartment, suite (optional)")).toBe("Apt 4");
    expect(value("Country")).toBe("FR");
    // Editing what was filled makes it another address (the saved one is not changed).
    await user.type(screen.getByLabelText("City"), " 1er");
    expect(screen.getByRole("radio", { name: /Another address/ })).toHaveProperty("checked", true);
    await user.click(screen.getByRole("radio", { name: /1 Rue de Rivoli/ }));
    expect(value("City")).toBe("Paris");
    await user.click(screen.getByRole("radio", { name: /Another address/ }));
    expect(value("Full name")).toBe("");
    expect(value("Address")).toBe("");
    expect(document.activeElement).toBe(screen.getByLabelText("Full name"));
  });

  /** The summary's rows, "label: figure" each, as Cart.totals priced the choices. */
  const summaryRows = () =>
    [...summary().querySelectorAll("dl > div")].map(
      (row) => `${row.querySelector("dt")?.textContent}: ${row.querySelector("dd")?.textContent}`,
    );

  it("offers the methods for the address's country, cheapest chosen, and prices the choice into the summary", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout(() => placed(), viewerOrders, { addresses: [home], methods });
    const group = await screen.findByRole("group", { name: "Shipping method" });
    const standard = await within(group).findByRole("radio", { name: /^Standard · \$4\.90/ });
    expect(standard).toHaveProperty("checked", true);
    expect(group.textContent).toContain("Free for orders from $100.00");
    // 7500 + 490 = 7990, tax included: 7990 / 6 = 1332 (rounded).
    await waitFor(() =>
      expect(summaryRows()).toEqual([
        "Subtotal: $75.00",
        "Shipping (Standard): $4.90",
        "Included tax: $13.32",
        "Total: $79.90",
      ]),
    );
    await user.click(within(group).getByRole("radio", { name: "Express · $15.00" }));
    await waitFor(() => expect(summaryRows()).toContain("Shipping (Express): $15.00"));
    expect(summaryRows()).toContain("Total: $90.00");

    await user.selectOptions(screen.getByLabelText("Country"), "FR");
    await within(group).findByRole("radio", { name: "La Poste · Free" });
    expect(within(group).getByRole("radio", { name: "La Poste · Free" })).toHaveProperty("checked", true);
    await waitFor(() => expect(summaryRows()).toContain("Shipping (La Poste): Free"));
    expect(summaryRows()).toContain("Total: $75.00");
    await user.selectOptions(screen.getByLabelText("Country"), "JP");
    await within(group).findByText("Standard shipping to Japan, free of charge.");
    expect(server.named("ShippingMethods").map((op) => op.variables["country"])).toEqual(["GB", "FR", "JP"]);
    // One Cart.totals per choice, each for the country and method shown.
    await waitFor(() =>
      expect(server.named("CheckoutTotals").map((op) => op.variables["input"])).toEqual([
        { country: "GB", shippingMethodId: "ShippingMethod_std", couponCode: null },
        { country: "GB", shippingMethodId: "ShippingMethod_exp", couponCode: null },
        { country: "FR", shippingMethodId: "ShippingMethod_fr", couponCode: null },
        { country: "JP", shippingMethodId: null, couponCode: null },
      ]),
    );
  });

  it("places the order with the method chosen and Cart.totals' total as expectedTotal", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()), viewerOrders, {
      addresses: [home],
      methods,
    });
    const group = await screen.findByRole("group", { name: "Shipping method" });
    await user.click(await within(group).findByRole("radio", { name: "Express · $15.00" }));
    await waitFor(() => expect(summaryRows()).toContain("Total: $90.00"));
    await user.click(submitButton());
    await screen.findByText("Order confirmation page");
    const input = server.named("PlaceOrder")[0]?.variables["input"];
    expect(input.shippingMethodId).toBe("ShippingMethod_exp");
    expect(input.couponCode).toBeNull();
    expect(input.expectedTotal).toEqual({ amountCents: 9000, currency: "USD" });
  });

  it("applies a coupon through Cart.totals, shows the discount, and sends the code with the order", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()), viewerOrders, {
      addresses: [home],
      methods,
    });
    await waitFor(() => expect(summaryRows()).toContain("Total: $79.90"));
    await user.type(screen.getByLabelText("Coupon code (optional)"), "save10");
    // Enter applies the code; it places nothing.
    await user.keyboard("{Enter}");
    // 7500 − 750 + 490 = 7240; tax included: 7240 / 6 = 1207 (rounded).
    await waitFor(() =>
      expect(summaryRows()).toEqual([
        "Subtotal: $75.00",
        "Discount (SAVE10): −$7.50",
        "Shipping (Standard): $4.90",
        "Included tax: $12.07",
        "Total: $72.40",
      ]),
    );
    expect(screen.getByText("SAVE10 is applied.")).toBeTruthy();
    // Remembered in this tab, so the cart page prices it too.
    expect(sessionStorage.getItem(CHECKOUT_COUPON_KEY)).toBe("SAVE10");
    expect(server.named("PlaceOrder")).toEqual([]);
    await user.click(submitButton());
    await screen.findByText("Order confirmation page");
    const input = server.named("PlaceOrder")[0]?.variables["input"];
    expect(input.couponCode).toBe("SAVE10");
    // The order took it: nothing is left to remember.
    expect(sessionStorage.getItem(CHECKOUT_COUPON_KEY)).toBeNull();
    expect(input.shippingMethodId).toBe("ShippingMethod_std");
    expect(input.expectedTotal).toEqual({ amountCents: 7240, currency: "USD" });
  });

  it("says at the field why a coupon was refused, per code, clears it on edit, and sends no refused code", async () => {
    const user = userEvent.setup();
    const server = await renderCheckout((op) => (op.operationName === "PayOrder" ? paid() : placed()), viewerOrders, {
      addresses: [home],
      methods,
    });
    await waitFor(() => expect(summaryRows()).toContain("Total: $79.90"));
    const field = screen.getByLabelText("Coupon code (optional)");
    const apply = screen.getByRole("button", { name: "Apply" });
    const cases = [
      ["NOPE", "This code does not work: check its spelling, its start date and its minimum order."],
      ["OLD", "This code has expired."],
      ["USEDUP", "This code has been used as often as it allows."],
    ] as const;
    for (const [code, words] of cases) {
      await user.clear(field);
      expect(field.getAttribute("aria-invalid")).toBeNull();
      await user.type(field, code);
      await user.click(apply);
      const message = await screen.findByText(words);
      expect(field.getAttribute("aria-describedby")).toContain(message.id);
      expect(field.getAttribute("aria-invalid")).toBe("true");
      // The server's own words are not shown; the figures have no discount.
      expect(screen.queryByText(/server says/)).toBeNull();
      expect(summaryRows()).toContain("Total: $79.90");
      expect(sessionStorage.getItem(CHECKOUT_COUPON_KEY)).toBeNull();
    }
    await user.type(field, "X");
    expect(screen.queryByText("This code has been used as often as it allows.")).toBeNull();
    expect(field.getAttribute("aria-invalid")).toBeNull();
    await user.click(submitButton());
    await screen.findByText("Order confirmation page");
    const input = server.named("PlaceOrder")[0]?.variables["input"];
    expect(input.couponCode).toBeNull();
    expect(input.expectedTotal).toEqual({ amountCents: 7990, currency: "USD" });
  });

  it("says when the methods could not be loaded, and tries again on request", async () => {
    const user = userEvent.setup();
    let calls = 0;
    await renderCheckout(() => placed(), viewerOrders, {
      addresses: [home],
      methods: (country) => {
        calls++;
        if (calls === 1) throw new Error("offline");
        return methods(country);
      },
    });
    const group = await screen.findByRole("group", { name: "Shipping method" });
    const alert = await within(group).findByRole("alert");
    expect(alert.textContent).toContain("We could not load the ways we ship to United Kingdom.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await within(group).findByRole("radio", { name: /^Standard · \$4\.90/ })).toHaveProperty("checked", true);
  });

  it("clears an address error as soon as the input holds a valid value", async () => {
    const user = userEvent.setup();
    await renderCheckout(() => placed());
    await user.click(submitButton());
    const name = screen.getByLabelText("Full name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    await user.type(name, "A");
    expect(name.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Enter the name of the person receiving the parcel.")).toBeNull();
    // The other inputs keep theirs until they are fixed.
    expect(screen.getByLabelText("City").getAttribute("aria-invalid")).toBe("true");
  });
});
