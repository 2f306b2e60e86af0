import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeServer, createHttpServer, createLogger, listen } from "@shopgraph/platform";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { robotsTxt, serverPages, type PageOperation } from "../src/pages.js";
import { staticFiles } from "../src/static-files.js";

/**
 * The gateway's side of server-rendered pages, with a stand-in for web/dist-server's bundle: what
 * it puts where in the frame, which paths it takes, and that a page it cannot render is still the
 * browser-rendered index.html.
 */
const FRAME = `<!doctype html><html><head><!-- page-head: defaults --><title>Shopgraph</title><!-- /page-head --></head><body><div id="root"></div></body></html>`;
const ENTRY = `
export async function render({ url, origin, execute }) {
  if (url.startsWith("/products/broken")) throw new Error("render failed");
  const { data } = await execute({ query: "{ shop }", variables: { url } });
  const missing = url === "/products/missing";
  return {
    status: missing ? 404 : 200,
    head: "<title>" + (missing ? "Not found" : data.shop) + "</title>",
    html: "<h1>" + url + "</h1>",
    state: '<script type="application/json" id="apollo-state">{}</script>',
  };
}
export function fillFrame(frame, page) {
  return frame.replace("<!-- page-head: defaults --><title>Shopgraph</title><!-- /page-head -->", page.head).replace('<div id="root"></div>', '<div id="root">' + page.html + "</div>" + page.state);
}
export async function renderSitemap({ origin, execute }) {
  await execute({ query: "{ sitemap }" });
  return '<?xml version="1.0"?><urlset><url><loc>' + origin + '/</loc></url></urlset>';
}
`;

const dir = mkdtempSync(join(tmpdir(), "web-pages-"));
const operations: PageOperation[] = [];
let server: Server;
let origin: string;

/** While set, a render of /products/slow waits for it. */
let slowRender: Promise<void> | undefined;

function start(entry: string, maxRendersInFlight?: number) {
  return createHttpServer(
    [
      serverPages({
        entry,
        webDist: dir,
        origin: "https://shop.example",
        execute: () => async (operation) => {
          operations.push(operation);
          if (operation.variables?.["url"] === "/products/slow") await slowRender;
          return { data: { shop: "Rendered" } };
        },
        imageOrigins: [],
        log: createLogger("test", "silent"),
        maxRendersInFlight,
      }),
      staticFiles(dir),
    ],
    createLogger("test", "silent"),
  );
}

