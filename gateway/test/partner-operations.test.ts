import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toGlobalId } from "@shopgraph/kernel";
import { dataOf, eventually, freePort, present, TEST_ADDRESS, watch, wsClient } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningGateway } from "../src/server.js";
import { graphql } from "./gql/index.js";
import type { PartnerScope } from "./gql/graphql.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { ADD_TO_CART, IN_STOCK_PRODUCTS, LOGIN, PLACE_ORDER, REGISTER, UPDATE_ORDER_STATUS } from "./operations.js";
import { recordingProxy } from "./recording-proxy.js";

/** A change of what an app may run reaches every gateway as fast as a revocation: within a second. */
const WITHIN_A_SECOND = 1_000;
const ADMIN = { email: "root@operations.test", password: "admin passphrase for app operations" };

const CREATE_APP = graphql(`
  mutation OperationsCreateApp($input: CreatePartnerAppInput!) {
    createPartnerApp(input: $input) {
      app {
        id
      }
      apiKey
      userErrors {
        code
      }
    }
  }
`);
const REGISTER_OPERATION = graphql(`
  mutation OperationsRegister($input: RegisterAppOperationInput!) {
    registerAppOperation(input: $input) {
      operation {
        name
        hash
        document
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const DELETE_OPERATION = graphql(`
  mutation OperationsDelete($appId: ID!, $hash: String!) {
    deleteAppOperation(appId: $appId, hash: $hash) {
      deletedHash
      userErrors {
        field
        code
      }
    }
  }
`);
const SET_SAFELISTED = graphql(`
  mutation OperationsSetSafelisted($id: ID!, $safelistedOnly: Boolean!) {
    setPartnerAppSafelistedOnly(id: $id, safelistedOnly: $safelistedOnly) {
      app {
        id
        safelistedOnly
      }
      userErrors {
        code
      }
    }
  }
`);
const SET_DISABLED = graphql(`
  mutation OperationsSetDisabled($id: ID!, $disabled: Boolean!) {
    setPartnerAppDisabled(id: $id, disabled: $disabled) {
      app {
        disabled
      }
    }
  }
`);
const APP_OPERATIONS = graphql(`
  query OperationsList($id: ID!) {
    node(id: $id) {
      ... on PartnerApp {
        safelistedOnly
        operations {
          name
          hash
        }
      }
    }
  }
`);

const USAGE = graphql(`
  query OperationsUsage($id: ID!, $days: Int!) {
    node(id: $id) {
      ... on PartnerApp {
        usage(days: $days) {
          day
          requests
          errors
          cost
          operations {
            name
            requests
            errors
            cost
          }
        }
      }
    }
  }
`);

/** What the partner registers: a products query with a variable, and a second one of its own. */
const PRODUCTS = "query PartnerProducts($first: Int!) { products(first: $first) { nodes { name } } }";
const CATEGORIES = "query PartnerCategories { categories { name } }";
/** Never registered for anyone. */
const UNREGISTERED = "query Unregistered { products(first: 1) { totalCount } }";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

let supergraph: SupergraphUnderTest;
/** A second gateway, over the same Redis and queue, that reaches users through a recording proxy. */
let other: RunningGateway;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let adminToken: string;

beforeAll(async () => {
  supergraph = await startSupergraph({
    subgraphEnv: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO_CATALOG: "true" },
  });
  proxy = await recordingProxy(supergraph.subgraphs.get("users")!.url);
  other = await supergraph.startGateway({ USERS_URL: proxy.url });
  const { login } = dataOf(await supergraph.request(LOGIN, { input: ADMIN }));
  adminToken = present(login.accessToken, "the admin's token");
}, 120_000);
afterAll(async () => {
  await supergraph?.close();
  await proxy?.close();
}, 60_000);

const asAdmin = () => supergraph.client(adminToken);

async function createApp(scopes: PartnerScope[] = ["CATALOG_READ"]) {
  const { createPartnerApp } = dataOf(
    await asAdmin()(CREATE_APP, { input: { name: `Ops ${randomUUID().slice(0, 8)}`, scopes } }),
  );
  expect(createPartnerApp.userErrors).toEqual([]);
  return { appId: present(createPartnerApp.app, "the app").id, key: present(createPartnerApp.apiKey, "its key") };
}

async function register(appId: string, document: string) {
  return dataOf(await asAdmin()(REGISTER_OPERATION, { input: { appId, document } })).registerAppOperation;
}

interface Answer {
  status: number;
  code: unknown;
  data: unknown;
}

/** A raw POST to a gateway with the app's key: the body as given (hashes, documentId, whole documents). */
async function send(key: string, body: Record<string, unknown>, gateway: RunningGateway = supergraph.gateway) {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": key },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  return { status: response.status, code: json.errors?.[0]?.extensions?.code, data: json.data } satisfies Answer;
}
const byApq = (document: string, variables = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: sha(document) } },
  variables,
});
const byDocumentId = (document: string, variables = {}) => ({ documentId: `sha256:${sha(document)}`, variables });
const whole = (document: string, variables = {}) => ({ query: document, variables });
const ran = (answer: Answer) => answer.code === undefined && answer.data !== null && answer.data !== undefined;

/** What each of the ways of sending gets, through both gateways: "ran" or the refusal's code. */
async function outcomes(key: string, body: Record<string, unknown>): Promise<unknown[]> {
  return Promise.all(
    [supergraph.gateway, other].map(async (g) => ((a) => (ran(a) ? "ran" : a.code))(await send(key, body, g))),
  );
}

/** The operations documents users loaded for `other` (the only gateway behind the proxy). */
const loadsSeen = () => proxy.seen.filter((request) => request.body.includes("AppOperationsForGateway")).length;

describe("operations registered by a partner app", () => {
  it("registers a valid named operation by its hash, once, and refuses what cannot run", async () => {
    const { appId } = await createApp();
    const first = await register(appId, PRODUCTS);
    expect(first.userErrors).toEqual([]);
    expect(first.operation).toEqual({ name: "PartnerProducts", hash: sha(PRODUCTS), document: PRODUCTS });
    // The same text again is the same registration, not a second one.
    expect((await register(appId, PRODUCTS)).operation?.hash).toBe(sha(PRODUCTS));

    const refusals = {
      "not GraphQL": "query {",
      unnamed: "{ products(first: 1) { totalCount } }",
      "two operations": `${CATEGORIES} query Second { categories { slug } }`,
      "a field the API lacks": "query Nope { products(first: 1) { nodes { secretField } } }",
      "an @inaccessible field": 'mutation Sneaky { exchangeApiKey(key: "sg_live_x") { accessToken } }',
      "a subscription with a missing variable": "subscription Live { orderUpdated(orderId: $id) { id } }",
    };
    for (const [why, document] of Object.entries(refusals)) {
      const payload = await register(appId, document);
      expect(payload.operation, why).toBeNull();
      expect(
        payload.userErrors.map((error) => [error.code, error.field]),
        why,
      ).toEqual([["INVALID_DOCUMENT", ["input", "document"]]]);
    }
    // Over 16 KiB (APP_OPERATION_MAX_BYTES): refused before it is even parsed.
    const oversized = `query Big { categories { name } }${" ".repeat(16_384)}`;
    expect((await register(appId, oversized)).userErrors.map((error) => error.code)).toEqual(["DOCUMENT_TOO_LARGE"]);
    expect((await register(randomAppId(), CATEGORIES)).userErrors.map((error) => error.code)).toEqual([
      "APP_NOT_FOUND",
    ]);

    const { node } = dataOf(await asAdmin()(APP_OPERATIONS, { id: appId }));
    expect(node).toEqual({ safelistedOnly: false, operations: [{ name: "PartnerProducts", hash: sha(PRODUCTS) }] });
  });

  it("registers a document once under parallel registrations, and never more than 200 per app", async () => {
    const { appId } = await createApp();
    const same = await Promise.all(Array.from({ length: 10 }, () => register(appId, CATEGORIES)));
    expect(new Set(same.map((payload) => payload.operation?.hash))).toEqual(new Set([sha(CATEGORIES)]));
    // 200 more distinct documents, 20 at a time: exactly 199 fit beside the first.
    const documents = Array.from({ length: 200 }, (_, i) => `query Many${i} { categories { name } }`);
    const codes: string[] = [];
    for (let i = 0; i < documents.length; i += 20) {
      const payloads = await Promise.all(documents.slice(i, i + 20).map((document) => register(appId, document)));
      codes.push(...payloads.map((payload) => payload.userErrors[0]?.code ?? "OK"));
    }
    expect(codes.filter((code) => code === "OK")).toHaveLength(199);
    expect(codes.filter((code) => code === "TOO_MANY_OPERATIONS")).toHaveLength(1);
    const { node } = dataOf(await asAdmin()(APP_OPERATIONS, { id: appId }));
    expect((node as { operations: unknown[] }).operations).toHaveLength(200);
  });

  it("is the admins' alone: an app's key, whatever its scopes, and a shopper are refused", async () => {
    const { appId, key } = await createApp();
    const query = `mutation { registerAppOperation(input: { appId: "${appId}", document: ${JSON.stringify(CATEGORIES)} }) { operation { hash } } }`;
    expect((await send(key, whole(query))).code).toBe("FORBIDDEN");
    const safelistQuery = `mutation { setPartnerAppSafelistedOnly(id: "${appId}", safelistedOnly: false) { app { id } } }`;
    expect((await send(key, whole(safelistQuery))).code).toBe("FORBIDDEN");
    const anonymous = await fetch(supergraph.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(
      ((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toMatch(/FORBIDDEN|UNAUTHENTICATED|GRAPHQL_VALIDATION_FAILED/);
    // The gateway's own load of an app's list is users' @inaccessible field: no client reaches it.
    const internal = `query { appOperationsForGateway(appId: "${appId}") { accessVersion } }`;
    expect((await send(key, whole(internal))).code).toBe("GRAPHQL_VALIDATION_FAILED");
    const asAdminInternal = await fetch(supergraph.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: internal }),
    });
    expect(await asAdminInternal.text()).toContain("GRAPHQL_VALIDATION_FAILED");
    const { node } = dataOf(await asAdmin()(APP_OPERATIONS, { id: appId }));
    expect(node).toEqual({ safelistedOnly: false, operations: [] });
  });

  it("runs an app's operations by hash (APQ and documentId); an app not safelisted may still send documents", async () => {
    const { appId, key } = await createApp();
    await register(appId, PRODUCTS);
    for (const body of [byApq(PRODUCTS, { first: 2 }), byDocumentId(PRODUCTS, { first: 2 }), whole(UNREGISTERED)]) {
      expect(await outcomes(key, body)).toEqual(["ran", "ran"]);
    }
    const { data } = await send(key, byDocumentId(PRODUCTS, { first: 2 }));
    expect((data as { products: { nodes: unknown[] } }).products.nodes).toHaveLength(2);
  });

  it("holds a safelisted app to its registered operations at every gateway, and loads them once per change", async () => {
    const { appId, key } = await createApp();
    const { appId: otherAppId } = await createApp();
    await register(appId, PRODUCTS);
    await register(otherAppId, CATEGORIES);
    const loadsBefore = loadsSeen();
    expect(await outcomes(key, whole(UNREGISTERED))).toEqual(["ran", "ran"]);

    const set = dataOf(await asAdmin()(SET_SAFELISTED, { id: appId, safelistedOnly: true }));
    expect(set.setPartnerAppSafelistedOnly.app?.safelistedOnly).toBe(true);
    // The same key, mid-session: refused its own documents within a second, everywhere.
    await eventually(
      async () => (await outcomes(key, whole(UNREGISTERED))).every((code) => code === "PERSISTED_QUERY_REQUIRED"),
      WITHIN_A_SECOND,
    );
    expect((await send(key, whole(UNREGISTERED))).status).toBe(403);
    // Its registered operation: by APQ hash, by documentId, and sent whole as registered.
    for (const body of [
      byApq(PRODUCTS, { first: 1 }),
      byDocumentId(PRODUCTS, { first: 1 }),
      whole(PRODUCTS, { first: 1 }),
    ]) {
      expect(await outcomes(key, body)).toEqual(["ran", "ran"]);
    }
    // Not the same operation with other spacing: its hash is not registered.
    expect(await outcomes(key, whole(`${PRODUCTS} `, { first: 1 }))).toEqual([
      "PERSISTED_QUERY_REQUIRED",
      "PERSISTED_QUERY_REQUIRED",
    ]);
    // Another app's registered hash, and the shop's own operations, are nothing to it.
    expect(await outcomes(key, byApq(CATEGORIES))).toEqual(["PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_FOUND"]);
    expect(await outcomes(key, byDocumentId(CATEGORIES))).toEqual([
      "PERSISTED_QUERY_NOT_FOUND",
      "PERSISTED_QUERY_NOT_FOUND",
    ]);
    const shopHash = Object.keys(
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, "../../web/src/gql/shop/persisted-documents.json"), "utf8"),
      ) as object,
    )[0]!;
    expect((await send(key, { documentId: shopHash })).code).toBe("PERSISTED_QUERY_NOT_FOUND");
    // An APQ registration of a new document (its hash and text agree) is refused, and stores nothing.
    expect(await outcomes(key, { ...whole(UNREGISTERED), ...byApq(UNREGISTERED) })).toEqual([
      "PERSISTED_QUERY_REQUIRED",
      "PERSISTED_QUERY_REQUIRED",
    ]);
    expect(await outcomes(key, byApq(UNREGISTERED))).toEqual([
      "PERSISTED_QUERY_NOT_FOUND",
      "PERSISTED_QUERY_NOT_FOUND",
    ]);
    // A hash and a document that disagree.
    expect((await send(key, { ...whole(UNREGISTERED), ...byApq(PRODUCTS) })).code).toBe(
      "PERSISTED_QUERY_HASH_MISMATCH",
    );

    // Two changes (the flag, plus the app's first load): `other` asked users at most once per version seen,
    // never per request (the requests above were more than twenty).
    const loads = loadsSeen() - loadsBefore;
    expect(loads).toBeGreaterThanOrEqual(1);
    expect(loads).toBeLessThanOrEqual(3);
    const steady = loadsSeen();
    for (let i = 0; i < 10; i++) expect((await send(key, byApq(PRODUCTS, { first: 1 }), other)).code).toBeUndefined();
    expect(loadsSeen()).toBe(steady);
  });

  it("stops a deleted operation, and starts a registered one, at every gateway within a second", async () => {
    const { appId, key } = await createApp();
    await register(appId, PRODUCTS);
    dataOf(await asAdmin()(SET_SAFELISTED, { id: appId, safelistedOnly: true }));
    await eventually(
      async () => (await outcomes(key, byApq(PRODUCTS, { first: 1 }))).every((o) => o === "ran"),
      WITHIN_A_SECOND,
    );
    // Both gateways have loaded the list once: CATEGORIES is a miss each has cached.
    expect(await outcomes(key, byApq(CATEGORIES))).toEqual(["PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_FOUND"]);
    expect((await register(appId, CATEGORIES)).userErrors).toEqual([]);
    await eventually(async () => (await outcomes(key, byApq(CATEGORIES))).every((o) => o === "ran"), WITHIN_A_SECOND);

    const deleted = dataOf(await asAdmin()(DELETE_OPERATION, { appId, hash: sha(PRODUCTS) })).deleteAppOperation;
    expect(deleted).toEqual({ deletedHash: sha(PRODUCTS), userErrors: [] });
    await eventually(
      async () => (await outcomes(key, byApq(PRODUCTS, { first: 1 }))).every((o) => o === "PERSISTED_QUERY_NOT_FOUND"),
      WITHIN_A_SECOND,
    );
    expect(await outcomes(key, whole(PRODUCTS, { first: 1 }))).toEqual([
      "PERSISTED_QUERY_REQUIRED",
      "PERSISTED_QUERY_REQUIRED",
    ]);
    const again = dataOf(await asAdmin()(DELETE_OPERATION, { appId, hash: sha(PRODUCTS) })).deleteAppOperation;
    expect(again.userErrors.map((error) => error.code)).toEqual(["OPERATION_NOT_FOUND"]);
    const malformed = dataOf(await asAdmin()(DELETE_OPERATION, { appId, hash: "../../etc" })).deleteAppOperation;
    expect(malformed.userErrors.map((error) => error.code)).toEqual(["OPERATION_NOT_FOUND"]);

    // Clearing the flag lets it send documents again.
    dataOf(await asAdmin()(SET_SAFELISTED, { id: appId, safelistedOnly: false }));
    await eventually(async () => (await outcomes(key, whole(UNREGISTERED))).every((o) => o === "ran"), WITHIN_A_SECOND);
  });

  it("refuses a disabled app's registered operations too, and runs them again once it is enabled", async () => {
    const { appId, key } = await createApp();
    await register(appId, PRODUCTS);
    dataOf(await asAdmin()(SET_SAFELISTED, { id: appId, safelistedOnly: true }));
    await eventually(
      async () => (await outcomes(key, byApq(PRODUCTS, { first: 1 }))).every((o) => o === "ran"),
      WITHIN_A_SECOND,
    );
    dataOf(await asAdmin()(SET_DISABLED, { id: appId, disabled: true }));
    await eventually(
      async () => (await outcomes(key, byApq(PRODUCTS, { first: 1 }))).every((o) => o === "UNAUTHENTICATED"),
      WITHIN_A_SECOND,
    );
    dataOf(await asAdmin()(SET_DISABLED, { id: appId, disabled: false }));
    expect(await outcomes(key, byApq(PRODUCTS, { first: 1 }))).toEqual(["ran", "ran"]);
    expect(await outcomes(key, whole(UNREGISTERED))).toEqual(["PERSISTED_QUERY_REQUIRED", "PERSISTED_QUERY_REQUIRED"]);
  });
});

/** A well-formed PartnerApp id nobody has. */
const randomAppId = () => toGlobalId("PartnerApp", randomUUID());

/** What an app follows over the websocket. */
const FOLLOW = "subscription PartnerFollow { orderUpdated { id status } }";

/** A shopper's new order, placed through the gateway: its id. */
async function placeOrder(): Promise<string> {
  const email = `shopper-${randomUUID()}@operations.test`;
  const { register } = dataOf(
    await supergraph.request(REGISTER, { input: { email, password: "correct horse battery", name: "Shopper" } }),
  );
  const shopper = supergraph.client(present(register.accessToken, "the shopper's token"));
  const variantId = present(
    dataOf(await shopper(IN_STOCK_PRODUCTS, { first: 1 })).products.nodes[0]?.variants[0]?.id,
    "a variant in stock",
  );
  expect(dataOf(await shopper(ADD_TO_CART, { variantId })).addToCart.userErrors).toEqual([]);
  const { placeOrder } = dataOf(
    await shopper(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }),
  );
  expect(placeOrder.userErrors).toEqual([]);
  return present(placeOrder.order, "the order").id;
}

const cancel = async (orderId: string) =>
  dataOf(await asAdmin()(UPDATE_ORDER_STATUS, { orderId, status: "CANCELLED" }));

const REVOKE_KEY = graphql(`
  mutation OperationsRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      key {
        revokedAt
      }
    }
  }
