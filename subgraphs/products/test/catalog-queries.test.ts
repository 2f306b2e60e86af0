import { randomUUID } from "node:crypto";
import { dataOf, rowId } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, simpleProduct, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { ARCHIVE_PRODUCT, CATEGORIES, ENTITIES, PRODUCT } from "./operations.js";

let products: ProductsUnderTest;
let hoodie: Awaited<ReturnType<typeof createProduct>>;
let archived: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  products = await startProducts();
  await createCategory(products, "Hoodies", "hoodies");
  await createCategory(products, "Bags", "bags");
  await createCategory(products, "Gift Cards", "gift-cards");
  hoodie = await createProduct(products, {
    name: "Pullover Hoodie",
    categorySlug: "hoodies",
    description: "Brushed fleece.",
    options: ["Size", "Colour"],
    variants: [
      { sku: uniqueSku(), priceCents: 6500, stock: 0, options: opt("S", "Black") },
      { sku: uniqueSku(), priceCents: 6500, stock: 4, options: opt("M", "Black") },
      { sku: uniqueSku(), priceCents: 6800, stock: 1, options: opt("XL", "Navy") },
    ],
  });
  await createProduct(products, simpleProduct("hoodies", "Zip Hoodie"));
  await createProduct(products, simpleProduct("bags", "Tote Bag"));
  archived = await createProduct(products, simpleProduct("bags", "Old Satchel"));
  dataOf(await products.client(tokens.admin())(ARCHIVE_PRODUCT, { id: archived.id }));
});
afterAll(() => products?.close());

function opt(size: string, colour: string) {
  return [
    { name: "Size", value: size },
    { name: "Colour", value: colour },
  ];
}

describe("product(id, slug)", () => {
  test("finds a product by id and by slug, with everything a product page shows", async () => {
    const byId = dataOf(await products.client()(PRODUCT, { id: hoodie.id })).product;
    const bySlug = dataOf(await products.client()(PRODUCT, { slug: "pullover-hoodie" })).product;
    expect(bySlug).toEqual(byId);
    expect(byId).toMatchObject({
      name: "Pullover Hoodie",
      category: { slug: "hoodies", name: "Hoodies" },
      options: [
        { name: "Size", values: ["S", "M", "XL"] },
        { name: "Colour", values: ["Black", "Navy"] },
      ],
      priceRange: { min: { amountCents: 6500 }, max: { amountCents: 6800 } },
      inStock: true,
      images: ["/images/products/pullover-hoodie.svg"],
    });
    expect(byId?.variants.map((v: any) => [v.title, v.inStock, v.available])).toEqual([
      ["S / Black", false, true],
      ["M / Black", true, true],
      ["XL / Navy", true, true],
    ]);
  });

  test("takes its global id, or the raw UUID in any case", async () => {
    expect(dataOf(await products.client()(PRODUCT, { id: hoodie.id })).product?.id).toBe(hoodie.id);
    expect(dataOf(await products.client()(PRODUCT, { id: rowId(hoodie.id).toUpperCase() })).product?.id).toBe(
      hoodie.id,
    );
  });

  test("is null for an unknown id or an unknown slug", async () => {
    for (const variables of [{ id: randomUUID() }, { slug: "no-such-thing" }]) {
      const response = await products.client()(PRODUCT, variables);
      expect(response.errors).toBeUndefined();
      expect(response.data?.product).toBeNull();
    }
  });

  test("is BAD_USER_INPUT for a malformed id", async () => {
    const response = await products.client()(PRODUCT, { id: "12" });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("needs exactly one of id and slug", async () => {
    for (const variables of [{}, { id: hoodie.id, slug: "pullover-hoodie" }]) {
      const response = await products.client()(PRODUCT, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  test("shows archived products to admins only", async () => {
    expect(dataOf(await products.client()(PRODUCT, { id: archived.id })).product).toBeNull();
    expect(dataOf(await products.client(tokens.customer())(PRODUCT, { slug: "old-satchel" })).product).toBeNull();
    const forAdmin = dataOf(await products.client(tokens.admin())(PRODUCT, { slug: "old-satchel" })).product;
    expect(forAdmin).toMatchObject({ status: "ARCHIVED", variants: [{ available: false }] });
  });
});

describe("categories", () => {
  test("lists every category in navigation order with its active product count", async () => {
    const { categories } = dataOf(await products.client()(CATEGORIES));
    expect(categories.map((c: any) => [c.slug, c.name, c.position, c.productCount])).toEqual([
      ["hoodies", "Hoodies", 0, 2],
      ["bags", "Bags", 1, 1],
      ["gift-cards", "Gift Cards", 2, 0],
    ]);
  });
});

describe("entity references from other subgraphs", () => {
  test("resolve products and variants, archived ones too, and unknown ids to null", async () => {
    const representations = [
      { __typename: "Product", id: hoodie.id },
      { __typename: "Product", id: archived.id },
      { __typename: "ProductVariant", id: hoodie.variants[2]!.id },
      { __typename: "ProductVariant", id: archived.variants[0]!.id },
      { __typename: "ProductVariant", id: randomUUID() },
      { __typename: "Product", id: "bogus" },
    ];
    const { _entities } = dataOf(await products.client(tokens.service())(ENTITIES, { representations }));
    expect(_entities).toEqual([
      expect.objectContaining({ __typename: "Product", id: hoodie.id, name: "Pullover Hoodie" }),
      expect.objectContaining({ __typename: "Product", id: archived.id, name: "Old Satchel" }),
      expect.objectContaining({
        __typename: "ProductVariant",
        id: hoodie.variants[2]!.id,
        price: { amountCents: 6800 },
        product: { id: hoodie.id, name: "Pullover Hoodie", category: { name: "Hoodies" } },
      }),
      expect.objectContaining({
        __typename: "ProductVariant",
        product: expect.objectContaining({ name: "Old Satchel" }),
      }),
      null,
      null,
    ]);
    // A shopper reaches an archived product by reference (node(id:)) no more than by product(id:).
    const asShopper = dataOf(
      await products.client(tokens.customer())(ENTITIES, { representations: representations.slice(0, 2) }),
    );
    expect(asShopper._entities).toEqual([expect.objectContaining({ id: hoodie.id }), null]);
  });

  test("a variant's product lists its siblings without another lookup", async () => {
    products.statements.reset();
    const { _entities } = dataOf(
      await products.client(tokens.service())(
        `query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on ProductVariant { title available product { variants { title } priceRange { max { amountCents } } } }
          }
        }`,
        { representations: [{ __typename: "ProductVariant", id: hoodie.variants[0]!.id }] },
      ),
    );
    expect(_entities[0]).toEqual({
      title: "S / Black",
      available: true,
      product: {
        variants: [{ title: "S / Black" }, { title: "M / Black" }, { title: "XL / Navy" }],
        priceRange: { max: { amountCents: 6800 } },
      },
    });
    expect(products.statements.count).toBe(1);
  });
});
