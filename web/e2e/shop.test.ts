import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Locator, Page, WebSocket } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { dataOf, graphqlRequester, present, type GraphQLRequester } from "@shopgraph/testing";
import { graphql } from "../../gateway/test/gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";
import { ADD_TO_CART, LOGIN, PAY_ORDER, PLACE_ORDER, UPDATE_ORDER_STATUS } from "../../gateway/test/operations.js";
import { RELEVANCE_QUERIES, relevanceFigure } from "../../subgraphs/products/test/relevance-queries.js";
import {
  collectCspViolations,
  collectErrors,
  launchChromium,
  screenshot,
  seriousA11yViolations,
  skippedHeadingLevels,
} from "./browser.js";

const ADMIN = { email: "admin@e2e.shopgraph.test", password: "admin-password-e2e" };
const ADDRESS = { line1: "1 Compiler Lane", city: "Arlington", postalCode: "22201", country: "US" };
const SHOPPER = { name: "Grace Hopper", email: "grace@e2e.shopgraph.test", password: "correct horse battery" };
/** How long "live" may take: the subscription delivers within a second; the rest is for a loaded machine. */
const LIVE_MS = 10_000;

// What the tests set up or check straight through the API, beside the browser.
const VARIANTS = graphql(`
  query E2eVariants($slug: String!) {
    product(slug: $slug) {
      variants {
        id
        quantityAvailable
      }
    }
  }
`);
/** Exact stock is the admin's to see. */
const VARIANT_STOCK = graphql(`
  query E2eVariantStock($slug: String!) {
    product(slug: $slug) {
      variants {
        id
        stock
      }
    }
  }
`);
const ADJUST_STOCK = graphql(`
  mutation E2eAdjustStock($id: ID!, $delta: Int!) {
    adjustStock(variantId: $id, delta: $delta, reason: "e2e") {
      userErrors {
        message
      }
    }
  }
`);
const CART_LINES = graphql(`
  query E2eCartLines {
    cart {
      lines {
        variant {
          id
        }
      }
    }
  }
`);
const REMOVE_FROM_CART = graphql(`
  mutation E2eRemoveFromCart($id: ID!) {
    removeFromCart(variantId: $id) {
      userErrors {
        message
      }
    }
  }
`);
const RAISE_PRICE = graphql(`
  mutation E2eRaisePrice($id: ID!) {
    updateVariant(id: $id, input: { priceCents: 9900 }) {
      userErrors {
        message
      }
    }
  }
`);
const ORDER_TOTAL = graphql(`
  query E2eOrderTotal($id: ID!) {
    order(id: $id) {
      total {
        amountCents
      }
    }
  }
`);

let stack: SupergraphUnderTest;
/**
 * The test's own requests (set-up, staff's API calls): a second gateway over the same subgraphs
 * that takes any document. The shop's gateway runs as production does (OPERATIONS=credentialed):
 * the browser's requests may carry only the shop's persisted documents.
 */
let api: GraphQLRequester;
/** Every operation the browsers sent with its text instead of a hash (HTTP bodies, GET queries, websocket subscribes). */
const documentsSent: string[] = [];
/** How many operations the browsers sent by hash alone. */
let sentByHash = 0;
let browser: Browser;
let shopperContext: BrowserContext;
let shopper: Page;
const consoleErrors: string[][] = [];
const cspViolations: string[][] = [];
/** The shopper's websockets, and the operations its page sent over HTTP, in order. */
const shopperSockets: WebSocket[] = [];
const shopperOperations: string[] = [];
/** How many of `shopperSockets` were opened before the shopper's page last loaded (a reload's old socket never reports its close). */
let socketsBeforeLastLoad = 0;

/** Records how a page's GraphQL requests travel (the API and the session endpoint): by hash, or with their text. */
function watchRequests(page: Page) {
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith("/graphql")) return;
    const body = request.method() === "POST" ? (request.postDataJSON() as Record<string, unknown> | null) : null;
    const query = body ? body["query"] : url.searchParams.get("query");
    if (typeof query === "string" && query !== "") documentsSent.push(query);
    else sentByHash++;
  });
}

/** The same for a websocket's subscriptions. */
function watchSubscriptions(socket: WebSocket) {
  socket.on("framesent", ({ payload }) => {
    const message = JSON.parse(String(payload)) as { type: string; payload?: { query?: string } };
    if (message.type !== "subscribe") return;
    if (message.payload?.query) documentsSent.push(message.payload.query);
    else sentByHash++;
  });
}

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The phones the layout is checked at: every panel opened there stays on the screen. */
const PHONE_WIDTHS = [360, 390, 414] as const;

/** The element is visible and wholly within the screen's width (no part off either edge). */
async function expectOnScreen(locator: Locator, width: number) {
  const box = present(await locator.boundingBox(), "the element's box");
  expect(box.x, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `right edge at ${width} px`).toBeLessThanOrEqual(width);
}