`);
const APP_KEYS = graphql(`
  query OperationsKeys($id: ID!) {
    node(id: $id) {
      ... on PartnerApp {
        apiKeys {
          id
        }
      }
    }
  }
`);

describe("partner apps on the websocket", () => {
  const clients: Array<ReturnType<typeof wsClient>> = [];
  const connect = (params: Record<string, unknown>, gateway: RunningGateway = supergraph.gateway) => {
    const client = wsClient(gateway.url, undefined, { connectionParams: params });
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    for (const client of clients) await client.dispose();
  });

  it("exchanges a key from connection_init (x-api-key or Bearer) and enforces the app's scopes on subscriptions", async () => {
    const reader = await createApp(["ORDERS_READ"]);
    const catalogOnly = await createApp(["CATALOG_READ"]);
    const byHeader = connect({ "x-api-key": reader.key });
    const byBearer = connect({ authorization: `Bearer ${reader.key}` }, other);
    const following = [watch(byHeader, FOLLOW), watch(byBearer, FOLLOW)];
    const refused = watch(connect({ "x-api-key": catalogOnly.key }), FOLLOW);
    await Promise.all([byHeader.acknowledged, byBearer.acknowledged]);
    const ended = await refused.ended;
    expect(JSON.stringify([refused.results, ended])).toContain("FORBIDDEN");
    expect(refused.results.every((result) => result.data == null)).toBe(true);

    // Subscriptions are set up upstream a moment after they are sent: changes until one arrives at both.
    const orderId = await placeOrder();
    await eventually(async () => {
      await cancel(orderId).catch(() => undefined);
      return following.every((subscription) => subscription.results.length > 0);
    }, 10_000);
    for (const subscription of following) {
      expect(subscription.results[0]?.data).toEqual({ orderUpdated: { id: orderId, status: "CANCELLED" } });
    }
  });

  it("refuses bad keys at connection_init with 4403", async () => {
    const { appId, key } = await createApp(["ORDERS_READ"]);
    const malformed = connect({ "x-api-key": "sg_live_short" });
    const unknown = connect({ "x-api-key": `sg_live_${"A".repeat(43)}` });
    const both = connect({ "x-api-key": key, authorization: "Bearer whatever" });
    await eventually(() => [malformed, unknown, both].every((client) => client.closes.includes(4403)), 5_000);
    dataOf(await asAdmin()(SET_DISABLED, { id: appId, disabled: true }));
    const disabled = connect({ "x-api-key": key });
    await eventually(() => disabled.closes.includes(4403), 5_000);
  });

  it("closes the socket of a key revoked mid-session, at the gateway that holds it", async () => {
    const { appId, key } = await createApp(["ORDERS_READ"]);
    const client = connect({ "x-api-key": key }, other);
    const following = watch(client, FOLLOW);
    await client.acknowledged;
    const { node } = dataOf(await asAdmin()(APP_KEYS, { id: appId }));
    const keyId = present((node as { apiKeys: Array<{ id: string }> }).apiKeys[0], "the app's key").id;
    dataOf(await asAdmin()(REVOKE_KEY, { id: keyId }));
    await eventually(() => client.closes.includes(4403), WITHIN_A_SECOND);
    expect(JSON.stringify(following.results)).not.toContain('"status"');
  });

  it("closes with 1013 Try Again Later, not 4403, when the key cannot be checked (users unreachable)", async () => {
    const { key } = await createApp(["ORDERS_READ"]);
    const cutOff = await supergraph.startGateway({ USERS_URL: `http://127.0.0.1:${await freePort()}/graphql` });
    const client = connect({ "x-api-key": key }, cutOff);
    await eventually(() => client.closes.length > 0, 5_000);
    expect(client.closes).toEqual([1013]);
    // Over HTTP the same key is 503 there, and works where users answers.
    expect((await send(key, whole(UNREGISTERED), cutOff)).status).toBe(503);
    expect(ran(await send(key, whole(UNREGISTERED)))).toBe(true);
  });

  it("holds a safelisted app to its registered subscriptions, by hash too", async () => {
    const { appId, key } = await createApp(["ORDERS_READ"]);
    await register(appId, FOLLOW);
    dataOf(await asAdmin()(SET_SAFELISTED, { id: appId, safelistedOnly: true }));
    await eventually(
      async () => (await outcomes(key, whole(UNREGISTERED))).every((o) => o === "PERSISTED_QUERY_REQUIRED"),
      WITHIN_A_SECOND,
    );
    const client = connect({ "x-api-key": key });
    const unregistered = watch(client, "subscription Other { orderUpdated { id } }");
    expect(JSON.stringify(await unregistered.ended)).toContain("PERSISTED_QUERY_REQUIRED");
    const byHash: { results: unknown[] } = { results: [] };
    client.subscribe(
      { query: "", extensions: { persistedQuery: { version: 1, sha256Hash: sha(FOLLOW) } } },
      { next: (result) => byHash.results.push(result), error: () => undefined, complete: () => undefined },
    );
    const sentWhole = watch(client, FOLLOW);
    const orderId = await placeOrder();
    await eventually(async () => {
      await cancel(orderId).catch(() => undefined);
      return [byHash.results, sentWhole.results].every((results) =>
        JSON.stringify(results).includes(`"id":"${orderId}"`),
      );
    }, 10_000);
  });

  it("keeps an app's socket through a change of its operations, and closes it when the app is disabled mid-session", async () => {
    const { appId, key } = await createApp(["ORDERS_READ"]);
    const client = connect({ "x-api-key": key });
    const following = watch(client, FOLLOW);
    const first = await placeOrder();
    await eventually(async () => {
      await cancel(first).catch(() => undefined);
      return following.results.length > 0;
    }, 10_000);
    // Its access version is raised (OPERATIONS_CHANGED): the key is exchanged again, the socket stays.
    await register(appId, CATEGORIES);
    await eventually(async () => (await outcomes(key, byApq(CATEGORIES))).every((o) => o === "ran"), WITHIN_A_SECOND);
    const second = await placeOrder();
    await cancel(second);
    await eventually(() => following.results.some((result) => JSON.stringify(result).includes(second)), 5_000).catch(
      (error: unknown) => {
        throw new Error(
          `${String(error)}: ${JSON.stringify({ closes: client.closes, results: following.results, second })}`,
        );
      },
    );
    expect(client.closes).toEqual([]);

    dataOf(await asAdmin()(SET_DISABLED, { id: appId, disabled: true }));
    await eventually(() => client.closes.includes(4403), WITHIN_A_SECOND);
    const third = await placeOrder();
    await cancel(third);
    expect(following.results.some((result) => JSON.stringify(result).includes(third))).toBe(false);
  });
});

