import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { dataOf, present, rowId } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import {
  ADD_TO_CART,
  ADDRESS,
  CART_ATTACH,
  CART_BY_ID,
  CART_CREATE,
  CART_LINES_ADD,
  CART_LINES_REMOVE,
  CART_LINES_UPDATE,
  PLACE_ORDER_WITH_CART,
} from "./operations.js";
import { addToCart, shopper, type Shopper } from "./shoppers.js";

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

type Client = ReturnType<OrdersUnderTest["client"]>;
const anonymous = (): Client => stack.client();
const codesOf = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);
const quantities = (cart: any) => cart.lines.map((line: any) => [line.variant.id, line.quantity]);

async function createCart(client: Client, lines: Array<[string, number]>) {
  const { cartCreate } = dataOf(
    await client(CART_CREATE, { input: { lines: lines.map(([variantId, quantity]) => ({ variantId, quantity })) } }),
  );
  return cartCreate;
}

async function guestCart(lines: Array<[string, number]>) {
  const created = await createCart(anonymous(), lines);
  expect(created.userErrors).toEqual([]);
  return present(created.cart, "the guest cart");
}

const readCart = async (client: Client, id?: string) => dataOf(await client(CART_BY_ID, { id })).cart;
/** The signed-in shopper's own cart, which they always have. */
const ownCart = async (client: Client) => present(await readCart(client), "the shopper's cart");

/** `id` with its last hex digit changed: a valid UUID that is not the cart's. */
/** Another cart's id, one character of its UUID away. */
const forged = (id: string) => {
  const uuid = rowId(id);
  return toGlobalId("Cart", uuid.slice(0, -1) + (uuid.endsWith("0") ? "1" : "0"));
};

