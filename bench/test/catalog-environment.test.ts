import { join } from "node:path";
import { readNotificationsConfig } from "@shopgraph/notifications";
import { readOrdersConfig } from "@shopgraph/orders";
import { readProductsConfig } from "@shopgraph/products";
import { readUsersConfig } from "@shopgraph/users";
import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/src/config.js";
import { readSupergraphConfig, ROOT } from "../../scripts/src/supergraph.js";
import { catalogStackEnvironment } from "../src/catalog-environment.js";
import { accessTokenKeyPair } from "../src/stack-setup.js";

/**
 * `npm run bench` starts every process in production mode, where each refuses to start without
 * its production settings; a setting added to a service and not to the bench broke the bench
 * unnoticed once (notifications' WEBHOOK_SECRET_KEY). Each reader here is what its process runs.
 */
const { privateKey, publicKey } = accessTokenKeyPair();
const env = catalogStackEnvironment({
  privateKey,
  publicKey,
  postgresUrl: "postgres://postgres@127.0.0.1:5432",
  exchange: "bench-events-test",
  ordersQueue: "bench-orders-test",
  gatewayQueue: "bench-gateways-test",
});
const readers: Record<string, (source: NodeJS.ProcessEnv) => unknown> = {
  users: readUsersConfig,
  products: readProductsConfig,
  orders: readOrdersConfig,
  notifications: readNotificationsConfig,
};

describe("the catalog bench's environment", () => {
  it("is production, as deployed", () => {
    expect(env["NODE_ENV"]).toBe("production");
  });

  it.each(readSupergraphConfig().subgraphs.map((subgraph) => subgraph.name))("starts the %s subgraph", (name) => {
    const read = readers[name];
    expect(read, `no config reader listed for ${name}`).toBeDefined();
    const source = {
      ...env,
      PORT: "4000",
      [`${name.toUpperCase()}_DATABASE_URL`]: `${env["POSTGRES_URL"]}/bench_${name}`,
    };
    expect(() => read!(source)).not.toThrow();
  });

  it("starts the gateway", () => {
    const urls = Object.fromEntries(
      readSupergraphConfig().subgraphs.map(({ name }) => [
        `${name.toUpperCase()}_URL`,
        `http://127.0.0.1:4000/graphql`,
      ]),
    );
    const config = readGatewayConfig({
      ...env,
      PORT: "4000",
      SUPERGRAPH_PATH: join(ROOT, "schema/supergraph.graphql"),
      ...urls,
    });
    // Not the default queue, which would outlive the run and be shared with any gateway on the machine.
    expect(config.events.queue).toBe("bench-gateways-test");
  });
});
