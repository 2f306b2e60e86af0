import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import {
  dataOf,
  dropDatabase,
  eventually,
  freePort,
  freshDatabaseUrl,
  graphqlRequest,
  ServiceProxy,
  TEST_ADDRESS,
  TEST_AMQP_URL,
  testChannel,
  testKeys,
  uniqueName,
} from "@shopgraph/testing";
import { createClient, type Client } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startService, stopServices, waitUntilReady, type Service } from "../src/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
/**
 * Each stopping instance keeps serving this long, answering `Connection: close` and /ready 503:
 * longer than Node's keep-alive timeout (5 s), which clients such as undici honour minus a second,
 * so every keep-alive connection left idle through the drain has been closed by its client before
 * the server closes what is idle (with 1.5 s, one request in about 1,400 met a connection the
 * server was closing: "other side closed").
 */
const DRAIN_MS = 6_000;

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken userErrors { code } } }`;
const ADD_TO_CART = `mutation($variantId: ID!) { addToCart(variantId: $variantId, quantity: 1) { userErrors { code } } }`;
const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }`;
const PAY_ORDER = `mutation($orderId: ID!) { payOrder(orderId: $orderId, paymentToken: "tok_visa") { userErrors { code } } }`;
const ORDER_UPDATED = `subscription { orderUpdated { id status } }`;
/** The load: one query of products alone, one across users and orders. */
const QUERIES = [
  { query: "{ products(first: 3) { nodes { name } } }", signedIn: false },
  { query: "{ me { email orders(first: 1) { nodes { id } } } }", signedIn: true },
];

interface Instance {
  port: number;
  service: Service;
}

/**
 * The stack as processes, each kind behind a ServiceProxy as behind a Kubernetes Service: users,
 * products and notifications once, orders and the gateway twice (orders over one database
 * migrated beforehand by its dist/migrate.js, the replicas with MIGRATE_ON_START=false).
 */
