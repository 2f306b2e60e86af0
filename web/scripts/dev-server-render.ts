import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";

/** What src/entry-server.tsx exports, as far as the dev server uses it. */
interface ServerEntry {
  render(request: {
    url: string;
    origin: string;
    execute(operation: { query: string; variables?: Record<string, unknown> }): Promise<unknown>;
  }): Promise<{ status: number; head: string; html: string; state: string }>;
  fillFrame(frame: string, page: { status: number; head: string; html: string; state: string }): string;
}

/** The pages the gateway renders on the server (gateway/src/pages.ts): the catalog and products. */
const PAGE = /^\/(?:products\/[^/]+)?$/;

/**
 * `npm run dev`: the catalog, category and product pages rendered on the server as the gateway
 * renders them, from the sources (Vite's ssrLoadModule, so edits show on reload), their queries
 * sent to the gateway's /graphql (outside production it takes documents as text). A page that
 * cannot be rendered (the gateway not running) is left to the browser.
 */
export function devServerRender(gateway: string): Plugin {
  return {
    name: "shopgraph-dev-server-render",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (req.method !== "GET" || !PAGE.test(url.pathname) || !(req.headers.accept ?? "").includes("text/html")) {
          next();
          return;
        }
        const execute = async (operation: { query: string; variables?: Record<string, unknown> }) => {
          const response = await fetch(`${gateway}/graphql`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              ...(req.headers["accept-language"] ? { "accept-language": req.headers["accept-language"] } : {}),
            },
            body: JSON.stringify(operation),
          });
          return response.json();
        };
        void (async () => {
          const source = await readFile(join(server.config.root, "index.html"), "utf8");
          const frame = await server.transformIndexHtml(url.pathname + url.search, source);
          const entry = (await server.ssrLoadModule("/src/entry-server.tsx")) as unknown as ServerEntry;
          const page = await entry.render({
            url: url.pathname + url.search,
            origin: `http://${req.headers.host ?? "localhost:5173"}`,
            execute,
          });
          res.statusCode = page.status;
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.end(entry.fillFrame(frame, page));
        })().catch((error: unknown) => {
          server.config.logger.warn(
            `server render of ${url.pathname} failed, the browser renders it: ${String(error)}`,
          );
          next();
        });
      });
    },
  };
}
