import { SESSION_COOKIE, SESSION_COOKIE_PATH } from "@shopgraph/platform";
import { dataOf, graphqlRequest } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";

const TOKENS = "accessToken refreshToken user { email } userErrors { code }";
const REGISTER = `mutation($email: String!) {
  register(input: { email: $email, password: "a long password", name: "Cookie Monster" }) { ${TOKENS} } }`;
const LOGIN = `mutation($email: String!) { login(input: { email: $email, password: "a long password" }) { ${TOKENS} } }`;
const REFRESH = `mutation { refreshSession { ${TOKENS} } }`;
const REFRESH_WITH = `mutation($token: String!) { refreshSession(refreshToken: $token) { ${TOKENS} } }`;
const LOGOUT = "mutation { logout }";

let emails = 0;
const newEmail = () => `cookie-${process.pid}-${++emails}@example.com`;

/** The session cookie's value and attributes in a response, or undefined. */
function sessionCookieOf(headers: Headers) {
  const header = headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  return { value: pair!.slice(SESSION_COOKIE.length + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

/** The gateway's session endpoint, sending the cookie as a browser would. */
const withCookie = (supergraph: SupergraphUnderTest, query: string, cookie: string, variables = {}) =>
  graphqlRequest(`${supergraph.origin}${SESSION_COOKIE_PATH}`, query, variables, {
    headers: { cookie: `other=1; ${SESSION_COOKIE}=${cookie}` },
  });

describe("the refresh token in a cookie, through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("register and login set an httpOnly, Secure, SameSite=Strict cookie scoped to the session path", async () => {
    const email = newEmail();
    for (const response of [
      await supergraph.request(REGISTER, { email }),
      await supergraph.request(LOGIN, { email }),
    ]) {
      const payload = Object.values(dataOf(response))[0] as { refreshToken: string };
      const cookie = sessionCookieOf(response.headers);
      expect(cookie?.value).toBe(payload.refreshToken);
      expect(cookie?.attributes).toEqual(
        expect.arrayContaining(["httponly", "secure", "samesite=strict", `path=${SESSION_COOKIE_PATH}`]),
      );
      expect(cookie?.attributes).toContain(`max-age=${30 * 86_400}`);
    }
  });

  it("refreshes with the cookie alone, rotating it and never putting the refresh token in the body", async () => {
    const registered = await supergraph.request(REGISTER, { email: newEmail() });
    const first = sessionCookieOf(registered.headers)!.value;

    const refreshed = await withCookie(supergraph, REFRESH, first);
    const { refreshSession } = dataOf(refreshed);
    expect(refreshSession).toMatchObject({ userErrors: [], refreshToken: null, accessToken: expect.any(String) });
    const second = sessionCookieOf(refreshed.headers)!.value;
    expect(second).not.toBe(first);
    expect(dataOf(await supergraph.client(refreshSession.accessToken)("{ me { name } }"))).toEqual({
      me: { name: "Cookie Monster" },
    });

    // The old cookie was used once: replaying it ends the session, and the browser is told to drop it.
    const replayed = await withCookie(supergraph, REFRESH, first);
    expect(dataOf(replayed).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
    expect(sessionCookieOf(replayed.headers)?.attributes).toContain("max-age=0");
    const revoked = await withCookie(supergraph, REFRESH, second);
    expect(dataOf(revoked).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("without a cookie or an argument, refreshSession is INVALID_REFRESH_TOKEN", async () => {
    const response = await supergraph.request(REFRESH);
    expect(dataOf(response).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("API clients still refresh with the token in the body", async () => {
    const { register } = dataOf(await supergraph.request(REGISTER, { email: newEmail() }));
    const { refreshSession } = dataOf(await supergraph.request(REFRESH_WITH, { token: register.refreshToken }));
    expect(refreshSession).toMatchObject({ userErrors: [], refreshToken: expect.any(String) });
  });

  it("logout ends the cookie's session and clears the cookie", async () => {
    const registered = await supergraph.request(REGISTER, { email: newEmail() });
    const cookie = sessionCookieOf(registered.headers)!.value;
    const loggedOut = await withCookie(supergraph, LOGOUT, cookie);
    expect(dataOf(loggedOut)).toEqual({ logout: true });
    const cleared = sessionCookieOf(loggedOut.headers);
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes).toEqual(expect.arrayContaining(["max-age=0", `path=${SESSION_COOKIE_PATH}`]));
    const refreshed = await withCookie(supergraph, REFRESH, cookie);
    expect(dataOf(refreshed).refreshSession.userErrors).toEqual([{ code: "INVALID_REFRESH_TOKEN" }]);
  });

  it("a cross-site form or link cannot spend the cookie (besides SameSite=Strict)", async () => {
    const registered = await supergraph.request(REGISTER, { email: newEmail() });
    const cookie = `${SESSION_COOKIE}=${sessionCookieOf(registered.headers)!.value}`;
    const endpoint = `${supergraph.origin}${SESSION_COOKIE_PATH}`;
    const form = await fetch(endpoint, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `query=${encodeURIComponent(REFRESH)}`,
    });
    expect(form.status).toBe(415);
    const link = await fetch(`${endpoint}?query=${encodeURIComponent(REFRESH)}`, { headers: { cookie } });
    expect(link.status).toBeGreaterThanOrEqual(400);
    expect(link.headers.getSetCookie()).toEqual([]);
    expect(dataOf(await withCookie(supergraph, REFRESH, cookie.split("=")[1]!)).refreshSession.userErrors).toEqual([]);
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
      const { register } = dataOf(await graphqlRequest(gateway.url, REGISTER, { email: newEmail() }));
      const query = `{ me { name cart { totalQuantity } } products(first: 1) { totalCount } }`;
      const response = await graphqlRequest(
        gateway.url,
        query,
        {},
        {
          token: register.accessToken,
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
