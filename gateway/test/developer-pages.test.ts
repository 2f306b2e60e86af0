import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeServer, createHttpServer, createLogger, listen, type RequestHandler } from "@shopgraph/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../src/config.js";
import { apiDocs, graphiql, notServed } from "../src/developer-pages.js";

const root = mkdtempSync(join(tmpdir(), "developer-pages-"));
const docs = join(root, "docs");
const ide = join(root, "graphiql");
/** What answers when no developer page did: the API (here a stand-in). */
const api: RequestHandler = (_req, res) => {
  res.writeHead(418).end("the API");
  return true;
};

async function serve(handlers: RequestHandler[]): Promise<{ server: Server; origin: string }> {
  const server = createHttpServer([...handlers, api], createLogger("test", "silent"));
  return { server, origin: `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}` };
}

let enabled: { server: Server; origin: string };
let disabled: { server: Server; origin: string };

beforeAll(async () => {
  mkdirSync(docs);
  writeFileSync(join(docs, "index.html"), "<title>storefront reference</title>");
  writeFileSync(join(docs, "admin.html"), "<title>admin reference</title>");
  writeFileSync(join(docs, "reference.css"), "body{}");
  mkdirSync(join(ide, "assets"), { recursive: true });
  writeFileSync(join(ide, "index.html"), '<script type="module" src="/graphiql/assets/index-1.js"></script>');
  writeFileSync(join(ide, "assets", "index-1.js"), "console.log('graphiql')");
  enabled = await serve([...graphiql(ide), ...apiDocs(docs)]);
  disabled = await serve([notServed("/graphiql")]);
});
afterAll(async () => {
  await closeServer(enabled.server);
  await closeServer(disabled.server);
  rmSync(root, { recursive: true, force: true });
});

const html = { accept: "text/html,application/xhtml+xml" };

describe("the API reference at /docs/", () => {
  it("sends /docs to /docs/, where the pages' relative links resolve", async () => {
    const response = await fetch(`${enabled.origin}/docs`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/docs/");
  });

  it("serves the storefront page, the admin page and the stylesheet under a policy that allows no script", async () => {
    const page = await fetch(`${enabled.origin}/docs/`, { headers: html });
    expect(await page.text()).toContain("storefront reference");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("script-src");
    expect(await (await fetch(`${enabled.origin}/docs/admin.html`)).text()).toContain("admin reference");
    const css = await fetch(`${enabled.origin}/docs/reference.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("leaves other paths to the next handler (no page fallback)", async () => {
    expect((await fetch(`${enabled.origin}/docs/nope`, { headers: html })).status).toBe(418);
    expect((await fetch(`${enabled.origin}/docsx`, { headers: html })).status).toBe(418);
  });
});

describe("GraphiQL", () => {
  it("is served at /graphiql and its assets under /graphiql/assets, with no unsafe-eval", async () => {
    const page = await fetch(`${enabled.origin}/graphiql`, { headers: html });
    expect(await page.text()).toContain("/graphiql/assets/index-1.js");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    const host = new URL(enabled.origin).host;
    expect(policy).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    expect(policy).not.toContain("unsafe-eval");
    const script = await fetch(`${enabled.origin}/graphiql/assets/index-1.js`);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("is what a browser gets at /graphql; operations (POST, or a GET with query) reach the API", async () => {
    expect(await (await fetch(`${enabled.origin}/graphql`, { headers: html })).text()).toContain("/graphiql/assets/");
    expect((await fetch(`${enabled.origin}/graphql?query=%7B__typename%7D`, { headers: html })).status).toBe(418);
    expect((await fetch(`${enabled.origin}/graphql`, { headers: { accept: "application/json" } })).status).toBe(418);
    expect((await fetch(`${enabled.origin}/graphql`, { method: "POST", headers: html, body: "{}" })).status).toBe(418);
  });

  it("answers 404 for /graphiql and its assets when it is switched off, and leaves /graphql to the API", async () => {
    expect((await fetch(`${disabled.origin}/graphiql`, { headers: html })).status).toBe(404);
    expect((await fetch(`${disabled.origin}/graphiql/assets/index-1.js`)).status).toBe(404);
    expect((await fetch(`${disabled.origin}/graphql`, { headers: html })).status).toBe(418);
  });
});

describe("configuration", () => {
  const required = { JWT_PUBLIC_KEY: "unused", REQUEST_SIGNING_SECRET: "x".repeat(32) };

  it("serves GraphiQL and the reference outside production, neither in production unless asked", () => {
    for (const NODE_ENV of ["development", "test"]) {
      const config = readGatewayConfig({ ...required, NODE_ENV });
      expect([config.graphiql.enabled, config.apiDocs.enabled]).toEqual([true, true]);
    }
    const production = readGatewayConfig({ ...required, NODE_ENV: "production" });
    expect([production.graphiql.enabled, production.apiDocs.enabled]).toEqual([false, false]);
    const opted = readGatewayConfig({ ...required, NODE_ENV: "production", GRAPHIQL: "true", API_DOCS: "true" });
    expect([opted.graphiql.enabled, opted.apiDocs.enabled]).toEqual([true, true]);
    expect(readGatewayConfig({ ...required, GRAPHIQL: "false" }).graphiql.enabled).toBe(false);
  });
});
