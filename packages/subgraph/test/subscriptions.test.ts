import { EventEmitter, on } from "node:events";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createServer, type Server } from "node:http";
import { randomUUID } from "node:crypto";
import {
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFormattedError,
} from "graphql";
import { CloseCode } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { Role, type Viewer } from "@shopgraph/kernel";
import { closeServer, createLogger, errorFormatter, listen, notFound, signAccessToken } from "@shopgraph/platform";
import type { EntityManager } from "../src/database.js";
import type { SubgraphContext } from "../src/server.js";
import { CLOSE_GRACE_MS, serveSubscriptions, SocketCloseCode, type SubscriptionServer } from "../src/subscriptions.js";
import {
  connectionCloseCode,
  eventually,
  testAccessToken,
  testKeys,
  testServiceToken,
  watch,
  wsClient,
  wsUrl,
} from "@shopgraph/testing";

interface TestContext extends SubgraphContext {
  serial: number;
}

const keys = { ...testKeys(), jwtIssuer: "shopgraph" };
const ticks = new EventEmitter();
const report = vi.fn();
let contexts = 0;
/** The context serial of each subscribe step. */
const subscribedWith: number[] = [];

const Tick = new GraphQLObjectType<number, TestContext>({
  name: "Tick",
  fields: {
    n: { type: new GraphQLNonNull(GraphQLInt), resolve: (n) => n },
    context: { type: new GraphQLNonNull(GraphQLInt), resolve: (_n, _args, context) => context.serial },
    viewer: {
      type: GraphQLString,
      resolve: (_n, _args, { viewer }) => (viewer.kind === "user" ? viewer.userId : viewer.kind),
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { hello: { type: GraphQLString, resolve: () => "hi" } } }),
  subscription: new GraphQLObjectType<unknown, TestContext>({
    name: "Subscription",
    fields: {
      ticks: {
        type: new GraphQLNonNull(Tick),
        subscribe: (_root, _args, context) => {
          subscribedWith.push(context.serial);
          return on(ticks, "tick");
        },
        // on() yields each "tick" event as the list of its arguments: [n].
        resolve: (args) => (args as [number])[0],
      },
      missing: {
        type: GraphQLString,
        subscribe: () => {
          throw notFound("Thing");
        },
      },
      broken: {
        type: GraphQLString,
        subscribe: async function* () {
          yield "x";
        },
        resolve: () => {
          throw new Error('relation "secrets" does not exist');
        },
      },
    },
  }),
});

let http: Server;
let subscriptions: SubscriptionServer;
let url: string;

function start(keepAliveMs = 60_000, port = 0) {
  http = createServer((_req, res) => res.writeHead(404).end());
  subscriptions = serveSubscriptions<TestContext>({
    server: http,
    schema,
    keys,
    context: (viewer: Viewer, requestId: string, locale: string) => ({
      viewer,
      requestId,
      locale,
      em: {} as EntityManager,
      log: createLogger("test", "silent"),
      serial: ++contexts,
    }),
    formatError: errorFormatter({ development: false, report }) as (
      formatted: GraphQLFormattedError,
      error: unknown,
    ) => GraphQLFormattedError,
    log: createLogger("test", "silent"),
    introspection: false,
    keepAliveMs,
  });
  return listen(http, port, "127.0.0.1").then((listening) => {
    url = `http://127.0.0.1:${listening}/graphql`;
  });
}

async function stop() {
  await subscriptions.dispose();
  await closeServer(http);
}

const TICKS = "subscription { ticks { n context viewer } }";

describe("a connection", () => {
  beforeAll(() => start());
  afterAll(() => stop());

  test.each([
    ["no token (an anonymous connection)", {}],
    ["an access token", { authorization: `Bearer ${testAccessToken()}` }],
    ["an access token under Authorization", { Authorization: `Bearer ${testAccessToken({ role: Role.ADMIN })}` }],
    ["a service token", { authorization: `Bearer ${testServiceToken("gateway")}` }],
  ])("is accepted with %s", async (_case, connectionParams) => {
    const client = wsClient(url, undefined, { connectionParams });
    await client.acknowledged;
    expect(client.closes).toEqual([]);
    await client.dispose();
  });

  const expired = signAccessToken(
    keys.jwtPrivateKey,
    "shopgraph",
    { userId: randomUUID(), role: Role.CUSTOMER, sessionId: randomUUID() },
    -10,
  );
  test.each([
    ["a token that is no bearer token", { authorization: testAccessToken() }],
    ["a token signed with another key", { authorization: `Bearer ${testAccessToken()}x` }],
    ["an expired token", { authorization: `Bearer ${expired}` }],
    ["a token that is not a string", { authorization: 42 }],
  ])("is refused with 4403 Forbidden for %s", async (_case, connectionParams) => {
    expect(await connectionCloseCode(url, connectionParams)).toBe(CloseCode.Forbidden);
  });
});