async function startStack() {
  const keys = testKeys();
  const exchange = uniqueName("rolling");
  const queues = {
    NOTIFICATIONS_QUEUE: uniqueName("rolling_notifications"),
    GATEWAY_QUEUE: uniqueName("rolling_gw"),
    ORDERS_QUEUE: uniqueName("rolling_orders"),
  };
  const databases = Object.fromEntries(
    ["users", "products", "orders", "notifications"].map((name) => [name, freshDatabaseUrl(`rolling_${name}`)]),
  );
  const shared = {
    NODE_ENV: "test",
    LOG_LEVEL: process.env["TEST_LOG_LEVEL"] ?? "silent",
    HOST: "127.0.0.1",
    JWT_PUBLIC_KEY: keys.jwtPublicKey,
    SERVICE_TOKEN_SECRET: keys.serviceTokenSecret,
    REQUEST_SIGNING_SECRET: keys.requestSigningSecret,
    AMQP_URL: TEST_AMQP_URL,
    EVENTS_EXCHANGE: exchange,
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
    PATH: process.env["PATH"] ?? "",
  };
  const services: Service[] = [];
  const proxies = { orders: await ServiceProxy.start(), gateway: await ServiceProxy.start() };
  const ports = { users: await freePort(), products: await freePort(), notifications: await freePort() };

  const launch = async (name: string, env: Record<string, string>, port?: number): Promise<Instance> => {
    const listen = port ?? (await freePort());
    const dir = name === "gateway" ? "gateway" : `subgraphs/${name}`;
    const service = startService(
      name,
      join(ROOT, dir, "dist/server.js"),
      { ...shared, ...env, PORT: String(listen) },
      13,
    );
    services.push(service);
    await waitUntilReady(service, `http://127.0.0.1:${listen}/ready`);
    return { port: listen, service };
  };
  const subgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const ordersEnv = {
    ORDERS_DATABASE_URL: databases["orders"]!,
    PRODUCTS_URL: subgraphUrl(ports.products),
    MIGRATE_ON_START: "false",
    // Both replicas share orders' queue of users' events, as replicas of one deployment do.
    ORDERS_QUEUE: queues.ORDERS_QUEUE,
  };
  const gatewayEnv = {
    USERS_URL: subgraphUrl(ports.users),
    PRODUCTS_URL: subgraphUrl(ports.products),
    ORDERS_URL: proxies.orders.url(),
    NOTIFICATIONS_URL: subgraphUrl(ports.notifications),
    REDIS_KEY_PREFIX: `${uniqueName("rolling")}:`,
    GATEWAY_QUEUE: queues.GATEWAY_QUEUE,
    RATE_LIMIT_IP_POINTS: "100000000",
    RATE_LIMIT_USER_POINTS: "100000000",
  };

  const close = async () => {
    await Promise.all([proxies.orders.close(), proxies.gateway.close()]);
    await stopServices(services, 15_000);
    await Promise.all(Object.values(databases).map(dropDatabase));
    const { channel, close: closeChannel } = await testChannel();
    // Notifications' webhooks queue is named after its queue.
    for (const queue of Object.values(queues).flatMap((name) => [name, `${name}.webhooks`])) {
      for (const name of [queue, `${queue}.dead`, ...[1, 2, 3, 4, 5].map((n) => `${queue}.retry.${n}`)]) {
        await channel.deleteQueue(name).catch(() => undefined);
      }
    }
    await channel.deleteExchange(exchange).catch(() => undefined);
    await closeChannel();
  };

  try {
    await launch(
      "users",
      { USERS_DATABASE_URL: databases["users"]!, JWT_PRIVATE_KEY: keys.jwtPrivateKey, SCRYPT_LOG2_N: "10" },
      ports.users,
    );
    await launch(
      "products",
      { PRODUCTS_DATABASE_URL: databases["products"]!, SEED_DEMO_CATALOG: "true" },
      ports.products,
    );
    await launch(
      "notifications",
      { NOTIFICATIONS_DATABASE_URL: databases["notifications"]!, NOTIFICATIONS_QUEUE: queues.NOTIFICATIONS_QUEUE },
      ports.notifications,
    );
    await promisify(execFile)(process.execPath, [join(ROOT, "subgraphs/orders/dist/migrate.js")], {
      env: { PATH: shared.PATH, ORDERS_DATABASE_URL: databases["orders"]!, LOG_LEVEL: "silent" },
    });
    const orders = [await launch("orders", ordersEnv), await launch("orders", ordersEnv)];
    for (const instance of orders) proxies.orders.add(instance.port);
    await eventually(() => orders.every((instance) => proxies.orders.routesTo(instance.port)));
    const gateways = [await launch("gateway", gatewayEnv), await launch("gateway", gatewayEnv)];
    for (const instance of gateways) proxies.gateway.add(instance.port);
    await eventually(() => gateways.every((instance) => proxies.gateway.routesTo(instance.port)));

    /**
     * A rolling update of one instance, as Kubernetes does it: SIGTERM (the instance drains: /ready
     * 503 and `Connection: close` while it still accepts, then closes), its exit, a new instance on
     * a new port, ready, taking connections. Returns what the old one answered /ready while draining.
     */
    const restart = async (
      name: "orders" | "gateway",
      instances: Instance[],
      index: number,
      env: Record<string, string>,
    ) => {
      const old = instances[index]!;
      old.service.child.kill("SIGTERM");
      // Once it has the signal it still answers, but no longer as ready.
      const whileDraining = await eventually(async () => {
        const response = await fetch(`http://127.0.0.1:${old.port}/ready`);
        const answer = {
          status: response.status,
          body: (await response.json()) as unknown,
          connection: response.headers.get("connection"),
        };
        return answer.status !== 200 && answer;
      }, 10_000);
      await eventually(() => !proxies[name].routesTo(old.port), 5_000);
      const exit = await old.service.exited;
      proxies[name].remove(old.port);
      const fresh = await launch(name, env);
      proxies[name].add(fresh.port);
      await eventually(() => proxies[name].routesTo(fresh.port), 10_000);
      instances[index] = fresh;
      return { whileDraining, exit };
    };
    return { proxies, gateways, orders, ordersEnv, gatewayEnv, restart, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A storefront client with retries, as the web shop's: reconnects and subscribes again after a close. */
function subscriber(url: string, token: string) {
  const seen = { closes: [] as number[], connected: 0, orderIds: new Set<string>(), ended: undefined as unknown };
  const client: Client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 20,
    retryWait: async () => new Promise((resolve) => setTimeout(resolve, 100)),
    connectionParams: { authorization: `Bearer ${token}` },
    on: {
      connected: () => (seen.connected += 1),
      closed: (event) => seen.closes.push((event as { code: number }).code),
    },
  });
  client.subscribe<{ orderUpdated: { id: string } }>(
    { query: ORDER_UPDATED },
    {
      next: (result) => {
        if (result.data) seen.orderIds.add(result.data.orderUpdated.id);
        else seen.ended = result.errors;
      },
      error: (error) => (seen.ended = error),
      complete: () => (seen.ended = "completed"),
    },
  );
  return { seen, dispose: () => client.dispose() };
}

describe("a rolling restart under load", () => {
  it("restarts both gateways and both orders instances with no request failing and the subscription delivering after it reconnects", async () => {
    const stack = await startStack();
    const gateway = stack.proxies.gateway.url();
    const failures: string[] = [];
    let answered = 0;
    let load = true;
    const running: Promise<void>[] = [];
    let live: ReturnType<typeof subscriber> | undefined;
    try {
      const { register } = dataOf(
        await graphqlRequest(gateway, REGISTER, {
          input: { email: `${randomUUID()}@example.com`, password: "correct horse battery", name: "Ada" },
        }),
      );
      const token = register.accessToken as string;
      // Checkouts take stock: they go round the variants that have most.
      const { products } = dataOf(
        await graphqlRequest(
          gateway,
          "{ products(first: 50, filter: { inStock: true }) { nodes { variants { id quantityAvailable } } } }",
        ),
      );
      const variants = (products.nodes as { variants: { id: string; quantityAvailable: number }[] }[])
        .flatMap((product) => product.variants)
        .filter((variant) => variant.quantityAvailable >= 20)
        .map((variant) => variant.id);
      expect(variants.length).toBeGreaterThan(5);
      const ask = async (query: string, variables: Record<string, unknown>, signedIn: boolean) => {
        const response = await graphqlRequest(gateway, query, variables, signedIn ? { token } : {}).catch(
          (error: unknown) => ({ status: 0, errors: [{ message: String((error as Error).cause ?? error) }] }),
        );
        if (response.status !== 200 || response.errors?.length) {
          failures.push(`${response.status} ${JSON.stringify(response.errors)}`);
        }
        answered += 1;
        return response as { data?: Record<string, any> };
      };
      for (let loop = 0; loop < 3; loop += 1) {
        running.push(
          (async () => {
            for (let i = loop; load; i += 1) {
              const { query, signedIn } = QUERIES[i % QUERIES.length]!;
              await ask(query, {}, signedIn);
            }
          })(),
        );
      }
      const placed: string[] = [];
      const placeOrder = async () => {
        await ask(ADD_TO_CART, { variantId: variants[placed.length % variants.length] }, true);
        const response = await ask(
          PLACE_ORDER,
          { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } },
          true,
        );
        const id = response.data?.["placeOrder"]?.order?.id as string | undefined;
        if (!id) {
          failures.push(`placeOrder: ${JSON.stringify(response.data)}`);
          return;
        }
        await ask(PAY_ORDER, { orderId: id }, true);
        placed.push(id);
      };
      // Checkouts and payments all along: each payment is an orderUpdated event for the subscriber.
      running.push(
        (async () => {
          while (load) {
            await placeOrder();
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        })(),
      );
      live = subscriber(gateway, token);
      await eventually(() => live!.seen.orderIds.size >= 2, 20_000);

      const restarts = [];
      for (const index of [0, 1]) restarts.push(await stack.restart("orders", stack.orders, index, stack.ordersEnv));
      for (const index of [0, 1]) {
        restarts.push(await stack.restart("gateway", stack.gateways, index, stack.gatewayEnv));
      }

      // Both gateways were replaced, so the subscriber was told to reconnect (1001) at least once.
      await eventually(() => live!.seen.closes.length >= 1 && live!.seen.connected > live!.seen.closes.length, 10_000);
      const afterReconnect = placed.length;
      await eventually(() => placed.length >= afterReconnect + 2, 20_000);
      const wanted = placed.slice(afterReconnect, afterReconnect + 2);
      await eventually(() => wanted.every((id) => live!.seen.orderIds.has(id)), 20_000);
      load = false;
      await Promise.all(running);

      expect(failures).toEqual([]);
      expect(answered).toBeGreaterThan(100);
      expect(live.seen.ended).toBeUndefined();
      expect(live.seen.closes.every((code) => code === 1001)).toBe(true);
      for (const { whileDraining, exit } of restarts) {
        expect(whileDraining).toEqual({
          status: 503,
          body: { status: "unavailable", unavailable: ["draining"] },
          connection: "close",
        });
        expect(exit).toEqual({ code: 0, signal: null });
      }
    } finally {
      load = false;
      await Promise.allSettled(running);
      await live?.dispose();
      await stack.close();
    }
  }, 300_000);
});
