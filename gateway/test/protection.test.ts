import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { closeServer } from "@shopgraph/platform";
import {
  dataOf,
  eventually,
  graphqlRequest,
  testAccessToken,
  uniqueName,
  type GraphQLResponse,
} from "@shopgraph/testing";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OperationRefused, SubscriptionPlanner } from "../src/subscriptions/planner.js";
import { RESULT_SIZE_FLOOD } from "./floods.js";
import { startSupergraph, type Env, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";
import { webOperations } from "./web-operations.js";

const PAGE_OF_VARIANTS = "products(first: 100) { nodes { variants { id } } }";

let supergraph: SupergraphUnderTest;
beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
}, 60_000);
afterAll(() => supergraph?.close());

/** Gateways over this supergraph sharing a keyspace of their own (inside the harness's, so it is removed). */
async function gatewaysSharing(count: number, env: Env) {
  const keyPrefix = `${supergraph.gateway.redis.options.keyPrefix ?? ""}${uniqueName("limits")}:`;
  return Promise.all(
    Array.from({ length: count }, () => supergraph.startGateway({ REDIS_KEY_PREFIX: keyPrefix, ...env })),
  );
}

const ME = "{ me { id } }";

function expectRateLimited(response: GraphQLResponse<unknown>) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(response.data).toBeUndefined();
  expect(response.errors).toEqual([
    expect.objectContaining({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) } }),
  ]);
}

