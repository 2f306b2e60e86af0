import { dataOf, graphqlRequest, testAccessToken, watch, wsClient } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

// Admin-only fields (`@Authorized(Role.ADMIN)` in a subgraph, so tagged admin in the supergraph).
const USERS = "{ users(first: 1) { totalCount } }";
const SALES = `{ salesReport(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { orderCount } }`;
const CATEGORIES = "{ categories { slug } }";
const ROOT_FIELDS = "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }";

describe("the storefront schema at the gateway", () => {
  let supergraph: SupergraphUnderTest;
  const admin = testAccessToken({ role: "ADMIN" });
  const customer = testAccessToken();
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  it.each([
    ["an anonymous caller", undefined],
    ["a customer", customer],
  ])("refuses admin fields to %s as if they did not exist: 400, every error", async (_who, token) => {
    const response = await supergraph.client(token)(
      `{ a: users(first: 1) { totalCount } b: salesReport(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { orderCount } }`,
    );
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: 'Cannot query field "users" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
      {
        message: 'Cannot query field "salesReport" on type "Query".',
        locations: [{ line: 1, column: 37 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
    ]);
  });

  it('names no admin field in its error messages (no "Did you mean ...?")', async () => {
    const response = await supergraph.client()(`{ products(first: 1) { nodes { variants { stoc } } } }`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.errors)).not.toMatch(/stock/);
  });

  it("refuses an admin mutation to a customer before any subgraph sees it", async () => {
    const response = await supergraph.client(customer)(
      `mutation { createCategory(input: { name: "Hats", slug: "hats" }) { userErrors { message } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Cannot query field "createCategory" on type "Mutation".');
  });

  it("serves the storefront to everyone and the whole API to an admin", async () => {
    expect(dataOf(await supergraph.client()(CATEGORIES)).categories).toEqual(expect.any(Array));
    expect(dataOf(await supergraph.client(customer)(CATEGORIES)).categories).toEqual(expect.any(Array));
    expect(dataOf(await supergraph.client(admin)(USERS)).users.totalCount).toEqual(expect.any(Number));
    expect(dataOf(await supergraph.client(admin)(SALES)).salesReport.orderCount).toBe(0);
  });

  it("refuses a customer's subscription to what only admins see, and lets an admin subscribe to it", async () => {
    const exactStock = "subscription { orderUpdated { id lines { variant { stock } } } }";
    const shopper = wsClient(supergraph.url, customer);
    const staff = wsClient(supergraph.url, admin);
    try {
      const refused = await watch(shopper, exactStock).ended;
      expect(refused).toEqual({
        error: [
          expect.objectContaining({
            message: expect.stringMatching(/^Cannot query field "stock" on type "ProductVariant"\./),
            extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
          }),
        ],
      });
      const allowed = watch(staff, exactStock);
      await staff.acknowledged;
      // Nothing happens to any order: the subscription stays open, with nothing refused.
      await supergraph.settled();
      expect(allowed.results).toEqual([]);
      allowed.unsubscribe();
      expect(await allowed.ended).toEqual({ completed: true });
    } finally {
      await shopper.dispose();
      await staff.dispose();
    }
  });

  it("describes the storefront in introspection to everyone but admins (development)", async () => {
    const gateway = await supergraph.startGateway({ NODE_ENV: "development" });
    const rootFields = async (token?: string) => {
      const { __schema } = dataOf(await graphqlRequest(gateway.url, ROOT_FIELDS, {}, { token }));
      return [...__schema.queryType.fields, ...(__schema.mutationType?.fields ?? [])].map(
        (f: { name: string }) => f.name,
      );
    };
    const shop = await rootFields(customer);
    const variantFields = async (token?: string) => {
      const query = `{ __type(name: "ProductVariant") { fields { name } } }`;
      const { __type } = dataOf(await graphqlRequest(gateway.url, query, {}, { token }));
      return __type.fields.map((f: { name: string }) => f.name);
    };
    expect(await variantFields()).toEqual(expect.arrayContaining(["quantityAvailable", "availableForSale"]));
    expect(await variantFields()).not.toContain("stock");
    expect(await variantFields(admin)).toContain("stock");
    expect(shop).toEqual(expect.arrayContaining(["categories", "products", "cart", "placeOrder"]));
    expect(shop).not.toEqual(expect.arrayContaining(["users"]));
    for (const adminOnly of [
      "users",
      "salesReport",
      "createProduct",
      "adjustStock",
      "setUserRole",
      "updateOrderStatus",
    ]) {
      expect(shop).not.toContain(adminOnly);
    }
    expect(await rootFields()).toEqual(shop);
    expect(await rootFields(admin)).toEqual(expect.arrayContaining(["users", "salesReport", "createProduct", ...shop]));

    // The schema in an operation of its own: mixed with data, or behind a fragment, it would be
    // answered from the whole API.
    for (const query of [
      `{ categories { slug } __schema { types { name } } }`,
      `{ ... on Query { __schema { types { name fields { name } } } } }`,
      `query { ...Schema } fragment Schema on Query { __type(name: "ProductVariant") { fields { name } } }`,
    ]) {
      const mixed = await graphqlRequest(gateway.url, query);
      expect(mixed.status, query).toBe(400);
      expect(mixed.errors?.[0]?.extensions?.["code"], query).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(JSON.stringify(mixed.data ?? null), query).not.toContain("salesReport");
    }
  });
});
