import { randomUUID } from "node:crypto";
import { dataOf, eventually, present, recordEvents, rowId, type RecordedEvents } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, simpleProduct, tokens } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { ADJUST_STOCK, ARCHIVE_PRODUCT, RELEASE_STOCK, RESERVE_STOCK, UPDATE_VARIANT } from "./operations.js";

let products: ProductsUnderTest;
let published: RecordedEvents;
let category: { id: string; slug: string };

beforeAll(async () => {
  products = await startProducts();
  published = await recordEvents(products.config.events.exchange, "#");
  category = await createCategory(products, "Events");
});
afterAll(async () => {
  await published?.close();
  await products?.close();
});

/** The events a change recorded in the outbox, in order. */
async function recordedBy(change: () => Promise<unknown>) {
  const [row] = await products.sql<{ last: string }>(`SELECT coalesce(max(sequence), 0)::text AS last FROM outbox`);
  const last = present(row, "the outbox's last sequence").last;
  await change();
  return products.sql<{ type: string; data: Record<string, unknown> }>(
    `SELECT type, envelope->'data' AS data FROM outbox WHERE sequence > $1 ORDER BY sequence`,
    [last],
  );
}

const admin = () => products.client(tokens.admin());
const service = () => products.client(tokens.service());

describe("catalog events, recorded with the change they announce", () => {
  test("creating, repricing and archiving a product: product.changed and variant.changed, none for a refusal", async () => {
    let product!: Awaited<ReturnType<typeof createProduct>>;
    expect(
      await recordedBy(async () => (product = await createProduct(products, simpleProduct(category.slug, "Evented")))),
    ).toEqual([
      {
        type: "product.changed",
        data: {
          productId: rowId(product.id),
          variantIds: [rowId(product.variants[0]!.id)],
          categoryIds: [rowId(category.id)],
        },
      },
    ]);
    const variantId = product.variants[0]!.id;
    expect(await recordedBy(() => admin()(UPDATE_VARIANT, { id: variantId, input: { price: "12.50" } }))).toEqual([
      { type: "variant.changed", data: { variantId: rowId(variantId), productId: rowId(product.id) } },
    ]);
    const refused = await recordedBy(async () => {
      const { updateVariant } = dataOf(await admin()(UPDATE_VARIANT, { id: variantId, input: { price: "12.505" } }));
      expect(updateVariant.userErrors[0]?.code).toBe("INVALID_PRICE");
    });
    expect(refused).toEqual([]);
    expect(await recordedBy(() => admin()(ARCHIVE_PRODUCT, { id: product.id }))).toEqual([
      {
        type: "product.changed",
        data: { productId: rowId(product.id), variantIds: [rowId(variantId)], categoryIds: [rowId(category.id)] },
      },
    ]);
    // The relay publishes them, in order.
    await eventually(
      () => published.events.filter((event) => event.data["productId"] === rowId(product.id)).length === 3,
    );
    expect(published.events.filter((e) => e.data["productId"] === rowId(product.id)).map((e) => e.type)).toEqual([
      "product.changed",
      "variant.changed",
      "product.changed",
    ]);
  });

  test("stock.changed for an adjustment, a reservation and a release, each once, with the stock before and after", async () => {
    const product = await createProduct(products, simpleProduct(category.slug, "Stocked", 1000, 10));
    const variantId = product.variants[0]!.id;
    const level = (stock: number, previousStock: number) => ({
      variantId: rowId(variantId),
      productId: rowId(product.id),
      stock,
      previousStock,
    });

    expect(await recordedBy(() => admin()(ADJUST_STOCK, { variantId, delta: -3 }))).toEqual([
      { type: "stock.changed", data: { reason: "ADJUSTMENT", orderId: null, variants: [level(7, 10)] } },
    ]);
    expect(await recordedBy(() => admin()(ADJUST_STOCK, { variantId, delta: -50 }))).toEqual([]);

    const orderId = randomUUID();
    const reserve = () => service()(RESERVE_STOCK, { orderId, lines: [{ variantId, quantity: 2 }] });
    expect(await recordedBy(reserve)).toEqual([
      { type: "stock.changed", data: { reason: "RESERVATION", orderId, variants: [level(5, 7)] } },
    ]);
    expect(await recordedBy(reserve)).toEqual([]);
    const tooMany = () => service()(RESERVE_STOCK, { orderId: randomUUID(), lines: [{ variantId, quantity: 6 }] });
    expect(await recordedBy(tooMany)).toEqual([]);

    const release = () => service()(RELEASE_STOCK, { orderId });
    expect(await recordedBy(release)).toEqual([
      { type: "stock.changed", data: { reason: "RELEASE", orderId, variants: [level(7, 5)] } },
    ]);
    expect(await recordedBy(release)).toEqual([]);
  });
});