describe("a guest cart", () => {
  test("is created without signing in, priced by the server, and read by anyone holding its id", async () => {
    const cart = await guestCart([
      [shirt.id, 2],
      [mug.id, 1],
    ]);
    expect(rowId(cart.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cart.id).toBe(toGlobalId("Cart", rowId(cart.id)));
    expect(cart.lines.map((line: any) => line.id)).toEqual([expect.any(String), expect.any(String)]);
    expect(cart.subtotal).toEqual({ amountCents: 6200, currency: "USD" });
    expect(await readCart(anonymous(), cart.id)).toEqual(cart);
    expect(await readCart(shopper(stack).client, cart.id)).toEqual(cart);
  });

  test("ids are random v4 UUIDs: twenty carts, twenty unrelated ids", async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, async () => (await guestCart([])).id));
    expect(new Set(ids).size).toBe(20);
    expect(new Set(ids.map((id: string) => rowId(id).slice(0, 8))).size).toBe(20);
  });

  test("a guessed or forged id is CART_NOT_FOUND (null), never another cart; a malformed one is BAD_USER_INPUT", async () => {
    const cart = await guestCart([[shirt.id, 1]]);
    for (const id of [randomUUID(), forged(cart.id), "00000000-0000-4000-8000-000000000000"]) {
      expect(await readCart(anonymous(), id)).toBeNull();
      const add = dataOf(
        await anonymous()(CART_LINES_ADD, { cartId: id, lines: [{ variantId: mug.id, quantity: 1 }] }),
      );
      expect(add.cartLinesAdd).toMatchObject({
        cart: null,
        userErrors: [{ code: "CART_NOT_FOUND", field: ["cartId"] }],
      });
      const update = dataOf(
        await anonymous()(CART_LINES_UPDATE, { cartId: id, lines: [{ id: present(cart.lines[0]).id, quantity: 5 }] }),
      );
      expect(codesOf(update.cartLinesUpdate)).toEqual(["CART_NOT_FOUND"]);
      const remove = dataOf(await anonymous()(CART_LINES_REMOVE, { cartId: id, lineIds: [present(cart.lines[0]).id] }));
      expect(codesOf(remove.cartLinesRemove)).toEqual(["CART_NOT_FOUND"]);
    }
    for (const id of ["x", "'; drop table carts; --", `${cart.id}0`]) {
      const response = await anonymous()(CART_LINES_ADD, { cartId: id, lines: [{ variantId: mug.id, quantity: 1 }] });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await readCart(anonymous(), cart.id)).toEqual(cart);
  });

  test("cartLinesAdd merges a variant onto its line and cuts to the stock, with warnings", async () => {
    const cart = await guestCart([[mug.id, 2]]);
    const { cartLinesAdd } = dataOf(
      await anonymous()(CART_LINES_ADD, {
        cartId: cart.id,
        lines: [
          { variantId: mug.id, quantity: 9 },
          { variantId: shirt.id, quantity: 1 },
          { variantId: shirt.id, quantity: 1 },
        ],
      }),
    );
    expect(cartLinesAdd.userErrors).toEqual([]);
    expect(quantities(cartLinesAdd.cart)).toEqual([
      [mug.id, 5],
      [shirt.id, 2],
    ]);
    const added = present(cartLinesAdd.cart, "the cart").lines;
    const mugLine = present(added[0], "the mug's line");
    const shirtLine = present(added[1], "the shirt's line");
    expect(mugLine.id).toBe(cart.lines[0]?.id);
    expect(cartLinesAdd.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "LINE_MERGED", target: mugLine.id }),
        expect.objectContaining({ code: "LINE_MERGED", target: shirtLine.id }),
        expect.objectContaining({ code: "QUANTITY_REDUCED", target: mugLine.id }),
      ]),
    );
  });

  test("bad lines: every problem at once, and the cart comes back unchanged", async () => {
    const cart = await guestCart([[mug.id, 1]]);
    const [gone] = await catalog.product("Gone", [{ priceCents: 100, stock: 5 }]);
    await catalog.archive(gone!.productId);
    const { cartLinesAdd } = dataOf(
      await anonymous()(CART_LINES_ADD, {
        cartId: cart.id,
        lines: [
          { variantId: shirt.id, quantity: 0 },
          { variantId: gone!.id, quantity: 1 },
          { variantId: randomUUID(), quantity: 1 },
        ],
      }),
    );
    expect(cartLinesAdd.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_QUANTITY", field: ["lines", "0", "quantity"] }),
      expect.objectContaining({ code: "VARIANT_UNAVAILABLE", field: ["lines", "1", "variantId"] }),
      expect.objectContaining({ code: "VARIANT_NOT_FOUND", field: ["lines", "2", "variantId"] }),
    ]);
    expect(cartLinesAdd.cart).toEqual(cart);
  });

  test("cartLinesUpdate sets quantities by line id (0 removes, beyond stock is cut); cartLinesRemove removes", async () => {
    const cart = await guestCart([
      [shirt.id, 1],
      [mug.id, 1],
    ]);
    const shirtLine = present(cart.lines[0], "the shirt's line");
    const mugLine = present(cart.lines[1], "the mug's line");
    const { cartLinesUpdate } = dataOf(
      await anonymous()(CART_LINES_UPDATE, {
        cartId: cart.id,
        lines: [
          { id: shirtLine.id, quantity: 0 },
          { id: mugLine.id, quantity: 8 },
        ],
      }),
    );
    expect(cartLinesUpdate.userErrors).toEqual([]);
    expect(quantities(cartLinesUpdate.cart)).toEqual([[mug.id, 5]]);
    expect(cartLinesUpdate.warnings).toEqual([
      expect.objectContaining({ code: "QUANTITY_REDUCED", target: mugLine.id }),
    ]);
    const { cartLinesRemove } = dataOf(
      await anonymous()(CART_LINES_REMOVE, { cartId: cart.id, lineIds: [mugLine.id] }),
    );
    expect(cartLinesRemove).toMatchObject({ userErrors: [], cart: { id: cart.id, lines: [], totalQuantity: 0 } });
  });

  test("a line id of another cart is LINE_NOT_FOUND, and neither cart changes", async () => {
    const mine = await guestCart([[shirt.id, 1]]);
    const theirs = await guestCart([[mug.id, 1]]);
    const update = dataOf(
      await anonymous()(CART_LINES_UPDATE, {
        cartId: mine.id,
        lines: [{ id: present(theirs.lines[0]).id, quantity: 3 }],
      }),
    ).cartLinesUpdate;
    expect(update.userErrors).toEqual([
      expect.objectContaining({ code: "LINE_NOT_FOUND", field: ["lines", "0", "id"] }),
    ]);
    expect(update.cart).toEqual(mine);
    const remove = dataOf(
      await anonymous()(CART_LINES_REMOVE, {
        cartId: mine.id,
        lineIds: [present(mine.lines[0]).id, present(theirs.lines[0]).id],
      }),
    ).cartLinesRemove;
    expect(remove.userErrors).toEqual([expect.objectContaining({ code: "LINE_NOT_FOUND", field: ["lineIds", "1"] })]);
    expect(await readCart(anonymous(), mine.id)).toEqual(mine);
    expect(await readCart(anonymous(), theirs.id)).toEqual(theirs);
  });

  test("ten cartLinesAdd of one item at once on one cart add up to ten (no lost update)", async () => {
    const cart = await guestCart([]);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        anonymous()(CART_LINES_ADD, { cartId: cart.id, lines: [{ variantId: shirt.id, quantity: 1 }] }),
      ),
    );
    expect(results.map((result) => codesOf(dataOf(result).cartLinesAdd))).toEqual(results.map(() => []));
    expect(quantities(await readCart(anonymous(), cart.id))).toEqual([[shirt.id, 10]]);
  });
});

