import { generateKeyPairSync, randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseEnv } from "node:util";

export const DEFAULT_ADMIN_EMAIL = "admin@shopgraph.local";

/** PEM on one line with literal `\n`s, as .env files and docker-compose carry it (see pemFromEnv). */
function oneLine(pem: string): string {
  return pem.trim().replaceAll("\n", "\\n");
}

const secret = () => randomBytes(32).toString("hex");

/**
 * Secrets added after the first .env files were made: a .env without one gets it appended, so an
 * older checkout keeps starting (and `docker compose` finds every variable it requires).
 */
const LATER_SECRETS: ReadonlyArray<{ name: string; comment: string; value: () => string }> = [
  {
    name: "REQUEST_SIGNING_SECRET",
    comment: "Signs every request the gateway (or orders) sends a subgraph; subgraphs refuse unsigned ones.",
    value: secret,
  },
  {
    name: "WEBHOOK_SECRET_KEY",
    comment: "Seals webhook endpoints' signing secrets in notifications_db (notifications; required in production).",
    value: secret,
  },
  {
    name: "POSTGRES_PASSWORD",
    comment: "docker compose only: the Postgres superuser's password (npm start uses POSTGRES_URL).",
    value: secret,
  },
  ...["USERS", "PRODUCTS", "ORDERS", "NOTIFICATIONS", "GATEWAY"].map((service) => ({
    name: `RABBITMQ_${service}_PASSWORD`,
    comment: `docker compose only: the ${service.toLowerCase()} service's own RabbitMQ user (docker/rabbitmq).`,
    value: secret,
  })),
];

const laterSecretLines = (missing: typeof LATER_SECRETS) =>
  missing.flatMap(({ name, comment, value }) => [`# ${comment}`, `${name}=${value()}`]);

/** A fresh local setup: its own signing keys, service and signing secrets, passwords and admin. */
export function generateEnvFile(): string {
  const { privateKey, publicKey } = generateKeyPairSync("ec", {
    namedCurve: "P-256",
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return [
    "# Made by `npm start` on first run for this checkout; not committed. Delete it to start over.",
    "# ES256 key pair: the users subgraph signs access tokens, every service verifies them.",
    `JWT_PRIVATE_KEY="${oneLine(privateKey)}"`,
    `JWT_PUBLIC_KEY="${oneLine(publicKey)}"`,
    "# Signs service-to-service tokens (orders -> products).",
    `SERVICE_TOKEN_SECRET=${secret()}`,
    ...laterSecretLines(LATER_SECRETS),
    "# The admin account seeded on first start.",
    `ADMIN_EMAIL=${DEFAULT_ADMIN_EMAIL}`,
    `ADMIN_PASSWORD=${randomBytes(12).toString("base64url")}`,
    "",
  ].join("\n");
}

/**
 * The environment for `npm start`: `.env` (written once with generated secrets when missing),
 * overridden by the process environment.
 */
export function loadEnv(
  path: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): { env: Record<string, string>; created: boolean } {
  const created = !existsSync(path);
  if (created) writeFileSync(path, generateEnvFile(), { mode: 0o600 });
  let fromFile = parseEnv(readFileSync(path, "utf8"));
  const missing = LATER_SECRETS.filter(({ name }) => !fromFile[name]);
  if (missing.length > 0) {
    appendFileSync(path, ["", ...laterSecretLines(missing), ""].join("\n"));
    fromFile = parseEnv(readFileSync(path, "utf8"));
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...fromFile, ...processEnv })) {
    if (value !== undefined) env[name] = value;
  }
  return { env, created };
}

/**
 * The admin line of `npm start`'s summary. The password is a secret that terminals, CI logs and
 * screen shares keep: it is shown once, on the start that generated it, and only pointed at after.
 */
export function adminSummary(
  env: Record<string, string>,
  created: boolean,
  processEnv: NodeJS.ProcessEnv = process.env,
): string {
  const email = env["ADMIN_EMAIL"] ?? DEFAULT_ADMIN_EMAIL;
  if (env["ADMIN_PASSWORD"] === undefined) return `${email} (ADMIN_PASSWORD is not set)`;
  if (created && processEnv["ADMIN_PASSWORD"] === undefined) {
    return `${email} / ${env["ADMIN_PASSWORD"]} (shown this once; ADMIN_PASSWORD in .env keeps it)`;
  }
  return `${email} (password: ADMIN_PASSWORD in .env or the environment)`;
}
