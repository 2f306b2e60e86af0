import { dataOf, eventually, graphqlRequest, testAccessToken } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";

const CATEGORIES = graphql(`
  query DeduplicationCategories {
    categories {
      slug
      name
    }
  }
`);
const CART = graphql(`
  query DeduplicationCart {
    cart {
      totalQuantity
    }
  }
`);
const CLEAR_CART = graphql(`
  mutation DeduplicationClearCart {
    clearCart {
      cart {
        totalQuantity
      }
      userErrors {
        code
      }
    }
  }
`);

/** Requests the proxy passed on whose body asks for `field`. */
const sent = (proxy: Awaited<ReturnType<typeof recordingProxy>>, field: string) =>
  proxy.seen.filter((request) => request.body.includes(field));

describe("in-flight de-duplication at the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  /** A gateway whose requests to `subgraph` wait `holdMs` in a recording proxy, so they overlap. */
  async function gatewayBehindProxy(subgraph: string, env: Record<string, string> = {}) {
    const proxy = await recordingProxy(supergraph.subgraphs.get(subgraph)!.url, { holdMs: 400 });
    // The response cache would answer repeated queries before they reach the data source.
    const gateway = await supergraph.startGateway({
      [`${subgraph.toUpperCase()}_URL`]: proxy.url,
      RESPONSE_CACHE: "false",
      ...env,
    });
    return { proxy, gateway };
  }

  it("answers 20 identical anonymous queries in flight at once with one subgraph request", async () => {
    const { proxy, gateway } = await gatewayBehindProxy("products");
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => graphqlRequest(gateway.url, CATEGORIES)));
      const expected = dataOf(await supergraph.request(CATEGORIES));
      for (const answer of answers) expect(dataOf(answer)).toEqual(expected);
      // Each request joins the flight the first one started, unless it reached the gateway only
      // after that one was answered (400 ms later).
      expect(sent(proxy, "categories").length).toBeLessThan(5);
    } finally {
      await proxy.close();
    }
  });

  it("never lets two callers share an answer: one request per token, one for a token's twins", async () => {
    const { proxy, gateway } = await gatewayBehindProxy("orders");
    try {
      const [ada, bob] = [testAccessToken(), testAccessToken()];
      const answers = await Promise.all(
        [ada, bob, ada, bob, ada].map((token) => graphqlRequest(gateway.url, CART, {}, { token })),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const carts = sent(proxy, "cart");
      const byToken = (token: string) => carts.filter((r) => r.headers.authorization === `Bearer ${token}`);
      expect(byToken(ada).length).toBeGreaterThanOrEqual(1);
      expect(byToken(bob).length).toBeGreaterThanOrEqual(1);
      expect(byToken(ada).length + byToken(bob).length).toBe(carts.length);
      expect(carts.length).toBeLessThan(5);
    } finally {
      await proxy.close();
    }
  });

  it("never lets two languages share an answer: Money.formatted differs by Accept-Language", async () => {
    const { proxy, gateway } = await gatewayBehindProxy("products");
    try {
      const languages = ["de-DE", "en-US", "de-DE", "en-US", "de-DE"];
      const answers = await Promise.all(
        languages.map((language) =>
          graphqlRequest(gateway.url, CATEGORIES, {}, { headers: { "accept-language": language } }),
        ),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const requests = sent(proxy, "categories");
      const inLanguage = (language: string) => requests.filter((r) => r.headers["accept-language"] === language);
      expect(inLanguage("de-DE").length).toBeGreaterThanOrEqual(1);
      expect(inLanguage("en-US").length).toBeGreaterThanOrEqual(1);
      expect(inLanguage("de-DE").length + inLanguage("en-US").length).toBe(requests.length);
      expect(requests.length).toBeLessThan(5);
    } finally {
      await proxy.close();
    }
  });

  it("reads a caller's own write: a query after their mutation never joins one begun before it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    const proxy = await recordingProxy(supergraph.subgraphs.get("orders")!.url, {
      // The first cart read waits (in flight) until the test lets it go.
      holdAnswer: (body) => {
        if (!holding || !body.includes("cart") || body.includes("clearCart")) return undefined;
        holding = false;
        return held;
      },
    });
    const gateway = await supergraph.startGateway({ ORDERS_URL: proxy.url, RESPONSE_CACHE: "false" });
    try {
      const token = testAccessToken();
      const before = graphqlRequest(gateway.url, CART, {}, { token });
      await eventually(() => sent(proxy, "cart").length === 1);
      expect(dataOf(await graphqlRequest(gateway.url, CLEAR_CART, {}, { token })).clearCart.userErrors).toEqual([]);
      const after = graphqlRequest(gateway.url, CART, {}, { token });
      // Its own request to orders, while the one from before the write is still in flight.
      await eventually(() => sent(proxy, "cart").filter((r) => !r.body.includes("clearCart")).length === 2);
      release();
      for (const answer of await Promise.all([before, after])) expect(answer.errors).toBeUndefined();
    } finally {
      release();
      await proxy.close();
    }
  });

  it("sends every mutation, however identical", async () => {
    const { proxy, gateway } = await gatewayBehindProxy("orders");
    try {
      const token = testAccessToken();
      await Promise.all(Array.from({ length: 3 }, () => graphqlRequest(gateway.url, CLEAR_CART, {}, { token })));
      expect(sent(proxy, "clearCart")).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  it("sends each request alone when DEDUPLICATE_SUBGRAPH_REQUESTS=false", async () => {
    const { proxy, gateway } = await gatewayBehindProxy("products", { DEDUPLICATE_SUBGRAPH_REQUESTS: "false" });
    try {
      await Promise.all(Array.from({ length: 5 }, () => graphqlRequest(gateway.url, CATEGORIES)));
      expect(sent(proxy, "categories")).toHaveLength(5);
    } finally {
      await proxy.close();
    }
  });
});
