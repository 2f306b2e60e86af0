import { randomUUID } from "node:crypto";
import { uuidOf } from "@shopgraph/kernel";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, simpleProduct, tokens } from "./fixtures.js";
import { graphql } from "./gql/index.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";

/** A product's weight and tax category: what orders needs for weight-based shipping and tax rates. */

const CREATE = graphql(`
  mutation WeightTaxCreate($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        weightGrams
        taxCategory
        variants {
          id
          weightGrams
          taxCategory
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation WeightTaxUpdate($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      product {
        weightGrams
        taxCategory
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UPDATE_VARIANT = graphql(`
  mutation WeightTaxUpdateVariant($id: ID!, $input: UpdateVariantInput!) {
    updateVariant(id: $id, input: $input) {
      variant {
        weightGrams
        taxCategory
        ownWeightGrams
        ownTaxCategory
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const RESERVE = graphql(`
  mutation WeightTaxReserve($orderId: ID!, $lines: [StockLineInput!]!) {
    reserveStock(orderId: $orderId, lines: $lines) {
      alreadyReserved
      lines {
        variantId
        weightGrams
        taxCategory
        categoryId
      }
      userErrors {
        code
      }
    }
  }
`);

let products: ProductsUnderTest;
let admin: ReturnType<ProductsUnderTest["client"]>;

beforeAll(async () => {
  products = await startProducts();
  admin = products.client(tokens.admin());
  await createCategory(products, "Books", "books");
});
afterAll(() => products?.close());

describe("a product's weight and tax category", () => {
  test("are none and STANDARD unless given; set on create and update; every variant shows its product's", async () => {
    const plain = present(
      dataOf(await admin(CREATE, { input: simpleProduct("books", "Plain") })).createProduct.product,
    );
    expect(plain).toMatchObject({ weightGrams: null, taxCategory: "STANDARD" });
    const { createProduct } = dataOf(
      await admin(CREATE, {
        input: { ...simpleProduct("books", "Atlas"), weightGrams: 1_200, taxCategory: "REDUCED" },
      }),
    );
    const atlas = present(createProduct.product);
    expect(atlas).toMatchObject({ weightGrams: 1_200, taxCategory: "REDUCED" });
    expect(atlas.variants).toEqual([{ id: atlas.variants[0]!.id, weightGrams: 1_200, taxCategory: "REDUCED" }]);
    const { updateProduct } = dataOf(
      await admin(UPDATE, { id: atlas.id, input: { weightGrams: 0, taxCategory: "ZERO" } }),
    );
    expect(updateProduct).toEqual({ product: { weightGrams: 0, taxCategory: "ZERO" }, userErrors: [] });
    // Fields not given stay as they are.
    const renamed = dataOf(await admin(UPDATE, { id: atlas.id, input: { name: "Atlas 2" } })).updateProduct;
    expect(renamed.product).toEqual({ weightGrams: 0, taxCategory: "ZERO" });
  });

  test("a weight outside 0 to 1,000,000 g or not whole is INVALID_WEIGHT, and nothing changes", async () => {
    for (const weightGrams of [-1, 1_000_001]) {
      const { createProduct } = dataOf(
        await admin(CREATE, { input: { ...simpleProduct("books", `Bad ${weightGrams}`), weightGrams } }),
      );
      expect(createProduct).toEqual({
        product: null,
        userErrors: [{ code: "INVALID_WEIGHT", field: ["input", "weightGrams"] }],
      });
    }
    const product = present(
      dataOf(await admin(CREATE, { input: simpleProduct("books", "Kept") })).createProduct.product,
    );
    const { updateProduct } = dataOf(await admin(UPDATE, { id: product.id, input: { weightGrams: -5 } }));
    expect(updateProduct.userErrors).toEqual([{ code: "INVALID_WEIGHT", field: ["input", "weightGrams"] }]);
    const [row] = await products.sql<{ weight_grams: number | null }>(
      "select weight_grams from products where id = $1",
      [present(uuidOf(product.id, "Product"))],
    );
    expect(row).toEqual({ weight_grams: null });
  });

  test("reserveStock's lines carry them, in the first reservation and when it is asked again", async () => {
    const { createProduct } = dataOf(
      await admin(CREATE, { input: { ...simpleProduct("books", "Heavy"), weightGrams: 750, taxCategory: "REDUCED" } }),
    );
    const variantId = present(createProduct.product).variants[0]!.id;
    const service = products.client(tokens.service());
    const orderId = randomUUID();
    const lines = [{ variantId, quantity: 2 }];
    const first = dataOf(await service(RESERVE, { orderId, lines })).reserveStock;
    expect(first).toMatchObject({ alreadyReserved: false, userErrors: [] });
    const raw = present(uuidOf(variantId, "ProductVariant"));
    const [category] = await products.sql<{ id: string }>("select id from categories where slug = 'books'");
    expect(first.lines).toEqual([
      { variantId: raw, weightGrams: 750, taxCategory: "REDUCED", categoryId: present(category).id },
    ]);
    const again = dataOf(await service(RESERVE, { orderId, lines })).reserveStock;
    expect(again).toMatchObject({ alreadyReserved: true, lines: first.lines });
  });

  test("a variant's own weight and tax category override its product's, in the API and in reservations", async () => {
    const { createProduct } = dataOf(
      await admin(CREATE, {
        input: { ...simpleProduct("books", "Boxed set"), weightGrams: 400, taxCategory: "REDUCED" },
      }),
    );
    const variantId = present(createProduct.product).variants[0]!.id;
    const update = async (input: Record<string, unknown>) =>
      dataOf(await admin(UPDATE_VARIANT, { id: variantId, input })).updateVariant;
    expect(await update({ ownWeightGrams: 2_500, ownTaxCategory: "STANDARD" })).toEqual({
      variant: { weightGrams: 2_500, taxCategory: "STANDARD", ownWeightGrams: 2_500, ownTaxCategory: "STANDARD" },
      userErrors: [],
    });
    const service = products.client(tokens.service());
    const reserved = dataOf(await service(RESERVE, { orderId: randomUUID(), lines: [{ variantId, quantity: 1 }] }));
    expect(reserved.reserveStock.lines[0]).toMatchObject({ weightGrams: 2_500, taxCategory: "STANDARD" });
    // Other changes keep them; clearing one gives the product's back.
    expect((await update({ price: "9.99" })).variant).toMatchObject({ ownWeightGrams: 2_500 });
    expect((await update({ clearOwnWeight: true })).variant).toEqual({
      weightGrams: 400,
      taxCategory: "STANDARD",
      ownWeightGrams: null,
      ownTaxCategory: "STANDARD",
    });
    expect((await update({ clearOwnTaxCategory: true })).variant).toMatchObject({ taxCategory: "REDUCED" });
    // Set and cleared at once, or out of range: refused, nothing changes.
    expect((await update({ ownWeightGrams: 10, clearOwnWeight: true })).userErrors).toEqual([
      { code: "INVALID_WEIGHT", field: ["input", "clearOwnWeight"] },
    ]);
    expect((await update({ ownTaxCategory: "ZERO", clearOwnTaxCategory: true })).userErrors).toEqual([
      { code: "INVALID_TAX_CATEGORY", field: ["input", "clearOwnTaxCategory"] },
    ]);
    expect((await update({ ownWeightGrams: -1 })).userErrors).toEqual([
      { code: "INVALID_WEIGHT", field: ["input", "ownWeightGrams"] },
    ]);
    const again = dataOf(await service(RESERVE, { orderId: randomUUID(), lines: [{ variantId, quantity: 1 }] }));
    expect(again.reserveStock.lines[0]).toMatchObject({ weightGrams: 400, taxCategory: "REDUCED" });
  });
});
