import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";
import { INITIAL_JS_BUDGET_BYTES } from "../scripts/bundle-size.ts";
import { collectCspViolations, collectErrors, launchChromium, measurePageLoad } from "./browser.js";

const ADMIN = { email: "admin@ssr.shopgraph.test", password: "admin-password-ssr" };
/** Canonical URLs name the shop's public address, never the Host a request came with. */
const SHOP_URL = "https://shop.example";
const TEE = { slug: "organic-cotton-crew-tee", name: "Organic Cotton Crew Tee" };
/** What a product's own text may hold: an end tag that would close a script element with the page's data in it. */
const HOSTILE = `</script><script>document.title="pwned"</script><!--`;

let stack: SupergraphUnderTest;
let apiUrl: string;
let browser: Browser;

/** A page as a crawler or `curl` gets it: the HTML alone, parsed and never run. */
async function fetchPage(path: string) {
  const response = await fetch(`${stack.origin}${path}`, { headers: { accept: "text/html" } });
  const html = await response.text();
  const { document } = new JSDOM(html).window;
  const meta = (key: string) =>
    document.querySelector<HTMLMetaElement>(`meta[name="${key}"], meta[property="${key}"]`)?.content;
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>,
  );
  const state = document.getElementById("apollo-state")?.textContent;
  return {
    response,
    html,
    document,
    meta,
    jsonLd,
    state: state ? (JSON.parse(state) as Record<string, unknown>) : undefined,
    canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
  };
}

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("pages read without JavaScript (server-rendered)", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: { SEED_DEMO_CATALOG: "true", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      gatewayEnv: {
        WEB_DIST: resolve(import.meta.dirname, "../dist"),
        WEB_SSR_ENTRY: resolve(import.meta.dirname, "../dist-server/entry-server.js"),
        SHOP_URL,
        OPERATIONS: "credentialed",
      },
    });
    apiUrl = (await stack.startGateway({ OPERATIONS: "any" })).url;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it("a product page shows its name, price, image, head tags and schema.org Product", async () => {
    const page = await fetchPage(`/products/${TEE.slug}`);
    expect(page.response.status).toBe(200);
    expect(page.response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const { document } = page;
    expect(document.querySelector("h1")?.textContent).toBe(TEE.name);
    expect(document.title).toBe(`${TEE.name} · Shopgraph`);
    expect(document.querySelector(".purchase__price")?.textContent).toMatch(/\$\d+\.\d\d/);
    const image = document.querySelector<HTMLImageElement>(".gallery__main img");
    expect(image?.getAttribute("src")).toBeTruthy();
    expect(image?.alt).toBe(TEE.name);
    expect(page.meta("description")).toMatch(/\w{3,}/);
    expect(page.canonical).toBe(`${SHOP_URL}/products/${TEE.slug}`);
    expect(page.meta("og:url")).toBe(page.canonical);
    expect(page.meta("og:type")).toBe("product");
    expect(page.meta("og:title")).toBe(document.title);
    expect(page.meta("og:image")).toMatch(new RegExp(`^(${SHOP_URL}|https?:)/`));
    expect(page.meta("robots")).toBeUndefined();

    expect(page.jsonLd).toHaveLength(1);
    const product = page.jsonLd[0] as {
      "@type": string;
      name: string;
      sku: string;
      image: string[];
      description: string;
      offers: { price: string; priceCurrency: string; availability: string; sku: string }[];
    };
    expect(product["@type"]).toBe("Product");
    expect(product.name).toBe(TEE.name);
    expect(product.sku).toMatch(/\S/);
    expect(product.description.length).toBeGreaterThan(10);
    expect(product.image[0]).toMatch(/^https?:\/\//);
    expect(product.offers.length).toBeGreaterThan(1);
    for (const offer of product.offers) {
      expect(offer.price).toMatch(/^\d+\.\d\d$/);
      expect(offer.priceCurrency).toBe("USD");
      expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
    }
    // The price the page shows is one of the offers'.
    const shown = document.querySelector(".purchase__price")?.textContent ?? "";
    expect(product.offers.some((offer) => shown.includes(offer.price))).toBe(true);
  });

  it("the catalog and a category page list their products with their own title and canonical URL", async () => {
    const catalog = await fetchPage("/");
    expect(catalog.response.status).toBe(200);
    expect(catalog.document.title).toBe("All products · Shopgraph");
    expect(catalog.canonical).toBe(`${SHOP_URL}/`);
    expect(catalog.document.querySelectorAll(".product-card").length).toBeGreaterThan(4);
    // The first row's images are fetched from the head, before the scripts, by the very URLs the cards ask for.
    const preloads = [...catalog.document.head.querySelectorAll('link[rel="preload"][as="image"]')];
    const cardImages = [...catalog.document.querySelectorAll(".product-card img")].slice(0, 2);
    expect(preloads.map((link) => link.getAttribute("href"))).toEqual(cardImages.map((img) => img.getAttribute("src")));

    const category = await fetchPage("/?category=t-shirts");
    expect(category.document.querySelector("h1")?.textContent).toBe("T-shirts");
    expect(category.document.title).toBe("T-shirts · Shopgraph");
    expect(category.canonical).toBe(`${SHOP_URL}/?category=t-shirts`);
    const names = [...category.document.querySelectorAll(".product-card__name")].map((h) => h.textContent);
    expect(names).toContain(TEE.name);
    expect(category.meta("robots")).toBeUndefined();
    // A search is the catalog again: read, not indexed.
    expect((await fetchPage("/?q=tee")).meta("robots")).toBe("noindex");
  });

  it("an unknown product is a 404 page that is not indexed", async () => {
    const page = await fetchPage("/products/no-such-thing");
    expect(page.response.status).toBe(404);
    expect(page.meta("robots")).toBe("noindex");
    expect(page.document.body.textContent).toContain("This product is not here");
    expect(page.jsonLd).toEqual([]);
  });

  it("a query string or slug written to attack the page comes back as text, never as markup", async () => {
    const attack = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
    for (const path of [
      `/?q=${encodeURIComponent(attack)}&category=${encodeURIComponent(attack)}`,
      `/products/${encodeURIComponent(attack)}`,
    ]) {
      const page = await fetchPage(path);
      expect(page.html).not.toContain("<script>alert(1)");
      expect(page.html).not.toContain("<img src=x");
      // The page's own scripts only: the module entry, the cache and nothing else.
      const scripts = [...page.document.querySelectorAll("script")].map((s) => s.type || "classic");
      expect(scripts.sort()).toEqual(["application/json", "module"]);
      expect(page.document.querySelectorAll("img[onerror]")).toHaveLength(0);
    }
    const search = await fetchPage(`/?q=${encodeURIComponent(attack)}`);
    expect(search.document.querySelector("h1")?.textContent).toBe(`Results for “${attack}”`);
  });

  it("a product whose text holds </script> cannot break out of the JSON-LD or the cache", async () => {
    const { login } = await api<{ login: { accessToken: string } }>(
      "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
      { input: ADMIN },
    );
    const { product } = await api<{ product: { id: string; description: string } }>(
      "query($slug: String!) { product(slug: $slug) { id description } }",
      { slug: TEE.slug },
    );
    const describe = (description: string) =>
      api<{ updateProduct: { userErrors: { code: string }[] } }>(
        "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { userErrors { code } } }",
        { id: product.id, input: { description } },
        login.accessToken,
      );
    expect((await describe(`${product.description}\n\n${HOSTILE}`)).updateProduct.userErrors).toEqual([]);
    try {
      // The gateway's response cache lets the old product go when the change's event arrives.
      await expect
        .poll(async () => (await fetchPage(`/products/${TEE.slug}`)).jsonLd[0]?.["description"], { timeout: 15_000 })
        .toContain(HOSTILE);
      const page = await fetchPage(`/products/${TEE.slug}`);
      expect(page.html).not.toContain(HOSTILE);
      expect(page.document.title).toBe(`${TEE.name} · Shopgraph`);
      // Both data scripts parse whole, and say exactly what the product says.
      expect((page.jsonLd[0] as { description: string }).description).toContain(HOSTILE);
      expect(JSON.stringify(page.state)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
      expect(page.document.querySelectorAll("script")).toHaveLength(3);
      expect(page.document.querySelector(".product__description")?.textContent).toContain(HOSTILE);
    } finally {
      await describe(product.description);
    }
  });

  it("sitemap.xml lists the catalog, its categories and products; robots.txt points to it", async () => {
    const sitemap = await fetch(`${stack.origin}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get("content-type")).toContain("application/xml");
    const { document } = new JSDOM(await sitemap.text(), { contentType: "application/xml" }).window;
    const locs = [...document.getElementsByTagName("loc")].map((loc) => loc.textContent);
    expect(locs).toContain(`${SHOP_URL}/`);
    expect(locs).toContain(`${SHOP_URL}/?category=t-shirts`);
    expect(locs).toContain(`${SHOP_URL}/products/${TEE.slug}`);
    const { products } = await api<{ products: { totalCount: number } }>("{ products { totalCount } }", {});
    expect(locs.filter((loc) => loc?.startsWith(`${SHOP_URL}/products/`))).toHaveLength(products.totalCount);

    const robots = await (await fetch(`${stack.origin}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SHOP_URL}/sitemap.xml`);
    expect(robots).toContain("Disallow: /checkout");
  });

  it("the browser hydrates the server's page without asking for its data again", async () => {
    for (const [path, operation] of [
      [`/products/${TEE.slug}`, "ProductPage"],
      ["/?category=t-shirts", "Catalog"],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const errors = collectErrors(page);
      const violations = await collectCspViolations(page);
      const operations: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname !== "/graphql") return;
        const body = request.postDataJSON() as { operationName?: string } | null;
        operations.push(body?.operationName ?? new URL(request.url()).searchParams.get("operationName") ?? "?");
      });
      await page.goto(`${stack.origin}${path}`, { waitUntil: "networkidle" });
      // Hydrated: React answers a click (the filters toggle, or an option of the product).
      if (operation === "ProductPage") {
        await page.getByRole("radio", { name: "Black", exact: true }).click();
        await page.getByText("Colour: Black").waitFor();
      } else {
        const toggle = page.getByRole("button", { name: "Filters", exact: true });
        await toggle.click();
        await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
      }
      expect(operations.filter((name) => name === operation)).toEqual([]);
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    }
  });

  it("on a throttled phone (4× CPU, Fast 3G) the catalog's JavaScript comes compressed and within the budget", async () => {
    const figures = [];
    for (const path of ["/", `/products/${TEE.slug}`]) {
      const load = await measurePageLoad(browser, `${stack.origin}${path}`);
      figures.push({ path, ...load });
      console.log(
        `${path} on a phone (4× CPU, Fast 3G): LCP ${Math.round(load.lcpMs)} ms (${load.lcpElement}), JavaScript ${(load.jsTransferredBytes / 1024).toFixed(1)} KB in ${load.scripts} files, everything ${(load.totalTransferredBytes / 1024).toFixed(1)} KB`,
      );
    }
    const [catalog] = figures;
    // What the catalog's first load transfers is what the bundle budget counts (brotli beats gzip's figure).
    expect(catalog?.jsTransferredBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    for (const figure of figures) expect(figure.lcpMs).toBeGreaterThan(0);

    const script = (await fetchPage("/")).document.querySelector<HTMLScriptElement>("script[type=module]")?.src;
    const asset = await fetch(new URL(script ?? "", stack.origin), { headers: { "accept-encoding": "br, gzip" } });
    expect(asset.headers.get("content-encoding")).toBe("br");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  }, 300_000);
});
