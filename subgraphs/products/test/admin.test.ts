import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { dataOf, present, queryText } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, simpleProduct, tokens, uniqueSku, type ProductSpec } from "./fixtures.js";
import type {
  AddVariantMutationVariables,
  AdjustStockMutationVariables,
  UpdateProductMutationVariables,
  UpdateVariantMutationVariables,
} from "./gql/graphql.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import {
  ADD_VARIANT,
  ADJUST_STOCK,
  ARCHIVE_PRODUCT,
  CREATE_CATEGORY,
  CREATE_PRODUCT,
  PRODUCT,
  SEARCH,
  UPDATE_PRODUCT,
  UPDATE_VARIANT,
} from "./operations.js";

let products: ProductsUnderTest;
let admin: ReturnType<ProductsUnderTest["client"]>;

beforeAll(async () => {
  products = await startProducts({ imageOrigins: ["https://cdn.example.com"] });
  admin = products.client(tokens.admin());
  await createCategory(products, "T-shirts", "t-shirts");
  await createCategory(products, "Home", "home");
});
afterAll(() => products?.close());

/** The userErrors of a mutation as `code@field` strings. */
function errorsOf(payload: { userErrors: { code: string; field: string[] | null }[] }): string[] {
  return payload.userErrors.map((error) => `${error.code}@${(error.field ?? []).join(".")}`);
}

/** Counts of every table a catalog mutation could touch. */
async function tableCounts() {
  const [row] = await products.sql<{
    categories: number;
    products: number;
    variants: number;
    movements: number;
  }>(`SELECT
    (SELECT count(*)::int FROM categories) AS categories, (SELECT count(*)::int FROM products) AS products,
    (SELECT count(*)::int FROM product_variants) AS variants, (SELECT count(*)::int FROM stock_movements) AS movements`);
  return row!;
}

/** Sends a mutation that must fail with userErrors and change nothing; returns its errors. */
async function refused<TData extends object, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<string[]> {
  const before = await tableCounts();
  const data = dataOf(await admin(document, variables));
  // Each of these mutations answers one payload with userErrors.
  const payload = Object.values(data)[0] as { userErrors: { code: string; field: string[] | null }[] };
  expect(payload.userErrors.length).toBeGreaterThan(0);
  expect(Object.entries(payload).filter(([key, value]) => key !== "userErrors" && value !== null)).toEqual([]);
  expect(await tableCounts()).toEqual(before);
  return errorsOf(payload);
}

const tee = (overrides: Partial<ProductSpec> = {}): ProductSpec => ({
  name: "Crew Tee",
  categorySlug: "t-shirts",
  description: "Soft cotton.",
  options: ["Size", "Colour"],
  variants: [
    {
      sku: uniqueSku(),
      priceCents: 2400,
      stock: 5,
      options: [
        { name: "Size", value: "M" },
        { name: "Colour", value: "Black" },
      ],
    },
    {
      sku: uniqueSku(),
      priceCents: 2600,
      stock: 0,
      options: [
        { name: "Colour", value: "White" },
        { name: "Size", value: "L" },
      ],
    },
  ],
  ...overrides,
});

