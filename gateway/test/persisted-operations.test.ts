import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, graphqlRequest, queryText, testAccessToken, wsClient } from "@shopgraph/testing";
import { signedWebSocket } from "@shopgraph/platform";
import { testKeys } from "@shopgraph/testing";
import { stripIgnoredCharacters } from "graphql";
import type { FormattedExecutionResult } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningGateway } from "../src/server.js";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";

/** A document no manifest holds: what an API client writes itself. */
const CATEGORY_NAMES = graphql(`
  query PersistedCategoryNames {
    categories {
      slug
      name
    }
  }
`);
const CATEGORY_SLUGS = graphql(`
  query PersistedCategorySlugs {
    categories {
      slug
    }
  }
`);
const SIGN_IN = graphql(`
  mutation PersistedSignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
const SIGN_IN_AND_MORE = graphql(`
  mutation PersistedSignInAndMore($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
    cartCreate(input: { lines: [] }) {
      cart {
        id
      }
    }
  }
`);
const MY_ORDER_UPDATES = graphql(`
  subscription PersistedOrderUpdates {
    orderUpdated {
      id
      status
    }
  }
`);

/** The shop's manifests, as the gateway loads them (written by `npm run codegen`). */
const shopManifest: Record<string, string> = Object.assign(
  {},
  ...["shop", "admin", "lazy"].map((part) =>
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../web/src/gql/${part}/persisted-documents.json`), "utf8"),
    ),
  ),
);