/** A page the shopper or staff reached: checked with axe, and pictured (E2E_SCREENSHOTS, see browser.ts). */
async function visited(page: Page, name: string) {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

async function fillAddress(page: Page) {
  await page.getByLabel("Full name").fill(SHOPPER.name);
  await page.getByLabel("Address", { exact: true }).fill(ADDRESS.line1);
  await page.getByLabel("City").fill(ADDRESS.city);
  await page.getByLabel("Postal code").fill(ADDRESS.postalCode);
  await page.getByLabel("Country").selectOption(ADDRESS.country);
}

/** A browser of its own for staff, signed in and on the orders list. */
async function signInAdmin() {
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "en-US" });
  const admin = await adminContext.newPage();
  watchRequests(admin);
  admin.on("websocket", watchSubscriptions);
  consoleErrors.push(collectErrors(admin));
  cspViolations.push(await collectCspViolations(admin));
  await admin.goto(`${stack.origin}/signin?next=/admin/orders`);
  await admin.getByLabel("Email").fill(ADMIN.email);
  await admin.getByLabel("Password").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Sign in" }).click();
  await admin.waitForURL(/\/admin\/orders/);
  return { adminContext, admin };
}

async function signIn(input: { email: string; password: string }): Promise<string> {
  const { email, password } = input;
  const { login } = dataOf(await api(LOGIN, { input: { email, password } }));
  return present(login.accessToken, `${email}'s access token`);
}

const adminToken = () => signIn(ADMIN);

