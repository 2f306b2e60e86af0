import { ApolloClient, CombinedGraphQLErrors, gql, InMemoryCache, type ApolloLink } from "@apollo/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { documentIdOf } from "../src/apollo/persisted-link";
import { subscriptionGaps } from "../src/apollo/subscription-gaps";
import { createWsLink, SignedOutError } from "../src/apollo/ws-link";
import { Session } from "../src/auth/session";
import { LogoutDocument } from "../src/gql/shop/graphql";
import { failure, orderUpdated, startLiveServer, type LiveServer } from "./live-server";

const FOLLOW = gql`
  subscription Follow($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      id
      number
      status
    }
  }
`;

const tokens = (n: number | string) => ({
  __typename: "AuthPayload" as const,
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: null,
  userErrors: [],
});

/** The users subgraph as the session sees it: each refresh issues access-2, access-3...; logout succeeds. */
function usersServer() {
  let issued = 1;
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { documentId } = JSON.parse(String(init?.body)) as { documentId?: string };
    if (documentId === documentIdOf(LogoutDocument)) return Response.json({ data: { logout: true } });
    return Response.json({ data: { refreshSession: tokens(++issued) } });
  });
}

// Node's own WebSocket dispatches Node's Event, which jsdom's EventTarget refuses: the ws package plays the browser.
vi.stubGlobal("WebSocket", WebSocket);

let server: LiveServer;
const cleanups: (() => void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server?.close();
});

function signedIn(n: number | string = 1) {
  const fetch = usersServer();
  const session = new Session({ endpoint: "/graphql", fetch });
  session.start(tokens(n));
  return { session, fetch };
}

function link(session: Session): ApolloLink {
  return createWsLink(server.url, session, { minRetryDelayMs: 10, maxRetryDelayMs: 50 });
}

/** Follows an order through an Apollo client over `link`, recording what the caller sees. */
function follow(via: ApolloLink, orderId = "o1") {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: via });
  const results: { data?: any; error?: unknown }[] = [];
  let completed = false;
  const subscription = client.subscribe({ query: FOLLOW, variables: { orderId } }).subscribe({
    next: (result) => results.push(result),
    complete: () => (completed = true),
  });
  cleanups.push(() => subscription.unsubscribe());
  return { client, results, completed: () => completed };
}

function countGaps() {
  const gaps = { count: 0 };
  cleanups.push(subscriptionGaps.subscribe(() => gaps.count++));
  return gaps;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the graphql-ws link", () => {
  it("opens no socket for a signed-out visitor", async () => {
    server = await startLiveServer(["access-1"]);
    const followed = follow(link(new Session({ endpoint: "/graphql", fetch: usersServer() })));
    await vi.waitFor(() => expect(followed.completed()).toBe(true));
    expect(followed.results[0]?.error).toBeInstanceOf(SignedOutError);
    expect(server.inits).toEqual([]);
    expect(server.sockets()).toBe(0);
  });

  it("connects with the first subscription, with the session's token, and writes events into the cache", async () => {
    server = await startLiveServer(["access-1"]);
    const ws = link(signedIn().session);
    await sleep(50);
    expect(server.inits).toEqual([]);

    const followed = follow(ws);
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));
    expect(server.inits).toEqual(["Bearer access-1"]);
    server.publish(orderUpdated("o1", "SHIPPED"));
    await vi.waitFor(() => expect(followed.results).toHaveLength(1));
    expect(followed.results[0]?.data.orderUpdated.status).toBe("SHIPPED");
    expect(followed.client.cache.extract()).toMatchObject({ "Order:o1": { status: "SHIPPED" } });
  });

  it("refreshes a token the gateway refused (4403) and connects with the new one", async () => {
    server = await startLiveServer(["access-2"]);
    const { session, fetch } = signedIn();
    const followed = follow(link(session));

    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));
    expect(server.inits).toEqual(["Bearer access-1", "Bearer access-2"]);
    expect(fetch).toHaveBeenCalledTimes(1);
    server.publish(orderUpdated("o1", "DELIVERED"));
    await vi.waitFor(() => expect(followed.results).toHaveLength(1));
    expect(followed.results[0]?.error).toBeUndefined();
  });

  it("resubscribes with a fresh token when the subgraph refuses the old one later (UNAUTHENTICATED), unseen by the caller", async () => {
    server = await startLiveServer(["access-1", "access-2"]);
    const gaps = countGaps();
    const followed = follow(link(signedIn().session));
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));

    server.end(failure("UNAUTHENTICATED", "Your access token was refused; sign in again and resubscribe"));
    await vi.waitFor(() => expect(server.subscribed()).toBe(2));
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));
    expect(server.inits).toEqual(["Bearer access-1", "Bearer access-2"]);
    server.publish(orderUpdated("o1", "SHIPPED"));
    await vi.waitFor(() => expect(followed.results).toHaveLength(1));
    expect(followed.results[0]?.error).toBeUndefined();
    expect(followed.completed()).toBe(false);
    expect(gaps.count).toBeGreaterThan(0);
  });

  it("passes NOT_FOUND on and does not subscribe again", async () => {
    server = await startLiveServer(["access-1"]);
    const followed = follow(link(signedIn().session), "someone-elses");
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));

    server.end(failure("NOT_FOUND", "No order someone-elses"));
    await vi.waitFor(() => expect(followed.completed()).toBe(true));
    const error = followed.results[0]?.error;
    expect(CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    await sleep(150);
    expect(server.subscribed()).toBe(1);
    expect(server.subscriptions()).toBe(0);
  });

  it("subscribes again after the server completed the subscription, and after the socket dropped", async () => {
    server = await startLiveServer(["access-1"]);
    const gaps = countGaps();
    const followed = follow(link(signedIn().session));
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));

    server.end();
    await vi.waitFor(() => expect([server.subscribed(), server.subscriptions()]).toEqual([2, 1]));
    server.publish(orderUpdated("o1", "PAID"));
    await vi.waitFor(() => expect(followed.results).toHaveLength(1));

    server.dropSockets();
    await vi.waitFor(() => expect([server.subscribed(), server.subscriptions()]).toEqual([3, 1]));
    server.publish(orderUpdated("o1", "SHIPPED"));
    await vi.waitFor(() => expect(followed.results).toHaveLength(2));
    expect(followed.results.map((result) => result.data?.orderUpdated.status)).toEqual(["PAID", "SHIPPED"]);
    expect(followed.completed()).toBe(false);
    expect(gaps.count).toBe(2);
  });

  it("closes the socket on sign-out and connects as the next person who signs in", async () => {
    server = await startLiveServer(["access-1", "access-grace"]);
    const { session } = signedIn();
    const ws = link(session);
    const first = follow(ws);
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));

    await session.end();
    await vi.waitFor(() => expect(server.sockets()).toBe(0));
    await vi.waitFor(() => expect(first.completed()).toBe(true));
    expect(first.results).toEqual([]);

    session.start(tokens("grace"));
    follow(ws);
    await vi.waitFor(() => expect(server.subscriptions()).toBe(1));
    expect(server.inits).toEqual(["Bearer access-1", "Bearer access-grace"]);
  });
});
