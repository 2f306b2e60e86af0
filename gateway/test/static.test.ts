import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { closeServer, createHttpServer, createLogger, listen } from "@shopgraph/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeXml, initials, placeholderSvg, productImages } from "../src/images.js";
import { acceptedEncodings, staticFiles } from "../src/static-files.js";

let server: Server;
let origin: string;
const web = mkdtempSync(join(tmpdir(), "web-dist-"));

beforeAll(async () => {
  mkdirSync(join(web, "assets"));
  writeFileSync(join(web, "index.html"), "<!doctype html><title>Shopgraph</title>");
  writeFileSync(join(web, "assets", "index-3f2a1b.js"), "console.log('shop')");
  writeFileSync(join(web, "assets", "index-3f2a1b.js.gz"), gzipSync("console.log('shop')"));
  writeFileSync(join(web, "assets", "index-3f2a1b.js.br"), brotliCompressSync("console.log('shop')"));
  writeFileSync(join(web, "assets", "index-3f2a1b.js.map"), `{"sources":["../src/main.tsx"]}`);
  writeFileSync(join(web, "assets", "vendor-9c8d7e.js"), "console.log('vendor')");
  writeFileSync(join(web, "assets", "vendor-9c8d7e.js.gz"), gzipSync("console.log('vendor')"));
  writeFileSync(join(web, "favicon.svg"), "<svg/>");
  server = createHttpServer(
    [productImages(), staticFiles(web, { imageOrigins: ["https://cdn.example.com", "https://img.example.org"] })],
    createLogger("test", "silent"),
  );
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

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "").split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("the shop's security headers", () => {
  it.each(["/", "/products/blue-shirt", "/assets/index-3f2a1b.js", "/favicon.svg"])(
    "%s carries a strict Content-Security-Policy, Referrer-Policy and nosniff",
    async (path) => {
      const response = await get(path, { accept: "text/html" });
      expect(response.status).toBe(200);
      const csp = directives(response.headers.get("content-security-policy"));
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.get("style-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("img-src")).toEqual(["'self'", "data:", "https://cdn.example.com", "https://img.example.org"]);
      const host = new URL(origin).host;
      expect(csp.get("connect-src")).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
      expect(response.headers.get("content-security-policy")).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it("names no websocket host it cannot vouch for", async () => {
    const { request } = await import("node:http");
    const policy = await new Promise<string>((resolve, reject) => {
      const req = request(`${origin}/`, { headers: { host: "evil.example;script-src *" } }, (response) => {
        response.resume();
        resolve(String(response.headers["content-security-policy"]));
      });
      req.on("error", reject).end();
    });
    expect(directives(policy).get("connect-src")).toEqual(["'self'"]);
    expect(directives(policy).get("script-src")).toEqual(["'self'"]);
  });
});

describe("precompressed assets", () => {
  it("sends the brotli copy to a client that accepts br, the gzip one to a client that accepts only gzip", async () => {
    const br = await get("/assets/index-3f2a1b.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("accept-encoding");
    expect(br.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await br.text()).toBe("console.log('shop')");

    const gzip = await get("/assets/index-3f2a1b.js", { "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe("console.log('shop')");
    expect(gzip.headers.get("etag")).not.toBe(br.headers.get("etag"));
  });

  it("sends the file as it is when no accepted copy exists or the client refuses every coding", async () => {
    const brOnly = await get("/assets/vendor-9c8d7e.js", { "accept-encoding": "br" });
    expect(brOnly.headers.get("content-encoding")).toBeNull();
    expect(await brOnly.text()).toBe("console.log('vendor')");
    const refused = await get("/assets/index-3f2a1b.js", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect(refused.headers.get("vary")).toBe("accept-encoding");
    expect(await refused.text()).toBe("console.log('shop')");
  });

  it("reads Accept-Encoding as RFC 9110 does: q=0 refuses, * stands for the rest", () => {
    expect([...acceptedEncodings("gzip, br;q=0.5")].sort()).toEqual(["br", "gzip"]);
    expect([...acceptedEncodings("br;q=0, *")]).toEqual(["gzip"]);
    expect([...acceptedEncodings("*;q=0")]).toEqual([]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings("GZIP ; Q=1")]).toEqual(["gzip"]);
  });

  it.each(["/assets/index-3f2a1b.js.map", "/assets/index-3f2a1b.js.br", "/assets/index-3f2a1b.js.gz"])(
    "never serves %s (source maps and the compressed copies by their own name)",
    async (path) => {
      expect((await get(path, { accept: "text/html" })).status).toBe(404);
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