describe("the cost limit", () => {
  it("refuses the result-size flood before execution with COST_LIMIT_EXCEEDED", async () => {
    const response = await supergraph.request(RESULT_SIZE_FLOOD);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(/at most 20000/),
        extensions: { code: "COST_LIMIT_EXCEEDED", cost: expect.any(Number), budget: 20_000 },
      },
    ]);
    expect(response.errors?.[0]?.extensions?.["cost"]).toBeGreaterThan(20_000);
  });

  it("counts each alias: a query within the budget is refused twice over", async () => {
    const once = await supergraph.request(`{ ${PAGE_OF_VARIANTS} }`);
    expect(dataOf(once).products.nodes.length).toBeGreaterThan(0);
    const twice = await supergraph.request(`{ a: ${PAGE_OF_VARIANTS} b: ${PAGE_OF_VARIANTS} }`);
    expect(twice.status).toBe(400);
    expect(twice.errors?.[0]?.extensions).toEqual({
      code: "COST_LIMIT_EXCEEDED",
      cost: 2 * 10_101 + 0,
      budget: 20_000,
    });
  });

  it("runs the shop's catalog query", async () => {
    const catalog = webOperations().find(({ name }) => name === "Catalog")!;
    const response = await supergraph.request(print(catalog.document), { first: 24 });
    expect(dataOf(response).products.edges.length).toBeGreaterThan(0);
  });

  it("costs variables: the same query asks for more with a larger page", async () => {
    const query =
      "query($n: Int) { a: products(first: $n) { nodes { variants { id } } } b: products(first: $n) { nodes { variants { id } } } }";
    expect(dataOf(await supergraph.request(query, { n: 50 })).a.nodes.length).toBeGreaterThan(0);
    expect((await supergraph.request(query, { n: 100 })).errors?.[0]?.extensions?.["code"]).toBe("COST_LIMIT_EXCEEDED");
  });

  it("answers variables that do not fit with 400 BAD_USER_INPUT, as before costing", async () => {
    const response = await supergraph.request("query($n: Int) { products(first: $n) { totalCount } }", { n: "many" });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message: expect.stringMatching(/\$n/), locations: expect.any(Array), extensions: { code: "BAD_USER_INPUT" } },
    ]);
  });

  it("refuses a subscription over the budget with the same rule", () => {
    const planner = new SubscriptionPlanner(
      readFileSync(resolve(import.meta.dirname, "../../schema/supergraph.graphql"), "utf8"),
      [],
      { maxCost: 20_000 },
    );
    const heavy = `subscription { orderUpdated { lines { variant { product { variants { product { variants { id } } } } } } } }`;
    let refusal: unknown;
    try {
      planner.plan(heavy, undefined, {});
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(OperationRefused);
    expect((refusal as OperationRefused).errors[0]?.extensions).toEqual({
      code: "COST_LIMIT_EXCEEDED",
      cost: expect.any(Number),
      budget: 20_000,
    });
    expect(planner.plan("subscription { orderUpdated { id status } }", undefined, {}).primary).toBeDefined();
  });

  it("replaces a response over MAX_RESPONSE_BYTES by RESPONSE_TOO_LARGE", async () => {
    const [gateway] = await gatewaysSharing(1, { MAX_RESPONSE_BYTES: "1000" });
    const big = await graphqlRequest(gateway!.url, "{ products(first: 50) { nodes { id name description } } }");
    expect(big.data).toBeUndefined();
    expect(big.errors).toEqual([
      {
        message: expect.stringMatching(/at most 1000 are sent/),
        extensions: { code: "RESPONSE_TOO_LARGE", bytes: expect.any(Number), max: 1000 },
      },
    ]);
    expect(
      dataOf(await graphqlRequest(gateway!.url, "{ products(first: 1) { nodes { id } } }")).products.nodes,
    ).toHaveLength(1);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After and RATE_LIMITED once an address spends its points, on any instance", async () => {
    const [a, b] = await gatewaysSharing(2, { RATE_LIMIT_IP_POINTS: "10" });
    for (let i = 0; i < 10; i++) {
      expect((await graphqlRequest((i % 2 ? a : b)!.url, ME)).status).toBe(200);
    }
    expectRateLimited(await graphqlRequest(a!.url, ME));
    expectRateLimited(await graphqlRequest(b!.url, ME));
  });

  it("grants exactly the budget to parallel requests on two instances", async () => {
    const [a, b] = await gatewaysSharing(2, { RATE_LIMIT_IP_POINTS: "10" });
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => graphqlRequest((i % 2 ? a : b)!.url, ME)));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(10);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(20);
  });

  it("charges each operation its cost", async () => {
    const [gateway] = await gatewaysSharing(1, { RATE_LIMIT_IP_POINTS: "105" });
    // Up to 100 categories, then five times one user
    expect((await graphqlRequest(gateway!.url, "{ categories { id } }")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await graphqlRequest(gateway!.url, ME)).status).toBe(200);
    expectRateLimited(await graphqlRequest(gateway!.url, ME));
  });

  it("charges an operation refused for its cost the whole budget, so a flood of them runs out", async () => {
    const [gateway] = await gatewaysSharing(1, { RATE_LIMIT_IP_POINTS: "40000" });
    for (let i = 0; i < 2; i++) {
      expect((await graphqlRequest(gateway!.url, RESULT_SIZE_FLOOD)).errors?.[0]?.extensions?.["code"]).toBe(
        "COST_LIMIT_EXCEEDED",
      );
    }
    expectRateLimited(await graphqlRequest(gateway!.url, RESULT_SIZE_FLOOD));
  });

  it("charges operations refused before costing (too many aliases, unparsable, invalid), so a flood of them runs out", async () => {
    const [gateway] = await gatewaysSharing(1, { RATE_LIMIT_IP_POINTS: "6" });
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    for (const refused of [aliases, "{ me { id ", "{ noSuchField }"]) {
      const response = await graphqlRequest(gateway!.url, refused);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.["code"]).not.toBe("RATE_LIMITED");
    }
    for (let i = 0; i < 10; i++) await graphqlRequest(gateway!.url, "{ me { id ");
    expectRateLimited(await graphqlRequest(gateway!.url, ME));
  });

  it("refuses a batch (an array of operations in one body): limits cannot be spread over one request", async () => {
    const response = await fetch(supergraph.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 3 }, () => ({ query: ME }))),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/"data"/);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY is set: a client cannot pick a fresh address", async () => {
    const [gateway] = await gatewaysSharing(1, { RATE_LIMIT_IP_POINTS: "3" });
    const from = (address: string) => graphqlRequest(gateway!.url, ME, {}, { headers: { "x-forwarded-for": address } });
    for (const address of ["10.9.0.1", "10.9.0.2", "10.9.0.3"]) expect((await from(address)).status).toBe(200);
    expectRateLimited(await from("10.9.0.4"));
  });

  it("limits a signed-in user across addresses, by the verified token's subject", async () => {
    const [gateway] = await gatewaysSharing(1, { TRUST_PROXY: "true", RATE_LIMIT_USER_POINTS: "3" });
    const token = testAccessToken();
    const from = (address: string, userToken = token) =>
      graphqlRequest(gateway!.url, ME, {}, { token: userToken, headers: { "x-forwarded-for": address } });
    for (const address of ["10.0.0.1", "10.0.0.2", "10.0.0.3"]) expect((await from(address)).status).toBe(200);
    expectRateLimited(await from("10.0.0.4"));
    expect((await from("10.0.0.4", testAccessToken())).status).toBe(200);
    // A token that does not verify spends its address's budget, never its claimed user's.
    expect((await from("10.0.0.5", `${token.slice(0, -4)}AAAA`)).errors?.[0]?.extensions?.["code"]).not.toBe(
      "RATE_LIMITED",
    );
  });
});

