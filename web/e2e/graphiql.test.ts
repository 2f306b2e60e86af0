import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";
import { collectCspViolations, collectErrors, launchChromium, screenshot } from "./browser.js";

const WEB = resolve(import.meta.dirname, "..");

/** The documents GraphiQL opens as tabs: the partner examples and the shop's own, those with an operation. */
function documentsWithAnOperation(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith(".graphql")
          ? [join(dir, entry.name)]
          : [],
    );
  return [...walk(join(WEB, "graphiql/examples")), ...walk(join(WEB, "src"))].filter((path) =>
    /^(query|mutation|subscription)\b/m.test(readFileSync(path, "utf8")),
  );
}

let stack: SupergraphUnderTest;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let violations: string[];
/** Every request the page made to a host other than the gateway (each refused). */
const elsewhere: string[] = [];

describe("GraphiQL, self-hosted at /graphiql", () => {
  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: { SEED_DEMO_CATALOG: "true" },
      // Development: the gateway answers introspection, which GraphiQL's schema comes from.
      gatewayEnv: { WEB_DIST: resolve(WEB, "dist"), NODE_ENV: "development" },
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
    // Offline but for the gateway: anything for another host is recorded and refused.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(stack.origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      elsewhere.push(url);
      return route.abort("blockedbyclient");
    });
    page = await context.newPage();
    errors = collectErrors(page);
    violations = await collectCspViolations(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it("renders the editor with the shop's and the partner examples as tabs, asking no other host for anything", async () => {
    const response = await page.goto(`${stack.origin}/graphiql`);
    expect(response?.status()).toBe(200);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");

    await page.locator(".graphiql-container").waitFor();
    await page.locator(".graphiql-query-editor .monaco-editor").waitFor();
    const tabs = page.locator(".graphiql-tab");
    await expect.poll(() => tabs.count()).toBe(documentsWithAnOperation().length);
    expect(await tabs.first().innerText()).toContain("PartnerCatalog");
    await screenshot(page, "graphiql");
    expect(elsewhere).toEqual([]);
  }, 60_000);

  it("runs an operation against the gateway and shows its answer", async () => {
    await page.locator(".graphiql-tab").first().click();
    await page.locator(".graphiql-execute-button").click();
    await expect
      .poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 })
      .toContain("totalCount");
    expect(await page.locator(".graphiql-response").innerText()).not.toContain('"errors"');
  }, 60_000);

  it("explores the schema through introspection, descriptions included", async () => {
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().click();
    await page.locator(".graphiql-doc-explorer").getByText("products", { exact: true }).first().click();
    await page
      .locator(".graphiql-doc-explorer")
      .getByText(/Anyone: active products matching a search/)
      .waitFor();
    expect(elsewhere).toEqual([]);
  }, 60_000);

  it("is the page a browser gets at /graphql, while clients still send operations there", async () => {
    const html = await fetch(`${stack.origin}/graphql`, { headers: { accept: "text/html" } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('src="/graphiql/assets/');
    const operation = await fetch(`${stack.origin}/graphql?query=%7B__typename%7D`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(await operation.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("loads nothing from elsewhere: no absolute URL in the page, no console error, no CSP violation", async () => {
    const html = await (await fetch(`${stack.origin}/graphiql`)).text();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });
});