describe("an app's usage as a GraphQL field", () => {
  it("serves PartnerApp.usage(days:) to admins from the same figures as GET /admin/partner-apps/usage", async () => {
    const { appId, key } = await createApp();
    await register(appId, PRODUCTS);
    for (let i = 0; i < 3; i++) expect(ran(await send(key, byApq(PRODUCTS, { first: 1 })))).toBe(true);
    expect((await send(key, whole("query Broken { products(first: 1) { nodes { nope } } }"))).code).toBeDefined();
    // Usage is recorded after the answer (not awaited): read it once it is there.
    const rest = async () => {
      const response = await fetch(`${supergraph.origin}/admin/partner-apps/usage?appId=${appId}&days=2`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      return ((await response.json()) as { days: unknown[] }).days;
    };
    await eventually(async () => JSON.stringify(await rest()).includes('"requests":4'), 5_000);
    const { node } = dataOf(await asAdmin()(USAGE, { id: appId, days: 2 }));
    const usage = (node as { usage: unknown[] }).usage;
    expect(usage).toEqual(await rest());
    expect(usage).toHaveLength(2);
    expect(usage[0]).toMatchObject({ requests: 4, errors: 1 });
    expect((usage[0] as { operations: Array<{ name: string; requests: number }> }).operations).toContainEqual(
      expect.objectContaining({ name: "PartnerProducts", requests: 3, errors: 0 }),
    );

    // Out of range, and not an admin (the app itself, through viewerApp): refused.
    const outOfRange = await asAdmin()(USAGE, { id: appId, days: 91 });
    expect(outOfRange.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    const own = await send(key, whole("query Own { viewerApp { usage(days: 1) { requests } } }"));
    expect(own.code).toBe("FORBIDDEN");
    expect(JSON.stringify(own.data ?? null)).not.toContain("requests");
  });
});