describe("who may administer the catalog", () => {
  const id = randomUUID();
  // Sent as text: one table of different mutations, each row with variables of its own shape.
  const mutations: [string, string, Record<string, unknown>][] = [
    ["createCategory", queryText(CREATE_CATEGORY), { input: { name: "Nope" } }],
    ["createProduct", queryText(CREATE_PRODUCT), { input: tee() }],
    ["updateProduct", queryText(UPDATE_PRODUCT), { id, input: { name: "Nope" } }],
    ["archiveProduct", queryText(ARCHIVE_PRODUCT), { id }],
    ["addVariant", queryText(ADD_VARIANT), { productId: id, input: { sku: "NOPE", priceCents: 1 } }],
    ["updateVariant", queryText(UPDATE_VARIANT), { id, input: { priceCents: 1 } }],
    ["adjustStock", queryText(ADJUST_STOCK), { variantId: id, delta: 1 }],
  ];

  test.each(mutations)("%s: anonymous callers are UNAUTHENTICATED", async (_, query, variables) => {
    const response = await products.client()(query, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.data).toBeNull();
  });

  test.each(mutations)("%s: customers and services are FORBIDDEN", async (_, query, variables) => {
    for (const token of [tokens.customer(), tokens.service()]) {
      const response = await products.client(token)(query, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await tableCounts()).toMatchObject({ categories: 2 });
  });
});

describe("createProduct", () => {
  test("creates the product with its variants, a slug, a placeholder image and the initial stock in the ledger", async () => {
    const { createProduct } = dataOf(await admin(CREATE_PRODUCT, { input: tee({ name: "  Café   Crew Tee " }) }));
    expect(createProduct.userErrors).toEqual([]);
    const product = createProduct.product;
    expect(product).toMatchObject({
      name: "Café Crew Tee",
      slug: "cafe-crew-tee",
      status: "ACTIVE",
      images: ["/images/products/cafe-crew-tee.svg"],
      category: { slug: "t-shirts" },
      options: [
        { name: "Size", values: ["M", "L"] },
        { name: "Colour", values: ["Black", "White"] },
      ],
      priceRange: { min: { amountCents: 2400, currency: "USD" }, max: { amountCents: 2600, currency: "USD" } },
      inStock: true,
    });
    expect(product?.variants.map((v: any) => [v.title, v.options, v.stock, v.inStock, v.available])).toEqual([
      [
        "M / Black",
        [
          { name: "Size", value: "M" },
          { name: "Colour", value: "Black" },
        ],
        5,
        true,
        true,
      ],
      [
        "L / White",
        [
          { name: "Size", value: "L" },
          { name: "Colour", value: "White" },
        ],
        0,
        false,
        true,
      ],
    ]);
    expect(product?.variants[0]?.price.formatted).toBe("$24.00");
    const ledger = await products.sql(
      "SELECT delta, stock_after, kind, actor FROM stock_movements WHERE variant_id = ANY($1)",
      [present(product).variants.map((v: any) => v.id)],
    );
    expect(ledger).toEqual([{ delta: 5, stock_after: 5, kind: "INITIAL", actor: expect.stringMatching(/^user:/) }]);
  });

  test("numbers a generated slug that is taken, stores SKUs upper-case", async () => {
    const first = await createProduct(products, simpleProduct("home", "Stoneware Mug"));
    const second = await createProduct(products, {
      name: "Stoneware Mug",
      categorySlug: "home",
      variants: [{ sku: "mug-blue-1", priceCents: 100 }],
    });
    expect([first.slug, second.slug]).toEqual(["stoneware-mug", "stoneware-mug-2"]);
    expect(second.variants[0]!.sku).toBe("MUG-BLUE-1");
    expect(second.variants[0]!.title).toBe("Default");
  });

  test.each<[string, Partial<ProductSpec> | ((spec: ProductSpec) => ProductSpec), string[]]>([
    ["an empty name", { name: "   " }, ["INVALID_NAME@input.name"]],
    ["no variants", { variants: [] }, ["NO_VARIANTS@input.variants"]],
    ["an unknown category", { categorySlug: "socks" }, ["CATEGORY_NOT_FOUND@input.categorySlug"]],
    ["a malformed slug", { slug: "Not A Slug" }, ["INVALID_SLUG@input.slug"]],
    ["an unsafe image URL", { images: ["javascript:alert(1)"] }, ["INVALID_IMAGE_URL@input.images.0"]],
    [
      "an image on a host outside IMAGE_ORIGINS",
      { images: ["/images/ok.svg", "https://evil.example/track.png"] },
      ["INVALID_IMAGE_URL@input.images.1"],
    ],
    ["a protocol-relative image URL", { images: ["//evil.example/track.png"] }, ["INVALID_IMAGE_URL@input.images.0"]],
    ["option names listed twice", { options: ["Size", "size"] }, ["INVALID_OPTIONS@input.options.1"]],
    [
      "a negative price",
      (spec) => patchVariant(spec, 0, { priceCents: -1 }),
      ["INVALID_PRICE@input.variants.0.priceCents"],
    ],
    [
      "an absurd price",
      (spec) => patchVariant(spec, 1, { priceCents: 2_000_000_000 }),
      ["INVALID_PRICE@input.variants.1.priceCents"],
    ],
    ["negative stock", (spec) => patchVariant(spec, 0, { stock: -3 }), ["INVALID_STOCK@input.variants.0.stock"]],
    ["absurd stock", (spec) => patchVariant(spec, 0, { stock: 50_000_000 }), ["INVALID_STOCK@input.variants.0.stock"]],
    [
      "a currency that is not ISO 4217",
      (spec) => patchVariant(spec, 0, { currency: "DOLLARS" }),
      ["INVALID_CURRENCY@input.variants.0.currency"],
    ],
    [
      "a currency the shop does not price in",
      (spec) => patchVariant(patchVariant(spec, 0, { currency: "JPY" }), 1, { currency: "JPY" }),
      ["UNSUPPORTED_CURRENCY@input.variants.0.currency", "UNSUPPORTED_CURRENCY@input.variants.1.currency"],
    ],
    [
      "variants in two currencies",
      (spec) => patchVariant(spec, 1, { currency: "EUR" }),
      ["CURRENCY_MISMATCH@input.variants.1.currency"],
    ],
    ["a malformed SKU", (spec) => patchVariant(spec, 0, { sku: "has space" }), ["INVALID_SKU@input.variants.0.sku"]],
    [
      "one SKU twice",
      (spec) => patchVariant(spec, 1, { sku: spec.variants[0]!.sku.toLowerCase() }),
      ["SKU_TAKEN@input.variants.1.sku"],
    ],
    [
      "a missing option value",
      (spec) => patchVariant(spec, 0, { options: [{ name: "Size", value: "M" }] }),
      ["INVALID_VARIANT_OPTIONS@input.variants.0.options"],
    ],
    [
      "an option the product does not have",
      (spec) =>
        patchVariant(spec, 0, {
          options: [
            { name: "Size", value: "M" },
            { name: "Material", value: "Wool" },
          ],
        }),
      ["INVALID_VARIANT_OPTIONS@input.variants.0.options"],
    ],
    [
      "an empty option value",
      (spec) =>
        patchVariant(spec, 0, {
          options: [
            { name: "Size", value: " " },
            { name: "Colour", value: "Black" },
          ],
        }),
      ["INVALID_VARIANT_OPTIONS@input.variants.0.options"],
    ],
    [
      "two variants with the same options",
      (spec) => patchVariant(spec, 1, { options: spec.variants[0]!.options }),
      ["DUPLICATE_VARIANT@input.variants.1.options"],
    ],
    [
      "several problems",
      (spec) => patchVariant({ ...spec, name: "", categorySlug: "nope" }, 0, { priceCents: -5 }),
      ["INVALID_NAME@input.name", "INVALID_PRICE@input.variants.0.priceCents", "CATEGORY_NOT_FOUND@input.categorySlug"],
    ],
  ])("refuses %s and creates nothing", async (_, change, expected) => {
    const input = typeof change === "function" ? change(tee()) : tee(change);
    expect(await refused(CREATE_PRODUCT, { input })).toEqual(expected);
  });

  test("refuses a SKU or slug another product has", async () => {
    const existing = await createProduct(products, { ...simpleProduct("home", "Taken Things"), slug: "taken" });
    expect(
      await refused(CREATE_PRODUCT, {
        input: patchVariant(tee(), 1, { sku: existing.variants[0]!.sku.toLowerCase() }),
      }),
    ).toEqual(["SKU_TAKEN@input.variants.1.sku"]);
    expect(await refused(CREATE_PRODUCT, { input: tee({ slug: "taken" }) })).toEqual(["SLUG_TAKEN@input.slug"]);
  });

  test("refuses a non-integer price before anything runs", async () => {
    const before = await tableCounts();
    const response = await admin(CREATE_PRODUCT, { input: patchVariant(tee(), 0, { priceCents: 12.5 }) });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await tableCounts()).toEqual(before);
  });

  test("of concurrent requests for one SKU, exactly one wins; the others get SKU_TAKEN", async () => {
    const sku = uniqueSku("RACE");
    const before = await tableCounts();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        admin(CREATE_PRODUCT, {
          input: { ...simpleProduct("home", `Racer ${i}`), variants: [{ sku, priceCents: 1 }] },
        }),
      ),
    );
    const payloads = results.map((response) => dataOf(response).createProduct);
    expect(payloads.filter((payload) => payload.product).length).toBe(1);
    expect(payloads.filter((payload) => payload.userErrors[0]?.code === "SKU_TAKEN").length).toBe(5);
    expect(await tableCounts()).toMatchObject({ products: before.products + 1, variants: before.variants + 1 });
  });
});

