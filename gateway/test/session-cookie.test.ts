import { SESSION_COOKIE, SESSION_COOKIE_PATH } from "@shopgraph/platform";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  dataOf,
  graphqlRequest,
  present,
  queryText,
  type GraphQLResponse,
  type TypedArguments,
} from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { LOGIN, REFRESH, REGISTER } from "./operations.js";
import { recordingProxy } from "./recording-proxy.js";

// The cookie's own operations: without an argument the refresh token is the cookie (the journey's
// documents are in operations.ts).
graphql(`
  fragment CookieTokens on AuthPayload {
    accessToken
    refreshToken
    user {
      email
    }
    userErrors {
      code
    }
  }
`);
const COOKIE_REFRESH = graphql(`
  mutation CookieRefresh {
    refreshSession {
      ...CookieTokens
    }
  }
`);
const COOKIE_LOGOUT = graphql(`
  mutation CookieLogout {
    logout
  }
`);
const ME_NAME = graphql(`
  query CookieMeName {
    me {
      name
    }
  }
`);
const ME_CART_PRODUCTS = graphql(`
  query CookieMeCartProducts {
    me {
      name
      cart {
        totalQuantity
      }
    }
    products(first: 1) {
      totalCount
    }
  }
`);

let emails = 0;
const newEmail = () => `cookie-${process.pid}-${++emails}@example.com`;
const PASSWORD = "a long password";
const signUp = (email: string) => ({ input: { email, password: PASSWORD, name: "Cookie Monster" } });

