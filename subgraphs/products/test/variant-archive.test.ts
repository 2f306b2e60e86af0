import { randomUUID } from "node:crypto";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createCategory, createProduct, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { RESERVE_STOCK, SET_VARIANT_ARCHIVED, VARIANTS_ON_SALE } from "./operations.js";

let products: ProductsUnderTest;

beforeAll(async () => {
  products = await startProducts();
  await createCategory(products, "Hats", "hats");
});
afterAll(() => products?.close());

test("an archived variant leaves what shoppers see and buy, stays for admins, and comes back when restored", async () => {
  const colour = `Ember${uniqueSku("").replace(/-/g, "")}`;
  const product = await createProduct(products, {
    name: `Beanie ${randomUUID().slice(0, 8)}`,
    categorySlug: "hats",
    options: ["Colour"],
    variants: [
      { sku: uniqueSku(), priceCents: 1500, stock: 4, options: [{ name: "Colour", value: "Black" }] },
      { sku: uniqueSku(), priceCents: 2500, stock: 4, options: [{ name: "Colour", value: colour }] },
    ],
  });
  const archivedId = present(product.variants[1], "the second variant").id;
  const admin = products.client(tokens.admin());
  const shopper = products.client();
  const look = async (client = shopper) =>
    present(dataOf(await client(VARIANTS_ON_SALE, { id: product.id, colour })), "the answer");

  expect((await look()).searched.totalCount).toBe(1);
  const refused = await products.client(tokens.customer())(SET_VARIANT_ARCHIVED, { id: archivedId, archive: true });
  expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");

  const archived = dataOf(await admin(SET_VARIANT_ARCHIVED, { id: archivedId, archive: true })).archiveVariant;
  expect(archived?.variant).toMatchObject({ archived: true, availableForSale: false });

  const seen = await look();
  expect(seen.product?.variants.map((variant) => variant.title)).toEqual(["Black"]);
  expect(seen.product?.options).toEqual([{ name: "Colour", values: ["Black"] }]);
  expect(seen.product?.priceRange.max.amountCents).toBe(1500);
  expect(seen.products.totalCount).toBe(0);
  // Its colour is no longer a word the product is found by.
  expect(seen.searched.totalCount).toBe(0);
  expect((await look(admin)).product?.variants.map((variant) => variant.archived)).toEqual([false, true]);

  const service = products.client(tokens.service());
  const reserve = dataOf(
    await service(RESERVE_STOCK, { orderId: randomUUID(), lines: [{ variantId: archivedId, quantity: 1 }] }),
  ).reserveStock;
  expect(reserve.userErrors.map((error) => error.code)).toEqual(["VARIANT_UNAVAILABLE"]);

  const restored = dataOf(await admin(SET_VARIANT_ARCHIVED, { id: archivedId, archive: false })).restoreVariant;
  expect(restored?.variant).toMatchObject({ archived: false, availableForSale: true });
  const back = await look();
  expect(back.product?.variants.map((variant) => variant.title)).toEqual(["Black", colour]);
  expect(back.products.totalCount).toBe(1);
  expect(back.searched.totalCount).toBe(1);

  const missing = dataOf(await admin(SET_VARIANT_ARCHIVED, { id: randomUUID(), archive: true })).archiveVariant;
  expect(missing?.userErrors.map((error) => error.code)).toEqual(["VARIANT_NOT_FOUND"]);
});
