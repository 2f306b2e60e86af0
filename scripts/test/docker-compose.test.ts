import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EVENT_PRODUCERS, EVENT_TYPES } from "@shopgraph/kernel";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GATEWAY_NODE_FLAGS } from "../src/processes.js";
import { readSupergraphConfig, ROOT } from "../src/supergraph.js";

interface ComposeService {
  image?: string;
  entrypoint?: string[];
  command?: string[];
  volumes?: string[];
  build?: { context: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  restart?: string;
  profiles?: string[];
}

const compose = parse(readFileSync(join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const { subgraphs } = readSupergraphConfig();
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};

describe("docker-compose.yml", () => {
  it("is a valid compose file for docker-compose config, with the observability profile too", () => {
    // Debian's docker-compose (1.29) predates the Compose spec's top-level `name:`.
    const file = join(mkdtempSync(join(tmpdir(), "shopgraph-compose-")), "docker-compose.yml");
    writeFileSync(file, readFileSync(join(ROOT, "docker-compose.yml"), "utf8").replace(/^name: .*$/m, ""));
    const required = readFileSync(join(ROOT, "docker-compose.yml"), "utf8").matchAll(/\$\{(\w+):\?/g);
    const env = {
      PATH: process.env["PATH"] ?? "",
      ...Object.fromEntries([...required].map(([, name]) => [name!, "x"])),
    };
    for (const profile of [[], ["--profile", "observability"]]) {
      execFileSync("docker-compose", ["-f", file, "--project-directory", ROOT, ...profile, "config", "-q"], {
        env,
        stdio: "pipe",
      });
    }
  });

  it("runs Postgres, RabbitMQ with management, Redis, Mailpit, the gateway and every subgraph in supergraph.yaml", () => {
    const names = Object.keys(compose.services);
    expect(names).toEqual(
      expect.arrayContaining(["postgres", "rabbitmq", "redis", "mailpit", "gateway", ...subgraphs.map((s) => s.name)]),
    );
    expect(compose.services["rabbitmq"]).toMatchObject({ image: expect.stringMatching(/^rabbitmq:.*management/) });
  });

  it("gives the gateway Redis (shared limits and revocation) once Redis is healthy", () => {
    const gateway = service("gateway");
    expect(gateway.environment?.["REDIS_URL"]).toBe("redis://redis:6379");
    expect(gateway.depends_on?.["redis"]).toEqual({ condition: "service_healthy" });
  });

  it("gives the gateway RabbitMQ, where session revocations come from, once it is healthy", () => {
    const gateway = service("gateway");
    expect(gateway.environment?.["AMQP_URL"]).toMatch(/^amqp:\/\/.*@rabbitmq:5672$/);
    expect(gateway.depends_on?.["rabbitmq"]).toEqual({ condition: "service_healthy" });
  });

  it("restarts every service that crashes", () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      expect(definition.restart, name).toBe("unless-stopped");
    }
  });

  it("gives every service a healthcheck", () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      expect(definition.healthcheck?.test, name).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  });

  it("creates every subgraph's database in the Postgres init script", () => {
    const script = readFileSync(join(ROOT, "docker/postgres-init.sql"), "utf8");
    for (const { name } of subgraphs) expect(script).toContain(`CREATE DATABASE ${name}_db;`);
  });

  it.each(subgraphs.map((s) => [s.name, s] as const))(
    "builds and configures the %s subgraph on its routing port, after Postgres and RabbitMQ are healthy",
    (name, subgraph) => {
      const definition = service(name);
      expect(definition.build?.args?.["SERVICE_DIR"]).toBe(`subgraphs/${name}`);
      expect(definition.environment).toMatchObject({
        PORT: String(subgraph.port),
        POSTGRES_URL: expect.stringMatching(/^postgres:\/\/postgres:\$\{POSTGRES_PASSWORD:\?.+\}@postgres:5432$/),
        JWT_PUBLIC_KEY: expect.stringContaining("${JWT_PUBLIC_KEY"),
        SERVICE_TOKEN_SECRET: expect.stringContaining("${SERVICE_TOKEN_SECRET"),
        REQUEST_SIGNING_SECRET: expect.stringContaining("${REQUEST_SIGNING_SECRET:?"),
        EVENT_PUBLISHERS: "users=users,orders=orders,products=products",
      });
      expect(definition.environment?.["ALLOW_UNSIGNED_REQUESTS"]).toBeUndefined();
      expect(definition.depends_on).toMatchObject({
        postgres: { condition: "service_healthy" },
        rabbitmq: { condition: "service_healthy" },
      });
      expect(definition.healthcheck?.test.join(" ")).toContain(`127.0.0.1:${subgraph.port}/ready`);
    },
  );

  it("publishes only the gateway and Mailpit's web UI, and with the observability profile the UIs", () => {
    const published = (profile: string | undefined) =>
      Object.entries(compose.services)
        .filter(([, definition]) => definition.profiles?.[0] === profile)
        .flatMap(([name, definition]) => (definition.ports ?? []).map((port) => `${name} ${port}`))
        .sort();
    expect(published(undefined)).toEqual(["gateway 4000:4000", "mailpit 8025:8025"]);
    expect(published("observability")).toEqual(["grafana 3000:3000", "jaeger 16686:16686", "prometheus 9090:9090"]);
  });

  it("scrapes every service with Prometheus, the gateway with METRICS_TOKEN, and provisions the dashboard", () => {
    const prometheus = service("prometheus");
    expect(prometheus.environment?.["METRICS_TOKEN"]).toMatch(/^\$\{METRICS_TOKEN:\?/);
    expect(service("gateway").environment?.["METRICS_TOKEN"]).toBe("${METRICS_TOKEN:-}");
    expect(prometheus.volumes).toEqual(
      expect.arrayContaining([
        "./docker/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
        "./docker/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro",
      ]),
    );
    const config = parse(readFileSync(join(ROOT, "docker/prometheus/prometheus.yml"), "utf8")) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    const targets = config.scrape_configs.flatMap((job) => job.static_configs.flatMap((c) => c.targets));
    expect(targets).toEqual(expect.arrayContaining(["gateway:4000", ...subgraphs.map((s) => `${s.name}:${s.port}`)]));
    expect(service("grafana").volumes).toEqual(
      expect.arrayContaining(["./docker/grafana/dashboards:/var/lib/grafana/dashboards:ro"]),
    );
  });

  it.each([
    ["users", "RABBITMQ_USERS_PASSWORD"],
    ["products", "RABBITMQ_PRODUCTS_PASSWORD"],
    ["orders", "RABBITMQ_ORDERS_PASSWORD"],
    ["notifications", "RABBITMQ_NOTIFICATIONS_PASSWORD"],
    ["gateway", "RABBITMQ_GATEWAY_PASSWORD"],
  ])("connects %s to RabbitMQ as its own user, with a required password", (name, password) => {
    expect(service(name).environment?.["AMQP_URL"]).toMatch(
      new RegExp(`^amqp://${name}:\\$\\{${password}:\\?.+\\}@rabbitmq:5672$`),
    );
    expect(service("rabbitmq").environment?.[password]).toMatch(new RegExp(`^\\$\\{${password}:\\?`));
  });

  it("requires the Postgres password and loads RabbitMQ's users from docker/rabbitmq, with no guest", () => {
    expect(service("postgres").environment?.["POSTGRES_PASSWORD"]).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    const rabbitmq = service("rabbitmq");
    expect(rabbitmq.entrypoint).toEqual(["/bin/sh", "/etc/shopgraph/entrypoint.sh"]);
    expect(rabbitmq.volumes).toEqual(
      expect.arrayContaining([
        "./docker/rabbitmq/entrypoint.sh:/etc/shopgraph/entrypoint.sh:ro",
        "./docker/rabbitmq/definitions.json:/etc/shopgraph/definitions.json:ro",
        "./docker/rabbitmq/rabbitmq.conf:/etc/rabbitmq/conf.d/20-shopgraph.conf:ro",
      ]),
    );
    expect(readFileSync(join(ROOT, "docker/rabbitmq/rabbitmq.conf"), "utf8")).toMatch(
      /^load_definitions = \/tmp\/shopgraph-definitions\.json$/m,
    );
  });

  it("lets each service publish only its own events on shop.events (RabbitMQ topic permissions)", () => {
    const definitions = JSON.parse(readFileSync(join(ROOT, "docker/rabbitmq/definitions.json"), "utf8")) as {
      users: Array<{ name: string; password: string }>;
      topic_permissions: Array<{ user: string; exchange: string; write: string }>;
    };
    expect(definitions.users.map((user) => user.name).sort()).toEqual([
      "gateway",
      "notifications",
      "orders",
      "products",
      "users",
    ]);
    const writes = (user: string) => {
      const permission = definitions.topic_permissions.find((p) => p.user === user && p.exchange === "shop.events");
      const pattern = new RegExp(permission!.write);
      return EVENT_TYPES.filter((key) => pattern.test(key));
    };
    expect(writes("users")).toEqual(EVENT_TYPES.filter((type) => EVENT_PRODUCERS[type] === "users"));
    expect(writes("orders")).toEqual(EVENT_TYPES.filter((type) => EVENT_PRODUCERS[type] === "orders"));
    expect(writes("products")).toEqual(EVENT_TYPES.filter((type) => EVENT_PRODUCERS[type] === "products"));
    expect(writes("notifications")).toEqual([]);
    expect(writes("gateway")).toEqual([]);
  });

  it("gives the users subgraph the signing key and the seeded admin", () => {
    expect(service("users").environment).toMatchObject({
      JWT_PRIVATE_KEY: expect.stringContaining("${JWT_PRIVATE_KEY"),
      ADMIN_EMAIL: expect.any(String),
      ADMIN_PASSWORD: expect.any(String),
    });
  });

  it("sends notifications' mail to Mailpit once Mailpit is healthy", () => {
    const notifications = service("notifications");
    expect(notifications.environment?.["SMTP_URL"]).toBe("smtp://mailpit:1025");
    expect(notifications.depends_on?.["mailpit"]).toEqual({ condition: "service_healthy" });
  });

  it("points the gateway at every subgraph by service name and starts it after they are healthy", () => {
    const gateway = service("gateway");
    expect(gateway.build?.args?.["SERVICE_DIR"]).toBe("gateway");
    expect(gateway.ports).toContain("4000:4000");
    expect(gateway.environment?.["NODE_OPTIONS"]).toBe(GATEWAY_NODE_FLAGS.join(" "));
    // Subscriptions: the gateway verifies the token of each websocket connection itself.
    expect(gateway.environment?.["JWT_PUBLIC_KEY"]).toContain("${JWT_PUBLIC_KEY");
    expect(gateway.environment?.["REQUEST_SIGNING_SECRET"]).toContain("${REQUEST_SIGNING_SECRET:?");
    for (const { name, port } of subgraphs) {
      expect(gateway.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on?.[name]).toEqual({ condition: "service_healthy" });
    }
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");

  it("builds in one stage with npm ci and tsc, and runs as a non-root user in another", () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npx tsc -b$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(
      /^CMD \["node", "--import", "@shopgraph\/platform\/tracing\/register", "dist\/server.js"\]$/m,
    );
  });

  it("leaves secrets and build output out of the build context", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining([".env", "**/node_modules", "**/dist"]));
  });
});