/** The session cookie's value and attributes in a response, or undefined. */
function sessionCookieOf(headers: Headers) {
  const header = headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  return { value: pair!.slice(SESSION_COOKIE.length + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

/** The gateway's session endpoint, sending the cookie as a browser would. */
const withCookie = <TData, TVariables>(
  supergraph: SupergraphUnderTest,
  document: TypedDocumentNode<TData, TVariables>,
  cookie: string,
  ...[variables]: TypedArguments<TVariables>
) =>
  graphqlRequest(`${supergraph.origin}${SESSION_COOKIE_PATH}`, queryText(document), variables ?? {}, {
    headers: { cookie: `other=1; ${SESSION_COOKIE}=${cookie}` },
  }) as Promise<GraphQLResponse<TData>>;

describe("the refresh token in a cookie, through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("register and login set an httpOnly, Secure, SameSite=Strict cookie scoped to the session path", async () => {
    const email = newEmail();
    const registered = await supergraph.request(REGISTER, signUp(email));
    const loggedIn = await supergraph.request(LOGIN, { input: { email, password: PASSWORD } });
    for (const { headers, payload } of [
      { headers: registered.headers, payload: dataOf(registered).register },
      { headers: loggedIn.headers, payload: dataOf(loggedIn).login },
    ]) {
      const cookie = sessionCookieOf(headers);
      expect(cookie?.value).toBe(payload.refreshToken);
      expect(cookie?.attributes).toEqual(
        expect.arrayContaining(["httponly", "secure", "samesite=strict", `path=${SESSION_COOKIE_PATH}`]),
      );
      expect(cookie?.attributes).toContain(`max-age=${30 * 86_400}`);
    }
  });

  it("refreshes with the cookie alone, rotating it and never putting the refresh token in the body", async () => {
    const registered = await supergraph.request(REGISTER, signUp(newEmail()));
    const first = sessionCookieOf(registered.headers)!.value;

    const refreshed = await withCookie(supergraph, COOKIE_REFRESH, first);
    const { refreshSession } = dataOf(refreshed);
    expect(refreshSession).toMatchObject({ userErrors: [], refreshToken: null, accessToken: expect.any(String) });
    const second = sessionCookieOf(refreshed.headers)!.value;
    expect(second).not.toBe(first);
    expect(dataOf(await supergraph.client(present(refreshSession.accessToken, "an access token"))(ME_NAME))).toEqual({
      me: { name: "Cookie Monster" },
    });

    // The old cookie was used once: replaying it ends the session, and the browser is told to drop it.
    const replayed = await withCookie(supergraph, COOKIE_REFRESH, first);
    expect(dataOf(replayed).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
    expect(sessionCookieOf(replayed.headers)?.attributes).toContain("max-age=0");
    const revoked = await withCookie(supergraph, COOKIE_REFRESH, second);
    expect(dataOf(revoked).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("without a cookie or an argument, refreshSession is INVALID_REFRESH_TOKEN", async () => {
    const response = await supergraph.request(COOKIE_REFRESH);
    expect(dataOf(response).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("API clients still refresh with the token in the body", async () => {
    const { register } = dataOf(await supergraph.request(REGISTER, signUp(newEmail())));
    const { refreshSession } = dataOf(
      await supergraph.request(REFRESH, { token: present(register.refreshToken, "a refresh token") }),
    );
    expect(refreshSession).toMatchObject({ userErrors: [], refreshToken: expect.any(String) });
  });

  it("logout ends the cookie's session and clears the cookie", async () => {
    const registered = await supergraph.request(REGISTER, signUp(newEmail()));
    const cookie = sessionCookieOf(registered.headers)!.value;
    const loggedOut = await withCookie(supergraph, COOKIE_LOGOUT, cookie);
    expect(dataOf(loggedOut)).toEqual({ logout: true });
    const cleared = sessionCookieOf(loggedOut.headers);
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes).toEqual(expect.arrayContaining(["max-age=0", `path=${SESSION_COOKIE_PATH}`]));
    const refreshed = await withCookie(supergraph, COOKIE_REFRESH, cookie);
    expect(dataOf(refreshed).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("a cross-site form or link cannot spend the cookie (besides SameSite=Strict)", async () => {
    const registered = await supergraph.request(REGISTER, signUp(newEmail()));
    const cookie = `${SESSION_COOKIE}=${sessionCookieOf(registered.headers)!.value}`;
    const endpoint = `${supergraph.origin}${SESSION_COOKIE_PATH}`;
    const form = await fetch(endpoint, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `query=${encodeURIComponent(queryText(COOKIE_REFRESH))}`,
    });
    expect(form.status).toBe(415);
    const link = await fetch(`${endpoint}?query=${encodeURIComponent(queryText(COOKIE_REFRESH))}`, {
      headers: { cookie },
    });
    expect(link.status).toBeGreaterThanOrEqual(400);
    expect(link.headers.getSetCookie()).toEqual([]);
    expect(
      dataOf(await withCookie(supergraph, COOKIE_REFRESH, cookie.split("=")[1]!)).refreshSession.userErrors,
    ).toEqual([]);
  });

  it("passes the session cookie to users only, and no other cookie to any subgraph", async () => {
    const proxies = new Map<string, Awaited<ReturnType<typeof recordingProxy>>>();
    try {
      for (const name of ["users", "products", "orders"]) {
        proxies.set(name, await recordingProxy(supergraph.subgraphs.get(name)!.url));
      }
      const gateway = await supergraph.startGateway(
        Object.fromEntries([...proxies].map(([name, proxy]) => [`${name.toUpperCase()}_URL`, proxy.url])),
      );
      const { register } = dataOf(await graphqlRequest(gateway.url, REGISTER, signUp(newEmail())));
      const response = await graphqlRequest(
        gateway.url,
        ME_CART_PRODUCTS,
        {},
        {
          token: present(register.accessToken, "an access token"),
          headers: { cookie: `other=secret; ${SESSION_COOKIE}=${register.refreshToken}` },
        },
      );
      expect(response.errors).toBeUndefined();
      expect(proxies.get("users")!.seen.at(-1)?.headers.cookie).toBe(`${SESSION_COOKIE}=${register.refreshToken}`);
      for (const name of ["products", "orders"]) {
        expect(proxies.get(name)!.seen.length).toBeGreaterThan(0);
        expect(proxies.get(name)!.seen.every(({ headers }) => headers.cookie === undefined)).toBe(true);
      }
    } finally {
      for (const proxy of proxies.values()) await proxy.close();
    }
  });
});
