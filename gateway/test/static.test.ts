import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeServer, createHttpServer, createLogger, listen } from "@shopgraph/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeXml, initials, placeholderSvg, productImages } from "../src/images.js";
import { staticFiles } from "../src/static-files.js";

let server: Server;
let origin: string;
const web = mkdtempSync(join(tmpdir(), "web-dist-"));

beforeAll(async () => {
  mkdirSync(join(web, "assets"));
  writeFileSync(join(web, "index.html"), "<!doctype html><title>Shopgraph</title>");
  writeFileSync(join(web, "assets", "index-3f2a1b.js"), "console.log('shop')");
  writeFileSync(join(web, "favicon.svg"), "<svg/>");
  server = createHttpServer([productImages(), staticFiles(web)], createLogger("test", "silent"));
  origin = `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}`;
});
afterAll(async () => {
  await closeServer(server);
  rmSync(web, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

describe("the web shop", () => {
  it("serves index.html at / and revalidates it on every visit", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("<title>Shopgraph</title>");
  });

  it("lets clients keep content-hashed assets for a year", async () => {
    const response = await get("/assets/index-3f2a1b.js");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe("console.log('shop')");
  });

  it("answers a deep link that asks for a page with index.html (client-side routes)", async () => {
    const response = await get("/products/blue-shirt", { accept: "text/html,application/xhtml+xml" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Shopgraph</title>");
  });

  it("answers 304 when the client's copy is current", async () => {
    const etag = (await get("/favicon.svg")).headers.get("etag")!;
    expect((await get("/favicon.svg", { "if-none-match": etag })).status).toBe(304);
  });

  it.each(["/assets/missing.js", "/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/products/x"])(
    "answers 404 for %s",
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );
});

describe("placeholder product images", () => {
  it("serves an SVG with the name's initials, the same for the same slug every time", async () => {
    const first = await get("/images/products/classic-denim-jacket.svg");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/svg+xml");
    expect(first.headers.get("cache-control")).toBe("public, max-age=86400");
    const svg = await first.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">CD</text>");
    expect(await (await get("/images/products/classic-denim-jacket.svg")).text()).toBe(svg);
  });

  it("gives different products different colours", () => {
    const fill = (slug: string) => /<rect width="600" height="600" fill="([^"]+)"/.exec(placeholderSvg(slug))?.[1];
    const fills = new Set(["linen-shirt", "wool-scarf", "canvas-tote", "leather-belt", "rain-jacket"].map(fill));
    expect(fills.size).toBeGreaterThan(1);
  });

  it.each(["/images/products/Bad_Slug.svg", "/images/products/%3Cscript%3E.svg", "/images/products/a/b.svg"])(
    "answers 404 for %s",
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it("escapes whatever it interpolates", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
    expect(initials("3-piece-suit")).toBe("PS");
  });
});