describe("a subscription", () => {
  beforeAll(() => start());
  afterAll(() => stop());
  afterEach(() => report.mockClear());

  test("executes each event on a context of its own, as the signed-in viewer", async () => {
    const userId = randomUUID();
    const client = wsClient(url, testAccessToken({ userId }));
    const watched = watch(client, TICKS);
    await eventually(() => subscriptions.subscriptions() === 1);
    ticks.emit("tick", 1);
    ticks.emit("tick", 2);
    const results = (await watched.take(2)).map((result) => (result.data as any).ticks);
    expect(results).toEqual([
      { n: 1, context: expect.any(Number), viewer: userId },
      { n: 2, context: expect.any(Number), viewer: userId },
    ]);
    expect(new Set([subscribedWith.at(-1), ...results.map((tick) => tick.context)]).size).toBe(3);
    await client.dispose();
  });

  test("runs an operation that brings its own token as that viewer, whoever the connection is", async () => {
    const [ada, bob] = [randomUUID(), randomUUID()];
    const client = wsClient(url, undefined);
    const subscribe = (extensions: Record<string, unknown>) =>
      client.subscribe(
        { query: TICKS, extensions },
        { next: (r) => seen.push(r), error: () => {}, complete: () => {} },
      );
    const seen: any[] = [];
    subscribe({ authorization: `Bearer ${testAccessToken({ userId: ada })}` });
    subscribe({ authorization: `Bearer ${testAccessToken({ userId: bob })}` });
    const anonymous = watch(client, TICKS);
    await eventually(() => subscriptions.subscriptions() === 3);
    ticks.emit("tick", 1);
    await eventually(() => seen.length === 2 && anonymous.results.length === 1);
    expect(seen.map((result) => result.data.ticks.viewer).sort()).toEqual([ada, bob].sort());
    expect((anonymous.results[0]!.data as any).ticks.viewer).toBe("anonymous");
    await client.dispose();
  });

  test("refuses an operation whose own token does not verify with UNAUTHENTICATED, the socket staying open", async () => {
    const client = wsClient(url, testAccessToken());
    const errors: unknown[] = [];
    client.subscribe(
      { query: TICKS, extensions: { authorization: "Bearer not.a.token" } },
      { next: () => {}, error: (error) => errors.push(error), complete: () => {} },
    );
    const [refusal] = await eventually(() => errors.length === 1 && (errors[0] as any[]));
    expect(refusal).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(client.closes).toEqual([]);
    await client.dispose();
  });

  test("counts open sockets and subscriptions, back to 0 after unsubscribe and disconnect", async () => {
    const first = wsClient(url, testAccessToken());
    const second = wsClient(url, testAccessToken());
    const a = watch(first, TICKS);
    watch(first, TICKS);
    watch(second, TICKS);
    await eventually(() => subscriptions.subscriptions() === 3);
    expect(subscriptions.sockets()).toBe(2);
    a.unsubscribe();
    await eventually(() => subscriptions.subscriptions() === 2);
    await second.dispose();
    await eventually(() => subscriptions.subscriptions() === 1 && subscriptions.sockets() === 1);
    await first.dispose();
    await eventually(() => subscriptions.subscriptions() === 0 && subscriptions.sockets() === 0);
    expect(await a.ended).toEqual({ completed: true });
  });

  test("refused at subscribe time gets the resolver's coded error, and the socket stays open", async () => {
    const client = wsClient(url, testAccessToken());
    const watched = watch(client, "subscription { missing }");
    expect(await watched.ended).toEqual({ completed: true });
    expect(watched.results).toEqual([
      {
        errors: [
          {
            message: "Thing not found",
            path: ["missing"],
            locations: expect.any(Array),
            extensions: { code: "NOT_FOUND" },
          },
        ],
      },
    ]);
    watch(client, TICKS);
    await eventually(() => subscriptions.subscriptions() === 1);
    expect(client.closes).toEqual([]);
    await client.dispose();
  });

  test("an unexpected resolver error is masked and reported, as over HTTP", async () => {
    const client = wsClient(url, testAccessToken());
    const watched = watch(client, "subscription { broken }");
    const [result] = await watched.take(1);
    expect(result).toEqual({
      data: { broken: null },
      errors: [
        {
          message: "Internal server error",
          path: ["broken"],
          locations: expect.any(Array),
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ],
    });
    expect(report).toHaveBeenCalledOnce();
    await client.dispose();
  });

  test("a query runs over the socket too, answered once and completed", async () => {
    const client = wsClient(url, testAccessToken());
    const watched = watch(client, "{ hello }");
    expect(await watched.ended).toEqual({ completed: true });
    expect(watched.results).toEqual([{ data: { hello: "hi" } }]);
    await client.dispose();
  });

  test.each([
    ["a query that does not parse", "subscription {", "GRAPHQL_PARSE_FAILED"],
    ["a field that does not exist", "subscription { nope }", "GRAPHQL_VALIDATION_FAILED"],
    ["introspection outside development", "{ __schema { types { name } } }", "GRAPHQL_VALIDATION_FAILED"],
  ])("%s is an error with %s, not a dropped socket", async (_case, query, code) => {
    const client = wsClient(url, testAccessToken());
    const watched = watch(client, query);
    const end = await watched.ended;
    expect("error" in end && (end.error as GraphQLFormattedError[])[0]?.extensions?.code).toBe(code);
    expect(report).not.toHaveBeenCalled();
    expect(client.closes).toEqual([]);
    await client.dispose();
  });
});

describe("disposing the server", () => {
  test("closes every socket with 1001 Going Away and ends its subscriptions without completing them", async () => {
    await start();
    const client = wsClient(url, testAccessToken());
    const watched = watch(client, TICKS);
    await eventually(() => subscriptions.subscriptions() === 1);
    await stop();
    expect(subscriptions.sockets()).toBe(0);
    expect(subscriptions.subscriptions()).toBe(0);
    // Not `complete`: the client (which does not retry here) learns of the close itself.
    const end = await watched.ended;
    expect("error" in end && (end.error as { code: number }).code).toBe(SocketCloseCode.GoingAway);
    expect(client.closes).toEqual([SocketCloseCode.GoingAway]);
    await client.dispose();
  });

  test("so a graphql-ws client reconnects and subscribes again to the server that takes over", async () => {
    await start();
    const port = Number(new URL(url).port);
    const client = wsClient(url, testAccessToken(), { retryAttempts: 20, retryWait: () => sleep(50) });
    const watched = watch(client, TICKS);
    await eventually(() => subscriptions.subscriptions() === 1);
    await stop();
    await start(60_000, port);
    await eventually(() => subscriptions.subscriptions() === 1);
    ticks.emit("tick", 7);
    expect((await watched.take(1)).map((result) => (result.data as any).ticks.n)).toEqual([7]);
    expect(client.closes).toEqual([SocketCloseCode.GoingAway]);
    await client.dispose();
    await stop();
  });

  test("cuts a socket that does not answer the close frame after a grace period", async () => {
    await start();
    const silent = net.connect(Number(new URL(url).port), "127.0.0.1");
    silent.on("error", () => undefined);
    const upgraded = new Promise((resolve) => silent.once("data", resolve));
    silent.write(
      [
        "GET /graphql HTTP/1.1",
        "Host: 127.0.0.1",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: graphql-transport-ws",
        "",
        "",
      ].join("\r\n"),
    );
    await upgraded;
    silent.pause();
    await eventually(() => subscriptions.sockets() === 1);
    const started = Date.now();
    await stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(CLOSE_GRACE_MS - 50);
    expect(Date.now() - started).toBeLessThan(CLOSE_GRACE_MS + 1_000);
    expect(subscriptions.sockets()).toBe(0);
    silent.destroy();
  });
});

describe("keep-alive", () => {
  beforeAll(() => start(100));
  afterAll(() => stop());

  test("cuts a socket that stops answering pings and keeps one that answers", async () => {
    const answering = new WebSocket(wsUrl(url), "graphql-transport-ws");
    const answered = { pings: 0, closes: [] as number[] };
    answering.on("ping", () => answered.pings++);
    answering.on("close", (code) => answered.closes.push(code));
    const acknowledged = new Promise((resolve) => answering.once("message", resolve));
    await new Promise((resolve) => answering.once("open", resolve));
    answering.send(
      JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${testAccessToken()}` } }),
    );
    expect(JSON.parse(String(await acknowledged))).toMatchObject({ type: "connection_ack" });
    const silent = new WebSocket(wsUrl(url), "graphql-transport-ws", { autoPong: false });
    const pings = { count: 0 };
    silent.on("ping", () => pings.count++);
    const closed = new Promise<number>((resolve) => silent.on("close", (code) => resolve(code)));
    await new Promise((resolve) => silent.once("open", resolve));
    silent.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${testAccessToken()}` } }));
    // Terminated, not closed: there is no close frame, so the client sees 1006.
    expect(await closed).toBe(1006);
    expect(pings.count).toBeGreaterThanOrEqual(1);
    // Pinged twice more, so it passed the check that cut the silent one twice more.
    const pingedBefore = answered.pings;
    await eventually(() => answered.pings >= pingedBefore + 2);
    expect(answered.closes).toEqual([]);
    expect(subscriptions.sockets()).toBe(1);
    answering.close();
  });
});
