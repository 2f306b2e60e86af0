import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GATEWAY_NODE_FLAGS } from "../src/processes.js";
import { readSupergraphConfig, ROOT } from "../src/supergraph.js";

interface ComposeService {
  build?: { context: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
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
        POSTGRES_URL: expect.stringMatching(/^postgres:\/\/.*@postgres:5432$/),
        AMQP_URL: expect.stringMatching(/^amqp:\/\/.*@rabbitmq:5672$/),
        JWT_PUBLIC_KEY: expect.stringContaining("${JWT_PUBLIC_KEY"),
        SERVICE_TOKEN_SECRET: expect.stringContaining("${SERVICE_TOKEN_SECRET"),
      });
      expect(definition.ports).toContain(`${subgraph.port}:${subgraph.port}`);
      expect(definition.depends_on).toMatchObject({
        postgres: { condition: "service_healthy" },
        rabbitmq: { condition: "service_healthy" },
      });
      expect(definition.healthcheck?.test.join(" ")).toContain(`127.0.0.1:${subgraph.port}/ready`);
    },
  );

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
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server.js"\]$/m);
  });

  it("leaves secrets and build output out of the build context", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining([".env", "**/node_modules", "**/dist"]));
  });
});
