import { dataOf } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { SEARCH_RANKED } from "./operations.js";
import { RELEVANCE_QUERIES as QUERIES, relevanceFigure } from "./relevance-queries.js";

let products: ProductsUnderTest;
beforeAll(async () => {
  products = await startProducts({ seedDemoCatalog: true });
});
afterAll(() => products?.close());

describe("search relevance on the demo catalog", () => {
  test(`${QUERIES.length} shopper queries: at least 90% find what they mean in the top 3`, async () => {
    const results = [];
    for (const { query } of QUERIES) {
      const result = dataOf(await products.client()(SEARCH_RANKED, { query, first: 3 })).products;
      results.push({ query, names: result.nodes.map((node) => node.name) });
    }
    const figure = relevanceFigure(results);
    console.log(`${figure.summary}\n  ${figure.rows.join("\n  ")}`);
    expect(figure.total).toBeGreaterThanOrEqual(30);
    expect(figure.top3 / figure.total).toBeGreaterThanOrEqual(0.9);
  });
});