describe("the shop in a real browser", () => {
  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: {
        SEED_DEMO_CATALOG: "true",
        // The demo photos, made in the background as under npm start, in a directory of this run.
        SEED_DEMO_MEDIA: "true",
        MEDIA_DIR: await mkdtemp(join(tmpdir(), "e2e-media-")),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      },
      gatewayEnv: { WEB_DIST: resolve(import.meta.dirname, "../dist"), OPERATIONS: "credentialed" },
    });
    api = graphqlRequester((await stack.startGateway({ OPERATIONS: "any" })).url);
    browser = await launchChromium();
    shopperContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "en-US" });
    shopper = await shopperContext.newPage();
    watchRequests(shopper);
    consoleErrors.push(collectErrors(shopper));
    cspViolations.push(await collectCspViolations(shopper));
    shopper.on("websocket", (socket) => {
      shopperSockets.push(socket);
      watchSubscriptions(socket);
    });
    shopper.on("request", (request) => {
      if (new URL(request.url()).pathname !== "/graphql" || request.method() !== "POST") return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      shopperOperations.push(body?.operationName ?? "(anonymous)");
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it("a guest searches, filters and fills a cart with two products", async () => {
    const page = await shopper.goto(`${stack.origin}/`);
    // The policy under which everything below runs (and must run without a violation).
    const policy = (await page?.allHeaders())?.["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-inline");
    await shopper.locator(".product-card").first().waitFor();
    // The cards' names were h3 under the page's h1.
    expect(await skippedHeadingLevels(shopper)).toEqual([]);
    // Every page is titled by its heading (they were all "Shopgraph").
    await expect.poll(() => shopper.title()).toBe("All products · Shopgraph");

    const searchBox = shopper.getByRole("combobox", { name: "Search products" });
    await searchBox.fill("tee");
    await shopper.waitForURL(/[?&]q=tee/);
    await shopper.getByRole("heading", { name: "Results for “tee”" }).waitFor();
    // The suggestions list opened while typing; Escape closes it and leaves the results.
    await shopper.getByRole("listbox", { name: "Suggestions" }).waitFor();
    await searchBox.press("Escape");
    await shopper.getByRole("listbox", { name: "Suggestions" }).waitFor({ state: "hidden" });
    expect(await searchBox.inputValue()).toBe("tee");
    await shopper.getByRole("radio", { name: /^T-shirts/ }).click();
    await shopper.waitForURL(/category=t-shirts/);
    await shopper.getByLabel("In stock only").click();
    await shopper.waitForURL(/inStock=1/);
    await expect
      .poll(() => shopper.locator(".product-card").allInnerTexts())
      .not.toContainEqual(expect.stringContaining("Mountain Sunrise"));
    await screenshot(shopper, "catalog");
    await expectAccessible(shopper, "catalog");

    await shopper.getByRole("link", { name: /Organic Cotton Crew Tee/ }).click();
    await shopper.getByRole("heading", { name: "Organic Cotton Crew Tee" }).waitFor();
    await shopper.getByRole("radio", { name: "M", exact: true }).click();
    await shopper.getByRole("radio", { name: "Black", exact: true }).click();
    await shopper.getByText("Size: M").waitFor();
    await shopper.getByText("Colour: Black").waitFor();
    await shopper.getByRole("button", { name: "Increase quantity" }).click();
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    await shopper.getByText("Added 2 × Organic Cotton Crew Tee to your cart.").waitFor();
    expect(await shopper.title()).toBe("Organic Cotton Crew Tee · Shopgraph");
    // The keyboard's focus stays on the button (a disabled "Adding…" dropped it to the body).
    expect(await shopper.evaluate(() => document.activeElement?.textContent)).toBe("Add to cart");
    expect(await skippedHeadingLevels(shopper)).toEqual([]);
    await screenshot(shopper, "product");
    await expectAccessible(shopper, "product");

    // A suggestion chosen from the keyboard: ArrowDown highlights it, Enter opens its page.
    await searchBox.fill("breton");
    await shopper.getByRole("option", { name: "Striped Breton Shirt" }).waitFor();
    expect(await searchBox.getAttribute("aria-expanded")).toBe("true");
    await searchBox.press("ArrowDown");
    const highlighted = await searchBox.getAttribute("aria-activedescendant");
    expect(await shopper.locator(`[id="${highlighted}"]`).innerText()).toBe("Striped Breton Shirt");
    await searchBox.press("Enter");
    await shopper.waitForURL(/\/products\/striped-breton-shirt$/);
    await shopper.getByRole("heading", { name: "Striped Breton Shirt" }).waitFor();
    await shopper.getByRole("radio", { name: "L", exact: true }).click();
    await shopper.getByText("Size: L").waitFor();
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    await shopper.getByText("Added 1 × Striped Breton Shirt to your cart.").waitFor();

    await shopper.getByRole("link", { name: "Cart, 3 items" }).click();
    await shopper.getByRole("heading", { name: "Your cart" }).waitFor();
    expect(await shopper.locator(".cart-line").count()).toBe(2);

    // The quantity box of issue 12: select all, Backspace, 5 gives 5 (not 15), saved on Enter only.
    const teeQuantity = shopper
      .getByRole("group", { name: "Quantity of Organic Cotton Crew Tee" })
      .getByRole("spinbutton", { name: "Quantity" });
    await teeQuantity.click();
    await teeQuantity.press("ControlOrMeta+a");
    await teeQuantity.press("Backspace");
    expect(await teeQuantity.inputValue()).toBe("");
    await teeQuantity.pressSequentially("5");
    expect(await teeQuantity.inputValue()).toBe("5");
    await shopper.getByRole("link", { name: "Cart, 3 items" }).waitFor();
    await teeQuantity.press("Enter");
    await shopper.getByRole("link", { name: "Cart, 6 items" }).waitFor();
    expect(await teeQuantity.inputValue()).toBe("5");
    await teeQuantity.press("ControlOrMeta+a");
    await teeQuantity.pressSequentially("2");
    await teeQuantity.press("Tab");
    await shopper.getByRole("link", { name: "Cart, 3 items" }).waitFor();
    await screenshot(shopper, "cart");
    await expectAccessible(shopper, "cart");
    await shopper.setViewportSize({ width: 390, height: 844 });
    await screenshot(shopper, "cart-phone");
    await shopper.goto(`${stack.origin}/?category=shoes`);
    await shopper.locator(".product-card").first().waitFor();
    await visited(shopper, "catalog-phone");
    // On a phone "Add to cart" stays at the bottom of the screen however far the shopper scrolls.
    await shopper.goto(`${stack.origin}/products/organic-cotton-crew-tee`);
    const addToCart = shopper.getByRole("button", { name: "Add to cart" });
    for (const scroll of ["top", "bottom"] as const) {
      await shopper.evaluate((to) => window.scrollTo(0, to === "top" ? 0 : document.body.scrollHeight), scroll);
      const box = present(await addToCart.boundingBox(), "the button's box");
      expect(box.y + box.height, `at the ${scroll}`).toBeLessThanOrEqual(844);
      expect(box.y, `at the ${scroll}`).toBeGreaterThan(844 / 2);
    }
    await visited(shopper, "product-phone");
    await shopper.goBack();
    await shopper.goBack();
    await shopper.getByRole("heading", { name: "Your cart" }).waitFor();
    await shopper.setViewportSize({ width: 1280, height: 860 });
    // Live updates are for signed-in shoppers: a guest never opens a websocket.
    expect(shopperSockets).toEqual([]);
  });

  it("signing up merges the guest cart, a declined card shows its message, tok_visa pays and confirms", async () => {
    await shopper.getByRole("link", { name: "Sign in to check out" }).click();
    await shopper.getByRole("link", { name: "Create an account" }).click();
    await shopper.getByLabel("Name").fill(SHOPPER.name);
    await shopper.getByLabel("Email").fill(SHOPPER.email);
    await shopper.getByLabel("Password").fill(SHOPPER.password);
    await shopper.getByRole("button", { name: "Create account" }).click();

    await shopper.waitForURL(/\/checkout$/);
    const summary = shopper.getByRole("complementary", { name: "Order summary" });
    await summary.getByText("Organic Cotton Crew Tee").waitFor();
    await summary.getByText("Striped Breton Shirt").waitFor();
    await shopper.getByRole("link", { name: "Cart, 3 items" }).waitFor();
    await screenshot(shopper, "checkout");
    await expectAccessible(shopper, "checkout");
    // On a phone the summary's lines fold away behind a button; its total and "Place order" stay.
    await shopper.setViewportSize({ width: 390, height: 844 });
    const details = summary.getByRole("button", { name: "Show items" });
    await details.waitFor();
    expect(await summary.getByText("Organic Cotton Crew Tee").isVisible()).toBe(false);
    expect(await summary.getByRole("button", { name: "Place order and pay" }).isVisible()).toBe(true);
    expect(await summary.getByText("Total", { exact: true }).isVisible()).toBe(true);
    await details.click();
    await summary.getByText("Organic Cotton Crew Tee").waitFor();
    await visited(shopper, "checkout-phone");
    await shopper.setViewportSize({ width: 1280, height: 860 });

    await fillAddress(shopper);
    // A reload keeps what was typed.
    await shopper.reload();
    await summary.getByText("Striped Breton Shirt").waitFor();
    expect(await shopper.getByLabel("Full name").inputValue()).toBe(SHOPPER.name);
    expect(await shopper.getByLabel("Postal code").inputValue()).toBe("22201");
    await shopper.getByLabel(/declined/).click();
    await shopper.getByRole("button", { name: "Place order and pay" }).click();
    await shopper.locator("#payment-error").waitFor();
    expect(await shopper.locator("#payment-error").innerText()).toMatch(/declined/i);
    await visited(shopper, "checkout-declined");

    // Reloading after the declined card shows the unpaid order to pay or cancel, not an empty cart.
    socketsBeforeLastLoad = shopperSockets.length;
    await shopper.reload();
    const unpaid = shopper.getByRole("heading", { name: /^Order SG-\d+ is waiting for payment$/ });
    await unpaid.waitFor();
    await shopper.getByRole("button", { name: "Cancel order" }).waitFor();
    expect(await shopper.getByRole("button", { name: "Place order and pay" }).count()).toBe(0);
    expect(await summary.getByText("Organic Cotton Crew Tee").count()).toBe(1);
    await screenshot(shopper, "checkout-unpaid-after-reload");
    await expectAccessible(shopper, "checkout with an unpaid order");

    await shopper.getByLabel(/approved/).click();
    await shopper.getByRole("button", { name: "Pay now" }).click();
    await shopper.waitForURL(/\/orders\/[^/?]+\?placed=1/);
    const thanks = shopper.getByRole("heading", { name: "Thank you! Your order is confirmed." });
    await thanks.waitFor();
    // Focus starts at what happened, read out, not at the top of the document.
    expect(await thanks.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await shopper.title()).toBe("Thank you! Your order is confirmed. · Shopgraph");
    expect(await shopper.getByTestId("order-status").innerText()).toBe("Paid");
    await shopper.getByRole("link", { name: "Cart, empty" }).waitFor();
    await visited(shopper, "confirmation");
  });

  it("an admin marks the order shipped, then delivered, and the shopper's open order page follows without a reload or polling", async () => {
    const number = (await shopper.locator("strong").filter({ hasText: /^SG-/ }).first().innerText()).trim();
    const orderId = new URL(shopper.url()).pathname.split("/").pop() as string;
    const orderQueriesBefore = shopperOperations.filter((name) => name === "OrderPage").length;
    expect(orderQueriesBefore).toBeGreaterThan(0);
    const live = shopperSockets
      .slice(socketsBeforeLastLoad)
      .filter((socket) => socket.url() === stack.url.replace(/^http/, "ws"));
    expect(live.filter((socket) => !socket.isClosed())).toHaveLength(1);
    const { adminContext, admin } = await signInAdmin();

    await admin.locator(`tr[data-order-number="${number}"]`).waitFor();
    await visited(admin, "admin-orders");
    // On a phone the order's actions are on the screen, not past a sideways scroll.
    for (const width of PHONE_WIDTHS) {
      await admin.setViewportSize({ width, height: 844 });
      const actions = admin.locator(`tr[data-order-number="${number}"] button`);
      expect(await actions.count()).toBeGreaterThan(0);
      for (const action of await actions.all()) await expectOnScreen(action, width);
    }
    await visited(admin, "admin-orders-phone");
    await admin.setViewportSize({ width: 1280, height: 860 });
    await admin.getByRole("link", { name: number, exact: true }).click();
    await admin.getByRole("heading", { name: `Order ${number}` }).waitFor();
    // The declined card's attempt and the charge that paid.
    const payments = await admin.getByRole("table", { name: "Payments" }).innerText();
    expect(payments).toMatch(/Declined[\s\S]*PAYMENT_DECLINED[\s\S]*Succeeded/);
    expect(await admin.getByRole("region", { name: "History" }).innerText()).toContain("Awaiting payment → Paid");
    await expectAccessible(admin, "admin order");
    await screenshot(admin, "admin-order");

    // Shipping asks for the carrier and tracking number; the server's check lands on its field.
    const markShipped = admin.getByRole("button", { name: "Mark shipped" });
    await markShipped.click();
    const dialog = admin.getByRole("dialog", { name: `Ship order ${number}` });
    await dialog.getByLabel("Carrier").fill("DHL Express");
    await dialog.getByLabel("Tracking number").fill("JD#0002");
    await dialog.getByRole("button", { name: "Mark shipped" }).click();
    const tracking = dialog.getByLabel("Tracking number");
    await expect.poll(() => tracking.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.locator(".field__error").innerText()).not.toBe("");
    await expectAccessible(admin, "ship dialog");
    await admin.setViewportSize({ width: 390, height: 844 });
    await screenshot(admin, "admin-ship-dialog-phone");
    await tracking.fill("JD0002 3456 7890");
    await dialog.getByRole("button", { name: "Mark shipped" }).click();
    await dialog.waitFor({ state: "detached" });
    await admin.getByTestId("order-status").filter({ hasText: "Shipped" }).waitFor();
    expect(await admin.getByTestId("shipment").innerText()).toContain("JD0002 3456 7890");
    await visited(admin, "admin-order-phone");
    await admin.setViewportSize({ width: 1280, height: 860 });

    await shopper.getByTestId("order-status").filter({ hasText: "Shipped" }).waitFor({ timeout: LIVE_MS });
    await shopper
      .getByTestId("toast")
      .filter({ hasText: `Order ${number} is now shipped.` })
      .waitFor({ timeout: LIVE_MS });
    // The carrier and tracking number came with the subscription's order, as the status did.
    const shipment = shopper.getByTestId("shipment");
    await shipment.waitFor({ timeout: LIVE_MS });
    expect(await shipment.innerText()).toMatch(/Shipped with DHL Express on .+\n?Tracking number JD0002 3456 7890/s);
    await visited(shopper, "order-shipped");

    // Straight through the API this time.
    const delivered = await api(UPDATE_ORDER_STATUS, { orderId, status: "DELIVERED" }, { token: await adminToken() });
    expect(dataOf(delivered).updateOrderStatus.userErrors).toEqual([]);
    await shopper.getByTestId("order-status").filter({ hasText: "Delivered" }).waitFor({ timeout: LIVE_MS });
    await shopper
      .getByTestId("toast")
      .filter({ hasText: `Order ${number} is now delivered.` })
      .waitFor({ timeout: LIVE_MS });
    expect(await shopper.locator(`.timeline [aria-current="step"]`).innerText()).toContain("Delivered");
    // The news came over the websocket: the page never asked for the order again.
    expect(shopperOperations.filter((name) => name === "OrderPage")).toHaveLength(orderQueriesBefore);

    await admin.getByRole("link", { name: "Dashboard" }).click();
    await admin.getByTestId("kpi-revenue").waitFor();
    expect(await admin.getByTestId("kpi-revenue").innerText()).not.toBe("$0.00");
    await admin.locator(`.chart__bar:not([height="0"])`).first().waitFor();
    await visited(admin, "admin-dashboard");
    await admin.getByRole("link", { name: "Products" }).click();
    await admin.locator(".table tbody tr").first().waitFor();
    await visited(admin, "admin-products");

    // Create a product, then restock it from its editor.
    await admin.getByRole("link", { name: "New product" }).click();
    await admin.getByLabel("Name").fill("E2E Canvas Tote");
    await admin.getByLabel("Category").selectOption("bags");
    await admin.getByLabel("SKU").fill("E2E-TOTE");
    await admin.getByLabel("Price (USD)").fill("19.50");
    await admin.getByLabel("Stock").fill("3");
    await admin.getByRole("button", { name: "Create product" }).click();
    await admin.getByRole("heading", { name: "E2E Canvas Tote" }).waitFor();
    await admin.getByLabel(/^Units to add to/).fill("7");
    await admin.getByRole("button", { name: "Adjust" }).click();
    await admin.getByTestId("variant-stock").filter({ hasText: "10" }).waitFor();
    await visited(admin, "admin-product-editor");
    await adminContext.close();
  });

  it("the bell counts the shopper's unread notifications", async () => {
    await shopper.getByTestId("unread-count").waitFor({ timeout: LIVE_MS });
    await shopper.getByRole("button", { name: /^Notifications, \d+ unread$/ }).click();
    await shopper.locator(".bell__item").first().waitFor();
    await visited(shopper, "notifications");
    await shopper.keyboard.press("Escape");
    // On a phone the panel stays on the screen (anchored to its bell, it opened off the left edge).
    for (const width of PHONE_WIDTHS) {
      await shopper.setViewportSize({ width, height: 844 });
      // Read once opened: no count in its name now.
      await shopper.getByRole("button", { name: "Notifications", exact: true }).click();
      await expectOnScreen(shopper.locator(".bell__panel"), width);
      if (width === 390) await visited(shopper, "notifications-phone");
      await shopper.keyboard.press("Escape");
      // The account menu, too.
      await shopper.getByRole("button", { name: "Grace" }).click();
      await expectOnScreen(shopper.locator(".account__menu"), width);
      await shopper.keyboard.press("Escape");
    }
    await shopper.setViewportSize({ width: 1280, height: 860 });
    await shopper.getByRole("button", { name: "Grace" }).click();
    await shopper.getByRole("link", { name: "Your orders" }).click();
    await shopper.locator(".order-row").first().waitFor();
    await visited(shopper, "orders");
  });

  it("staff cancel a paid order only after a dialog says it will be refunded, and the shopper's order shows the refund", async () => {
    // The shopper buys a mug (through the API: the browser's checkout is covered above).
    const token = await signIn(SHOPPER);
    const mug = dataOf(await api(VARIANTS, { slug: "stoneware-mug" }));
    const variant = present(
      mug.product?.variants.find((v) => (v.quantityAvailable ?? 0) > 0),
      "a mug in stock",
    );
    const added = await api(ADD_TO_CART, { variantId: variant.id }, { token });
    expect(dataOf(added).addToCart.userErrors).toEqual([]);
    const placed = dataOf(
      await api(
        PLACE_ORDER,
        { input: { idempotencyKey: crypto.randomUUID(), shippingAddress: { ...ADDRESS, name: SHOPPER.name } } },
        { token },
      ),
    );
    expect(placed.placeOrder.userErrors).toEqual([]);
    const { id: orderId, number } = present(placed.placeOrder.order, "the shopper's order");
    const paid = await api(PAY_ORDER, { orderId }, { token });
    expect(dataOf(paid).payOrder.userErrors).toEqual([]);

    const { adminContext, admin } = await signInAdmin();
    await admin.getByRole("link", { name: number, exact: true }).click();
    await admin.getByRole("heading", { name: `Order ${number}` }).waitFor();
    const cancel = admin.getByRole("button", { name: "Cancel", exact: true });
    await cancel.click();
    const dialog = admin.getByRole("dialog", { name: `Cancel order ${number}?` });
    expect(await dialog.innerText()).toMatch(/will be refunded/);
    await expectAccessible(admin, "cancel dialog");
    await screenshot(admin, "admin-cancel-dialog");
    // Keeping the order changes nothing.
    await dialog.getByRole("button", { name: "Keep order" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await admin.getByTestId("order-status").innerText()).toBe("Paid");

    await cancel.click();
    await dialog.getByRole("button", { name: "Cancel order" }).click();
    await admin.getByTestId("order-status").filter({ hasText: "Cancelled" }).waitFor();
    const refund = admin.getByTestId("refund");
    await refund.waitFor();
    // The provider is asked right after the cancellation commits: the page may have seen it pending.
    await expect
      .poll(async () => {
        const text = await refund.innerText();
        if (!text.includes("Refunded")) await admin.getByRole("button", { name: "Check the refund again" }).click();
        return text;
      })
      .toContain("Refunded");
    expect(await admin.getByRole("region", { name: "History" }).innerText()).toContain("Cancelled by staff");
    await visited(admin, "admin-order-refunded");
    await adminContext.close();

    await shopper.goto(`${stack.origin}/orders/${orderId}`);
    await shopper.getByTestId("order-status").filter({ hasText: "Cancelled" }).waitFor();
    expect(await shopper.getByTestId("refund").innerText()).toMatch(/^Refunded on .+\s+\$\d+\.\d{2}$/);
    await visited(shopper, "order-refunded");
  });

  it("a line that sold out meanwhile shows its message at checkout, next to that line", async () => {
    await shopper.goto(`${stack.origin}/products/ringer-tee`);
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    await shopper.getByText("Added 1 × Ringer Tee to your cart.").waitFor();
    await shopper.getByRole("link", { name: "Cart, 1 items" }).click();
    await shopper.getByRole("link", { name: "Check out" }).click();
    await shopper.getByRole("complementary", { name: "Order summary" }).getByText("Ringer Tee").waitFor();
    // The page load kept the shopper signed in through the session cookie, which no script can read.
    const cookies = await shopper.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "shopgraph_refresh")).toMatchObject({
      httpOnly: true,
      sameSite: "Strict",
      path: "/graphql/session",
    });
    expect(await shopper.evaluate(() => `${JSON.stringify(localStorage)} ${document.cookie}`)).not.toMatch(/refresh/i);

    // Meanwhile the last units go elsewhere.
    const token = await adminToken();
    const product = dataOf(await api(VARIANT_STOCK, { slug: "ringer-tee" }, { token }));
    for (const variant of product.product?.variants ?? []) {
      const stock = present(variant.stock, "exact stock");
      if (stock > 0) {
        const result = await api(ADJUST_STOCK, { id: variant.id, delta: -stock }, { token });
        expect(dataOf(result).adjustStock.userErrors).toEqual([]);
      }
    }

    await fillAddress(shopper);
    await shopper.getByRole("button", { name: "Place order and pay" }).click();
    const line = shopper.locator(".summary__line--error");
    await line.waitFor();
    expect(await line.innerText()).toContain("Ringer Tee");
    expect(await line.getByRole("alert").innerText()).not.toBe("");
    expect(shopper.url()).toMatch(/\/checkout$/);
    await visited(shopper, "checkout-out-of-stock");
  });

  it("a price raised after adding is shown at checkout, and the order is placed at the new total only once the shopper confirms", async () => {
    // The sold-out tee of the test above leaves the cart (through the API: the cart page is covered above).
    const shopperToken = await signIn(SHOPPER);
    const cart = dataOf(await api(CART_LINES, {}, { token: shopperToken }));
    for (const line of cart.cart?.lines ?? []) {
      const removed = await api(
        REMOVE_FROM_CART,
        { id: present(line.variant, "the line's variant").id },
        { token: shopperToken },
      );
      expect(dataOf(removed).removeFromCart.userErrors).toEqual([]);
    }

    await shopper.setViewportSize({ width: 390, height: 844 });
    onTestFinished(() => shopper.setViewportSize({ width: 1280, height: 860 }));
    await shopper.goto(`${stack.origin}/products/striped-breton-shirt`);
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    await shopper.getByText("Added 1 × Striped Breton Shirt to your cart.").waitFor();
    await shopper.getByRole("link", { name: "Cart, 1 items" }).click();
    await shopper.getByRole("link", { name: "Check out" }).click();
    const summary = shopper.getByRole("complementary", { name: "Order summary" });
    // On this phone the summary's lines are folded: the shopper opens them.
    await summary.getByRole("button", { name: "Show items" }).click();
    await summary.getByText("$45.00").first().waitFor();

    // Meanwhile staff raise the price.
    const token = await adminToken();
    const product = dataOf(await api(VARIANTS, { slug: "striped-breton-shirt" }));
    for (const variant of product.product?.variants ?? []) {
      const result = await api(RAISE_PRICE, { id: variant.id }, { token });
      expect(dataOf(result).updateVariant.userErrors).toEqual([]);
    }

    await fillAddress(shopper);
    await shopper.getByRole("button", { name: "Place order and pay" }).click();
    const heading = shopper.getByRole("heading", { name: "Prices changed since you added these items" });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const notice = shopper.locator(".price-change");
    expect(await notice.getByRole("listitem").innerText()).toMatch(
      /1 × Striped Breton Shirt .*\$45\.00.*\$99\.00 each/s,
    );
    expect(await notice.innerText()).toContain("The new total is $99.00.");
    // The cart was fetched again: the summary shows today's total too.
    await summary.locator(".summary__total").getByText("$99.00").waitFor();
    expect(await shopper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(shopper, "price change at checkout");
    await screenshot(shopper, "checkout-price-changed");

    await shopper.getByRole("button", { name: "Place order at $99.00" }).click();
    await shopper.waitForURL(/\/orders\/[^/?]+\?placed=1$/);
    const orderId = new URL(shopper.url()).pathname.split("/").pop() as string;
    const order = dataOf(await api(ORDER_TOTAL, { id: orderId }, { token: shopperToken }));
    expect(order.order?.total.amountCents).toBe(9900);
  });

  it("signing out closes the live connection and forgets the address typed at checkout", async () => {
    // The socket of this page (a page navigated away from closes its own, unseen by Playwright).
    const socket = shopperSockets.at(-1);
    expect(socket?.isClosed()).toBe(false);
    const opened = shopperSockets.length;
    const typedAddress = () => shopper.evaluate(() => sessionStorage.getItem("shopgraph.checkoutAddress"));
    await shopper.evaluate(() => sessionStorage.setItem("shopgraph.checkoutAddress", '{"name":"Grace Hopper"}'));
    await shopper.getByRole("button", { name: "Grace" }).click();
    await shopper.getByRole("button", { name: "Sign out" }).click();
    await shopper.getByRole("link", { name: "Sign in" }).waitFor();
    await expect.poll(() => socket?.isClosed(), { timeout: LIVE_MS }).toBe(true);
    expect(shopperSockets).toHaveLength(opened);
    expect((await shopper.context().cookies()).map((cookie) => cookie.name)).not.toContain("shopgraph_refresh");
    expect(await typedAddress()).toBeNull();
  });

  it("search forgives: a typo finds hoodies, and a search that finds nothing offers what the shopper meant", async () => {
    await shopper.goto(`${stack.origin}/`);
    const searchBox = shopper.getByRole("combobox", { name: "Search products" });
    await searchBox.fill("hodie");
    await shopper.waitForURL(/[?&]q=hodie/);
    await shopper.getByRole("heading", { name: "Results for “hodie”" }).waitFor();
    // The Hoodies category's eight products (the grid shows the previous list until they arrive).
    await expect.poll(() => shopper.locator(".catalog__count").innerText(), { timeout: 30_000 }).toBe("8 products");
    expect(await shopper.locator(".product-card").count()).toBe(8);
    await shopper.getByRole("link", { name: /Classic Pullover Hoodie/ }).waitFor();
    // The suggestions forgive the typo too.
    await shopper
      .getByRole("option", { name: /Hoodie/ })
      .first()
      .waitFor();
    // The combobox with its listbox open, as axe sees it.
    await visited(shopper, "search-typo");
    // On a phone the suggestions stay on the screen.
    for (const width of PHONE_WIDTHS) {
      await shopper.setViewportSize({ width, height: 844 });
      await expectOnScreen(shopper.getByRole("listbox", { name: "Suggestions" }), width);
    }
    await shopper.setViewportSize({ width: 1280, height: 860 });
    await searchBox.press("Escape");

    await searchBox.fill("sneekers");
    await shopper.getByRole("heading", { name: "No products match" }).waitFor();
    await shopper.getByRole("link", { name: "sneaker" }).click();
    await shopper.waitForURL(/[?&]q=sneaker(&|$)/);
    await shopper.getByRole("link", { name: /Everyday Canvas Sneaker/ }).waitFor();
    expect(await searchBox.inputValue()).toBe("sneaker");
  });

  it("a product page shows its photos as AVIF at the width its box needs, a gallery and colour swatches", async () => {
    const page = await shopperContext.newPage();
    try {
      // The photos are seeded in the background after start: reload until this product's arrive.
      await expect
        .poll(
          async () => {
            await page.goto(`${stack.origin}/products/classic-pullover-hoodie`);
            await page.getByRole("heading", { name: "Classic Pullover Hoodie" }).waitFor();
            return page.locator(".gallery__thumbs button").count();
          },
          { timeout: 120_000, interval: 2_000 },
        )
        .toBe(3);
      const main = page.locator(".gallery__main img");
      await expect
        .poll(() => main.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      expect(await main.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(
        /^\/media\/[0-9a-f]{32}\/\d+\.(avif|webp)$/,
      );
      expect(await main.getAttribute("alt")).toBe("Classic Pullover Hoodie in Black");
      expect(await page.locator(".option-picker svg.swatch").count()).toBe(3);
      await page.getByRole("radio", { name: "Navy" }).check();
      await expect.poll(() => main.getAttribute("alt")).toBe("Classic Pullover Hoodie in Navy");
      await page.locator('.gallery__thumbs button[aria-pressed="true"]').focus();
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => main.getAttribute("alt")).toBe("Classic Pullover Hoodie in Heather Grey");
      await screenshot(page, "product-gallery");
    } finally {
      await page.close();
    }
  });

  it("reports the search relevance figure: the shopper queries searched in the shop, top 3 as shown", async () => {
    const results: { query: string; names: string[] }[] = [];
    await shopper.goto(`${stack.origin}/`);
    const grid = shopper.getByRole("region", { name: "Products" });
    for (const { query } of RELEVANCE_QUERIES) {
      // Navigated within the app, as a search link would (no page load per query).
      await shopper.evaluate((q) => {
        history.pushState(null, "", `/?q=${encodeURIComponent(q)}`);
        dispatchEvent(new PopStateEvent("popstate"));
      }, query);
      await shopper.getByRole("heading", { name: `Results for “${query}”` }).waitFor();
      // Busy from the render that asked until this query's answer is shown.
      await expect.poll(() => grid.getAttribute("aria-busy"), { timeout: 15_000 }).toBe("false");
      results.push({ query, names: (await grid.locator(".product-card__name").allInnerTexts()).slice(0, 3) });
    }
    const figure = relevanceFigure(results);
    console.log(`${figure.summary} (in the browser)\n  ${figure.rows.join("\n  ")}`);
    expect(figure.top3 / figure.total).toBeGreaterThanOrEqual(0.9);
  });

  it("sent every operation as a persisted document's hash, none with its text (the gateway would refuse it)", () => {
    expect(documentsSent).toEqual([]);
    expect(sentByHash).toBeGreaterThan(20);
  });

  it("printed no console errors", () => {
    expect(consoleErrors.flat()).toEqual([]);
  });

  it("ran without a Content-Security-Policy violation, under a policy that does refuse inline script", async () => {
    expect(cspViolations.flat()).toEqual([]);
    // The same listener on a page of its own catches an inline script the policy refuses.
    const page = await shopperContext.newPage();
    const violations = await collectCspViolations(page);
    await page.goto(`${stack.origin}/cart`);
    await page.getByRole("heading", { name: "Your cart is empty" }).waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inline = 'ran'";
      document.head.append(script);
      return document.body.dataset["inline"] ?? "blocked";
    });
    expect(ran).toBe("blocked");
    await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    await page.close();
  });
}, 240_000);
