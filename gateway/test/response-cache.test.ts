import { Role } from "@shopgraph/kernel";
import {
  dataOf,
  eventually,
  graphqlRequest,
  present,
  rowId,
  testAccessToken,
  testChannel,
  uniqueName,
} from "@shopgraph/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningGateway } from "../src/server.js";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";

const SEARCH = graphql(`
  query CacheSearch {
    products(first: 5, query: "tee") {
      totalCount
      nodes {
        id
        name
        slug
      }
    }
  }
`);
const PRODUCT_PAGE = graphql(`
  query CacheProductPage($slug: String!) {
    product(slug: $slug) {
      id
      name
      variants {
        id
        price {
          amount
          formatted
        }
        quantityAvailable
        availableForSale
      }
    }
  }
`);
const PRICED_SEARCH = graphql(`
  query CachePricedSearch {
    products(first: 3, query: "tee") {
      nodes {
        id
        variants {
          id
          price {
            formatted
          }
        }
      }
    }
  }
`);
const A_TEE = graphql(`
  query CacheATee {
    products(first: 1, query: "tee") {
      nodes {
        slug
        variants {
          id
        }
      }
    }
  }
`);
/** The viewer's own: never to be shared. */
const PRIVATE = graphql(`
  query CachePrivate {
    me {
      id
      orders(first: 5) {
        totalCount
      }
    }
    cart {
      id
      totalQuantity
    }
  }
`);
const GUEST_CART_CREATE = graphql(`
  mutation CacheGuestCartCreate {
    cartCreate(input: { lines: [] }) {
      cart {
        id
      }
    }
  }
`);
const GUEST_CART = graphql(`
  query CacheGuestCart($id: ID!) {
    cart(id: $id) {
      id
    }
  }
`);
/** A public field beside a private one. */
const MIXED = graphql(`
  query CacheMixed {
    categories {
      id
    }
    me {
      id
    }
  }
`);
const CATEGORIES = graphql(`
  query CacheCategories {
    categories {
      id
    }
  }
`);
const LARGE = graphql(`
  query CacheLarge {
    products(first: 20) {
      nodes {
        id
        name
        slug
        description
      }
    }
  }
`);
const IN_STOCK = graphql(`
  query CacheInStock {
    products(first: 100, filter: { inStock: true }) {
      nodes {
        id
      }
    }
  }
`);
/** Exact stock, which admins alone may read. */
const CATALOG_STOCK = graphql(`
  query CacheCatalogStock {
    products(first: 50) {
      nodes {
        slug
        variants {
          id
          stock
        }
      }
    }
  }
`);
const VARIANT_STOCK = graphql(`
  query CacheVariantStock($slug: String!) {
    product(slug: $slug) {
      variants {
        id
        stock
      }
    }
  }
`);
const SUGGEST = graphql(`
  query CacheSuggest($prefix: String!) {
    searchSuggestions(prefix: $prefix) {
      kind
      text
    }
  }
`);
const CREATE_PRODUCT = graphql(`
  mutation CacheCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const UPDATE_PRICE = graphql(`
  mutation CacheUpdatePrice($id: ID!, $price: Decimal!) {
    updateVariant(id: $id, input: { price: $price }) {
      variant {
        id
        price {
          amount
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const ADJUST_STOCK = graphql(`
  mutation CacheAdjustStock($id: ID!, $delta: Int!) {
    adjustStock(variantId: $id, delta: $delta) {
      variant {
        id
        stock
      }
      userErrors {
        code
      }
    }
  }
`);

/** An amount as the Decimal scalar takes it: a string of two decimals. */
const decimal = (amount: number) => amount.toFixed(2) as `${number}`;

const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";

interface CachingGateway {
  gateway: RunningGateway;
  proxy: Awaited<ReturnType<typeof recordingProxy>>;
  /** Requests the products subgraph was sent that ask for `field`. */
  sent(field: string): number;
  /** The response cache's entries in this gateway's Redis keyspace. */
  entries(): Promise<string[]>;
  redis: Redis;
  prefix: string;
  close(): Promise<void>;
}

describe("the gateway's response cache", () => {
  let supergraph: SupergraphUnderTest;
  const admin = testAccessToken({ role: Role.ADMIN });

  beforeAll(async () => {
    supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
  }, 60_000);
  afterAll(() => supergraph?.close());

  /**
   * A gateway with a Redis keyspace and an event queue of its own (so its purges are its own),
   * whose requests to products pass a recording proxy.
   */
  async function cachingGateway(
    options: { env?: Record<string, string>; holdAnswer?: (body: string) => Promise<void> | undefined } = {},
  ): Promise<CachingGateway> {
    const proxy = await recordingProxy(supergraph.subgraphs.get("products")!.url, {
      ...(options.holdAnswer ? { holdAnswer: options.holdAnswer } : {}),
    });
    const prefix = `${uniqueName("response-cache")}:`;
    const queue = uniqueName("gateway-cache");
    const gateway = await supergraph.startGateway({
      PRODUCTS_URL: proxy.url,
      REDIS_KEY_PREFIX: prefix,
      GATEWAY_QUEUE: queue,
      ...options.env,
    });
    const redis = new Redis(redisUrl);
    return {
      gateway,
      proxy,
      redis,
      prefix,
      sent: (field) => proxy.seen.filter((request) => request.body.includes(field)).length,
      entries: () => redis.keys(`${prefix}response-cache:entry:*`),
      async close() {
        await gateway.close();
        await proxy.close();
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
        const broker = await testChannel();
        try {
          for (const name of [queue, ...[1, 2, 3, 4, 5].map((n) => `${queue}.retry.${n}`), `${queue}.dead`]) {
            await broker.channel.deleteQueue(name);
          }
        } finally {
          await broker.close();
        }
      },
    };
  }

  async function aProduct(): Promise<{ slug: string; variantId: string }> {
    const { products } = dataOf(await supergraph.request(A_TEE));
    const product = present(products.nodes[0], "a tee");
    return { slug: product.slug, variantId: present(product.variants[0], "its variant").id };
  }

  it("serves a public search from the cache: products is asked once, later answers carry Age", async () => {
    const cache = await cachingGateway();
    try {
      const first = await graphqlRequest(cache.gateway.url, SEARCH);
      expect(first.errors).toBeUndefined();
      expect(first.headers.get("cache-control")).toBe("max-age=60, public");
      expect(first.headers.get("age")).toBeNull();
      // The entry is written after the answer is sent.
      await eventually(async () => (await cache.entries()).length === 1);
      const later = await Promise.all(Array.from({ length: 5 }, () => graphqlRequest(cache.gateway.url, SEARCH)));
      for (const answer of later) {
        expect(answer.data).toEqual(first.data);
        expect(answer.headers.get("cache-control")).toBe("max-age=60, public");
        expect(Number(answer.headers.get("age"))).toBeGreaterThanOrEqual(0);
      }
      expect(cache.sent("products(")).toBe(1);
    } finally {
      await cache.close();
    }
  });

  it("keeps one entry per language: Money.formatted follows Accept-Language", async () => {
    const cache = await cachingGateway();
    try {
      const ask = (language: string) =>
        graphqlRequest(cache.gateway.url, PRICED_SEARCH, {}, { headers: { "accept-language": language } });
      const german = dataOf(await ask("de-DE"));
      const english = dataOf(await ask("en-US"));
      await eventually(async () => (await cache.entries()).length === 2);
      expect(german).not.toEqual(english);
      // Another spelling of the same locale is the same entry.
      expect(dataOf(await ask("de-DE;q=0.9"))).toEqual(german);
      expect(dataOf(await ask("en-US"))).toEqual(english);
      expect(cache.sent("products(")).toBe(2);
    } finally {
      await cache.close();
    }
  });

  it("never caches or shares a private answer (me, cart, orders) between two users", async () => {
    const cache = await cachingGateway();
    try {
      const [ada, bob] = [testAccessToken(), testAccessToken()];
      const carts = new Map<string, Set<string>>([
        [ada, new Set()],
        [bob, new Set()],
      ]);
      for (const token of [ada, bob, ada, bob]) {
        const answer = await graphqlRequest(cache.gateway.url, PRIVATE, {}, { token });
        expect(answer.headers.get("cache-control")).toBe("no-store");
        expect(answer.headers.get("age")).toBeNull();
        carts.get(token)!.add(present(dataOf(answer).cart, "the account cart").id);
      }
      // Each shopper got their own account cart, every time.
      expect(carts.get(ada)!.size).toBe(1);
      expect(carts.get(bob)!.size).toBe(1);
      expect([...carts.get(ada)!]).not.toEqual([...carts.get(bob)!]);
      // A guest cart's id is its key: an anonymous read of one is never kept either.
      const guest = dataOf(await graphqlRequest(cache.gateway.url, GUEST_CART_CREATE));
      const cartId = present(guest.cartCreate.cart, "a guest cart").id;
      const read = await graphqlRequest(cache.gateway.url, GUEST_CART, { id: cartId });
      expect(read.headers.get("cache-control")).toBe("no-store");
      // A public field beside a private one makes the whole answer private.
      const mixed = await graphqlRequest(cache.gateway.url, MIXED, {}, { token: ada });
      expect(mixed.headers.get("cache-control")).toBe("no-store");
      // Writes happen after the answer: once a public answer's entry is there, the others had their chance.
      await graphqlRequest(cache.gateway.url, SEARCH);
      await eventually(async () => (await cache.entries()).length > 0);
      expect(await cache.entries()).toHaveLength(1);
    } finally {
      await cache.close();
    }
  });

  it("never answers a request with a token from the cache, and marks its public answer private", async () => {
    const cache = await cachingGateway();
    try {
      await graphqlRequest(cache.gateway.url, SEARCH);
      await eventually(async () => (await cache.entries()).length === 1);
      const signedIn = await graphqlRequest(cache.gateway.url, SEARCH, {}, { token: testAccessToken() });
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.headers.get("age")).toBeNull();
      expect(signedIn.headers.get("cache-control")).toBe("max-age=60, private");
      expect(cache.sent("products(")).toBe(2);
      // An admin's answer (exact stock) is never written for anyone else either.
      const { slug } = await aProduct();
      const exact = await graphqlRequest(cache.gateway.url, VARIANT_STOCK, { slug }, { token: admin });
      expect(exact.errors).toBeUndefined();
      expect(exact.headers.get("cache-control")).not.toContain("public");
      expect(await cache.entries()).toHaveLength(1);
    } finally {
      await cache.close();
    }
  });

  it("serves but never stores an answer larger than RESPONSE_CACHE_MAX_ENTRY_BYTES", async () => {
    const cache = await cachingGateway({ env: { RESPONSE_CACHE_MAX_ENTRY_BYTES: "1000" } });
    try {
      const large = await graphqlRequest(cache.gateway.url, LARGE);
      expect(JSON.stringify(large.data).length).toBeGreaterThan(1_000);
      expect(large.headers.get("cache-control")).toMatch(/public/);
      // Writes happen after the answer: once the small answer's entry is there, the large one had its chance.
      const small = await graphqlRequest(cache.gateway.url, CATEGORIES);
      expect(JSON.stringify(small.data).length).toBeLessThan(1_000);
      await eventually(async () => (await cache.entries()).length > 0);
      expect(await cache.entries()).toHaveLength(1);
      expect(dataOf(await graphqlRequest(cache.gateway.url, LARGE))).toEqual(large.data);
      expect(cache.sent("products(")).toBe(2);
    } finally {
      await cache.close();
    }
  });

  it("keeps its entries in CACHE_REDIS_URL's Redis when it has one, apart from revocations and limits", async () => {
    const cacheDb = `${redisUrl.replace(/\/\d*$/, "")}/7`;
    const cache = await cachingGateway({ env: { CACHE_REDIS_URL: cacheDb } });
    const own = new Redis(cacheDb);
    try {
      await graphqlRequest(cache.gateway.url, SEARCH);
      await eventually(async () => (await own.keys(`${cache.prefix}response-cache:entry:*`)).length === 1);
      expect(await cache.entries()).toHaveLength(0);
      expect(dataOf(await graphqlRequest(cache.gateway.url, SEARCH))).toBeDefined();
      expect(cache.sent("products(")).toBe(1);
    } finally {
      const keys = await own.keys(`${cache.prefix}*`);
      if (keys.length > 0) await own.del(...keys);
      own.disconnect();
      await cache.close();
    }
  });

  it("purges search suggestions when a product is added: the next reader is offered it", async () => {
    const cache = await cachingGateway();
    try {
      const name = `Zebra ${uniqueName("plush")}`;
      const prefix = name.slice(0, 12);
      expect(dataOf(await graphqlRequest(cache.gateway.url, SUGGEST, { prefix })).searchSuggestions).toEqual([]);
      await eventually(async () => (await cache.entries()).length === 1);
      expect(dataOf(await graphqlRequest(cache.gateway.url, SUGGEST, { prefix })).searchSuggestions).toEqual([]);
      expect(cache.sent("searchSuggestions(")).toBe(1);

      const created = dataOf(
        await supergraph.request(
          CREATE_PRODUCT,
          {
            input: {
              name,
              categorySlug: "home",
              variants: [{ sku: uniqueName("zebra"), priceCents: 1200, stock: 3 }],
            },
          },
          { token: admin },
        ),
      );
      expect(created.createProduct.userErrors).toEqual([]);
      // product.changed reached this gateway's queue and deleted the suggestions' entry.
      await eventually(async () => (await cache.entries()).length === 0);
      const after = dataOf(await graphqlRequest(cache.gateway.url, SUGGEST, { prefix })).searchSuggestions;
      expect(after).toEqual([{ kind: "PRODUCT", text: name }]);
      expect(cache.sent("searchSuggestions(")).toBe(2);
    } finally {
      await cache.close();
    }
  });

  it("purges a product page on a price change: the next reader sees the new price", async () => {
    const cache = await cachingGateway();
    try {
      const { slug, variantId } = await aProduct();
      const before = dataOf(await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug }));
      await eventually(async () => (await cache.entries()).length === 1);
      const oldAmount = present(before.product?.variants[0], "the variant").price.amount;
      const newAmount = decimal(Number(oldAmount) + 1);
      const changed = dataOf(
        await supergraph.request(UPDATE_PRICE, { id: variantId, price: newAmount }, { token: admin }),
      );
      expect(changed.updateVariant.userErrors).toEqual([]);
      // The purge: variant.changed reached this gateway's queue and deleted the entry.
      await eventually(async () => (await cache.entries()).length === 0);
      const after = dataOf(await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug }));
      expect(after.product?.variants[0]?.price.amount).toBe(newAmount);
      expect(cache.sent("product(")).toBe(2);
    } finally {
      await cache.close();
    }
  });

  it("purges on stock.changed: a sell-out is visible to the next reader, searches included", async () => {
    const cache = await cachingGateway();
    try {
      const catalog = dataOf(await supergraph.request(CATALOG_STOCK, {}, { token: admin }));
      const [slug, variantId, stock] = present(
        catalog.products.nodes
          .flatMap((p) => p.variants.map((v) => [p.slug, v.id, present(v.stock, "exact stock")] as const))
          .find(([, , units]) => units > 0),
        "a variant in stock",
      );
      await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug });
      await graphqlRequest(cache.gateway.url, IN_STOCK);
      await eventually(async () => (await cache.entries()).length === 2);
      const sold = dataOf(await supergraph.request(ADJUST_STOCK, { id: variantId, delta: -stock }, { token: admin }));
      expect(sold.adjustStock.userErrors).toEqual([]);
      await eventually(async () => (await cache.entries()).length === 0);
      const page = dataOf(await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug }));
      const variant = page.product?.variants.find((v) => v.id === variantId);
      expect(variant).toMatchObject({ quantityAvailable: 0, availableForSale: false });
      await supergraph.request(ADJUST_STOCK, { id: variantId, delta: stock }, { token: admin });
    } finally {
      await cache.close();
    }
  });

  it("does not keep an answer read before a change that arrives after the change's purge", async () => {
    let release: () => void = () => undefined;
    let holding = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first product page answer is read from products, then held until the test lets it go.
    const cache = await cachingGateway({
      holdAnswer: (body) => {
        if (!body.includes("product(") || holding) return undefined;
        holding = true;
        return held;
      },
    });
    try {
      const { slug, variantId } = await aProduct();
      const stale = graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug });
      await eventually(() => holding);
      const before = present(
        dataOf(await supergraph.request(PRODUCT_PAGE, { slug })).product?.variants[0],
        "the variant",
      );
      const newAmount = decimal(Number(before.price.amount) + 2);
      await supergraph.request(UPDATE_PRICE, { id: variantId, price: newAmount }, { token: admin });
      // The purge ran (it marks the variant's tag) while the old answer was still on its way.
      await eventually(
        async () =>
          (await cache.redis.exists(`${cache.prefix}response-cache:purged:ProductVariant:${rowId(variantId)}`)) === 1,
      );
      release();
      const answer = dataOf(await stale);
      expect(answer.product?.variants[0]?.price.amount).toBe(before.price.amount);
      // Had the old answer been kept, this read would be served it.
      const next = dataOf(await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug }));
      expect(next.product?.variants[0]?.price.amount).toBe(newAmount);
    } finally {
      release();
      await cache.close();
    }
  });

  it("does not keep an answer that joined, after a purge, a fetch in flight from before it", async () => {
    let release: () => void = () => undefined;
    let holding = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    const cache = await cachingGateway({
      holdAnswer: (body) => {
        if (!body.includes("product(") || holding) return undefined;
        holding = true;
        return held;
      },
    });
    try {
      const { slug, variantId } = await aProduct();
      const first = graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug });
      await eventually(() => holding);
      const before = present(
        dataOf(await supergraph.request(PRODUCT_PAGE, { slug })).product?.variants[0],
        "the variant",
      );
      const newAmount = decimal(Number(before.price.amount) + 3);
      await supergraph.request(UPDATE_PRICE, { id: variantId, price: newAmount }, { token: admin });
      await eventually(
        async () =>
          (await cache.redis.exists(`${cache.prefix}response-cache:purged:ProductVariant:${rowId(variantId)}`)) === 1,
      );
      // Asked after the purge, it shares the fetch the first request started before it.
      const joined = graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug });
      await eventually(async () => {
        const metrics = await (await fetch(`${new URL(cache.gateway.url).origin}/metrics`)).text();
        return /gateway_subgraph_requests_deduplicated_total\{subgraph="products"[^}]*\} 1/.test(metrics);
      });
      release();
      for (const answer of [await first, await joined]) {
        expect(dataOf(answer).product?.variants[0]?.price.amount).toBe(before.price.amount);
      }
      const next = dataOf(await graphqlRequest(cache.gateway.url, PRODUCT_PAGE, { slug }));
      expect(next.product?.variants[0]?.price.amount).toBe(newAmount);
    } finally {
      release();
      await cache.close();
    }
  });

  it("sends every request to the subgraphs with RESPONSE_CACHE=off, and still says how cacheable answers are", async () => {
    const cache = await cachingGateway({ env: { RESPONSE_CACHE: "off" } });
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await graphqlRequest(cache.gateway.url, SEARCH);
        expect(answer.headers.get("cache-control")).toBe("max-age=60, public");
      }
      expect(cache.sent("products(")).toBe(3);
      expect(await cache.entries()).toEqual([]);
    } finally {
      await cache.close();
    }
  });
});
