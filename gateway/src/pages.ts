import { readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import type { Logger, RequestHandler } from "@shopgraph/platform";
import type { FormattedExecutionResult } from "graphql";
import type { IncomingMessage, ServerResponse } from "node:http";
import { shopHeaders } from "./shop-headers.js";
import { Slots } from "./slots.js";

/** One operation of a page, as web/src/ssr/execute.ts sends it. */
export interface PageOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export type PageExecute = (operation: PageOperation) => Promise<FormattedExecutionResult>;

/** What web/dist-server/entry-server.js exports (web/src/entry-server.tsx). */
interface ServerEntry {
  render(request: {
    url: string;
    origin: string;
    execute: PageExecute;
    signal?: AbortSignal;
    onError?: (error: unknown) => void;
  }): Promise<{
    status: number;
    head: string;
    html: string;
    state: string;
  }>;
  renderSitemap(request: { origin: string; execute: PageExecute }): Promise<string>;
  fillFrame(frame: string, page: Awaited<ReturnType<ServerEntry["render"]>>): string;
}

export interface ServerPagesOptions {
  /** The server render's bundle (WEB_SSR_ENTRY, web/dist-server/entry-server.js). */
  entry: string;
  /** The built shop (WEB_DIST): its index.html is every page's frame, naming the hashed scripts. */
  webDist: string;
  /** The shop's public URL (SHOP_URL): canonical URLs, Open Graph, the sitemap. */
  origin: string;
  /** Runs a page's operation as the visitor who asked for the page (anonymously). */
  execute: (req: IncomingMessage) => PageExecute;
  imageOrigins: readonly string[];
  log: Logger;
  /** Pages rendered at once; a page asked for beyond that is the static index.html. */
  maxRendersInFlight?: number;
}

/**
 * A render is CPU on the gateway's one thread for every anonymous visit: past this many at once,
 * a page goes out as the static index.html (the browser renders it) instead of queueing.
 */
const RENDERS_IN_FLIGHT = 8;

/** A page takes at most this long to render; after it the browser renders it (index.html). */
const RENDER_TIMEOUT_MS = 5_000;

/**
 * The sitemap is the same for every visitor and walks the whole catalog (a query per 100
 * products): one render serves every request for this long, and requests during it wait for it.
 */
const SITEMAP_KEPT_MS = 5 * 60_000;

/** The pages rendered on the server: the catalog (and its category pages, `/?category=`) and products. */
const PAGE = /^\/(?:products\/[^/]+)?$/;

/** Crawlers may read the shop's pages, not its private ones; the sitemap says where the pages are. */
export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    ...["/admin", "/cart", "/checkout", "/account", "/orders", "/guest-order", "/graphql", "/graphiql"].map(
      (path) => `Disallow: ${path}`,
    ),
    "",
    `Sitemap: ${new URL("/sitemap.xml", `${origin}/`).href}`,
    "",
  ].join("\n");
}

/**
 * Server-rendered pages, sitemap.xml and robots.txt. The bundle and the frame load on first use;
 * without them (the shop not built) nothing is answered here, and a render that fails or takes too
 * long leaves the page to the static index.html (rendered in the browser), so a page is never
 * lost to the server render.
 */
export function serverPages(options: ServerPagesOptions): RequestHandler {
  let loaded: Promise<{ entry: ServerEntry; frame: string } | undefined> | undefined;
  let loadedAt = 0;
  const load = async () => {
    // A rebuilt shop (npm start rebuilds web/ when stale) is picked up at its next page.
    const built = (await stat(options.entry).catch(() => undefined))?.mtimeMs ?? 0;
    if (!loaded || built !== loadedAt) {
      loadedAt = built;
      loaded = (async () => {
        if (!built) return undefined;
        const [entry, frame] = await Promise.all([
          import(`${pathToFileURL(options.entry).href}?v=${built}`) as Promise<ServerEntry>,
          readFile(`${options.webDist}/index.html`, "utf8"),
        ]);
        return { entry, frame };
      })().catch((error: unknown) => {
        options.log.error({ err: error, entry: options.entry }, "the server render could not be loaded");
        return undefined;
      });
    }
    return loaded;
  };

  let sitemap: { xml: Promise<string>; until: number } | undefined;
  const sitemapXml = (entry: ServerEntry, execute: PageExecute): Promise<string> => {
    if (!sitemap || sitemap.until <= Date.now()) {
      const xml = entry.renderSitemap({ origin: options.origin, execute });
      const kept = { xml, until: Date.now() + SITEMAP_KEPT_MS };
      sitemap = kept;
      // A failed render is not kept: the next request tries again.
      xml.catch(() => {
        if (sitemap === kept) sitemap = undefined;
      });
    }
    return sitemap.xml;
  };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    cache: string,
  ) => {
    res.writeHead(status, {
      ...shopHeaders(options.imageOrigins, req.headers.host),
      "content-type": type,
      "cache-control": cache,
      "content-length": Buffer.byteLength(body),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const renders = new Slots(options.maxRendersInFlight ?? RENDERS_IN_FLIGHT);

  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      return false;
    }
    if (url.pathname === "/robots.txt") {
      send(req, res, 200, "text/plain; charset=utf-8", robotsTxt(options.origin), "public, max-age=3600");
      return true;
    }
    if (url.pathname !== "/sitemap.xml" && !PAGE.test(url.pathname)) return false;
    const app = await load();
    if (!app) return false;
    const execute = options.execute(req);
    try {
      if (url.pathname === "/sitemap.xml") {
        const xml = await sitemapXml(app.entry, execute);
        send(req, res, 200, "application/xml; charset=utf-8", xml, "public, max-age=3600");
        return true;
      }
      // All renders busy: the browser renders this page (the shell is served instead).
      const release = renders.tryTake();
      if (!release) return false;
      let page: Awaited<ReturnType<ServerEntry["render"]>>;
      try {
        page = await app.entry.render({
          url: url.pathname + url.search,
          origin: options.origin,
          execute,
          signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
          onError: (error) =>
            options.log.warn(
              { err: error, path: url.pathname },
              "a part of the page failed to render: the browser renders it",
            ),
        });
      } finally {
        // Also when render throws before it returns a promise: the slot is never kept.
        release();
      }
      const html = app.entry.fillFrame(app.frame, page);
      // Prices and stock change: the page is revalidated on every visit, like index.html.
      send(req, res, page.status, "text/html; charset=utf-8", html, "no-cache");
      return true;
    } catch (error) {
      options.log.warn({ err: error, path: url.pathname }, "server render failed: the browser renders the page");
      return false;
    }
  };
}
