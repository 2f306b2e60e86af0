import { randomUUID } from "node:crypto";
import pg from "pg";
import { dataOf, eventually, present, rowId, watch, wsClient } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { ADD_TO_CART, IN_STOCK_PRODUCTS, PAY_ORDER, PLACE_ORDER, REGISTER } from "./operations.js";

const PRICES = graphql(`
  query MoneyPrices($slug: String!) {
    product(slug: $slug) {
      variants {
        id
        price {
          amount
          currencyCode
          formatted
        }
      }
    }
  }
`);
const ORDER_UPDATED = graphql(`
  subscription MoneyOrderUpdated($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      status
      total {
        amount
        formatted
      }
      lines {
        variant {
          price {
            amount
            formatted
          }
        }
      }
    }
  }
`);
const ADDRESS = { name: "Ada", line1: "1 Main St", city: "Berlin", postalCode: "10115", country: "DE" };

/** Intl separates amount and symbol with no-break spaces (U+00A0, U+202F): compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

let supergraph: SupergraphUnderTest;
let slug: string;
let euroVariant: string;
let yenVariant: string;
let dollarVariant: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
  const { products } = dataOf(await supergraph.client()(IN_STOCK_PRODUCTS, { first: 20 }));
  const product = present(
    products.nodes.find((node) => node.variants.length >= 2),
    "a product with two variants",
  );
  slug = product.slug;
  [euroVariant = "", yenVariant = ""] = product.variants.map((variant) => variant.id);
  const other = present(
    products.nodes.find((node) => node.slug !== slug),
    "another product",
  );
  dollarVariant = present(other.variants[0], "its variant").id;
  // Products prices in USD, EUR and GBP only; a yen price is set in its database directly.
  const db = new pg.Client({ connectionString: supergraph.databaseUrls.get("products") });
  await db.connect();
  try {
    await db.query("update product_variants set price_cents = 1999, currency = 'EUR' where id = $1", [
      rowId(euroVariant),
    ]);
    await db.query("update product_variants set price_cents = 1500, currency = 'JPY' where id = $1", [
      rowId(yenVariant),
    ]);
  } finally {
    await db.end();
  }
}, 60_000);
afterAll(() => supergraph?.close());

async function pricesIn(acceptLanguage: string | undefined): Promise<Record<string, string>> {
  const response = await supergraph.request(
    PRICES,
    { slug },
    acceptLanguage ? { headers: { "accept-language": acceptLanguage } } : {},
  );
  const variants = present(dataOf(response).product, "the product").variants;
  return Object.fromEntries(variants.map((variant) => [variant.id, plain(variant.price.formatted)]));
}

describe("Money through the gateway", () => {
  it("gives the exact amount as a decimal string in the currency's own minor units, and its ISO code", async () => {
    const { product } = dataOf(await supergraph.request(PRICES, { slug }));
    const byId = new Map(present(product, "the product").variants.map((variant) => [variant.id, variant.price]));
    expect(byId.get(euroVariant)).toMatchObject({ amount: "19.99", currencyCode: "EUR" });
    expect(byId.get(yenVariant)).toMatchObject({ amount: "1500", currencyCode: "JPY" });
  });

  it("formats in the caller's Accept-Language: de-DE, fr-CH, ja-JP", async () => {
    const german = await pricesIn("de-DE,de;q=0.9,en;q=0.5");
    expect(german[euroVariant]).toBe("19,99 €");
    expect(german[yenVariant]).toBe("1.500 ¥");
    const swiss = await pricesIn("fr-CH");
    expect(swiss[euroVariant]).toBe("19.99 €");
    const japanese = await pricesIn("ja-JP");
    expect(japanese[yenVariant]).toBe("￥1,500");
  });

  it("falls back to en-US without a header, for a malformed one, or for a language it cannot format", async () => {
    for (const header of [undefined, ";;q=??,,", "x-klingon-tlh", "*"]) {
      const prices = await pricesIn(header);
      expect(prices[euroVariant]).toBe("€19.99");
      expect(prices[yenVariant]).toBe("¥1,500");
    }
  });

  it("keeps the subscriber's language in subscription events, on the orders fields and the products ones", async () => {
    const { register } = dataOf(
      await supergraph.client()(REGISTER, {
        input: { email: `${randomUUID()}@example.com`, password: "correct horse battery", name: "Ada" },
      }),
    );
    const accessToken = present(register.accessToken, "an access token");
    const shopper = supergraph.client(accessToken);
    expect(dataOf(await shopper(ADD_TO_CART, { variantId: dollarVariant })).addToCart.userErrors).toEqual([]);
    const { placeOrder } = dataOf(
      await shopper(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS } }),
    );
    expect(placeOrder.userErrors).toEqual([]);
    const orderId = present(placeOrder.order, "the order").id;

    const client = wsClient(supergraph.url, undefined, {
      connectionParams: { authorization: `Bearer ${accessToken}`, acceptLanguage: "de-DE" },
    });
    try {
      const subscription = watch(client, ORDER_UPDATED, { orderId });
      const orders = supergraph.subgraphs.get("orders") as unknown as { live: { subscriptions(): number } };
      await eventually(() => orders.live.subscriptions() === 1, 10_000);
      expect(dataOf(await shopper(PAY_ORDER, { orderId })).payOrder.userErrors).toEqual([]);

      const [event] = await subscription.take(1);
      const order = present(event?.data?.orderUpdated, "the PAID event");
      const german = new Intl.NumberFormat("de-DE", { style: "currency", currency: "USD" });
      expect(order.status).toBe("PAID");
      expect(order.total.formatted).toBe(german.format(order.total.amount));
      expect(order.total.formatted).toMatch(/,\d\d\s\$$/);
      const price = present(order.lines[0]?.variant?.price, "the first line's price");
      expect(price.formatted).toBe(german.format(price.amount));
    } finally {
      await client.dispose();
    }
  });
});
