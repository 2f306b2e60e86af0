import { randomBytes } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import { SIGNATURE_WINDOW_MS, signatureHeaders } from "@shopgraph/platform";
import {
  dataOf,
  graphqlRequest,
  present,
  testAccessToken,
  testKeys,
  testSignatureHeaders,
  wsClient,
} from "@shopgraph/testing";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { REGISTER } from "./operations.js";

// Sent to a subgraph directly, against its own schema (not the public API the typed documents are checked against).
const SERVICE_SDL = `{ _service { sdl } }`;
const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { id name role createdAt } }
}`;
const ME = graphql(`
  query SigningMe {
    me {
      id
      email
    }
  }
`);
const NO_SUCH_PRODUCT = graphql(`
  query SigningNoSuchProduct {
    product(slug: "nothing-here") {
      id
    }
  }
`);

const SUBGRAPHS = ["users", "products", "orders", "notifications"] as const;

let supergraph: SupergraphUnderTest;
let userId: string;

const urlOf = (name: string) => supergraph.subgraphs.get(name)!.url;

/** A raw POST with exactly these headers and body. */
async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: any[] } };
}

/** What an upgrade request with these headers gets: 101 (a socket) or the status and body of the refusal. */
function upgrade(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws", { headers });
    socket.once("open", () => {
      socket.close();
      resolve({ status: 101, body: "" });
    });
    socket.once("unexpected-response", (_req, res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    socket.once("error", (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

function expectUnauthenticated(response: { status: number; body: { data?: unknown; errors?: any[] } }) {
  expect(response.status).toBe(401);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
}

beforeAll(async () => {
  supergraph = await startSupergraph();
  const registered = dataOf(
    await supergraph.request(REGISTER, {
      input: {
        email: `signing-${randomBytes(4).toString("hex")}@example.com`,
        name: "Ada",
        password: "a long passphrase",
      },
    }),
  );
  userId = present(registered.register.user, "the user").id;
}, 120_000);

afterAll(() => supergraph?.close());

describe.each(SUBGRAPHS)("the %s subgraph answers only signed requests", (name) => {
  const body = JSON.stringify({ query: SERVICE_SDL });

  it("serves a request signed with the shared secret (the control)", async () => {
    const signed = await post(urlOf(name), body, testSignatureHeaders(urlOf(name), "POST", body));
    expect(signed.status).toBe(200);
    expect((signed.body.data as { _service: { sdl: string } })._service.sdl).toContain("type Query");
  });

  it("refuses `_service` without a signature: 401 with a GraphQL error body", async () => {
    expectUnauthenticated(await post(urlOf(name), body, {}));
  });

  it("refuses a signature made with another secret", async () => {
    const forged = signatureHeaders(randomBytes(32).toString("hex"), { method: "POST", path: "/graphql", body });
    expectUnauthenticated(await post(urlOf(name), body, forged));
  });

  it("refuses a signature that has expired, or is dated too far ahead", async () => {
    const secret = testKeys().requestSigningSecret;
    for (const shift of [-2 * SIGNATURE_WINDOW_MS, 2 * SIGNATURE_WINDOW_MS]) {
      const headers = signatureHeaders(secret, { method: "POST", path: "/graphql", body }, Date.now() + shift);
      expectUnauthenticated(await post(urlOf(name), body, headers));
    }
  });

  it("refuses a signature replayed with another body", async () => {
    const seen = testSignatureHeaders(urlOf(name), "POST", JSON.stringify({ query: "{ __typename }" }));
    expectUnauthenticated(await post(urlOf(name), body, seen));
  });

  it("refuses a signature made for another method", async () => {
    expectUnauthenticated(await post(urlOf(name), body, testSignatureHeaders(urlOf(name), "GET", body)));
  });

  it("refuses an unsigned or badly signed websocket upgrade with 401 and a GraphQL error body", async () => {
    const forged = signatureHeaders(randomBytes(32).toString("hex"), { method: "GET", path: "/graphql", body: "" });
    for (const headers of [{}, forged]) {
      const refused = await upgrade(urlOf(name), headers);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("keeps /health and /ready open to probes", async () => {
    const origin = new URL(urlOf(name)).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });
});

describe("users' `_entities`", () => {
  const representations = () => [{ __typename: "User", id: userId }];

  it("answers the gateway's signature (the control)", async () => {
    // A user by reference is for themselves, admins and services only (as node(id) reaches it).
    const response = await graphqlRequest(
      urlOf("users"),
      ENTITIES,
      { representations: representations() },
      { token: testAccessToken({ role: Role.ADMIN }) },
    );
    expect(dataOf(response)).toEqual({ _entities: [expect.objectContaining({ id: userId, name: "Ada" })] });
  });

  it("tells an unsigned caller nothing about any user, whatever token it brings", async () => {
    for (const token of [undefined, testAccessToken({ role: Role.ADMIN })]) {
      const response = await graphqlRequest(
        urlOf("users"),
        ENTITIES,
        { representations: representations() },
        { token, signWith: false },
      );
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("the orders websocket", () => {
  it("accepts a signed upgrade (as the gateway's) and refuses one signed for another path", async () => {
    const client = wsClient(urlOf("orders"), testAccessToken());
    await client.acknowledged;
    await client.dispose();
    const elsewhere = testSignatureHeaders(urlOf("orders").replace(/\/graphql$/, "/other"), "GET");
    expect((await upgrade(urlOf("orders"), elsewhere)).status).toBe(401);
  });
});

describe("through the gateway", () => {
  it("an unsigned client is served: the gateway signs what it sends the subgraphs", async () => {
    const registered = dataOf(
      await graphqlRequest(
        supergraph.url,
        REGISTER,
        {
          input: {
            email: `via-${randomBytes(4).toString("hex")}@example.com`,
            name: "Bo",
            password: "a long passphrase",
          },
        },
        { signWith: false },
      ),
    );
    const me = await graphqlRequest(
      supergraph.url,
      ME,
      {},
      { token: present(registered.register.accessToken, "an access token"), signWith: false },
    );
    expect(dataOf(me)).toEqual({ me: { id: expect.any(String), email: expect.stringMatching(/^via-/) } });
  });

  it("a gateway that signs with another secret gets nothing from the subgraphs", async () => {
    // Without the response cache: it shares Redis with the first gateway, which would serve it the public answer.
    const stranger = await supergraph.startGateway({
      REQUEST_SIGNING_SECRET: randomBytes(32).toString("hex"),
      RESPONSE_CACHE: "false",
    });
    expect((await graphqlRequest(supergraph.url, NO_SUCH_PRODUCT, {}, { signWith: false })).errors).toBeUndefined();
    const response = await graphqlRequest(stranger.url, NO_SUCH_PRODUCT, {}, { signWith: false });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