describe("updateProduct and archiveProduct", () => {
  beforeAll(() => createProduct(products, { ...simpleProduct("home", "Other"), slug: "taken-by-other" }));

  test("change only the given fields; search sees the new name and category", async () => {
    const product = await createProduct(products, { ...simpleProduct("t-shirts", "Plain Tee"), description: "Basic." });
    const { updateProduct } = dataOf(
      await admin(UPDATE_PRODUCT, {
        id: product.id,
        input: { name: "Quilted Pot Holder", categorySlug: "home", images: ["https://cdn.example.com/holder.jpg"] },
      }),
    );
    expect(updateProduct.userErrors).toEqual([]);
    expect(updateProduct.product).toMatchObject({
      name: "Quilted Pot Holder",
      slug: "plain-tee",
      description: "Basic.",
      category: { slug: "home" },
      images: ["https://cdn.example.com/holder.jpg"],
    });
    expect(new Date(present(updateProduct.product).updatedAt) >= new Date(product.createdAt)).toBe(true);
    const found = dataOf(await products.client()(SEARCH, { query: "quilted home" })).products.nodes;
    expect(found.map((node: any) => node.id)).toEqual([product.id]);
    const { updateProduct: renamed } = dataOf(
      await admin(UPDATE_PRODUCT, { id: product.id, input: { slug: "pot-holder" } }),
    );
    expect(renamed.product?.slug).toBe("pot-holder");
  });

  test.each<[string, (id: string) => UpdateProductMutationVariables, string[]]>([
    ["an unknown id", () => ({ id: randomUUID(), input: { name: "X" } }), ["PRODUCT_NOT_FOUND@id"]],
    ["an empty name", (id) => ({ id, input: { name: "" } }), ["INVALID_NAME@input.name"]],
    ["a taken slug", (id) => ({ id, input: { slug: "taken-by-other" } }), ["SLUG_TAKEN@input.slug"]],
    [
      "an unknown category",
      (id) => ({ id, input: { categorySlug: "nope" } }),
      ["CATEGORY_NOT_FOUND@input.categorySlug"],
    ],
    [
      "an image on a host outside IMAGE_ORIGINS",
      (id) => ({ id, input: { images: ["https://evil.example/track.png"] } }),
      ["INVALID_IMAGE_URL@input.images.0"],
    ],
    [
      "a name and description both wrong",
      (id) => ({ id, input: { name: " ", description: "x".repeat(5001) } }),
      ["INVALID_NAME@input.name", "INVALID_DESCRIPTION@input.description"],
    ],
  ])("updateProduct refuses %s and changes nothing", async (_, variables, expected) => {
    const product = await createProduct(products, simpleProduct("home", `Updatable ${uniqueSku()}`));
    expect(await refused(UPDATE_PRODUCT, variables(product.id))).toEqual(expected);
    const after = dataOf(await admin(PRODUCT, { id: product.id })).product;
    expect(after).toMatchObject({ name: product.name, slug: product.slug, images: product.images });
  });

  test("archiving takes a product off sale; updating its status puts it back", async () => {
    const product = await createProduct(products, simpleProduct("home", "Seasonal Wreath"));
    const { archiveProduct } = dataOf(await admin(ARCHIVE_PRODUCT, { id: product.id }));
    expect(archiveProduct.product?.status).toBe("ARCHIVED");
    expect(archiveProduct.product?.variants[0]?.available).toBe(false);
    expect(dataOf(await products.client()(PRODUCT, { id: product.id })).product).toBeNull();
    expect(dataOf(await products.client()(SEARCH, { query: "wreath" })).products.totalCount).toBe(0);
    expect(dataOf(await admin(PRODUCT, { id: product.id })).product?.status).toBe("ARCHIVED");

    const { updateProduct } = dataOf(await admin(UPDATE_PRODUCT, { id: product.id, input: { status: "ACTIVE" } }));
    expect(updateProduct.product?.variants[0]?.available).toBe(true);
    expect(dataOf(await products.client()(SEARCH, { query: "wreath" })).products.totalCount).toBe(1);
  });

  test("archiving an unknown product is PRODUCT_NOT_FOUND", async () => {
    expect(await refused(ARCHIVE_PRODUCT, { id: randomUUID() })).toEqual(["PRODUCT_NOT_FOUND@id"]);
  });
});

