import { describe, expect, it } from "vitest";
import { GuestCart } from "../src/cart/guest-cart";
import { mergeGuestCart } from "../src/cart/merge";
import { money, scriptedClient } from "./apollo";

const line = (variantId: string, quantity: number) => ({
  variantId,
  productSlug: variantId,
  productName: `Product ${variantId}`,
  variantTitle: "Default",
  image: null,
  unitPrice: { amountCents: 1000, currency: "USD" },
  quantity,
});

function guestCartWith(...lines: ReturnType<typeof line>[]) {
  const cart = new GuestCart();
  for (const { quantity, ...rest } of lines) cart.add(rest, quantity);
  return cart;
}

const mergedCart = {
  __typename: "Cart",
  totalQuantity: 3,
  subtotal: money(3000),
  lines: [],
};

describe("merging the guest cart on sign-in", () => {
  it("sends every guest line to mergeCart with its quantity and empties the guest cart", async () => {
    const cart = guestCartWith(line("v1", 2), line("v2", 1));
    const server = scriptedClient(() => ({
      data: { mergeCart: { __typename: "CartPayload", cart: mergedCart, userErrors: [] } },
    }));

    const outcome = await mergeGuestCart(server.client, cart);

    expect(server.named("MergeCart").map((op) => op.variables)).toEqual([
      {
        lines: [
          { variantId: "v1", quantity: 2 },
          { variantId: "v2", quantity: 1 },
        ],
      },
    ]);
    expect(outcome).toEqual({ sent: 2, problems: [] });
    expect(cart.lines()).toEqual([]);
  });

  it("reports the lines the server refused, and empties the guest cart since the others were merged", async () => {
    const cart = guestCartWith(line("v1", 2), line("gone", 1));
    const server = scriptedClient(() => ({
      data: {
        mergeCart: {
          __typename: "CartPayload",
          cart: mergedCart,
          userErrors: [
            {
              __typename: "CartUserError",
              field: ["lines", "1", "variantId"],
              code: "VARIANT_NOT_FOUND",
              message: "An item is no longer sold.",
            },
          ],
        },
      },
    }));

    const outcome = await mergeGuestCart(server.client, cart);

    expect(outcome.problems).toEqual(["An item is no longer sold."]);
    expect(cart.lines()).toEqual([]);
  });

  it("keeps the guest cart for the next sign-in when the merge gets no answer", async () => {
    const cart = guestCartWith(line("v1", 2));
    const server = scriptedClient(() => Promise.reject(new TypeError("Failed to fetch")));

    await expect(mergeGuestCart(server.client, cart)).rejects.toThrow();
    expect(cart.lines()).toEqual([line("v1", 2)]);
  });

  it("sends nothing when the guest cart is empty", async () => {
    const server = scriptedClient(() => ({ data: {} }));
    expect(await mergeGuestCart(server.client, new GuestCart())).toEqual({ sent: 0, problems: [] });
    expect(server.operations).toEqual([]);
  });
});
