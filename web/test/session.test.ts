import { describe, expect, it, vi } from "vitest";
import { REFRESH_LOCK, REFRESH_TOKEN_KEY, Session, SessionExpiredError } from "../src/auth/session";

const NOW = Date.parse("2026-01-05T10:00:00Z");

function tokens(n: number, expiresInMs = 15 * 60_000) {
  return {
    __typename: "AuthPayload" as const,
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString(),
    refreshToken: `refresh-${n}`,
    user: null,
    userErrors: [],
  };
}

/** The users subgraph's refresh rule: each refresh token works once; a second use fails. */
function usersServer() {
  const used = new Set<string>();
  let issued = 1;
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { variables } = JSON.parse(String(init?.body)) as { variables: { refreshToken: string } };
    if (used.has(variables.refreshToken)) {
      return Response.json({
        data: {
          refreshSession: {
            ...tokens(0),
            accessToken: null,
            refreshToken: null,
            userErrors: [{ field: null, code: "SESSION_REVOKED", message: "Session revoked" }],
          },
        },
      });
    }
    used.add(variables.refreshToken);
    return Response.json({ data: { refreshSession: tokens(++issued) } });
  });
  return { fetch, used };
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

describe("session", () => {
  it("keeps the access token in memory and only the refresh token in storage", () => {
    const session = new Session({ endpoint: "/graphql", fetch: usersServer().fetch, now: () => NOW });
    session.start(tokens(1));
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe("refresh-1");
    expect(JSON.stringify(localStorage)).not.toContain("access-1");
  });

  it("exchanges the refresh token once when many requests need a new access token at the same time", async () => {
    const server = usersServer();
    const session = new Session({ endpoint: "/graphql", fetch: server.fetch, now: () => NOW });
    session.start(tokens(1, 10_000)); // expires within the margin: the next request refreshes

    const results = await Promise.all([
      session.accessToken(),
      session.accessToken(),
      session.refresh(),
      session.accessToken(),
    ]);

    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(new Set(results)).toEqual(new Set(["access-2"]));
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe("refresh-2");
  });

  it("serializes refreshes of two tabs through one Web Lock, each using the token the other stored", async () => {
    const server = usersServer();
    const locks = fakeLocks();
    const tabA = new Session({ endpoint: "/graphql", fetch: server.fetch, locks, now: () => NOW });
    const tabB = new Session({ endpoint: "/graphql", fetch: server.fetch, locks, now: () => NOW });
    localStorage.setItem(REFRESH_TOKEN_KEY, "refresh-1");

    const [a, b] = await Promise.all([tabA.refresh(), tabB.refresh()]);

    expect(locks.names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
    const sent = server.fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).variables.refreshToken);
    expect(sent).toEqual(["refresh-1", "refresh-2"]); // never the same token twice: the session survives
    expect([a, b]).toEqual(["access-2", "access-3"]);
  });

  it("tells listeners of a sign-in and a sign-out, not of a refresh (the same person stays signed in)", async () => {
    const server = usersServer();
    const session = new Session({ endpoint: "/graphql", fetch: server.fetch, now: () => NOW });
    const changes = vi.fn();
    session.subscribe(changes);
    session.start(tokens(1, 10_000));
    expect(changes).toHaveBeenCalledTimes(1);

    expect(await session.accessToken()).toBe("access-2");
    expect(changes).toHaveBeenCalledTimes(1);

    await session.end();
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it("signs out when the server refuses the refresh token", async () => {
    const server = usersServer();
    server.used.add("refresh-1");
    const session = new Session({ endpoint: "/graphql", fetch: server.fetch, now: () => NOW });
    localStorage.setItem(REFRESH_TOKEN_KEY, "refresh-1");
    const changes = vi.fn();
    session.subscribe(changes);

    await expect(session.accessToken()).rejects.toBeInstanceOf(SessionExpiredError);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(session.hasSession).toBe(false);
    expect(changes).toHaveBeenCalled();
  });

  it("keeps the session when the refresh gets no answer, so it can try again", async () => {
    const session = new Session({
      endpoint: "/graphql",
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
      now: () => NOW,
    });
    localStorage.setItem(REFRESH_TOKEN_KEY, "refresh-1");
    await expect(session.refresh()).rejects.toThrow("Failed to fetch");
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe("refresh-1");
  });

  it("asks for no token when nobody is signed in", async () => {
    const server = usersServer();
    const session = new Session({ endpoint: "/graphql", fetch: server.fetch, now: () => NOW });
    expect(await session.accessToken()).toBeNull();
    expect(server.fetch).not.toHaveBeenCalled();
  });
});
