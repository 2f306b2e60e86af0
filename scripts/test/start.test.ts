import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { pemFromEnv } from "@shopgraph/platform";
import { describe, expect, it } from "vitest";
import { adminSummary, DEFAULT_ADMIN_EMAIL, loadEnv } from "../src/env-file.js";
import { readableLogLine } from "../src/processes.js";

const envPath = () => join(mkdtempSync(join(tmpdir(), "shopgraph-env-")), ".env");

describe("the .env of npm start", () => {
  it("is created once, readable only by its owner, with a working ES256 key pair and the admin", () => {
    const path = envPath();
    const first = loadEnv(path, {});
    expect(first.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const { env } = first;
    expect(env["ADMIN_EMAIL"]).toBe(DEFAULT_ADMIN_EMAIL);
    expect(env["ADMIN_PASSWORD"]).toMatch(/^[\w-]{16}$/);
    expect(env["SERVICE_TOKEN_SECRET"]).toMatch(/^[0-9a-f]{64}$/);
    for (const name of [
      "REQUEST_SIGNING_SECRET",
      "POSTGRES_PASSWORD",
      "RABBITMQ_USERS_PASSWORD",
      "RABBITMQ_PRODUCTS_PASSWORD",
      "RABBITMQ_ORDERS_PASSWORD",
      "RABBITMQ_NOTIFICATIONS_PASSWORD",
      "RABBITMQ_GATEWAY_PASSWORD",
      "WEBHOOK_SECRET_KEY",
    ]) {
      expect(env[name], name).toMatch(/^[0-9a-f]{64}$/);
    }

    const privateKey = createPrivateKey(pemFromEnv(env["JWT_PRIVATE_KEY"]!));
    const publicKey = createPublicKey(pemFromEnv(env["JWT_PUBLIC_KEY"]!));
    const signature = sign("sha256", Buffer.from("hello"), privateKey);
    expect(verify("sha256", Buffer.from("hello"), publicKey, signature)).toBe(true);

    const second = loadEnv(path, {});
    expect(second.created).toBe(false);
    expect(second.env).toEqual(env);
  });

  it("keeps each key on one line, so docker compose and shells read it too", () => {
    const path = envPath();
    loadEnv(path, {});
    const line = readFileSync(path, "utf8")
      .split("\n")
      .find((l) => l.startsWith("JWT_PRIVATE_KEY="));
    expect(line).toMatch(/^JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n.+\\n-----END PRIVATE KEY-----"$/);
  });

  it("adds the secrets an older .env lacks, and keeps what it has", () => {
    const path = envPath();
    loadEnv(path, {});
    const older = readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => !/^(REQUEST_SIGNING_SECRET|POSTGRES_PASSWORD)=/.test(line))
      .join("\n");
    writeFileSync(path, older);
    const before = parseEnv(older);
    const { env } = loadEnv(path, {});
    expect(env["REQUEST_SIGNING_SECRET"]).toMatch(/^[0-9a-f]{64}$/);
    expect(env["POSTGRES_PASSWORD"]).toMatch(/^[0-9a-f]{64}$/);
    expect(env["RABBITMQ_USERS_PASSWORD"]).toBe(before["RABBITMQ_USERS_PASSWORD"]);
    expect(env["JWT_PRIVATE_KEY"]).toBe(before["JWT_PRIVATE_KEY"]);
    expect(loadEnv(path, {}).env).toEqual(env);
  });

  it("lets the environment override the file", () => {
    const path = envPath();
    loadEnv(path, {});
    const { env } = loadEnv(path, { ADMIN_PASSWORD: "from-the-environment", POSTGRES_URL: "postgres://db" });
    expect(env["ADMIN_PASSWORD"]).toBe("from-the-environment");
    expect(env["POSTGRES_URL"]).toBe("postgres://db");
  });
});

describe("the admin password in npm start's summary", () => {
  it("is shown on the start that generated it, and never again", () => {
    const path = envPath();
    const first = loadEnv(path, {});
    const password = first.env["ADMIN_PASSWORD"]!;
    expect(adminSummary(first.env, first.created, {})).toContain(password);
    const later = loadEnv(path, {});
    const summary = adminSummary(later.env, later.created, {});
    expect(summary).not.toContain(password);
    expect(summary).toContain(DEFAULT_ADMIN_EMAIL);
    expect(summary).toContain("ADMIN_PASSWORD");
  });

  it("is never shown when it comes from the environment", () => {
    const processEnv = { ADMIN_PASSWORD: "the operator's own secret" };
    const { env, created } = loadEnv(envPath(), processEnv);
    expect(created).toBe(true);
    expect(adminSummary(env, created, processEnv)).not.toContain("the operator's own secret");
  });
});

describe("service output under npm start", () => {
  it("shows a pino line as level, message and its own fields", () => {
    const line = JSON.stringify({
      level: 30,
      time: 1,
      pid: 2,
      hostname: "h",
      service: "users",
      msg: "ready",
      url: "u",
    });
    expect(readableLogLine(line)).toBe('info ready {"url":"u"}');
  });

  it("passes other lines through", () => {
    expect(readableLogLine("plain text")).toBe("plain text");
    expect(readableLogLine("{not json")).toBe("{not json");
  });
});
