import { readEventPublishers, type EventPublishers } from "./broker/publishers.js";
import { StartupError } from "./startup-error.js";

/**
 * Typed configuration from environment variables. Every reader names the variable it read, so a
 * malformed value fails at start with a message an operator can act on.
 */
export class ConfigError extends StartupError {
  override name = "ConfigError";
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface EnvReader {
  string(name: string, fallback?: string): string;
  optional(name: string): string | undefined;
  int(name: string, fallback: number, bounds?: { min?: number; max?: number }): number;
  bool(name: string, fallback: boolean): boolean;
  url(name: string, fallback: string, protocols: readonly string[]): string;
  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T;
}

export function envReader(env: Env = process.env): EnvReader {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  const malformed = (name: string, value: string, expected: string): never => {
    throw new ConfigError(`${name} must be ${expected}, got "${value}"`);
  };

  return {
    string(name, fallback) {
      const value = raw(name) ?? fallback;
      if (value === undefined) throw new ConfigError(`${name} is required but not set`);
      return value;
    },
    optional: raw,
    int(name, fallback, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}) {
      const value = raw(name);
      if (value === undefined) return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        malformed(name, value, `an integer between ${min} and ${max}`);
      }
      return parsed;
    },
    bool(name, fallback) {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (["1", "true", "yes", "on"].includes(value)) return true;
      if (["0", "false", "no", "off"].includes(value)) return false;
      return malformed(name, value, "true or false");
    },
    url(name, fallback, protocols) {
      const value = raw(name) ?? fallback;
      let parsed: URL;
      try {
        parsed = new URL(value);
      } catch {
        return malformed(name, value, `a URL (${protocols.join(", ")})`);
      }
      if (!protocols.includes(parsed.protocol.replace(/:$/, ""))) {
        malformed(name, value, `a URL with protocol ${protocols.join(" or ")}`);
      }
      return value;
    },
    oneOf(name, values, fallback) {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!(values as readonly string[]).includes(value)) malformed(name, value, `one of ${values.join(", ")}`);
      return value as (typeof values)[number];
    },
  };
}

/** PEM keys travel through env on one line in some setups (docker, CI); accept "\n" escapes. */
export function pemFromEnv(value: string): string {
  return value.includes("\\n") ? value.replaceAll("\\n", "\n") : value;
}

export const nodeEnvs = ["development", "production", "test"] as const;
export type NodeEnv = (typeof nodeEnvs)[number];

export const logLevels = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

/** What every service (the gateway and each subgraph) reads to run: where, how it logs, in which mode. */
export interface ServiceConfig {
  nodeEnv: NodeEnv;
  logLevel: string;
  host: string;
  port: number;
}

export function readServiceConfig(env: EnvReader, defaultPort: number): ServiceConfig {
  return {
    nodeEnv: env.oneOf("NODE_ENV", nodeEnvs, "development"),
    logLevel: env.oneOf("LOG_LEVEL", logLevels, "info"),
    host: env.string("HOST", "0.0.0.0"),
    port: env.int("PORT", defaultPort, { min: 0, max: 65535 }),
  };
}

/** How a service verifies the access tokens users signs: its ES256 public key and issuer. */
export interface AccessTokenKeyConfig {
  /** PEM public key that verifies access tokens (ES256) signed by the users subgraph. */
  jwtPublicKey: string;
  jwtIssuer: string;
}

export function readAccessTokenKey(env: EnvReader): AccessTokenKeyConfig {
  return {
    jwtPublicKey: pemFromEnv(env.string("JWT_PUBLIC_KEY")),
    jwtIssuer: env.string("JWT_ISSUER", "shopgraph"),
  };
}

/** `REQUEST_SIGNING_SECRET`: long enough that guessing it is out of the question. */
export function readRequestSigningSecret(env: EnvReader): string {
  const secret = env.string("REQUEST_SIGNING_SECRET");
  if (secret.length < 32) {
    throw new ConfigError("REQUEST_SIGNING_SECRET must be at least 32 characters (npm start generates one in .env)");
  }
  return secret;
}

export interface EventsConfig {
  amqpUrl: string;
  /** The topic exchange every event goes through. */
  exchange: string;
  /** The AMQP user each producing service publishes as: consumers believe an event only from its producer. */
  publishers: EventPublishers;
}

export function readEventsConfig(env: EnvReader): EventsConfig {
  const amqpUrl = env.url("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672", ["amqp", "amqps"]);
  return {
    amqpUrl,
    exchange: env.string("EVENTS_EXCHANGE", "shop.events"),
    publishers: readEventPublishers(env, amqpUrl),
  };
}
