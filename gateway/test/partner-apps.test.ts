import { createHash, randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toGlobalId } from "@shopgraph/kernel";
import {
  capturedLogs,
  dataOf,
  eventually,
  graphqlRequest,
  present,
  TEST_ADDRESS,
  type GraphQLResponse,
} from "@shopgraph/testing";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningGateway } from "../src/server.js";
import { graphql } from "./gql/index.js";
import type { PartnerScope } from "./gql/graphql.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { LOGIN, PLACE_ORDER, REGISTER } from "./operations.js";

/** What the issue asks: a revoked key or a disabled app is refused within a second, at every instance. */
const WITHIN_A_SECOND = 1_000;
const ADMIN = { email: "root@partners.test", password: "admin passphrase for partner apps" };

const CREATE_APP = graphql(`
  mutation PartnersCreateApp($input: CreatePartnerAppInput!) {
    createPartnerApp(input: $input) {
      app {
        id
        name
        scopes
        disabled
      }
      apiKey
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation PartnersCreateKey($appId: ID!, $retire: Int) {
    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $retire) {
      apiKey
      key {
        id
        prefix
        expiresAt
        revokedAt
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation PartnersRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey
      key {
        id
        revokedAt
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const SET_DISABLED = graphql(`
  mutation PartnersSetDisabled($id: ID!, $disabled: Boolean!) {
    setPartnerAppDisabled(id: $id, disabled: $disabled) {
      app {
        id
        disabled
      }
      userErrors {
        code
      }
    }
  }
`);
const RENAME = graphql(`
  mutation PartnersRename($id: ID!, $name: String!) {
    renamePartnerApp(id: $id, name: $name) {
      app {
        id
        name
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const DELETE = graphql(`
  mutation PartnersDelete($id: ID!) {
    deletePartnerApp(id: $id) {
      deletedAppId
      userErrors {
        field
        code
      }
    }
  }
`);
const PARTNER_APPS = graphql(`
  query PartnersList {
    partnerApps(first: 100) {
      totalCount
      nodes {
        id
        name
        scopes
        disabled
        apiKeys {
          id
          prefix
          createdAt
          revokedAt
        }
      }
    }
  }
`);
const APP_PRODUCTS = graphql(`
  query PartnersProducts {
    products(first: 3) {
      totalCount
      nodes {
        id
        name
        variants {
          id
          sku
        }
      }
    }
  }
`);
const VIEWER_APP = graphql(`
  query PartnersViewerApp {
    viewerApp {
      id
      name
      scopes
    }
  }
`);
const APP_ORDERS = graphql(`
  query PartnersOrders {
    orders(first: 20) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);
const APP_ORDER_ADDRESS = graphql(`
  query PartnersOrderAddress($id: ID!) {
    order(id: $id) {
      id
      shippingAddress {
        name
      }
    }
  }
`);
const APP_USERS = graphql(`
  query PartnersUsers {
    users(first: 5) {
      nodes {
        email
      }
    }
  }
`);
const CART_CREATE = graphql(`
  mutation PartnersCartCreate($input: CartCreateInput!) {
    cartCreate(input: $input) {
      cart {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const APP_CREATE_CATEGORY = graphql(`
  mutation PartnersCreateCategory($name: String!) {
    createCategory(input: { name: $name }) {
      category {
        id
        name
      }
      userErrors {
        code
      }
    }
  }
`);
const APP_CANCEL_ORDER = graphql(`
  mutation PartnersCancelOrder($orderId: ID!) {
    updateOrderStatus(orderId: $orderId, status: CANCELLED, reason: "partner cancelled") {
      order {
        id
        status
        statusHistory {
          to
          by
        }
      }
      userErrors {
        code
      }
    }
  }
`);

let supergraph: SupergraphUnderTest;
/** A second instance over the same subgraphs, Redis keyspace and queue. */
let other: RunningGateway;
let adminToken: string;
const logs = capturedLogs();
/** Every key the tests were given: none may appear in a log or come back twice. */
const keysSeen: string[] = [];

beforeAll(async () => {
  supergraph = await startSupergraph({
    subgraphEnv: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO_CATALOG: "true" },
    logger: logs.logger,
  });
  other = await supergraph.startGateway({});
  const { login } = dataOf(await supergraph.request(LOGIN, { input: ADMIN }));
  adminToken = present(login.accessToken, "the admin's token");
}, 120_000);
afterAll(() => supergraph?.close(), 60_000);

const asAdmin = () => supergraph.client(adminToken);

async function createApp(scopes: PartnerScope[], name = `App ${randomUUID().slice(0, 8)}`) {
  const { createPartnerApp } = dataOf(await asAdmin()(CREATE_APP, { input: { name, scopes } }));
  expect(createPartnerApp.userErrors).toEqual([]);
  const app = present(createPartnerApp.app, "the app");
  const key = present(createPartnerApp.apiKey, "its key");
  keysSeen.push(key);
  return { app, key };
}

/** Operations sent with `key` in `x-api-key` (or as a Bearer token), through `gateway`. */
function asApp(
  key: string,
  gateway: RunningGateway = supergraph.gateway,
  via: "x-api-key" | "bearer" = "x-api-key",
  more: Record<string, string> = {},
) {
  const headers: Record<string, string> = {
    ...(via === "x-api-key" ? { "x-api-key": key } : { authorization: `Bearer ${key}` }),
    ...more,
  };
  return <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) =>
    graphqlRequest(gateway.url, document as TypedDocumentNode<TData, Record<string, unknown>>, variables ?? {}, {
      headers,
      signWith: false,
    });
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.["code"];

/** The key works (products come back) or the code it is refused with, through both instances. */
async function throughBoth(key: string): Promise<Array<unknown>> {
  return Promise.all(
    [supergraph.gateway, other].map(async (gateway) => {
      const response = await asApp(key, gateway)(APP_PRODUCTS);
      return response.errors ? codeOf(response) : "OK";
    }),
  );
}

async function refusedEverywhere(key: string): Promise<void> {
  await eventually(
    async () => (await throughBoth(key)).every((answer) => answer === "UNAUTHENTICATED"),
    WITHIN_A_SECOND,
  );
  const response = await asApp(key, other)(APP_PRODUCTS);
  expect(response.status).toBe(401);
}

/** A shopper with one order, placed through the gateway. */
async function shopperWithOrder(): Promise<{ orderId: string; email: string }> {
  const email = `shopper-${randomUUID()}@partners.test`;
  const { register } = dataOf(
    await supergraph.request(REGISTER, { input: { email, password: "correct horse battery", name: "Shopper" } }),
  );
  const shopper = supergraph.client(present(register.accessToken, "the shopper's token"));
  const variantId = present(
    dataOf(await asAdmin()(APP_PRODUCTS)).products.nodes[0]?.variants[0]?.id,
    "a variant of the demo catalog",
  );
  dataOf(await shopper(CART_CREATE, { input: { lines: [{ variantId, quantity: 1 }] } }));
  const { placeOrder } = dataOf(
    await shopper(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }),
  );
  expect(placeOrder.userErrors).toEqual([]);
  return { orderId: present(placeOrder.order, "the order").id, email };
}

describe("partner apps and API keys", () => {
  it("creates an app whose key is shown once, listed by its prefix only", async () => {
    const { app, key } = await createApp(["CATALOG_READ", "CATALOG_READ", "ORDERS_READ"], "  Feed   Sync ");
    expect(app).toMatchObject({ name: "Feed Sync", scopes: ["CATALOG_READ", "ORDERS_READ"], disabled: false });
    expect(app.id).toMatch(/^PartnerApp_/);
    expect(key).toMatch(/^sg_live_[A-Za-z0-9_-]{43}$/);

    const listed = dataOf(await asAdmin()(PARTNER_APPS));
    const mine = present(
      listed.partnerApps.nodes.find((node) => node.id === app.id),
      "the app in the list",
    );
    expect(mine.apiKeys).toHaveLength(1);
    expect(mine.apiKeys[0]?.prefix).toBe(key.slice(0, "sg_live_".length + 8));
    expect(mine.apiKeys[0]?.id).toMatch(/^ApiKey_/);
    // Neither the key nor its hash ever comes back.
    const hash = createHash("sha256").update(key).digest("hex");
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(JSON.stringify(listed)).not.toContain(hash);
  });

  it("counts an API key as a credential where OPERATIONS=credentialed: an app sends its own documents", async () => {
    const strict = await supergraph.startGateway({ OPERATIONS: "credentialed" });
    const { key } = await createApp(["CATALOG_READ"]);
    for (const via of ["x-api-key", "bearer"] as const) {
      expect((await asApp(key, strict, via)(APP_PRODUCTS)).errors).toBeUndefined();
    }
    // Without credentials the same document is refused.
    expect((await graphqlRequest(strict.url, APP_PRODUCTS, {})).errors?.length).toBeGreaterThan(0);
  });

  it("lets a CATALOG_READ app read products, with the key in x-api-key or as a Bearer token", async () => {
    const { app, key } = await createApp(["CATALOG_READ"]);
    for (const via of ["x-api-key", "bearer"] as const) {
      const response = await asApp(key, supergraph.gateway, via)(APP_PRODUCTS);
      expect(response.errors).toBeUndefined();
      expect(dataOf(response).products.nodes.length).toBeGreaterThan(0);
      // An app's answer is its own: no shared cache may keep it for others.
      expect(response.headers.get("cache-control") ?? "").not.toMatch(/public/);
    }
    // And a shared cache keeps anonymous answers apart from the apps' asking the same.
    const anonymous = await graphqlRequest(supergraph.url, APP_PRODUCTS, {});
    expect(anonymous.headers.get("cache-control")).toMatch(/public/);
    expect(anonymous.headers.get("vary")).toContain("x-api-key");
    expect(dataOf(await asApp(key)(VIEWER_APP)).viewerApp).toEqual({
      id: app.id,
      name: app.name,
      scopes: ["CATALOG_READ"],
    });
  });

  it("refuses a CATALOG_READ app orders, customers and app management: FORBIDDEN", async () => {
    const { key } = await createApp(["CATALOG_READ"]);
    const orders = await asApp(key)(APP_ORDERS);
    expect(codeOf(orders)).toBe("FORBIDDEN");
    expect(codeOf(await asApp(key)(APP_USERS))).toBe("FORBIDDEN");
    expect(codeOf(await asApp(key)(PARTNER_APPS))).toBe("FORBIDDEN");
  });

  it("refuses every mutation of the API to an app without the scope it needs", async () => {
    const { key } = await createApp(["CATALOG_READ"]);
    const schema = buildSchema(readFileSync(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(30);
    const answers = await Promise.all(
      mutations.map(async (field) => {
        const args = field.args
          .filter((arg) => isNonNullType(arg.type))
          .map((arg) => `${arg.name}: ${sampleValue(arg.type)}`);
        const returnsObject = !isLeafType(getNamedType(field.type));
        const query = `mutation { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${returnsObject ? " { __typename }" : ""} }`;
        const response = await graphqlRequest(supergraph.url, query, {}, { headers: { "x-api-key": key } });
        return [field.name, codeOf(response) ?? response.errors?.[0]?.message ?? "ALLOWED"] as const;
      }),
    );
    expect(answers.filter(([, code]) => code !== "FORBIDDEN")).toEqual([]);
  });

  it("lets apps read orders with ORDERS_READ, and addresses and emails only with CUSTOMERS_READ", async () => {
    const { orderId, email } = await shopperWithOrder();
    const reader = await createApp(["ORDERS_READ"]);
    const orders = dataOf(await asApp(reader.key)(APP_ORDERS)).orders;
    expect(orders.nodes.map((order) => order.id)).toContain(orderId);
    const address = await asApp(reader.key)(APP_ORDER_ADDRESS, { id: orderId });
    expect(codeOf(address)).toBe("FORBIDDEN");
    expect(codeOf(await asApp(reader.key)(APP_USERS))).toBe("FORBIDDEN");

    const customers = await createApp(["ORDERS_READ", "CUSTOMERS_READ"]);
    expect(dataOf(await asApp(customers.key)(APP_ORDER_ADDRESS, { id: orderId })).order).toEqual({
      id: orderId,
      shippingAddress: { name: TEST_ADDRESS.name },
    });
    const users = dataOf(await asApp(customers.key)(APP_USERS)).users.nodes.map((user) => user.email);
    expect(users).toContain(email);
  });

  it("lets CATALOG_WRITE manage the catalog and ORDERS_WRITE move orders, nothing more", async () => {
    const catalog = await createApp(["CATALOG_WRITE"]);
    const created = dataOf(await asApp(catalog.key)(APP_CREATE_CATEGORY, { name: `Partner ${randomUUID()}` }));
    expect(created.createCategory.userErrors).toEqual([]);
    expect(created.createCategory.category?.id).toMatch(/^Category_/);

    const { orderId } = await shopperWithOrder();
    expect(codeOf(await asApp(catalog.key)(APP_CANCEL_ORDER, { orderId }))).toBe("FORBIDDEN");
    const fulfilment = await createApp(["ORDERS_WRITE"]);
    const cancelled = dataOf(await asApp(fulfilment.key)(APP_CANCEL_ORDER, { orderId })).updateOrderStatus;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order?.status).toBe("CANCELLED");
    // An app is no user: its change is recorded with no one as `by`.
    expect(cancelled.order?.statusHistory.at(-1)).toEqual({ to: "CANCELLED", by: null });
  });

  it("refuses a revoked key within a second at both instances; the app's other key goes on working", async () => {
    const { app, key } = await createApp(["CATALOG_READ"]);
    const second = dataOf(await asAdmin()(CREATE_KEY, { appId: app.id })).createApiKey;
    const secondKey = present(second.apiKey, "the second key");
    keysSeen.push(secondKey);
    // Both instances hold a token for each key.
    expect(await throughBoth(key)).toEqual(["OK", "OK"]);
    expect(await throughBoth(secondKey)).toEqual(["OK", "OK"]);

    const firstKeyId = present(
      dataOf(await asAdmin()(PARTNER_APPS)).partnerApps.nodes.find((node) => node.id === app.id)?.apiKeys[0],
      "the first key",
    ).id;
    const revoked = dataOf(await asAdmin()(REVOKE_KEY, { id: firstKeyId })).revokeApiKey;
    expect(revoked.userErrors).toEqual([]);
    expect(revoked.apiKey).toBeNull();
    expect(revoked.key?.revokedAt).toBeTruthy();
    await refusedEverywhere(key);
    expect(await throughBoth(secondKey)).toEqual(["OK", "OK"]);

    // Revoking it again is an answer, not a change.
    const again = dataOf(await asAdmin()(REVOKE_KEY, { id: firstKeyId })).revokeApiKey;
    expect(again.userErrors).toEqual([{ field: ["id"], code: "API_KEY_ALREADY_REVOKED" }]);
  });

  it("refuses a disabled app's keys within a second at both instances, and accepts them once enabled", async () => {
    const { app, key } = await createApp(["CATALOG_READ"]);
    expect(await throughBoth(key)).toEqual(["OK", "OK"]);
    const disabled = dataOf(await asAdmin()(SET_DISABLED, { id: app.id, disabled: true })).setPartnerAppDisabled;
    expect(disabled).toEqual({ app: { id: app.id, disabled: true }, userErrors: [] });
    await refusedEverywhere(key);
    dataOf(await asAdmin()(SET_DISABLED, { id: app.id, disabled: false }));
    expect(await throughBoth(key)).toEqual(["OK", "OK"]);
  });

  it("refuses the key of a deleted app, and answers unknown apps and keys with stable codes", async () => {
    const { app, key } = await createApp(["CATALOG_READ"]);
    expect(await throughBoth(key)).toEqual(["OK", "OK"]);
    const deleted = dataOf(await asAdmin()(DELETE, { id: app.id })).deletePartnerApp;
    expect(deleted).toEqual({ deletedAppId: app.id, userErrors: [] });
    await refusedEverywhere(key);
    const refused = await asApp(key)(APP_PRODUCTS);
    expect(refused.errors?.[0]).toMatchObject({ message: "Invalid API key", extensions: { code: "UNAUTHENTICATED" } });

    expect(dataOf(await asAdmin()(DELETE, { id: app.id })).deletePartnerApp.userErrors).toEqual([
      { field: ["id"], code: "APP_NOT_FOUND" },
    ]);
    expect(dataOf(await asAdmin()(CREATE_KEY, { appId: app.id })).createApiKey).toEqual({
      apiKey: null,
      key: null,
      userErrors: [{ field: ["appId"], code: "APP_NOT_FOUND" }],
    });
    const unknownKey = toGlobalId("ApiKey", randomUUID());
    expect(dataOf(await asAdmin()(REVOKE_KEY, { id: unknownKey })).revokeApiKey.userErrors).toEqual([
      { field: ["id"], code: "API_KEY_NOT_FOUND" },
    ]);
    // Another type's id is malformed input, not an unknown app.
    expect(codeOf(await asAdmin()(DELETE, { id: unknownKey }))).toBe("BAD_USER_INPUT");
  });

  it("answers bad names with userErrors and changes nothing", async () => {
    const empty = dataOf(await asAdmin()(CREATE_APP, { input: { name: "   ", scopes: [] } })).createPartnerApp;
    expect(empty).toMatchObject({
      app: null,
      apiKey: null,
      userErrors: [{ field: ["input", "name"], code: "INVALID_NAME" }],
    });
    const long = dataOf(await asAdmin()(CREATE_APP, { input: { name: "x".repeat(101), scopes: [] } })).createPartnerApp;
    expect(long.userErrors.map((error) => error.code)).toEqual(["INVALID_NAME"]);

    const { app } = await createApp([]);
    expect(dataOf(await asAdmin()(RENAME, { id: app.id, name: "" })).renamePartnerApp).toEqual({
      app: null,
      userErrors: [{ field: ["name"], code: "INVALID_NAME" }],
    });
    expect(dataOf(await asAdmin()(RENAME, { id: app.id, name: " Renamed " })).renamePartnerApp).toEqual({
      app: { id: app.id, name: "Renamed" },
      userErrors: [],
    });
    expect(dataOf(await asAdmin()(CREATE_KEY, { appId: app.id, retire: -1 })).createApiKey.userErrors).toEqual([
      { field: ["retireOtherKeysAfterSeconds"], code: "INVALID_OVERLAP" },
    ]);
  });

  it("refuses malformed keys, unknown keys and a key beside a token, as UNAUTHENTICATED", async () => {
    const malformed = await asApp("sg_live_short")(APP_PRODUCTS);
    expect(malformed.status).toBe(401);
    expect(malformed.errors?.[0]).toMatchObject({
      message: "Malformed API key",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const unknown = await asApp(`sg_live_${"A".repeat(43)}`)(APP_PRODUCTS);
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");

    // The exchange is users' internal mutation: no client reaches it through the gateway, admins included.
    const exchange = await graphqlRequest(
      supergraph.url,
      `mutation { exchangeApiKey(key: "sg_live_${"A".repeat(43)}") { accessToken } }`,
      {},
      { token: adminToken },
    );
    expect(exchange.status).toBe(400);
    expect(codeOf(exchange)).toBe("GRAPHQL_VALIDATION_FAILED");

    const { key } = await createApp(["CATALOG_READ"]);
    const both = await graphqlRequest(
      supergraph.url,
      APP_PRODUCTS,
      {},
      { token: adminToken, headers: { "x-api-key": key } },
    );
    expect(both.status).toBe(401);
    expect(codeOf(both)).toBe("UNAUTHENTICATED");
  });

  it("rotates: a new key, the old one working through the overlap and refused after it", async () => {
    const { app, key } = await createApp(["CATALOG_READ"]);
    const rotated = dataOf(await asAdmin()(CREATE_KEY, { appId: app.id, retire: 3 })).createApiKey;
    expect(rotated.userErrors).toEqual([]);
    const newKey = present(rotated.apiKey, "the new key");
    keysSeen.push(newKey);
    expect(rotated.key?.expiresAt).toBeNull();
    expect(await throughBoth(key)).toEqual(["OK", "OK"]);
    await eventually(async () => (await throughBoth(key)).every((answer) => answer === "UNAUTHENTICATED"), 5_000);
    expect(await throughBoth(newKey)).toEqual(["OK", "OK"]);
  });

  it("limits each app on its own budget, and records its usage for admins", async () => {
    const limited = await supergraph.startGateway({
      RATE_LIMIT_APP_REQUESTS: "3",
      API_KEY_EXCHANGES_PER_IP: "3",
      TRUST_PROXY: "true",
    });
    // An address of its own: the budgets in Redis are shared with this file's other gateways.
    const from = { "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7` };
    const first = await createApp(["CATALOG_READ"]);
    const second = await createApp(["CATALOG_READ"]);
    const send = (key: string) => asApp(key, limited, "x-api-key", from)(APP_PRODUCTS);
    for (let i = 0; i < 3; i++) expect((await send(first.key)).errors).toBeUndefined();
    const refused = await send(first.key);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe("RATE_LIMITED");
    // Another app, and anyone else from the same address, have budgets of their own.
    expect((await send(second.key)).errors).toBeUndefined();
    expect((await graphqlRequest(limited.url, APP_PRODUCTS, {}, { headers: from })).errors).toBeUndefined();
    // Keys the gateway holds no token for are exchanged at most 3 times per address: guessing runs out.
    expect(codeOf(await send(`sg_live_${"B".repeat(43)}`))).toBe("UNAUTHENTICATED");
    const guessing = await send(`sg_live_${"C".repeat(43)}`);
    expect(guessing.status).toBe(429);
    expect(codeOf(guessing)).toBe("RATE_LIMITED");
    // A key already exchanged goes on working from there.
    expect((await send(second.key)).errors).toBeUndefined();

    type Usage = {
      days: Array<{
        requests: number;
        errors: number;
        cost: number;
        operations: Array<{ name: string; requests: number }>;
      }>;
    };
    const readUsage = async () => {
      const usage = await fetch(`${supergraph.origin}/admin/partner-apps/usage?appId=${first.app.id}&days=1`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(usage.status).toBe(200);
      return (await usage.json()) as Usage;
    };
    // Recorded as each answer leaves, not awaited by it.
    const body = await eventually(async () => {
      const read = await readUsage();
      return read.days[0]?.requests === 4 && read;
    });
    expect(body.days).toHaveLength(1);
    expect(body.days[0]).toMatchObject({ requests: 4, errors: 1 });
    expect(body.days[0]?.cost).toBeGreaterThanOrEqual(4);
    expect(body.days[0]?.operations).toEqual([expect.objectContaining({ name: "PartnersProducts", requests: 4 })]);

    const asTheApp = await fetch(`${supergraph.origin}/admin/partner-apps/usage?appId=${first.app.id}&days=1`, {
      headers: { "x-api-key": first.key },
    });
    expect(asTheApp.status).toBe(401);
  });

  it("goes on serving keys it holds a token for while users is down; new keys are SERVICE_UNAVAILABLE", async () => {
    const held = await createApp(["CATALOG_READ"]);
    const unseen = await createApp(["CATALOG_READ"]);
    expect((await asApp(held.key)(APP_PRODUCTS)).errors).toBeUndefined();
    await supergraph.restartSubgraph("users", async () => {
      expect((await asApp(held.key)(APP_PRODUCTS)).errors).toBeUndefined();
      const refused = await asApp(unseen.key)(APP_PRODUCTS);
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", serviceName: "users" });
    });
    expect((await asApp(unseen.key)(APP_PRODUCTS)).errors).toBeUndefined();
  });

  it("never logs a key or its hash", async () => {
    expect(keysSeen.length).toBeGreaterThan(5);
    const text = logs.text();
    expect(text).toContain("sg_live_");
    for (const key of keysSeen) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(createHash("sha256").update(key).digest("hex"));
    }
  });
});

/** A literal any argument of `type` accepts: the resolver must refuse the app before it reads it. */
function sampleValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return `[${sampleValue(type.ofType)}]`;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.name ?? "";
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${fields.map((field) => `${field.name}: ${sampleValue(field.type)}`).join(", ")} }`;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case "Int":
        return "1";
      case "Float":
        return "1.5";
      case "Boolean":
        return "true";
      case "ID":
        return JSON.stringify(randomUUID());
      case "DateTimeISO":
        return JSON.stringify(new Date().toISOString());
      default:
        return JSON.stringify("x");
    }
  }
  return "null";
}
