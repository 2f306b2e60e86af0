import { createLogger } from "@shopgraph/platform";
import { openDatabase } from "@shopgraph/subgraph";
import { dataOf, dropDatabase, freshDatabaseUrl, testBaseConfig } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { entities, Product } from "../src/entities/index.js";
import { migrations } from "../src/migrations/index.js";
import { seedDemoCatalog } from "../src/seed/demo-catalog.js";
import { DEMO_PRODUCTS } from "../src/seed/demo-data.js";
import { startProductsSubgraph } from "../src/server.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { CATEGORIES, SEARCH } from "./operations.js";

let products: ProductsUnderTest;

beforeAll(async () => {
  products = await startProducts({ seedDemoCatalog: true });
});
afterAll(() => products?.close());

async function counts() {
  const [row] = await products.sql(`SELECT (SELECT count(*)::int FROM categories) AS categories,
    (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM product_variants) AS variants`);
  return row;
}

describe("the demo catalog", () => {
  test("has at least 40 products across 6 categories", async () => {
    const { categories } = dataOf(await products.client()(CATEGORIES));
    expect(categories.map((c: any) => c.name)).toEqual(["T-shirts", "Hoodies", "Shoes", "Bags", "Accessories", "Home"]);
    expect(categories.every((c: any) => c.productCount >= 6)).toBe(true);
    expect((await counts())!.products).toBeGreaterThanOrEqual(40);
  });

  test("has Size and Colour variants, varied prices, and products out of stock", async () => {
    const { products: all } = dataOf(
      await products.client()(`{
      products(first: 100) { nodes { name description images options { name values } inStock
        priceRange { min { amountCents } max { amountCents } } variants { inStock } } }
    }`),
    );
    const nodes = all.nodes as any[];
    const withOptions = (names: string[]) =>
      nodes.filter((p) => JSON.stringify(p.options.map((o: any) => o.name)) === JSON.stringify(names));
    expect(withOptions(["Size", "Colour"]).length).toBeGreaterThanOrEqual(5);
    expect(withOptions(["Size"]).length).toBeGreaterThanOrEqual(5);
    expect(withOptions(["Colour"]).length).toBeGreaterThanOrEqual(5);
    expect(withOptions([]).length).toBeGreaterThanOrEqual(3);
    expect(nodes.filter((p) => !p.inStock).length).toBeGreaterThanOrEqual(4);
    expect(nodes.filter((p) => p.inStock && p.variants.some((v: any) => !v.inStock)).length).toBeGreaterThanOrEqual(4);
    expect(new Set(nodes.map((p) => p.priceRange.min.amountCents)).size).toBeGreaterThan(30);
    expect(nodes.filter((p) => p.priceRange.min.amountCents !== p.priceRange.max.amountCents).length).toBeGreaterThan(
      2,
    );
    for (const product of nodes) {
      expect(product.description.length).toBeGreaterThan(60);
      expect(product.images).toEqual([expect.stringMatching(/^\/images\/products\/[a-z0-9-]+\.svg$/)]);
    }
  });

  test("is searchable like any catalog", async () => {
    const { products: found } = dataOf(await products.client()(SEARCH, { query: "hood" }));
    expect(found.totalCount).toBeGreaterThan(3);
    expect(found.facets.categories[0]?.category.name).toBe("Hoodies");
  });

  test("is seeded once: a second start seeds nothing", async () => {
    const before = await counts();
    const again = await startProductsSubgraph(testBaseConfigWith(products.config.databaseUrl), {
      log: createLogger("products", "silent"),
    });
    await again.close();
    expect(await counts()).toEqual(before);
  });

  test("is seeded once when two instances start at once", async () => {
    const url = freshDatabaseUrl("products_seed");
    const orm = await openDatabase({ url, entities, migrations, logger: createLogger("products", "silent") });
    try {
      const results = await Promise.all([seedDemoCatalog(orm.em.fork()), seedDemoCatalog(orm.em.fork())]);
      expect(results.map((result) => result.products).sort((a, b) => a - b)).toEqual([0, DEMO_PRODUCTS.length]);
      expect(await orm.em.fork().count(Product)).toBe(DEMO_PRODUCTS.length);
    } finally {
      await orm.close();
      await dropDatabase(url);
    }
  });
});

function testBaseConfigWith(databaseUrl: string) {
  return { ...products.config, ...testBaseConfig(), databaseUrl, seedDemoCatalog: true };
}
