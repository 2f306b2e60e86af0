import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { RequestHandler } from "@shopgraph/platform";
import { staticFiles } from "./static-files.js";

/** A Host header worth repeating in a policy: a name or an IP literal, and a port (as shop-headers.ts). */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const COMMON = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

/** The API reference is one page and its stylesheet: no script at all, nothing from another host. */
export function apiDocsHeaders(): Record<string, string> {
  return {
    ...COMMON,
    "content-security-policy": [
      "default-src 'none'",
      "style-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  };
}

/**
 * GraphiQL's Content-Security-Policy: scripts, Monaco's workers, fonts and styles from the gateway
 * only, requests to the gateway only (its websocket named too: browsers before CSP 3 do not count
 * ws: as 'self'). No 'unsafe-eval'. Styles need 'unsafe-inline': Monaco writes <style> elements
 * and React style attributes at run time (scripts stay strict, so this cannot run code).
 */
export function graphiqlHeaders(host: string | undefined): Record<string, string> {
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : "";
  return {
    ...COMMON,
    "content-security-policy": [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      `connect-src 'self'${sockets}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  };
}

/** /docs/ (and /docs, sent there so the pages' relative links resolve): the generated API reference. */
export function apiDocs(dir: string): RequestHandler[] {
  return [
    (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname !== "/docs" || (req.method !== "GET" && req.method !== "HEAD")) return false;
      res.writeHead(301, { location: `/docs/${url.search}`, ...apiDocsHeaders() }).end();
      return true;
    },
    staticFiles(dir, { prefix: "/docs", pageFallback: false, securityHeaders: apiDocsHeaders }),
  ];
}

/**
 * 404 for `prefix` and everything under it: GraphiQL's build lives inside the shop's (web/dist),
 * whose file server would otherwise hand it out when GraphiQL is switched off.
 */
export function notServed(prefix: string): RequestHandler {
  return (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return false;
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    return true;
  };
}

/** Whether a request to /graphql is a browser opening the page rather than a client sending an operation. */
function isBrowserVisit(method: string | undefined, url: URL, accept: string | undefined): boolean {
  return (
    (method === "GET" || method === "HEAD") &&
    url.pathname === "/graphql" &&
    !url.searchParams.has("query") &&
    (accept ?? "").includes("text/html")
  );
}

/**
 * The self-hosted GraphiQL built into `dir` (web/dist/graphiql): at /graphiql, and on a browser's
 * GET of /graphql (the landing page; a GET carrying `query` is still an operation).
 */
export function graphiql(dir: string): RequestHandler[] {
  const index = join(dir, "index.html");
  return [
    async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (!isBrowserVisit(req.method, url, req.headers.accept)) return false;
      const info = await stat(index).catch(() => undefined);
      if (!info?.isFile()) return false;
      res.writeHead(200, {
        ...graphiqlHeaders(req.headers.host),
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-cache",
        "content-length": info.size,
      });
      if (req.method === "HEAD") res.end();
      else createReadStream(index).pipe(res);
      return true;
    },
    staticFiles(dir, { prefix: "/graphiql", pageFallback: false, securityHeaders: graphiqlHeaders }),
  ];
}
