import { describe, expect, it, vi } from "vitest";
import {
  LEGACY_REFRESH_TOKEN_KEY,
  REFRESH_LOCK,
  SESSION_ENDPOINT,
  Session,
  SessionExpiredError,
  SIGNED_IN_KEY,
} from "../src/auth/session";
import { documentIdOf } from "../src/apollo/persisted-link";
import { LogoutDocument, RefreshSessionDocument } from "../src/gql/shop/graphql";

/** The shop sends its session operations by hash (GraphQL-over-HTTP's documentId). */
const LOGOUT = documentIdOf(LogoutDocument);
const REFRESH = documentIdOf(RefreshSessionDocument);

const NOW = Date.parse("2026-01-05T10:00:00Z");

function tokens(n: number, expiresInMs = 15 * 60_000) {
  return {
    __typename: "AuthPayload" as const,
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString(),
    user: null,
    userErrors: [],
  };
}

/**
 * The users subgraph behind the gateway, with the browser's cookie jar: the session cookie goes
 * with every request to the session endpoint; each refresh token works once, and its successor
 * replaces it in the jar.
 */
function usersServer(cookie: string | null = "refresh-1") {
  const jar = { cookie };
  const used = new Set<string>();
  const sent: {
    url: string;
    cookie: string | null;
    body: { documentId?: string; query?: string; variables?: unknown };
  }[] = [];
  let issued = 1;
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const body = JSON.parse(String(init?.body)) as { documentId?: string; query?: string; variables?: unknown };
    // A cookie scoped to the session path goes only to it, and only with same-origin credentials.
    const cookie = String(url) === SESSION_ENDPOINT && init?.credentials !== "omit" ? jar.cookie : null;
    sent.push({ url: String(url), cookie, body });
    if (body.documentId === LOGOUT) {
      if (cookie) used.add(cookie);
      jar.cookie = null;
      return Response.json({ data: { logout: true } });
    }
    if (!cookie || used.has(cookie)) {
      jar.cookie = null;
      return Response.json({
        data: {
          refreshSession: {
            ...tokens(0),
            accessToken: null,
            userErrors: [{ field: null, code: "INVALID_REFRESH_TOKEN", message: "Session revoked" }],
          },
        },
      });
    }
    used.add(cookie);
    jar.cookie = `refresh-${++issued}`;
    return Response.json({ data: { refreshSession: tokens(issued) } });
  });
  return { fetch, used, jar, sent };
}

/** A LockManager for one origin: callbacks for the same name run one after another. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request: ((name: string, _options: unknown, callback: () => Promise<unknown>) => {
      names.push(name);
      const run = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    }) as unknown as LockManager["request"],
  };
}

const options = (fetch: typeof globalThis.fetch) => ({ endpoint: SESSION_ENDPOINT, fetch, now: () => NOW });

describe("session", () => {
  it("keeps the access token in memory and no token at all in storage", () => {
    const session = new Session(options(usersServer().fetch));
    session.start({ ...tokens(1), refreshToken: "refresh-1" } as ReturnType<typeof tokens>);
    expect(session.hasSession).toBe(true);
    expect(Object.entries(localStorage)).toEqual([[SIGNED_IN_KEY, "1"]]);
  });

  it("drops the refresh token an older version kept in storage", () => {
    localStorage.setItem(LEGACY_REFRESH_TOKEN_KEY, "refresh-from-before");
    new Session(options(usersServer().fetch));
    expect(localStorage.getItem(LEGACY_REFRESH_TOKEN_KEY)).toBeNull();
    expect(JSON.stringify(localStorage)).not.toContain("refresh-from-before");
  });

  it("refreshes through the session cookie: no token in the request, the session endpoint, same-origin credentials", async () => {
    const server = usersServer();
    const session = new Session(options(server.fetch));
    session.start(tokens(1, 10_000)); // expires within the margin: the next request refreshes

    expect(await session.accessToken()).toBe("access-2");
    expect(server.sent).toEqual([{ url: SESSION_ENDPOINT, cookie: "refresh-1", body: { documentId: REFRESH } }]);
    expect(server.jar.cookie).toBe("refresh-2");
  });

  it("exchanges the cookie once when many requests need a new access token at the same time", async () => {
    const server = usersServer();
    const session = new Session(options(server.fetch));
    session.start(tokens(1, 10_000));

    const results = await Promise.all([
      session.accessToken(),
      session.accessToken(),
      session.refresh(),
      session.accessToken(),
    ]);

    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(new Set(results)).toEqual(new Set(["access-2"]));
  });

  it("serializes refreshes of two tabs through one Web Lock, so the cookie is never spent twice", async () => {
    const server = usersServer();
    const locks = fakeLocks();
    const tabA = new Session({ ...options(server.fetch), locks });
    const tabB = new Session({ ...options(server.fetch), locks });
    localStorage.setItem(SIGNED_IN_KEY, "1");

    const [a, b] = await Promise.all([tabA.refresh(), tabB.refresh()]);

    expect(locks.names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
    expect(server.sent.map((request) => request.cookie)).toEqual(["refresh-1", "refresh-2"]);
    expect([a, b]).toEqual(["access-2", "access-3"]);
  });

  it("tells listeners of a sign-in and a sign-out, not of a refresh (the same person stays signed in)", async () => {
    const server = usersServer();
    const session = new Session(options(server.fetch));
    const changes = vi.fn();
    session.subscribe(changes);
    session.start(tokens(1, 10_000));
    expect(changes).toHaveBeenCalledTimes(1);

    expect(await session.accessToken()).toBe("access-2");
    expect(changes).toHaveBeenCalledTimes(1);

    await session.end();
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it("signs out on the server with the cookie and forgets the session", async () => {
    const server = usersServer();
    const session = new Session(options(server.fetch));
    session.start(tokens(1));
    await session.end();
    expect(server.sent).toEqual([{ url: SESSION_ENDPOINT, cookie: "refresh-1", body: { documentId: LOGOUT } }]);
    expect(server.used.has("refresh-1")).toBe(true);
    expect(session.hasSession).toBe(false);
    expect(await session.accessToken()).toBeNull();
  });

  it("signs out when the server refuses the cookie", async () => {
    const server = usersServer();
    server.used.add("refresh-1");
    const session = new Session(options(server.fetch));
    localStorage.setItem(SIGNED_IN_KEY, "1");
    const changes = vi.fn();
    session.subscribe(changes);

    await expect(session.accessToken()).rejects.toBeInstanceOf(SessionExpiredError);
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBeNull();
    expect(session.hasSession).toBe(false);
    expect(changes).toHaveBeenCalled();
  });

  it("keeps the session when the refresh gets no answer, so it can try again", async () => {
    const session = new Session(options(() => Promise.reject(new TypeError("Failed to fetch"))));
    localStorage.setItem(SIGNED_IN_KEY, "1");
    await expect(session.refresh()).rejects.toThrow("Failed to fetch");
    expect(session.hasSession).toBe(true);
  });

  it("asks for no token when nobody is signed in", async () => {
    const server = usersServer(null);
    const session = new Session(options(server.fetch));
    expect(await session.accessToken()).toBeNull();
    expect(server.fetch).not.toHaveBeenCalled();
  });
});
