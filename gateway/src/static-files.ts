import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { RequestHandler } from "@shopgraph/common";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
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

/**
 * Serves the built web shop from `root`: files as they are, and index.html for any other GET
 * that asks for a page (client-side routes such as /products/blue-shirt), so reloading a deep
 * link works. Paths that look like files and do not exist stay 404.
 */
export function staticFiles(root: string): RequestHandler {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return false;
    }
    const relativePath = normalize(pathname).replace(/^[/\\]+/, "") || "index.html";
    if (relativePath.startsWith("..") || relativePath.includes("\0")) return false;

    let file = await regularFile(join(root, relativePath));
    let served = relativePath;
    if (!file && !extname(relativePath) && (req.headers.accept ?? "").includes("text/html")) {
      file = await regularFile(join(root, "index.html"));
      served = "index.html";
    }
    if (!file) return false;

    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers = {
      "content-type": CONTENT_TYPES[extname(served)] ?? "application/octet-stream",
      "cache-control": cacheControl(served),
      etag,
      "x-content-type-options": "nosniff",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, "content-length": file.size });
    if (req.method === "HEAD") {
      res.end();
    } else {
      createReadStream(join(root, served)).pipe(res);
    }
    return true;
  };
}

async function regularFile(path: string) {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info : undefined;
}
