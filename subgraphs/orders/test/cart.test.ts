import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, present } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADD_TO_CART, CART, CLEAR_CART, MERGE_CART, REMOVE_FROM_CART, UPDATE_CART_LINE } from "./operations.js";
import { addToCart, shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;
let shirt: TestVariant;
let mug: TestVariant;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  shirt = await catalog.variant({ priceCents: 2500, stock: 20 }, "Shirt");
  mug = await catalog.variant({ priceCents: 1200, stock: 5 }, "Mug");
});
afterAll(() => stack?.close());

describe("a signed-in shopper's cart", () => {
  test("adding twice adds up; totals are computed from products' prices", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 2);
    await addToCart(ada, mug.id, 1);
    const cart = await addToCart(ada, shirt.id, 1);
    expect(cart.lines).toEqual([
      {
        variant: { id: shirt.id },
        quantity: 3,
        unitPrice: { amountCents: 2500, currency: "USD" },
        lineTotal: { amountCents: 7500 },
        available: true,
      },
      {
        variant: { id: mug.id },
        quantity: 1,
        unitPrice: { amountCents: 1200, currency: "USD" },
        lineTotal: { amountCents: 1200 },
        available: true,
      },
    ]);
    expect(cart.subtotal).toEqual({ amountCents: 8700, currency: "USD", formatted: "$87.00" });
    expect(cart.totalQuantity).toBe(4);
    expect(dataOf(await ada.client(CART)).cart).toEqual(cart);
  });

  test("five adds of one item at once (double taps, two tabs) add up to five", async () => {
    const ada = shopper(stack);
    await Promise.all(Array.from({ length: 5 }, () => addToCart(ada, shirt.id, 1)));
    expect(dataOf(await ada.client(CART)).cart?.lines).toMatchObject([{ variant: { id: shirt.id }, quantity: 5 }]);
  });

  test("is persisted per user: another shopper's cart is their own", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    expect(dataOf(await bob.client(CART)).cart?.lines).toEqual([]);
    expect(dataOf(await ada.client(CART)).cart?.lines).toHaveLength(1);
  });

  test("is null when signed out, and its mutations need a sign-in", async () => {
    expect(dataOf(await stack.client()(CART))).toEqual({ cart: null });
    const response = await stack.client()(ADD_TO_CART, { variantId: shirt.id, quantity: 1 });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("shows the current price, fetched in one batched call to products per request", async () => {
    const ada = shopper(stack);
    const hat = await catalog.variant({ priceCents: 1000, stock: 10 }, "Hat");
    await addToCart(ada, hat.id, 2);
    await addToCart(ada, shirt.id, 1);
    await catalog.setPrice(hat.id, 1500);
    stack.productsDb.statements.reset();
    const cart = present(dataOf(await ada.client(CART)).cart, "the cart");
    expect(cart.lines[0]?.lineTotal).toEqual({ amountCents: 3000 });
    expect(cart.subtotal.amountCents).toBe(5500);
    // One `_entities` fetch for both variants: products ran one statement for it.
    expect(stack.productsDb.statements.count).toBe(1);
  });

  test("updateCartLine sets a quantity; removeFromCart and clearCart take lines out", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    await addToCart(ada, mug.id, 1);
    const updated = dataOf(await ada.client(UPDATE_CART_LINE, { variantId: shirt.id, quantity: 4 })).updateCartLine;
    expect(updated.userErrors).toEqual([]);
    expect(updated.cart?.lines.map((line: any) => line.quantity)).toEqual([4, 1]);
    const removed = dataOf(await ada.client(REMOVE_FROM_CART, { variantId: shirt.id })).removeFromCart;
    expect(removed.cart?.lines.map((line: any) => line.variant.id)).toEqual([mug.id]);
    const cleared = dataOf(await ada.client(CLEAR_CART)).clearCart;
    expect(cleared.cart).toMatchObject({ lines: [], totalQuantity: 0, subtotal: { amountCents: 0 } });
  });
});

