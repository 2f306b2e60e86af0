import { ConfigError, databaseUrl, envReader, readBaseConfig, type BaseConfig, type Env } from "@shopgraph/common";

export interface ProductsConfig extends BaseConfig {
  databaseUrl: string;
  /** Seeds the demo catalog at start when the catalog is empty. */
  seedDemoCatalog: boolean;
  /**
   * Origins (`https://cdn.example.com`) product images may come from besides the shop itself;
   * the gateway's CSP `img-src` reads the same IMAGE_ORIGINS.
   */
  imageOrigins: string[];
}

export function readProductsConfig(source: Env = process.env): ProductsConfig {
  const env = envReader(source);
  return {
    ...readBaseConfig(env, 4002),
    databaseUrl: databaseUrl(env, "products"),
    seedDemoCatalog: env.bool("SEED_DEMO_CATALOG", false),
    imageOrigins: imageOrigins(env.string("IMAGE_ORIGINS", "")),
  };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Comma-separated origins, each exactly an origin (no path, query or credentials) and https
 * (http only on a loopback host, for local development).
 */
export function imageOrigins(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(entry);
      } catch {
        url = undefined;
      }
      const secure = url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.has(url.hostname));
      if (!url || !secure || url.origin !== entry.replace(/\/$/, "").toLowerCase()) {
        throw new ConfigError(
          `IMAGE_ORIGINS must be comma-separated https origins such as https://cdn.example.com, got "${entry}"`,
        );
      }
      return url.origin;
    });
}