describe("addVariant and updateVariant", () => {
  test("addVariant appends a variant with its title and touches the product", async () => {
    const product = await createProduct(products, tee({ name: "Variant Tee" }));
    const { addVariant } = dataOf(
      await admin(ADD_VARIANT, {
        productId: product.id,
        input: {
          sku: uniqueSku(),
          priceCents: 2800,
          stock: 2,
          options: [
            { name: "size", value: "XL" },
            { name: "colour", value: "Black" },
          ],
        },
      }),
    );
    expect(addVariant.userErrors).toEqual([]);
    expect(addVariant.variant).toMatchObject({
      title: "XL / Black",
      options: [
        { name: "Size", value: "XL" },
        { name: "Colour", value: "Black" },
      ],
      stock: 2,
    });
    const after = dataOf(await admin(PRODUCT, { id: product.id })).product;
    expect(after?.variants.map((v: any) => v.title)).toEqual(["M / Black", "L / White", "XL / Black"]);
    expect(after?.priceRange.max.amountCents).toBe(2800);
  });

  test.each<[string, (p: { id: string; skus: string[] }) => AddVariantMutationVariables, string[]]>([
    [
      "options of an existing variant",
      ({ id }) => ({ productId: id, input: { sku: uniqueSku(), priceCents: 1, options: opts("M", "Black") } }),
      ["DUPLICATE_VARIANT@input.options"],
    ],
    [
      "options that do not match the product",
      ({ id }) => ({
        productId: id,
        input: { sku: uniqueSku(), priceCents: 1, options: [{ name: "Size", value: "S" }] },
      }),
      ["INVALID_VARIANT_OPTIONS@input.options"],
    ],
    [
      "a SKU in use",
      ({ id, skus }) => ({ productId: id, input: { sku: present(skus[0]), priceCents: 1, options: opts("S", "Red") } }),
      ["SKU_TAKEN@input.sku"],
    ],
    [
      "another currency",
      ({ id }) => ({
        productId: id,
        input: { sku: uniqueSku(), priceCents: 1, currency: "GBP", options: opts("S", "Red") },
      }),
      ["CURRENCY_MISMATCH@input.currency"],
    ],
    [
      "a negative price and stock",
      ({ id }) => ({
        productId: id,
        input: { sku: uniqueSku(), priceCents: -1, stock: -1, options: opts("S", "Red") },
      }),
      ["INVALID_PRICE@input.priceCents", "INVALID_STOCK@input.stock"],
    ],
    [
      "an unknown product",
      () => ({ productId: randomUUID(), input: { sku: uniqueSku(), priceCents: 1 } }),
      ["PRODUCT_NOT_FOUND@productId"],
    ],
  ])("addVariant refuses %s", async (_, variables, expected) => {
    const product = await createProduct(products, tee({ name: "Guarded Tee" }));
    expect(await refused(ADD_VARIANT, variables({ id: product.id, skus: product.variants.map((v) => v.sku) }))).toEqual(
      expected,
    );
  });

  test("updateVariant changes price, SKU and options, never stock", async () => {
    const product = await createProduct(products, tee({ name: "Editable Tee" }));
    const [first] = product.variants;
    const sku = uniqueSku("NEW");
    const { updateVariant } = dataOf(
      await admin(UPDATE_VARIANT, { id: first!.id, input: { priceCents: 1999, sku, options: opts("S", "Black") } }),
    );
    expect(updateVariant.userErrors).toEqual([]);
    expect(updateVariant.variant).toMatchObject({ sku, title: "S / Black", price: { amountCents: 1999 }, stock: 5 });
  });

  test("updateVariant takes the price as a Decimal string, exactly; a JSON number is BAD_USER_INPUT", async () => {
    const product = await createProduct(products, tee({ name: "Decimal Tee" }));
    const [first] = product.variants;
    const { updateVariant } = dataOf(await admin(UPDATE_VARIANT, { id: first!.id, input: { price: "19.90" } }));
    expect(updateVariant.userErrors).toEqual([]);
    expect(updateVariant.variant?.price).toMatchObject({ amountCents: 1990, formatted: "$19.90" });
    for (const price of [19.9, "1e3", "19,90"]) {
      // Sent as text: a number where the schema wants a Decimal string, on purpose.
      const response = await admin(queryText(UPDATE_VARIANT), { id: first!.id, input: { price } });
      expect(response.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    }
  });

  test.each<[string, (v: { id: string; otherSku: string }) => UpdateVariantMutationVariables, string[]]>([
    [
      "a price with more decimals than USD has",
      ({ id }) => ({ id, input: { price: "19.999" } }),
      ["INVALID_PRICE@input.price"],
    ],
    [
      "both price and priceCents",
      ({ id }) => ({ id, input: { price: "1.00", priceCents: 100 } }),
      ["INVALID_PRICE@input.price"],
    ],
    ["an unknown variant", () => ({ id: randomUUID(), input: { priceCents: 1 } }), ["VARIANT_NOT_FOUND@id"]],
    ["a negative price", ({ id }) => ({ id, input: { priceCents: -100 } }), ["INVALID_PRICE@input.priceCents"]],
    ["a sibling's SKU", ({ id, otherSku }) => ({ id, input: { sku: otherSku } }), ["SKU_TAKEN@input.sku"]],
    [
      "a sibling's options",
      ({ id }) => ({ id, input: { options: opts("L", "White") } }),
      ["DUPLICATE_VARIANT@input.options"],
    ],
    ["another currency", ({ id }) => ({ id, input: { currency: "EUR" } }), ["CURRENCY_MISMATCH@input.currency"]],
    ["a bogus currency", ({ id }) => ({ id, input: { currency: "ZZZ" } }), ["INVALID_CURRENCY@input.currency"]],
  ])("updateVariant refuses %s and changes nothing", async (_, variables, expected) => {
    const product = await createProduct(products, tee({ name: "Strict Tee" }));
    const [first, second] = product.variants;
    expect(await refused(UPDATE_VARIANT, variables({ id: first!.id, otherSku: second!.sku }))).toEqual(expected);
    const after = dataOf(await admin(PRODUCT, { id: product.id })).product;
    expect(after?.variants[0]).toMatchObject({ sku: first!.sku, title: "M / Black", price: { amountCents: 2400 } });
  });
});

describe("malformed ids", () => {
  // Sent as text: different mutations in one table, each row with variables of its own shape.
  test.each<[string, string, Record<string, unknown>]>([
    ["updateProduct", queryText(UPDATE_PRODUCT), { id: "42", input: { name: "X" } }],
    ["archiveProduct", queryText(ARCHIVE_PRODUCT), { id: "nope" }],
    ["addVariant", queryText(ADD_VARIANT), { productId: "p-1", input: { sku: "NOPE", priceCents: 1 } }],
    ["updateVariant", queryText(UPDATE_VARIANT), { id: "x", input: { priceCents: 1 } }],
    ["adjustStock", queryText(ADJUST_STOCK), { variantId: "v1", delta: 1 }],
  ])("%s: a malformed id is BAD_USER_INPUT before any statement", async (_, query, variables) => {
    const before = products.statements.count;
    const response = await admin(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(products.statements.count).toBe(before);
  });
});

describe("adjustStock", () => {
  test("adds and removes stock, records who and why", async () => {
    const product = await createProduct(products, simpleProduct("home", "Adjustable Lamp", 5000, 3));
    const variantId = product.variants[0]!.id;
    const adjust = async (delta: number, reason?: string) =>
      dataOf(await admin(ADJUST_STOCK, { variantId, delta, reason })).adjustStock;
    expect((await adjust(7, "delivery from supplier")).variant).toMatchObject({ stock: 10, inStock: true });
    expect((await adjust(-10, "stocktake")).variant).toMatchObject({ stock: 0, inStock: false });
    const ledger = await products.sql(
      "SELECT delta, stock_after, kind, reason FROM stock_movements WHERE variant_id = $1 ORDER BY at, stock_after DESC",
      [variantId],
    );
    expect(ledger).toEqual([
      { delta: 3, stock_after: 3, kind: "INITIAL", reason: null },
      { delta: 7, stock_after: 10, kind: "ADJUSTMENT", reason: "delivery from supplier" },
      { delta: -10, stock_after: 0, kind: "ADJUSTMENT", reason: "stocktake" },
    ]);
  });

  test.each<[string, (id: string) => AdjustStockMutationVariables, string[]]>([
    ["going below zero", (variantId) => ({ variantId, delta: -4 }), ["INSUFFICIENT_STOCK@delta"]],
    ["a zero delta", (variantId) => ({ variantId, delta: 0 }), ["INVALID_QUANTITY@delta"]],
    ["an absurd delta", (variantId) => ({ variantId, delta: 2_000_000 }), ["INVALID_QUANTITY@delta"]],
    ["an unknown variant", () => ({ variantId: randomUUID(), delta: 1 }), ["VARIANT_NOT_FOUND@variantId"]],
  ])("refuses %s and changes nothing", async (_, variables, expected) => {
    const product = await createProduct(products, simpleProduct("home", "Steady Lamp", 5000, 3));
    expect(await refused(ADJUST_STOCK, variables(product.variants[0]!.id))).toEqual(expected);
    expect(dataOf(await admin(PRODUCT, { id: product.id })).product?.variants[0]?.stock).toBe(3);
  });

  test("concurrent removals never take stock below zero", async () => {
    const product = await createProduct(products, simpleProduct("home", "Contended Lamp", 5000, 10));
    const variantId = product.variants[0]!.id;
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        admin(ADJUST_STOCK, { variantId, delta: -1 }).then((r) => dataOf(r).adjustStock),
      ),
    );
    expect(results.filter((result) => result.variant).length).toBe(10);
    expect(results.filter((result) => result.userErrors[0]?.code === "INSUFFICIENT_STOCK").length).toBe(15);
    expect(dataOf(await admin(PRODUCT, { id: product.id })).product?.variants[0]?.stock).toBe(0);
  });
});

describe("createCategory", () => {
  test("adds a category after the others, with a slug from its name", async () => {
    const { createCategory } = dataOf(await admin(CREATE_CATEGORY, { input: { name: "Garden & Outdoors" } }));
    expect(createCategory.userErrors).toEqual([]);
    expect(createCategory.category).toMatchObject({ slug: "garden-outdoors", productCount: 0 });
    expect(createCategory.category?.position).toBeGreaterThan(1);
  });

  test("refuses an empty name or a taken slug", async () => {
    expect(await refused(CREATE_CATEGORY, { input: { name: " " } })).toEqual(["INVALID_NAME@input.name"]);
    expect(await refused(CREATE_CATEGORY, { input: { name: "Homeware", slug: "home" } })).toEqual([
      "SLUG_TAKEN@input.slug",
    ]);
  });
});

function opts(size: string, colour: string) {
  return [
    { name: "Size", value: size },
    { name: "Colour", value: colour },
  ];
}

function patchVariant(spec: ProductSpec, index: number, patch: Record<string, unknown>): ProductSpec {
  return { ...spec, variants: spec.variants.map((variant, i) => (i === index ? { ...variant, ...patch } : variant)) };
}