describe("bad cart inputs are userErrors that change nothing", () => {
  const codeOf = (payload: any) => payload.userErrors.map((error: any) => error.code);

  test.each([
    [0, "INVALID_QUANTITY"],
    [-1, "INVALID_QUANTITY"],
    [1_000_000_000, "INVALID_QUANTITY"],
    [100, "INVALID_QUANTITY"],
  ])("adding quantity %d: %s", async (quantity, code) => {
    const ada = shopper(stack);
    const { addToCart } = dataOf(await ada.client(ADD_TO_CART, { variantId: shirt.id, quantity }));
    expect(codeOf(addToCart)).toEqual([code]);
    expect(addToCart.userErrors[0]?.field).toEqual(["quantity"]);
    expect(dataOf(await ada.client(CART)).cart?.lines).toEqual([]);
  });

  test("more per line than 99 in total, or than in stock", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 15);
    const tooMany = dataOf(await ada.client(ADD_TO_CART, { variantId: shirt.id, quantity: 6 })).addToCart;
    expect(codeOf(tooMany)).toEqual(["OUT_OF_STOCK"]);
    const update = dataOf(await ada.client(UPDATE_CART_LINE, { variantId: shirt.id, quantity: 21 })).updateCartLine;
    expect(codeOf(update)).toEqual(["OUT_OF_STOCK"]);
    const big = await catalog.variant({ priceCents: 100, stock: 1000 });
    await addToCart(ada, big.id, 99);
    const over = dataOf(await ada.client(ADD_TO_CART, { variantId: big.id, quantity: 1 })).addToCart;
    expect(codeOf(over)).toEqual(["INVALID_QUANTITY"]);
    expect(dataOf(await ada.client(CART)).cart?.lines.map((line: any) => line.quantity)).toEqual([15, 99]);
  });

  test("a cart whose total would not fit a 32-bit amount", async () => {
    const ada = shopper(stack);
    const yacht = await catalog.variant({ priceCents: 100_000_000, stock: 50 }, "Yacht");
    await addToCart(ada, yacht.id, 21);
    const over = dataOf(await ada.client(ADD_TO_CART, { variantId: yacht.id, quantity: 1 })).addToCart;
    expect(codeOf(over)).toEqual(["AMOUNT_TOO_LARGE"]);
    expect(dataOf(await ada.client(CART)).cart?.subtotal.amountCents).toBe(2_100_000_000);
  });

  test("unknown, malformed and archived variants", async () => {
    const ada = shopper(stack);
    const unknown = dataOf(
      await ada.client(ADD_TO_CART, { variantId: "00000000-0000-4000-8000-000000000000", quantity: 1 }),
    ).addToCart;
    expect(codeOf(unknown)).toEqual(["VARIANT_NOT_FOUND"]);
    const malformed = await ada.client(ADD_TO_CART, { variantId: "'; drop table cart_lines; --", quantity: 1 });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [gone] = await catalog.product("Discontinued", [{ priceCents: 500, stock: 5 }]);
    await catalog.archive(gone!.productId);
    const archived = dataOf(await ada.client(ADD_TO_CART, { variantId: gone!.id, quantity: 1 })).addToCart;
    expect(codeOf(archived)).toEqual(["VARIANT_UNAVAILABLE"]);
    const notInCart = dataOf(await ada.client(UPDATE_CART_LINE, { variantId: shirt.id, quantity: 1 })).updateCartLine;
    expect(codeOf(notInCart)).toEqual(["NOT_IN_CART"]);
    const removeMalformed = await ada.client(REMOVE_FROM_CART, { variantId: "x" });
    expect(removeMalformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(dataOf(await ada.client(CART)).cart?.lines).toEqual([]);
  });

  test("a line whose product was archived after it was added shows as unavailable and unpriced", async () => {
    const ada = shopper(stack);
    const [soon] = await catalog.product("Soon gone", [{ priceCents: 700, stock: 5 }]);
    await addToCart(ada, soon!.id, 1);
    await addToCart(ada, mug.id, 1);
    await catalog.archive(soon!.productId);
    const cart = present(dataOf(await ada.client(CART)).cart, "the cart");
    expect(cart.lines[0]).toMatchObject({ available: false, unitPrice: null, lineTotal: null });
    expect(cart.subtotal.amountCents).toBe(1200);
  });
});

describe("merging a guest cart on sign-in", () => {
  test("adds quantities, caps them, and reports lines it could not add without failing the others", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 2);
    const [gone] = await catalog.product("Gone", [{ priceCents: 100, stock: 5 }]);
    await catalog.archive(gone!.productId);
    const { mergeCart } = dataOf(
      await ada.client(MERGE_CART, {
        lines: [
          { variantId: shirt.id, quantity: 3 },
          { variantId: mug.id, quantity: 9 },
          { variantId: gone!.id, quantity: 1 },
          { variantId: "00000000-0000-4000-8000-000000000000", quantity: 1 },
          { variantId: shirt.id, quantity: 0 },
        ],
      }),
    );
    expect(mergeCart.cart?.lines.map((line: any) => [line.variant.id, line.quantity])).toEqual([
      [shirt.id, 5],
      [mug.id, 5],
    ]);
    expect(mergeCart.userErrors).toEqual([
      expect.objectContaining({ code: "QUANTITY_REDUCED", field: ["lines", "1", "quantity"] }),
      expect.objectContaining({ code: "VARIANT_UNAVAILABLE", field: ["lines", "2", "variantId"] }),
      expect.objectContaining({ code: "VARIANT_NOT_FOUND", field: ["lines", "3", "variantId"] }),
      expect.objectContaining({ code: "INVALID_QUANTITY", field: ["lines", "4", "quantity"] }),
    ]);
    expect(dataOf(await ada.client(CART)).cart?.totalQuantity).toBe(10);
  });
});