describe("an account cart", () => {
  test("cart without id is the shopper's; cartCreate signed in adds to it rather than making another", async () => {
    const ada = shopper(stack);
    const account = await ownCart(ada.client);
    expect(account).toMatchObject({ id: expect.any(String), lines: [] });
    const created = await createCart(ada.client, [[shirt.id, 1]]);
    expect(created.cart?.id).toBe(account.id);
    await addToCart(ada, shirt.id, 1);
    expect(quantities(await readCart(ada.client, account.id))).toEqual([[shirt.id, 2]]);
  });

  test("is its owner's only: to anyone else, by id, it is null and CART_NOT_FOUND", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    const adas = await ownCart(ada.client);
    const bob = shopper(stack);
    expect(await readCart(bob.client, adas.id)).toBeNull();
    expect(await readCart(anonymous(), adas.id)).toBeNull();
    for (const client of [bob.client, anonymous()]) {
      const add = dataOf(
        await client(CART_LINES_ADD, { cartId: adas.id, lines: [{ variantId: mug.id, quantity: 1 }] }),
      );
      expect(add.cartLinesAdd).toMatchObject({ cart: null, userErrors: [{ code: "CART_NOT_FOUND" }] });
      const remove = dataOf(await client(CART_LINES_REMOVE, { cartId: adas.id, lineIds: [present(adas.lines[0]).id] }));
      expect(codesOf(remove.cartLinesRemove)).toEqual(["CART_NOT_FOUND"]);
    }
    const attach = dataOf(await bob.client(CART_ATTACH, { cartId: adas.id })).cartAttach;
    expect(codesOf(attach)).toEqual(["CART_NOT_FOUND"]);
    expect(attach.cart?.id).not.toBe(adas.id);
    expect(await readCart(ada.client, adas.id)).toEqual(adas);
  });

  test("an admin sees a shopper's cart through User.cart, and looking creates none", async () => {
    const admin = shopper(stack, Role.ADMIN);
    const ada = shopper(stack);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { cart { id totalQuantity } } } }`;
    const r = [{ __typename: "User", id: ada.userId }];
    expect(dataOf(await admin.client(query, { r }))._entities[0].cart).toBeNull();
    expect(await stack.ordersDb.sql("select 1 from carts where user_id = $1", [ada.userId])).toEqual([]);
    await addToCart(ada, shirt.id, 1);
    const adas = await ownCart(ada.client);
    expect(dataOf(await admin.client(query, { r }))._entities[0].cart).toEqual({ id: adas.id, totalQuantity: 1 });
  });

  test("the deprecated mutations answer userErrors with the cart unchanged, no longer null", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 5);
    const { addToCart: refused } = dataOf(await ada.client(ADD_TO_CART, { variantId: mug.id, quantity: 1 }));
    expect(codesOf(refused)).toEqual(["OUT_OF_STOCK"]);
    expect(refused.cart?.totalQuantity).toBe(5);
  });
});

describe("attaching a guest cart on sign-in", () => {
  test("merges its lines into the account cart with warnings, and the guest cart is gone", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 3);
    const guest = await guestCart([
      [mug.id, 4],
      [shirt.id, 2],
    ]);
    const { cartAttach } = dataOf(await ada.client(CART_ATTACH, { cartId: guest.id }));
    expect(cartAttach.userErrors).toEqual([]);
    expect(quantities(cartAttach.cart)).toEqual([
      [mug.id, 5],
      [shirt.id, 2],
    ]);
    expect(cartAttach.cart?.id).toBe((await ownCart(ada.client)).id);
    const mugLine = present(cartAttach.cart?.lines[0], "the mug's line").id;
    expect(cartAttach.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "QUANTITY_REDUCED", target: mugLine }),
        expect.objectContaining({ code: "LINE_MERGED", target: mugLine }),
      ]),
    );
    expect(await readCart(anonymous(), guest.id)).toBeNull();
    const add = dataOf(
      await anonymous()(CART_LINES_ADD, { cartId: guest.id, lines: [{ variantId: mug.id, quantity: 1 }] }),
    );
    expect(codesOf(add.cartLinesAdd)).toEqual(["CART_NOT_FOUND"]);
  });

  test("attaching one guest cart twice at once merges its lines once", async () => {
    const ada: Shopper = shopper(stack);
    const guest = await guestCart([
      [shirt.id, 2],
      [mug.id, 1],
    ]);
    const results = await Promise.all(
      Array.from({ length: 2 }, async () => dataOf(await ada.client(CART_ATTACH, { cartId: guest.id })).cartAttach),
    );
    expect(results.map(codesOf).sort()).toEqual([[], ["CART_NOT_FOUND"]]);
    for (const result of results) expect(result.cart?.id).toBe(results[0]?.cart?.id);
    expect(quantities(await readCart(ada.client))).toEqual([
      [shirt.id, 2],
      [mug.id, 1],
    ]);
  });

  test("needs a sign-in", async () => {
    const guest = await guestCart([[shirt.id, 1]]);
    const response = await anonymous()(CART_ATTACH, { cartId: guest.id });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await readCart(anonymous(), guest.id)).toEqual(guest);
  });
});

describe("checking out a cart by id", () => {
  const place = async (who: Shopper, cartId?: string) =>
    dataOf(
      await who.client(PLACE_ORDER_WITH_CART, {
        input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS, ...(cartId ? { cartId } : {}) },
      }),
    ).placeOrder;

  test("the shopper's own cart: the order, and the cart it emptied", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    const { id } = await ownCart(ada.client);
    const placed = await place(ada, id);
    expect(placed.userErrors).toEqual([]);
    expect(placed.order?.lines).toEqual([{ variant: { id: shirt.id }, quantity: 1 }]);
    expect(placed.cart).toMatchObject({ id, lines: [], totalQuantity: 0 });
  });

  test("another shopper's cart or a guest cart is CART_NOT_FOUND: nothing is ordered, their cart stays", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    const lamp = await catalog.variant({ priceCents: 4000, stock: 5 }, "Lamp");
    await addToCart(ada, lamp.id, 1);
    await addToCart(bob, mug.id, 1);
    const adas = await ownCart(ada.client);
    const guest = await guestCart([[lamp.id, 1]]);
    for (const cartId of [adas.id, guest.id, randomUUID()]) {
      const refused = await place(bob, cartId);
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ code: "CART_NOT_FOUND", field: ["input", "cartId"] }),
      ]);
      expect(refused.order).toBeNull();
      expect(refused.cart).toBeNull();
    }
    expect(await readCart(ada.client)).toEqual(adas);
    expect(await readCart(anonymous(), guest.id)).toEqual(guest);
    expect(await catalog.reserved(lamp.id)).toBe(0);
    // Bob's own cart is untouched, and a refusal of his own checkout shows it unchanged.
    expect(quantities(await readCart(bob.client))).toEqual([[mug.id, 1]]);
  });
});

describe("the sweeper", () => {
  test("deletes guest carts untouched for 30 days, and nothing else", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    const account = await ownCart(ada.client);
    const abandoned = await guestCart([[shirt.id, 1]]);
    const recent = await guestCart([[mug.id, 1]]);
    const old = "now() - interval '31 days'";
    await stack.ordersDb.sql(`update carts set updated_at = ${old} where id = any($1::uuid[])`, [
      [abandoned.id, account.id],
    ]);
    await stack.ordersDb.sql(`update carts set updated_at = now() - interval '29 days' where id = $1`, [recent.id]);
    const swept = await stack.orders.sweeper.sweep();
    expect(swept.abandonedCarts).toBeGreaterThanOrEqual(1);
    expect(await readCart(anonymous(), abandoned.id)).toBeNull();
    expect(await stack.ordersDb.sql("select 1 from cart_lines where cart_id = $1", [abandoned.id])).toEqual([]);
    expect(await readCart(anonymous(), recent.id)).toEqual(recent);
    expect(await readCart(ada.client)).toEqual(account);
  });
});