describe("login throttling", () => {
  const PASSWORD = "correct horse battery";
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  /** Requests that reached users with a login in them. */
  const logins = () => proxy.seen.filter(({ body }) => /\blogin\s*\(/.test(body)).length;
  let url: string;
  beforeAll(async () => {
    proxy = await recordingProxy(supergraph.subgraphs.get("users")!.url);
    const [gateway] = await gatewaysSharing(1, {
      USERS_URL: proxy.url,
      TRUST_PROXY: "true",
      LOGIN_ATTEMPTS_PER_ACCOUNT: "3",
      LOGIN_ATTEMPTS_PER_IP: "8",
    });
    url = gateway!.url;
  });
  afterAll(() => proxy?.close());

  async function account(): Promise<string> {
    const email = `${uniqueName("login")}@example.com`;
    const registered = await supergraph.request(
      `mutation($input: RegisterInput!) { register(input: $input) { userErrors { code } } }`,
      { input: { email, password: PASSWORD, name: "Guess Target" } },
    );
    expect(dataOf(registered).register.userErrors).toEqual([]);
    return email;
  }
  /** Each test logs in from an address of its own, so only the account limits meet. */
  const login = (address: string, ...attempts: { email: string; password: string }[]) =>
    graphqlRequest(
      url,
      `mutation { ${attempts
        .map(
          ({ email, password }, i) =>
            `l${i}: login(input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }) { accessToken userErrors { code } }`,
        )
        .join(" ")} }`,
      {},
      { headers: { "x-forwarded-for": address } },
    );

  it("refuses an account's attempts beyond the limit before the users subgraph hashes anything", async () => {
    const email = await account();
    const before = logins();
    for (let i = 0; i < 3; i++) {
      const wrong = await login("10.1.0.1", { email, password: `wrong ${i}` });
      expect(dataOf(wrong).l0.userErrors).toEqual([{ code: "INVALID_CREDENTIALS" }]);
    }
    // Even the right password, even from elsewhere: the account is blocked.
    expectRateLimited(await login("10.1.0.2", { email, password: PASSWORD }));
    expectRateLimited(await login("10.1.0.3", { email: ` ${email.toUpperCase()} `, password: PASSWORD }));
    expect(logins() - before).toBe(3);
  });

  it("counts each aliased login as one attempt", async () => {
    const email = await account();
    const before = logins();
    const four = Array.from({ length: 4 }, (_, i) => ({ email, password: `guess ${i}` }));
    expectRateLimited(await login("10.2.0.1", ...four));
    expect(logins() - before).toBe(0);

    const other = await account();
    const two = await login("10.2.0.2", { email: other, password: "guess a" }, { email: other, password: "guess b" });
    expect(dataOf(two).l1.userErrors).toEqual([{ code: "INVALID_CREDENTIALS" }]);
    expectRateLimited(
      await login("10.2.0.2", { email: other, password: "guess c" }, { email: other, password: PASSWORD }),
    );
  });

  it("forgives an account's failed attempts once a login succeeds", async () => {
    const email = await account();
    await login("10.3.0.1", { email, password: "wrong" });
    await login("10.3.0.1", { email, password: "wrong" });
    expect(dataOf(await login("10.3.0.1", { email: email.toUpperCase(), password: PASSWORD })).l0.accessToken).toEqual(
      expect.any(String),
    );
    for (let i = 0; i < 3; i++) {
      expect(dataOf(await login("10.3.0.1", { email, password: "wrong" })).l0.userErrors).toHaveLength(1);
    }
    expectRateLimited(await login("10.3.0.1", { email, password: PASSWORD }));
  });

  it("counts a changePassword guess of the current password as a login attempt on the account", async () => {
    const email = await account();
    const token = dataOf(await login("10.5.0.1", { email, password: PASSWORD })).l0.accessToken as string;
    const guesses = (from: number) =>
      graphqlRequest(
        url,
        `mutation { ${Array.from(
          { length: 3 },
          (_, i) =>
            `g${i}: changePassword(input: { currentPassword: "guess ${from + i}", newPassword: "a much longer passphrase ${i}" }) { userErrors { code } }`,
        ).join(" ")} }`,
        {},
        { token, headers: { "x-forwarded-for": "10.5.0.2" } },
      );
    expect(dataOf(await guesses(0)).g0.userErrors).toEqual([{ code: "INVALID_CREDENTIALS" }]);
    expectRateLimited(await guesses(3));
  });

  it("limits an address's attempts over many accounts", async () => {
    const emails = await Promise.all(Array.from({ length: 9 }, () => account()));
    for (const email of emails.slice(0, 8)) {
      expect((await login("10.4.0.1", { email, password: "wrong" })).status).toBe(200);
    }
    expectRateLimited(await login("10.4.0.1", { email: emails[8]!, password: PASSWORD }));
  });
});

/** A TCP port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}

describe("without Redis", () => {
  it("falls back to per-process limits outside production", async () => {
    const gateway = await supergraph.startGateway({
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
      RATE_LIMIT_IP_POINTS: "3",
    });
    for (let i = 0; i < 3; i++) expect((await graphqlRequest(gateway.url, ME)).status).toBe(200);
    expectRateLimited(await graphqlRequest(gateway.url, ME));
    expect((await fetch(new URL("/ready", gateway.url))).status).toBe(200);
  });

  it("refuses to start in production", async () => {
    await expect(
      supergraph.startGateway({ NODE_ENV: "production", REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }),
    ).rejects.toThrow(/Redis is unreachable.*production/);
  });

  it("is not ready in production once Redis goes away", async () => {
    const gateway = await supergraph.startGateway({ NODE_ENV: "production" });
    const ready = () => fetch(new URL("/ready", gateway.url)).then((response) => response.status);
    expect(await ready()).toBe(200);
    gateway.redis.disconnect();
    await eventually(async () => (await ready()) === 503);
  });
});