/** The shop's operation named `name`: its APQ hash and its `documentId`. */
function shopOperation(name: string): { hash: string; documentId: string; document: string } {
  const entry = Object.entries(shopManifest).find(([, document]) =>
    new RegExp(`(query|mutation|subscription) ${name}\\b`).test(document),
  );
  if (!entry) throw new Error(`the shop has no operation ${name}`);
  return { documentId: entry[0], hash: entry[0].slice("sha256:".length), document: entry[1] };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const BROWSER = { origin: "https://shop.example", "sec-fetch-site": "same-origin" };
const CATALOG_VARIABLES = { first: 3, query: "tee" };

interface Answer {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

async function get(
  url: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]),
  );
  // Apollo's CSRF prevention wants a GET to prove it is no simple cross-site request.
  const response = await fetch(`${url}?${search}`, { headers: { "apollo-require-preflight": "true", ...headers } });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.["code"];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("persisted operations at the gateway", () => {
  let supergraph: SupergraphUnderTest;
  /** OPERATIONS=any (development's default): the supergraph's own gateway. */
  let any: RunningGateway;
  let persistedOnly: RunningGateway;
  let credentialed: RunningGateway;

  beforeAll(async () => {
    supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
    any = supergraph.gateway;
    persistedOnly = await supergraph.startGateway({ OPERATIONS: "persisted-only" });
    credentialed = await supergraph.startGateway({ OPERATIONS: "credentialed" });
  }, 90_000);
  afterAll(() => supergraph?.close());

  // Every gateway of the stack shares one Redis keyspace, as instances of one deployment do; the
  // gateway's own connection adds its prefix.
  const storedApq = (hash: string) => any.redis.get(`apq:${hash}`);

  describe("by hash", () => {
    it("runs a shop operation sent as its hash alone: APQ's extension or documentId, POST or GET, in every mode", async () => {
      const catalog = shopOperation("Catalog");
      const expected = dataOf(await graphqlRequest(any.url, catalog.document, CATALOG_VARIABLES));
      for (const gateway of [any, persistedOnly, credentialed]) {
        const answers = await Promise.all([
          post(gateway.url, { extensions: apq(catalog.hash), variables: CATALOG_VARIABLES }, BROWSER),
          post(gateway.url, { documentId: catalog.documentId, variables: CATALOG_VARIABLES }),
          get(gateway.url, { extensions: apq(catalog.hash), variables: CATALOG_VARIABLES }, BROWSER),
          get(gateway.url, { documentId: catalog.documentId, variables: CATALOG_VARIABLES }),
        ]);
        for (const answer of answers) {
          expect(answer.errors).toBeUndefined();
          expect(answer.status).toBe(200);
          expect(answer.data).toEqual(expected);
        }
      }
    });

    it("answers PERSISTED_QUERY_NOT_FOUND, uncacheable, for a hash nobody registered", async () => {
      const unknown = sha256("query Nobody { categories { slug } }");
      for (const answer of [
        await post(any.url, { extensions: apq(unknown) }),
        await post(persistedOnly.url, { documentId: `sha256:${unknown}` }),
        await get(credentialed.url, { extensions: apq(unknown) }),
      ]) {
        expect(answer.status).toBe(200);
        expect(codeOf(answer)).toBe("PERSISTED_QUERY_NOT_FOUND");
        expect(answer.headers.get("cache-control")).toBe("private, no-cache, must-revalidate");
        expect(answer.data).toBeUndefined();
      }
    });

    it("refuses malformed hashes and requests whose two hashes disagree", async () => {
      const catalog = shopOperation("Catalog");
      const refusals = await Promise.all([
        post(any.url, { documentId: catalog.hash }),
        post(any.url, { documentId: `sha256:${catalog.hash.toUpperCase()}` }),
        post(any.url, { documentId: 42 }),
        post(any.url, { extensions: { persistedQuery: { version: 2, sha256Hash: catalog.hash } } }),
        post(any.url, { extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } }),
        post(any.url, { extensions: { persistedQuery: "yes" } }),
        post(any.url, { documentId: catalog.documentId, extensions: apq(shopOperation("Me").hash) }),
      ]);
      for (const answer of refusals) {
        expect(answer.status).toBe(400);
        expect(codeOf(answer)).toBe("BAD_REQUEST");
      }
    });

    it("never runs a mutation over GET, by hash either", async () => {
      const logout = shopOperation("Logout");
      const answer = await get(any.url, { extensions: apq(logout.hash) });
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("POST");
      expect(answer.data).toBeUndefined();
    });

    it("runs the shop's subscriptions by hash over the websocket, and no other document where OPERATIONS refuses them", async () => {
      const token = testAccessToken();
      const myOrders = shopOperation("MyOrderUpdates");
      const BrowserSocket = class extends (signedWebSocket(testKeys().requestSigningSecret) as unknown as new (
        address: string,
        protocols: string | string[] | undefined,
        options: object,
      ) => WebSocket) {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { origin: "https://shop.example" } });
        }
      };
      const first = (client: ReturnType<typeof wsClient>, payload: Parameters<typeof client.subscribe>[0]) =>
        new Promise<FormattedExecutionResult<Record<string, unknown>, unknown> | { failed: unknown }>((done) => {
          const stop = client.subscribe(payload, {
            next: (result) => {
              stop();
              done(result);
            },
            error: (error) => done({ failed: error }),
            complete: () => undefined,
          });
          // A subscription that was accepted says nothing until an order changes: give it a moment.
          setTimeout(() => {
            stop();
            done({ data: null, extensions: { accepted: true } });
          }, 1_500);
        });
      for (const gateway of [persistedOnly, credentialed]) {
        const client = wsClient(gateway.url, token, { webSocketImpl: BrowserSocket });
        try {
          await client.acknowledged;
          const byHash = await first(client, { query: "", extensions: apq(myOrders.hash) });
          expect(byHash).toEqual({ data: null, extensions: { accepted: true } });
          const byDocumentId = await first(client, { query: "", documentId: myOrders.documentId } as never);
          expect(byDocumentId).toEqual({ data: null, extensions: { accepted: true } });
          const whole = await first(client, { query: queryText(MY_ORDER_UPDATES) });
          expect(whole).toMatchObject({ failed: [{ extensions: { code: "PERSISTED_QUERY_REQUIRED" } }] });
          const unknown = await first(client, {
            query: "",
            extensions: apq(sha256("subscription X { orderUpdated { id } }")),
          });
          expect(unknown).toMatchObject({ failed: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
        } finally {
          await client.dispose();
        }
      }
      // A client that is no browser, with its token, may send its own subscription where OPERATIONS=credentialed.
      const api = wsClient(credentialed.url, token);
      try {
        await api.acknowledged;
        expect(await first(api, { query: queryText(MY_ORDER_UPDATES) })).toEqual({
          data: null,
          extensions: { accepted: true },
        });
      } finally {
        await api.dispose();
      }
    });
  });

  describe("Automatic Persisted Queries (APQ)", () => {
    it("registers a document sent with its hash once it validated, then runs it by hash alone", async () => {
      const query = queryText(CATEGORY_NAMES);
      const hash = sha256(query);
      expect(codeOf(await post(any.url, { extensions: apq(hash) }))).toBe("PERSISTED_QUERY_NOT_FOUND");
      const registered = await post(any.url, { query, extensions: apq(hash) });
      expect(registered.errors).toBeUndefined();
      await eventually(async () => (await storedApq(hash)) === stripIgnoredCharacters(query));
      const ttl = await any.redis.ttl(`apq:${hash}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(86_400);
      const byHash = await post(any.url, { extensions: apq(hash) });
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data).toEqual(registered.data);
      // A GET with the hash too (what a CDN could cache).
      expect((await get(any.url, { extensions: apq(hash) })).data).toEqual(registered.data);
    });

    it("refuses a hash that is not the document's SHA-256, and stores nothing", async () => {
      const query = queryText(CATEGORY_SLUGS);
      // The shop's Catalog hash with another document: an attempt to hijack a known hash.
      const hijack = shopOperation("Catalog").hash;
      for (const hash of [sha256(`${query} `), hijack]) {
        const answer = await post(any.url, { query, extensions: apq(hash) });
        expect(answer.status).toBe(400);
        expect(codeOf(answer)).toBe("PERSISTED_QUERY_HASH_MISMATCH");
        expect(answer.data).toBeUndefined();
        expect(await storedApq(hash)).toBeNull();
      }
      // The shop's document still runs under its hash.
      const catalog = await post(any.url, { extensions: apq(hijack), variables: CATALOG_VARIABLES });
      expect(catalog.errors).toBeUndefined();
    });

    it("stores no document that does not validate, none over APQ_MAX_DOCUMENT_BYTES, and padding not at all", async () => {
      const invalid = "{ categories { nope } }";
      const refused = await post(any.url, { query: invalid, extensions: apq(sha256(invalid)) });
      expect(codeOf(refused)).toBe("GRAPHQL_VALIDATION_FAILED");
      // A document over the cap (here 100 bytes, without comments and spacing) still runs; it is not kept.
      const small = await supergraph.startGateway({ APQ_MAX_DOCUMENT_BYTES: "100" });
      const long = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: categories { slug }`).join(" ")} }`;
      const answer = await post(small.url, { query: long, extensions: apq(sha256(long)) });
      expect(answer.errors).toBeUndefined();
      // 90 KB of comments around a short query: stored, as the short query alone.
      const padded = `${queryText(CATEGORY_SLUGS)}\n${"# padding padding padding\n".repeat(3_500)}`;
      const paddedAnswer = await post(small.url, { query: padded, extensions: apq(sha256(padded)) });
      expect(paddedAnswer.errors).toBeUndefined();
      // Registrations are stored before the answer is sent: by now each would be there.
      expect(await storedApq(sha256(invalid))).toBeNull();
      expect(await storedApq(sha256(long))).toBeNull();
      expect((await storedApq(sha256(padded)))?.length).toBeLessThan(100);
      await small.close();
    });
  });

  describe("OPERATIONS=persisted-only", () => {
    it("refuses a document of the caller's own, admins' too, and runs the shop's", async () => {
      const admin = testAccessToken({ role: Role.ADMIN });
      for (const headers of [{}, BROWSER, bearer(admin)]) {
        const answer = await post(persistedOnly.url, { query: queryText(CATEGORY_SLUGS) }, headers);
        expect(answer.status).toBe(403);
        expect(codeOf(answer)).toBe("PERSISTED_QUERY_REQUIRED");
        expect(answer.data).toBeUndefined();
      }
      const viaGet = await get(persistedOnly.url, { query: queryText(CATEGORY_SLUGS) });
      expect(codeOf(viaGet)).toBe("PERSISTED_QUERY_REQUIRED");
      // The shop's own document sent whole is the shop's operation (its hash is in the manifest).
      const catalog = shopOperation("Catalog");
      const whole = await post(persistedOnly.url, {
        query: catalog.document,
        extensions: apq(catalog.hash),
        variables: CATALOG_VARIABLES,
      });
      expect(whole.errors).toBeUndefined();
      // Admin operations of the shop run for admins.
      const report = shopOperation("AdminCategories");
      expect((await post(persistedOnly.url, { documentId: report.documentId }, bearer(admin))).errors).toBeUndefined();
    });

    it("refuses APQ registration (it would be a way around the rule) and does not run APQ-registered documents", async () => {
      const query = queryText(CATEGORY_NAMES);
      const hash = sha256(query);
      const admin = testAccessToken({ role: Role.ADMIN });
      const registration = await post(persistedOnly.url, { query, extensions: apq(hash) }, bearer(admin));
      expect(registration.status).toBe(403);
      expect(codeOf(registration)).toBe("PERSISTED_QUERY_REQUIRED");
      // Registered meanwhile through a gateway that takes documents (one Redis for both): still unknown here.
      await post(any.url, { query, extensions: apq(hash) });
      await eventually(async () => (await storedApq(hash)) === stripIgnoredCharacters(query));
      expect(codeOf(await post(persistedOnly.url, { extensions: apq(hash) }, bearer(admin)))).toBe(
        "PERSISTED_QUERY_NOT_FOUND",
      );
    });
  });

  describe("OPERATIONS=credentialed (production's default)", () => {
    it("takes documents from API clients with a valid token only, never from browsers", async () => {
      const token = testAccessToken();
      const query = queryText(CATEGORY_SLUGS);
      const answers = {
        anonymous: await post(credentialed.url, { query }),
        badToken: await post(credentialed.url, { query }, bearer("not-a-token")),
        browserWithToken: await post(credentialed.url, { query }, { ...BROWSER, ...bearer(token) }),
        originOnly: await post(credentialed.url, { query }, { origin: "https://shop.example", ...bearer(token) }),
        cookie: await post(credentialed.url, { query }, { cookie: "shopgraph_refresh=abc", ...bearer(token) }),
      };
      for (const [who, answer] of Object.entries(answers)) {
        expect(codeOf(answer), who).toBe("PERSISTED_QUERY_REQUIRED");
      }
      const apiClient = await post(credentialed.url, { query }, bearer(token));
      expect(apiClient.errors).toBeUndefined();
      expect(apiClient.data).toEqual(dataOf(await graphqlRequest(any.url, CATEGORY_SLUGS)));
      // The shop's documents run for browsers and anonymous callers.
      const me = shopOperation("Me");
      expect((await post(credentialed.url, { documentId: me.documentId }, BROWSER)).data).toEqual({ me: null });
    });

    it("lets an API client without a token send the mutations that get it one, and nothing with them", async () => {
      const input = { email: "nobody@example.com", password: "not the password" };
      const signIn = await post(credentialed.url, { query: queryText(SIGN_IN), variables: { input } });
      expect(signIn.errors).toBeUndefined();
      expect(signIn.data).toEqual({ login: { accessToken: null, userErrors: [{ code: "INVALID_CREDENTIALS" }] } });
      const refused = [
        await post(credentialed.url, { query: queryText(SIGN_IN_AND_MORE), variables: { input } }),
        await post(credentialed.url, { query: queryText(SIGN_IN), variables: { input } }, BROWSER),
        await post(credentialed.url, { query: "query { __typename }" }),
        await post(credentialed.url, { query: "mutation { ...F } fragment F on Mutation { logout }" }),
        await post(credentialed.url, { query: "mutation { login(" }),
      ];
      for (const answer of refused) expect(codeOf(answer)).toBe("PERSISTED_QUERY_REQUIRED");
      expect(codeOf(await post(persistedOnly.url, { query: queryText(SIGN_IN), variables: { input } }))).toBe(
        "PERSISTED_QUERY_REQUIRED",
      );
    });

    it("lets an API client register by APQ, but the registered document is no safelist for anyone else", async () => {
      const token = testAccessToken();
      const query = `${queryText(CATEGORY_SLUGS)} # credentialed`;
      const hash = sha256(query);
      expect(codeOf(await post(credentialed.url, { query, extensions: apq(hash) }))).toBe("PERSISTED_QUERY_REQUIRED");
      expect((await post(credentialed.url, { query, extensions: apq(hash) }, bearer(token))).errors).toBeUndefined();
      await eventually(async () => (await storedApq(hash)) === stripIgnoredCharacters(query));
      expect((await post(credentialed.url, { extensions: apq(hash) }, bearer(token))).errors).toBeUndefined();
      for (const headers of [{}, { ...BROWSER, ...bearer(token) }]) {
        expect(codeOf(await post(credentialed.url, { extensions: apq(hash) }, headers))).toBe(
          "PERSISTED_QUERY_NOT_FOUND",
        );
      }
    });
  });

  it("counts where each operation's document came from, and every refusal, in /metrics", async () => {
    const metrics = await (await fetch(new URL("/metrics", persistedOnly.url))).text();
    const count = (outcome: string) =>
      Number(
        new RegExp(`^gateway_persisted_documents_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)`, "m").exec(
          metrics,
        )?.[1] ?? 0,
      );
    expect(count("shop")).toBeGreaterThan(0);
    expect(count("PERSISTED_QUERY_REQUIRED")).toBeGreaterThan(0);
    expect(count("PERSISTED_QUERY_NOT_FOUND")).toBeGreaterThan(0);
    expect(count("document")).toBe(0);
  });

  describe("caching and de-duplication of hash-only requests", () => {
    it("keys the response cache by the document: a hash-only request hits what its text stored", async () => {
      const catalog = shopOperation("Catalog");
      const variables = { first: 2, query: "mug" };
      const byText = await post(any.url, { query: catalog.document, variables });
      expect(byText.errors).toBeUndefined();
      expect(byText.headers.get("cache-control")).toMatch(/public/);
      // Stored once the same text is served from the cache; then the first request by hash is a hit.
      await eventually(async () => (await post(any.url, { query: catalog.document, variables })).headers.has("age"));
      const byHash = await post(persistedOnly.url, { extensions: apq(catalog.hash), variables });
      expect(byHash.headers.get("age")).not.toBeNull();
      expect(byHash.data).toEqual(byText.data);
      // Other variables, or another document by hash, are other entries.
      const other = await post(any.url, { extensions: apq(catalog.hash), variables: { first: 2, query: "shirt" } });
      expect(other.headers.get("age")).toBeNull();
      expect(other.data).not.toEqual(byText.data);
    });

    it("lets identical hash-only requests in flight share one subgraph request", async () => {
      const proxy = await recordingProxy(supergraph.subgraphs.get("products")!.url, { holdMs: 400 });
      try {
        const gateway = await supergraph.startGateway({
          PRODUCTS_URL: proxy.url,
          RESPONSE_CACHE: "false",
          OPERATIONS: "persisted-only",
        });
        const catalog = shopOperation("Catalog");
        const variables = { first: 4, query: "tee" };
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => post(gateway.url, { extensions: apq(catalog.hash), variables })),
        );
        for (const answer of answers) expect(answer.data).toEqual(answers[0]!.data);
        expect(proxy.seen.filter((request) => request.body.includes("products")).length).toBeLessThan(4);
        // Different variables are different requests.
        await post(gateway.url, { extensions: apq(catalog.hash), variables: { first: 5, query: "tee" } });
        const sent = proxy.seen.filter((request) => request.body.includes('"first":5')).length;
        expect(sent).toBe(1);
        await gateway.close();
      } finally {
        await proxy.close();
      }
    });
  });
});
