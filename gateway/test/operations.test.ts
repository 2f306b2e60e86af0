import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataOf, graphqlRequest, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { REGISTER } from "./operations.js";
import { recordingProxy } from "./recording-proxy.js";

const ME_NAME = graphql(`
  query OperationsMeName {
    me {
      name
    }
  }
`);
const ME_ID = graphql(`
  query OperationsMeId {
    me {
      id
    }
  }
`);
const INTROSPECTION = graphql(`
  query OperationsIntrospection {
    __schema {
      queryType {
        name
      }
    }
  }
`);
const CATEGORY_SLUGS = graphql(`
  query OperationsCategorySlugs {
    categories {
      slug
    }
  }
`);
const GRACE = { input: { email: "grace@example.com", password: "a long password", name: "Grace" } };

describe("the gateway's operational surface", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("forwards Authorization and the request id to the subgraph", async () => {
    const proxy = await recordingProxy(supergraph.subgraphs.get("users")!.url);
    try {
      const gateway = await supergraph.startGateway({ USERS_URL: proxy.url });
      const { register } = dataOf(await graphqlRequest(gateway.url, REGISTER, GRACE));
      const accessToken = present(register.accessToken, "an access token");
      const response = await graphqlRequest(
        gateway.url,
        ME_NAME,
        {},
        {
          token: accessToken,
          headers: { "x-request-id": "trace-me-42" },
        },
      );
      expect(dataOf(response)).toEqual({ me: { name: "Grace" } });
      expect(response.headers.get("x-request-id")).toBe("trace-me-42");
      expect(proxy.seen.at(-1)?.headers).toMatchObject({
        authorization: `Bearer ${accessToken}`,
        "x-request-id": "trace-me-42",
      });
    } finally {
      await proxy.close();
    }
  });

  it("passes a subgraph's refusal of a bad token on as 401 UNAUTHENTICATED without internals", async () => {
    const response = await supergraph.client("not-a-jwt")(ME_ID);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      expect.objectContaining({ message: "Invalid access token", extensions: { code: "UNAUTHENTICATED" } }),
    ]);
  });

  it("refuses introspection outside development", async () => {
    const response = await supergraph.request(INTROSPECTION);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("allows introspection in development, where a browser at /graphql gets GraphiQL", async () => {
    // A GraphiQL build of its own: the test does not depend on web/ having been built.
    const graphiqlDist = mkdtempSync(join(tmpdir(), "graphiql-dist-"));
    try {
      writeFileSync(join(graphiqlDist, "index.html"), "<!doctype html><html><title>GraphiQL</title></html>");
      const gateway = await supergraph.startGateway({ NODE_ENV: "development", GRAPHIQL_DIST: graphiqlDist });
      const response = await graphqlRequest(gateway.url, INTROSPECTION);
      expect(dataOf(response)).toEqual({ __schema: { queryType: { name: "Query" } } });
      const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>GraphiQL</title>");
    } finally {
      rmSync(graphiqlDist, { recursive: true, force: true });
    }
  });

  it("serves no page at /graphql when GraphiQL is off (the production default): Apollo's landing page is gone too", async () => {
    const gateway = await supergraph.startGateway({ GRAPHIQL: "false" });
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(400);
    expect(await page.text()).not.toMatch(/apollographql|googleapis|<html/i);
  });

  it("answers /health, and /ready while every subgraph is ready, then 503 naming the one that is down", async () => {
    expect((await fetch(`${supergraph.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${supergraph.origin}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);

    await supergraph.restartSubgraph("users", async () => {
      const unavailable = await fetch(`${supergraph.origin}/ready`);
      expect([unavailable.status, await unavailable.json()]).toEqual([
        503,
        { status: "unavailable", unavailable: ["users"] },
      ]);
      expect((await fetch(`${supergraph.origin}/health`)).status).toBe(200);

      // A query of the stopped subgraph names it, without its URL or the driver's message; the
      // others go on answering.
      const down = await supergraph.request(REGISTER, GRACE);
      expect(down.errors).toEqual([
        {
          message: "The users service cannot be reached; try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "users" },
        },
      ]);
      expect(dataOf(await supergraph.request(CATEGORY_SLUGS)).categories).toEqual(expect.any(Array));
    });
    const back = await fetch(`${supergraph.origin}/ready`);
    expect(back.status).toBe(200);
  });

  it("answers /ready for itself alone with READY_NEEDS_SUBGRAPHS=false (Kubernetes probes each subgraph)", async () => {
    const gateway = await supergraph.startGateway({ READY_NEEDS_SUBGRAPHS: "false" });
    await supergraph.restartSubgraph("users", async () => {
      const ready = await fetch(new URL("/ready", gateway.url));
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
      expect((await fetch(`${supergraph.origin}/ready`)).status).toBe(503);
    });
  });
});