beforeAll(async () => {
  writeFileSync(join(dir, "index.html"), FRAME);
  writeFileSync(join(dir, "entry-server.mjs"), ENTRY);
  server = start(join(dir, "entry-server.mjs"));
  origin = `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}`;
});
afterAll(async () => {
  await closeServer(server);
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, accept = "text/html") => fetch(`${origin}${path}`, { headers: { accept } });

describe("server-rendered pages", () => {
  it("puts the page's head, body and cache into the frame, with the shop's headers", async () => {
    const response = await get("/products/tee?colour=black");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain("<head><title>Rendered</title></head>");
    expect(html).toContain('<div id="root"><h1>/products/tee?colour=black</h1></div><script type="application/json"');
    expect(html).not.toContain("page-head");
    expect(operations.at(-1)).toEqual({ query: "{ shop }", variables: { url: "/products/tee?colour=black" } });
  });

  it("answers with the page's status (an unknown product's 404), and to curl's Accept too", async () => {
    expect((await get("/products/missing", "*/*")).status).toBe(404);
    expect((await get("/", "*/*")).status).toBe(200);
  });

  it("leaves other paths to the static files: client-side routes, assets, nested product paths", async () => {
    for (const path of ["/cart", "/products/tee/reviews", "/checkout"]) {
      const html = await (await get(path)).text();
      expect(html, path).toBe(FRAME);
    }
  });

  it("serves the browser-rendered frame when the render fails", async () => {
    const response = await get("/products/broken");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FRAME);
  });

  it("serves the frame when the shop has no server render built", async () => {
    const bare = start(join(dir, "no-such-entry.mjs"));
    const port = await listen(bare, 0, "127.0.0.1");
    try {
      const response = await fetch(`http://127.0.0.1:${port}/products/tee`, { headers: { accept: "text/html" } });
      expect(await response.text()).toBe(FRAME);
      expect((await fetch(`http://127.0.0.1:${port}/sitemap.xml`)).status).toBe(404);
    } finally {
      await closeServer(bare);
    }
  });

  it("serves sitemap.xml from the render and robots.txt naming it at SHOP_URL", async () => {
    const sitemap = await get("/sitemap.xml", "*/*");
    expect(sitemap.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await sitemap.text()).toContain("<loc>https://shop.example/</loc>");
    const robots = await (await get("/robots.txt", "*/*")).text();
    expect(robots).toBe(robotsTxt("https://shop.example"));
    expect(robots).toContain("Sitemap: https://shop.example/sitemap.xml");
    expect(robots).toContain("Disallow: /admin");
  });

  it("renders the sitemap once for requests at once and after it, not once per request", async () => {
    const sitemapRenders = () => operations.filter((operation) => operation.query === "{ sitemap }").length;
    const before = sitemapRenders();
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/sitemap.xml", "*/*")));
    await get("/sitemap.xml", "*/*");
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(sitemapRenders() - before).toBeLessThanOrEqual(1);
  });

  it("serves the browser-rendered frame, not a queue, while the most renders at once are running", async () => {
    const capped = start(join(dir, "entry-server.mjs"), 1);
    const cappedOrigin = `http://127.0.0.1:${await listen(capped, 0, "127.0.0.1")}`;
    let release: (() => void) | undefined;
    try {
      slowRender = new Promise((resolve) => (release = resolve));
      const slow = fetch(`${cappedOrigin}/products/slow`);
      await vi.waitFor(() =>
        expect(operations.some((operation) => operation.variables?.["url"] === "/products/slow")).toBe(true),
      );
      const meanwhile = await (
        await fetch(`${cappedOrigin}/products/other`, { headers: { accept: "text/html" } })
      ).text();
      // The frame the browser renders: the page not in it.
      expect(meanwhile).toContain('<div id="root"></div>');
      release?.();
      expect(await (await slow).text()).toContain("<h1>/products/slow</h1>");
      expect(await (await fetch(`${cappedOrigin}/products/other`)).text()).toContain("<h1>/products/other</h1>");
    } finally {
      release?.();
      slowRender = undefined;
      await closeServer(capped);
    }
  });

  it("frees a render's slot when the bundle's render throws before returning a promise", async () => {
    const HTML = { accept: "text/html" };
    // A render that is not async: its throw comes before any promise exists.
    const syncEntry = join(dir, "entry-server-sync.mjs");
    writeFileSync(
      syncEntry,
      ENTRY.replace(
        "export async function render({ url, origin, execute }) {",
        `export function render(request) {
  if (request.url.startsWith("/products/broken")) throw new Error("render failed at once");
  return renderLater(request);
}
async function renderLater({ url, origin, execute }) {`,
      ),
    );
    const capped = start(syncEntry, 1);
    const cappedOrigin = `http://127.0.0.1:${await listen(capped, 0, "127.0.0.1")}`;
    try {
      for (let i = 0; i < 3; i++) {
        const broken = await (await fetch(`${cappedOrigin}/products/broken`, { headers: HTML })).text();
        expect(broken).toBe(FRAME);
      }
      // With the one slot kept by a throw, this page would be the frame too.
      expect(await (await fetch(`${cappedOrigin}/products/tee`, { headers: HTML })).text()).toContain(
        "<h1>/products/tee</h1>",
      );
    } finally {
      await closeServer(capped);
    }
  });

  it("leaves a request target that is no URL to the static files", async () => {
    const { hostname, port } = new URL(origin);
    const firstLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`GET //[ HTTP/1.1\r\nhost: ${hostname}\r\n\r\n`),
      );
      socket.once("data", (chunk) => {
        resolve(chunk.toString("latin1").split("\r\n")[0]!);
        socket.destroy();
      });
      socket.once("error", reject);
    });
    expect(firstLine).not.toContain("500");
  });

  it("answers HEAD with the headers alone", async () => {
    const response = await fetch(`${origin}/products/tee`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});
