import { ConfigError } from "./config.js";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * IMAGE_ORIGINS: comma-separated origins product images may come from besides the shop itself,
 * each exactly an origin (no path, query or credentials) and https (http only on a loopback
 * host, for local development). The gateway's CSP `img-src` and the products subgraph's check of
 * image URLs read it alike.
 */
export function parseImageOrigins(value: string): string[] {
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
