import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { RequestHandler } from "@shopgraph/platform";
import { shopHeaders } from "./shop-headers.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/**
 * Vite puts content-hashed files under assets/: they never change, so clients keep them for a
 * year. index.html names the current hashes, so it is revalidated on every visit.
 */
function cacheControl(relativePath: string): string {
  if (relativePath.startsWith(`assets${sep}`)) return "public, max-age=31536000, immutable";
  if (relativePath === "index.html") return "no-cache";
  return "public, max-age=3600";
}

/** Text formats the build precompresses (web/vite.config.ts), best first: brotli, then gzip. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".webmanifest"]);
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Never served: source maps (production builds make none; a stray one would publish the source)
 * and the precompressed copies themselves, which only go out as an encoding of their original.
 */
const PRIVATE = /\.(?:map|br|gz)$/i;

/** Content codings an Accept-Encoding header allows (q=0 refuses one; `*` stands for any other). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const allowed = new Set<string>();
  const refused = new Set<string>();
  let wildcard = false;
  for (const part of (header ?? "").split(",")) {
    const [token = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (!token) continue;
    const q = params.find((param) => param.startsWith("q="));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (token === "*") wildcard = accepted;
    else (accepted ? allowed : refused).add(token);
  }
  if (wildcard) for (const { name } of ENCODINGS) if (!refused.has(name)) allowed.add(name);
  return allowed;
}

export interface StaticFilesOptions {
  /** Origins product images may come from (IMAGE_ORIGINS), for the Content-Security-Policy. */
  imageOrigins?: readonly string[];
  /** Where the files are mounted: `/graphiql` serves `root` at /graphiql and /graphiql/...; the site root when omitted. */
  prefix?: string;
  /** The security headers of every response (by the request's Host); the shop's when omitted. */
  securityHeaders?: (host: string | undefined) => Record<string, string>;
  /** Whether a GET for a page that is not a file gets index.html (client-side routes); true when omitted. */
  pageFallback?: boolean;
}

/**
 * Serves the built web shop from `root`: files as they are (or their precompressed copy when the
 * client accepts it), and index.html for any other GET that asks for a page (client-side routes
 * such as /products/blue-shirt), so reloading a deep link works. Paths that look like files and
 * do not exist stay 404. Every response carries the shop's security headers (shop-headers.ts).
 */
export function staticFiles(root: string, options: StaticFilesOptions = {}): RequestHandler {
  const { imageOrigins = [], prefix = "", pageFallback = true } = options;
  const securityHeaders = options.securityHeaders ?? ((host) => shopHeaders(imageOrigins, host));
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return false;
    }
    if (prefix) {
      if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return false;
      pathname = pathname.slice(prefix.length) || "/";
    }
    const relativePath = normalize(pathname).replace(/^[/\\]+/, "") || "index.html";
    if (relativePath.startsWith("..") || relativePath.includes("\0") || PRIVATE.test(relativePath)) return false;

    let file = await regularFile(join(root, relativePath));
    let served = relativePath;
    if (!file && pageFallback && !extname(relativePath) && (req.headers.accept ?? "").includes("text/html")) {
      file = await regularFile(join(root, "index.html"));
      served = "index.html";
    }
    if (!file) return false;

    const compressible = COMPRESSIBLE.has(extname(served));
    let path = join(root, served);
    let encoding: string | undefined;
    if (compressible) {
      const accepted = acceptedEncodings(req.headers["accept-encoding"]);
      for (const { name, suffix } of ENCODINGS) {
        const compressed = accepted.has(name) ? await regularFile(`${path}${suffix}`) : undefined;
        if (compressed) {
          file = compressed;
          path = `${path}${suffix}`;
          encoding = name;
          break;
        }
      }
    }

    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ""}"`;
    const headers: Record<string, string> = {
      ...securityHeaders(req.headers.host),
      "content-type": CONTENT_TYPES[extname(served)] ?? "application/octet-stream",
      "cache-control": cacheControl(served),
      etag,
    };
    if (compressible) headers["vary"] = "accept-encoding";
    if (encoding) headers["content-encoding"] = encoding;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, "content-length": file.size });
    if (req.method === "HEAD") {
      res.end();
    } else {
      createReadStream(path).pipe(res);
    }
    return true;
  };
}

async function regularFile(path: string) {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info : undefined;
}
