import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, eventually, graphqlRequester, present, type GraphQLRequester } from "@shopgraph/testing";
import { graphql } from "../../gateway/test/gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";
import { LOGIN, REGISTER } from "../../gateway/test/operations.js";
import { collectCspViolations, collectErrors, launchChromium, screenshot, seriousA11yViolations } from "./browser.js";

/**
 * Issue 16's screens in a real browser over the whole stack: a forgotten password reset through
 * the link in the mail (read from notifications' SMTP sink), an address saved on the account page
 * and used at checkout, and staff creating a shipping zone with a method and a promotion, which
 * the API then holds and checkout offers. The shopper's pages run at phone widths (360 and 414 px).
 */
const ADMIN = { email: "admin@e2e-accounts.shopgraph.test", password: "admin-password-e2e" };
const SHOPPER = { name: "Katherine Johnson", email: "katherine@e2e.shopgraph.test", password: "first passphrase 1" };
const NEW_PASSWORD = "second passphrase 22";
const HOME = {
  name: "Katherine Johnson",
  line1: "1 Langley Boulevard",
  line2: "Building 1244",
  city: "Hampton",
  postalCode: "23681",
  country: "US",
};

const SENT_MAIL = graphql(`
  query E2eSentMail {
    sentMail(first: 100) {
      recipient
      subject
      text
    }
  }
`);
const SHIPPING_ZONES = graphql(`
  query E2eShippingZones {
    shippingZones {
      name
      countries
      methods {
        name
        price {
          amountCents
        }
        freeAbove {
          amountCents
        }
      }
    }
  }
`);
const PROMOTIONS = graphql(`
  query E2ePromotions {
    promotions {
      name
      couponCode
      percentOff
      amountOff {
        amountCents
      }
      freeShipping
      minSubtotal {
        amountCents
      }
      usageLimit
      perCustomerLimit
      endsAt
    }
  }
`);
const ORDER_ADDRESS = graphql(`
  query E2eOrderAddress($id: ID!) {
    order(id: $id) {
      status
      shippingAddress {
        name
        line1
        line2
        city
        postalCode
        country
      }
    }
  }
`);

const SET_TAX_RATE = graphql(`
  mutation E2eSetTaxRate($input: SetTaxRateInput!) {
    setTaxRate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const CREATE_PROMOTION = graphql(`
  mutation E2eCreatePromotion($input: CreatePromotionInput!) {
    createPromotion(input: $input) {
      promotion {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PRODUCT_PRICE = graphql(`
  query E2eProductPrice($slug: String!) {
    product(slug: $slug) {
      taxCategory
      variants {
        title
        price {
          amountCents
          currency
        }
      }
    }
  }
`);

let stack: SupergraphUnderTest;
/** The test's own requests: a second gateway over the same subgraphs that takes any document. */
let api: GraphQLRequester;
let browser: Browser;
let shopperContext: BrowserContext;
let shopper: Page;
const consoleErrors: string[][] = [];
const cspViolations: string[][] = [];

async function accessToken(input: { email: string; password: string }): Promise<string> {
  const { login } = dataOf(await api(LOGIN, { input }));
  expect(login.userErrors).toEqual([]);
  return present(login.accessToken, `${input.email}'s access token`);
}

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Nothing wider than the viewport: no sideways scrolling on a phone. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  // What sticks out, to say where when it fails.
  const wide = await page.evaluate(
    (limit) =>
      [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > limit + 1)
        .slice(0, 8)
        .map(
          (element) => `${element.tagName.toLowerCase()}.${element.className} ${element.getBoundingClientRect().right}`,
        ),
    width,
  );
  expect(scrollWidth, wide.join("\n")).toBeLessThanOrEqual(width);
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  consoleErrors.push(collectErrors(page));
  cspViolations.push(await collectCspViolations(page));
  return page;
}

describe("account recovery, the address book and checkout settings in a real browser", () => {
  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: { SEED_DEMO_CATALOG: "true", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      gatewayEnv: { WEB_DIST: resolve(import.meta.dirname, "../dist"), OPERATIONS: "credentialed" },
    });
    api = graphqlRequester((await stack.startGateway({ OPERATIONS: "any" })).url);
    browser = await launchChromium();
    shopperContext = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: "en-US" });
    shopper = await newPage(shopperContext);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it("forgot password: the link in the mail sets a new password and signs the shopper in", async () => {
    const registered = dataOf(await api(REGISTER, { input: SHOPPER }));
    expect(registered.register.userErrors).toEqual([]);

    await shopper.goto(`${stack.origin}/signin`);
    await shopper.getByRole("link", { name: "Forgot your password?" }).click();
    await shopper.getByRole("heading", { name: "Forgot your password?", level: 1 }).waitFor();
    // A malformed address is caught at its input, which keeps the focus.
    await shopper.getByLabel("Email").fill("katherine@");
    await shopper.getByRole("button", { name: "Send me a link" }).click();
    const email = shopper.getByLabel("Email");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    await email.fill(SHOPPER.email);
    await expect.poll(() => email.getAttribute("aria-invalid")).toBeNull();
    await shopper.getByRole("button", { name: "Send me a link" }).click();
    const sent = shopper.getByRole("status").filter({ hasText: `If an account uses ${SHOPPER.email}` });
    await sent.waitFor();
    expect(await sent.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(shopper, "forgot password, sent");
    await expectNoSidewaysScroll(shopper, 360);
    await screenshot(shopper, "forgot-password-sent-360");

    // The mail, as the SMTP sink received it: its plain-text part carries the link.
    const admin = await accessToken(ADMIN);
    const text = await eventually(async () => {
      const { sentMail } = dataOf(await api(SENT_MAIL, {}, { token: admin }));
      const mail = (sentMail ?? []).find(
        (candidate) => candidate.recipient === SHOPPER.email && /reset/i.test(candidate.subject),
      );
      return mail?.text ?? false;
    }, 20_000);
    const link = new URL(present(/https?:\/\/\S+\/reset-password\?token=\S+/.exec(text), "the reset link")[0]);
    expect(link.searchParams.get("token")).toBeTruthy();

    // The mail names the shop's public address; this stack's shop is on another port.
    await shopper.goto(`${stack.origin}${link.pathname}${link.search}`);
    await shopper.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await shopper.getByLabel("New password", { exact: true }).fill("too short");
    await shopper.getByRole("button", { name: "Set password and sign in" }).click();
    const newPassword = shopper.getByLabel("New password", { exact: true });
    await expect.poll(() => newPassword.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(shopper, "reset password with an error");
    await screenshot(shopper, "reset-password-error-360");
    await newPassword.fill(NEW_PASSWORD);
    await expect.poll(() => newPassword.getAttribute("aria-invalid")).toBeNull();
    await shopper.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await shopper.getByRole("button", { name: "Set password and sign in" }).click();
    await shopper.waitForURL(`${stack.origin}/`);
    await shopper.getByRole("button", { name: "Katherine" }).waitFor();

    // The new password works, the old one no longer, and the link works once.
    await accessToken({ email: SHOPPER.email, password: NEW_PASSWORD });
    const old = dataOf(await api(LOGIN, { input: { email: SHOPPER.email, password: SHOPPER.password } }));
    expect(old.login.accessToken).toBeNull();
    await shopper.goto(`${stack.origin}${link.pathname}${link.search}`);
    await shopper.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await shopper.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await shopper.getByRole("button", { name: "Set password and sign in" }).click();
    await shopper.getByRole("alert").filter({ hasText: "This link has been used already" }).waitFor();
  });

  it("staff create a shipping zone with a method, a tax rate and a promotion; field errors show at their inputs", async () => {
    const adminContext = await browser.newContext({ viewport: { width: 414, height: 860 }, locale: "en-US" });
    const admin = await newPage(adminContext);
    await admin.goto(`${stack.origin}/signin?next=/admin/shipping`);
    await admin.getByLabel("Email").fill(ADMIN.email);
    await admin.getByLabel("Password").fill(ADMIN.password);
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(/\/admin\/shipping$/);
    await admin.getByText(/No shipping zones yet/).waitFor();

    // A code that is no country: the server says so at the countries input.
    const zoneName = admin.getByLabel("Zone name");
    await zoneName.fill("North America");
    await admin.getByLabel("Countries").fill("CA, MX, QQ");
    await admin.getByRole("button", { name: "Create zone" }).click();
    const countries = admin.getByLabel("Countries");
    await expect.poll(() => countries.getAttribute("aria-invalid")).toBe("true");
    expect(await countries.evaluate((element) => element === document.activeElement)).toBe(true);
    await admin.locator(".field__error").filter({ hasText: "QQ" }).waitFor();
    await expectAccessible(admin, "zone form with an error");
    await screenshot(admin, "admin-zone-error-414");
    await countries.fill("CA, MX");
    await expect.poll(() => countries.getAttribute("aria-invalid")).toBeNull();
    await admin.getByRole("button", { name: "Create zone" }).click();
    const created = admin.getByRole("status").filter({ hasText: "Created zone North America." });
    await created.waitFor();
    expect(await created.evaluate((element) => element === document.activeElement)).toBe(true);

    const zone = admin.getByRole("region", { name: "North America" });
    await zone.getByLabel("Method name").fill("Ground (3–5 days)");
    await zone.getByLabel("Price (USD)").fill("4.90");
    await zone.getByLabel("Free from (USD, optional)").fill("500");
    await zone.getByRole("button", { name: "Add method" }).click();
    await admin.getByRole("status").filter({ hasText: "Added method Ground (3–5 days) to North America." }).waitFor();
    await zone
      .getByRole("row", { name: /Ground \(3–5 days\)/ })
      .filter({ hasText: "$4.90" })
      .waitFor();
    await expectAccessible(admin, "shipping zones");
    await expectNoSidewaysScroll(admin, 414);
    await screenshot(admin, "admin-shipping-414");

    await admin.getByRole("link", { name: "Tax rates" }).click();
    await admin.getByLabel("Country").fill("us");
    await admin.getByLabel("Rate (%)").fill("7.25");
    await admin.getByRole("button", { name: "Set rate" }).click();
    await admin.getByRole("status").filter({ hasText: "United States now taxes standard at 7.25%." }).waitFor();
    await admin
      .getByRole("row", { name: /United States/ })
      .filter({ hasText: "7.25%" })
      .waitFor();
    await expectAccessible(admin, "tax rates");

    await admin.getByRole("link", { name: "Promotions" }).click();
    await admin.getByText("No live promotions.").waitFor();
    await admin.getByLabel("Name").fill("Launch week");
    await admin.getByLabel("Coupon code (optional)").fill("launch-10");
    await admin.getByLabel("Percent off").fill("10");
    await admin.getByLabel("Free shipping").check();
    await admin.getByLabel("Minimum subtotal (USD)").fill("30");
    await admin.getByLabel("Ends").fill("2030-01-31T18:00");
    await admin.getByLabel("Uses in all").fill("10");
    await admin.getByLabel("Uses per customer").fill("1");
    await admin.getByRole("button", { name: "Create promotion" }).click();
    await admin.getByRole("status").filter({ hasText: "Created promotion Launch week with code LAUNCH-10." }).waitFor();
    await admin
      .getByRole("row", { name: /Launch week/ })
      .filter({ hasText: "0 of 10" })
      .waitFor();
    // The same code again: taken, said at the code's input.
    await admin.getByLabel("Name").fill("Launch week again");
    await admin.getByLabel("Coupon code (optional)").fill("LAUNCH-10");
    await admin.getByLabel("Amount off (USD)").fill("5");
    await admin.getByRole("button", { name: "Create promotion" }).click();
    const code = admin.getByLabel("Coupon code (optional)");
    await expect.poll(() => code.getAttribute("aria-invalid")).toBe("true");
    await admin.getByText("A live promotion has this code already.").waitFor();
    await expectAccessible(admin, "promotions with an error");
    await expectNoSidewaysScroll(admin, 414);
    await screenshot(admin, "admin-promotions-414");
    // The narrowest phone: each screen still fits (its tables scroll inside their own box).
    await admin.setViewportSize({ width: 360, height: 780 });
    for (const [tab, heading] of [
      ["Shipping", "Shipping"],
      ["Tax rates", "Tax rates"],
      ["Promotions", "Promotions"],
    ] as const) {
      await admin.getByRole("link", { name: tab, exact: true }).click();
      await admin.getByRole("heading", { name: new RegExp(`^${heading}`), level: 2 }).waitFor();
      await expectNoSidewaysScroll(admin, 360);
    }
    await screenshot(admin, "admin-promotions-360");
    await adminContext.close();

    // What the API holds now.
    const adminToken = await accessToken(ADMIN);
    const zones = dataOf(await api(SHIPPING_ZONES, {}, { token: adminToken })).shippingZones;
    expect(zones).toEqual([
      {
        name: "North America",
        countries: ["CA", "MX"],
        methods: [{ name: "Ground (3–5 days)", price: { amountCents: 490 }, freeAbove: { amountCents: 50000 } }],
      },
    ]);
    const promotions = dataOf(await api(PROMOTIONS, {}, { token: adminToken })).promotions;
    expect(promotions).toEqual([
      {
        name: "Launch week",
        couponCode: "LAUNCH-10",
        percentOff: 10,
        amountOff: null,
        freeShipping: true,
        minSubtotal: { amountCents: 3000 },
        usageLimit: 10,
        perCustomerLimit: 1,
        endsAt: expect.stringMatching(/^2030-01-31T/),
      },
    ]);
  });

  it("an address saved on the account page is the one checkout starts from; a zone's country offers its method", async () => {
    await shopper.setViewportSize({ width: 414, height: 860 });
    await shopper.getByRole("button", { name: "Katherine" }).click();
    await shopper.getByRole("link", { name: "Your account" }).click();
    await shopper.getByRole("heading", { name: "Saved addresses" }).waitFor();
    await shopper.getByLabel("Full name").fill(HOME.name);
    await shopper.getByLabel("Street and number").fill(HOME.line1);
    await shopper.getByLabel("Apartment, suite (optional)").fill(HOME.line2);
    await shopper.getByLabel("Postal code").fill("236#81");
    await shopper.getByLabel("City").fill(HOME.city);
    await shopper.getByLabel("Country").selectOption(HOME.country);
    await shopper.getByLabel("Use as my default shipping address").check();
    await shopper.getByRole("button", { name: "Save address" }).click();
    const postalCode = shopper.getByLabel("Postal code");
    await expect.poll(() => postalCode.getAttribute("aria-invalid")).toBe("true");
    expect(await postalCode.evaluate((element) => element === document.activeElement)).toBe(true);
    await postalCode.fill(HOME.postalCode);
    await expect.poll(() => postalCode.getAttribute("aria-invalid")).toBeNull();
    await shopper.getByRole("button", { name: "Save address" }).click();
    await shopper
      .getByRole("status")
      .filter({ hasText: `Added the address of ${HOME.name}, ${HOME.line1}.` })
      .waitFor();
    await shopper
      .getByRole("listitem")
      .filter({ hasText: "Default shipping address" })
      .filter({ hasText: HOME.line1 })
      .waitFor();
    await expectAccessible(shopper, "account");
    await expectNoSidewaysScroll(shopper, 414);
    await screenshot(shopper, "account-addresses-414");
    await shopper.setViewportSize({ width: 360, height: 780 });
    await expectNoSidewaysScroll(shopper, 360);
    await shopper.setViewportSize({ width: 414, height: 860 });

    await shopper.goto(`${stack.origin}/products/stoneware-mug`);
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    await shopper.getByText(/^Added 1 × .+ to your cart\.$/).waitFor();
    await shopper.goto(`${stack.origin}/checkout`);
    const shipTo = shopper.getByRole("group", { name: "Ship to" });
    await shipTo.getByRole("radio", { name: new RegExp(HOME.line1) }).waitFor();
    expect(await shipTo.getByRole("radio", { name: new RegExp(HOME.line1) }).isChecked()).toBe(true);
    expect(await shopper.getByLabel("Full name").inputValue()).toBe(HOME.name);
    expect(await shopper.getByLabel("Postal code").inputValue()).toBe(HOME.postalCode);
    expect(await shopper.getByLabel("Country").inputValue()).toBe("US");
    // No zone ships to the United States: the free default. Canada is in the zone: its method,
    // priced into the summary by Cart.totals.
    const methods = shopper.getByRole("group", { name: "Shipping method" });
    await methods.getByText("Standard shipping to United States, free of charge.").waitFor();
    await shopper.getByLabel("Country").selectOption("CA");
    expect(await shipTo.getByRole("radio", { name: /Another address/ }).isChecked()).toBe(true);
    const ground = methods.getByRole("radio", { name: /^Ground \(3–5 days\) · \$4\.90/ });
    await ground.waitFor();
    expect(await ground.isChecked()).toBe(true);
    await expect
      .poll(() => shopper.getByRole("complementary", { name: "Order summary" }).innerText())
      .toMatch(/Shipping \(Ground \(3–5 days\)\)\s*\$4\.90/);
    await expectAccessible(shopper, "checkout with a shipping method");
    await screenshot(shopper, "checkout-shipping-method-414");
    // Back to the saved address: every field as saved.
    await shipTo.getByRole("radio", { name: new RegExp(HOME.line1) }).check();
    expect(await shopper.getByLabel("Country").inputValue()).toBe("US");
    expect(await shopper.getByLabel("Apartment, suite (optional)").inputValue()).toBe(HOME.line2);
    await methods.getByText("Standard shipping to United States, free of charge.").waitFor();
    await expectAccessible(shopper, "checkout with a saved address");
    await shopper.setViewportSize({ width: 360, height: 780 });
    await expectNoSidewaysScroll(shopper, 360);
    await screenshot(shopper, "checkout-saved-address-360");

    await shopper.getByRole("button", { name: "Place order and pay" }).click();
    await shopper.waitForURL(/\/orders\/[^/?]+\?placed=1$/);
    const orderId = new URL(shopper.url()).pathname.split("/").pop() as string;
    const shopperToken = await accessToken({ email: SHOPPER.email, password: NEW_PASSWORD });
    const order = dataOf(await api(ORDER_ADDRESS, { id: orderId }, { token: shopperToken })).order;
    expect(order).toEqual({ status: "PAID", shippingAddress: HOME });
  });

  it("a guest buys without an account: e-mail at checkout, the order's page by its link, the same link in the mail", async () => {
    const guestContext = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: "en-US" });
    const guest = await newPage(guestContext);
    const email = "dorothy@e2e.shopgraph.test";
    await guest.goto(`${stack.origin}/products/stoneware-mug`);
    await guest.getByRole("button", { name: "Add to cart" }).click();
    await guest.getByText(/^Added 1 × .+ to your cart\.$/).waitFor();
    await guest.getByRole("link", { name: "Cart, 1 items" }).click();
    await guest.getByRole("link", { name: "Check out as a guest" }).click();
    await guest.getByRole("heading", { name: "Checkout", level: 1 }).waitFor();
    await guest.getByLabel("Full name").fill("Dorothy Vaughan");
    await guest.getByLabel("Address", { exact: true }).fill(HOME.line1);
    await guest.getByLabel("City").fill(HOME.city);
    await guest.getByLabel("Postal code").fill(HOME.postalCode);
    await guest.getByLabel("Country").selectOption("US");
    await guest.getByRole("button", { name: "Place order and pay" }).click();
    // No address to mail the order to yet: said at its input, which takes the focus.
    const emailInput = guest.getByLabel("Email");
    await expect.poll(() => emailInput.getAttribute("aria-invalid")).toBe("true");
    expect(await emailInput.evaluate((element) => element === document.activeElement)).toBe(true);
    await emailInput.fill(email);
    await expectAccessible(guest, "guest checkout");
    await expectNoSidewaysScroll(guest, 360);
    await screenshot(guest, "guest-checkout-360");
    await guest.getByRole("button", { name: "Place order and pay" }).click();
    await guest.waitForURL(/\/guest-order\?token=[^&]+&placed=1$/);
    await guest.getByRole("heading", { name: "Thank you! Your order is confirmed." }).waitFor();
    const number = (await guest.locator(".order__title").innerText()).replace("Order ", "");
    expect(await guest.getByTestId("order-status").innerText()).toBe("Paid");
    await expectAccessible(guest, "guest order");
    await screenshot(guest, "guest-order-360");
    const token = new URL(guest.url()).searchParams.get("token");

    // The confirmation mail links the same page.
    const admin = await accessToken(ADMIN);
    const text = await eventually(async () => {
      const { sentMail } = dataOf(await api(SENT_MAIL, {}, { token: admin }));
      return (sentMail ?? []).find((mail) => mail.recipient === email && mail.text?.includes(number))?.text ?? false;
    }, 20_000);
    const link = new URL(present(/https?:\/\/\S+\/guest-order\?token=\S+/.exec(text), "the order's link")[0]);
    expect(link.searchParams.get("token")).toBe(token);
    await guest.goto(`${stack.origin}${link.pathname}${link.search}`);
    await guest.getByRole("heading", { name: `Order ${number}`, level: 1 }).waitFor();
    await guestContext.close();
  });

  it("a guest buys with a coupon and a paid method in a taxed zone: every figure on the page and in the mail as calculated here", async () => {
    // Canada (in the zone, Ground at $4.90) taxes at 13%; TAKE15 takes 15% off and ships at full price.
    const adminToken = await accessToken(ADMIN);
    const rate = dataOf(
      await api(
        SET_TAX_RATE,
        { input: { country: "CA", category: "STANDARD", rateBasisPoints: 1300 } },
        { token: adminToken },
      ),
    ).setTaxRate;
    expect(rate.userErrors).toEqual([]);
    const promotion = dataOf(
      await api(
        CREATE_PROMOTION,
        { input: { name: "Fifteen off", couponCode: "TAKE15", percentOff: 15 } },
        { token: adminToken },
      ),
    ).createPromotion;
    expect(promotion.userErrors).toEqual([]);
    const product = present(dataOf(await api(PRODUCT_PRICE, { slug: "stoneware-mug" })).product, "the mug");
    expect(product.taxCategory).toBe("STANDARD");
    const quantity = 2;
    const guestContext = await browser.newContext({ viewport: { width: 414, height: 860 }, locale: "en-US" });
    const guest = await newPage(guestContext);
    const email = "mary@e2e.shopgraph.test";
    await guest.goto(`${stack.origin}/products/stoneware-mug`);
    for (let added = 1; added <= quantity; added++) {
      await guest.getByRole("button", { name: "Add to cart" }).click();
      await guest.getByRole("link", { name: `Cart, ${added} items` }).waitFor();
    }
    await guest.getByRole("link", { name: `Cart, ${quantity} items` }).click();
    await guest.getByRole("link", { name: "Check out as a guest" }).click();
    await guest.getByRole("heading", { name: "Checkout", level: 1 }).waitFor();

    // The variant the product page put in the cart, by the title the checkout names: its price.
    const lineName = (await guest.locator(".summary__line-name").innerText()).trim();
    expect(lineName).toMatch(new RegExp(`^${quantity} × Stoneware Mug`));
    const unit = present(
      product.variants.find((variant) => lineName.endsWith(`(${variant.title})`)),
      `the variant of ${lineName}`,
    ).price;

    // The figures, worked out here from the documented rules (README, "Shipping, coupons and tax
    // at checkout"): prices include tax (PRICES_INCLUDE_TAX's default), a percentage rounds half
    // up, each line's tax is gross − round(gross ÷ 1.13), shipping is taxed as one more line.
    const halfUp = (numerator: number, denominator: number) =>
      Math.floor((2 * numerator + denominator) / (2 * denominator));
    const shipping = 490;
    const subtotal = unit.amountCents * quantity;
    expect(subtotal).toBeLessThan(50_000); // below Ground's "free from $500"
    const discount = halfUp(subtotal * 15, 100);
    const lineGross = subtotal - discount;
    const tax = lineGross - halfUp(lineGross * 10_000, 11_300) + (shipping - halfUp(shipping * 10_000, 11_300));
    const total = subtotal - discount + shipping;
    const usd = (cents: number) =>
      new Intl.NumberFormat("en-US", { style: "currency", currency: unit.currency }).format(cents / 100);
    expect(tax).toBeGreaterThan(0);
    expect(discount).toBeGreaterThan(0);

    await guest.getByLabel("Email").fill(email);
    await guest.getByLabel("Full name").fill("Mary Jackson");
    await guest.getByLabel("Address", { exact: true }).fill("111 Wellington Street");
    await guest.getByLabel("City").fill("Ottawa");
    await guest.getByLabel("Postal code").fill("K1A 0A9");
    await guest.getByLabel("Country").selectOption("CA");
    const ground = guest
      .getByRole("group", { name: "Shipping method" })
      .getByRole("radio", { name: /^Ground \(3–5 days\) · \$4\.90/ });
    await ground.waitFor();
    expect(await ground.isChecked()).toBe(true);

    // A code nobody issued: said at the field, in words, and nothing taken off.
    const coupon = guest.getByLabel("Coupon code (optional)");
    await coupon.fill("TAKE51");
    await guest.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => coupon.getAttribute("aria-invalid")).toBe("true");
    await guest
      .getByText("This code does not work: check its spelling, its start date and its minimum order.")
      .waitFor();
    await coupon.fill("take15");
    await expect.poll(() => coupon.getAttribute("aria-invalid")).toBeNull();
    await coupon.press("Enter");
    await guest.getByText("TAKE15 is applied.").waitFor();

    const summaryRows = () =>
      guest
        .getByRole("complementary", { name: "Order summary" })
        .locator("dl > div")
        .evaluateAll((rows) =>
          rows.map((row) => `${row.querySelector("dt")?.textContent}: ${row.querySelector("dd")?.textContent}`),
        );
    await expect
      .poll(summaryRows)
      .toEqual([
        `Subtotal: ${usd(subtotal)}`,
        `Discount (TAKE15): −${usd(discount)}`,
        `Shipping (Ground (3–5 days)): ${usd(shipping)}`,
        `Included tax: ${usd(tax)}`,
        `Total: ${usd(total)}`,
      ]);
    await expectAccessible(guest, "checkout with a coupon, a method and tax");
    await expectNoSidewaysScroll(guest, 414);
    await screenshot(guest, "checkout-coupon-tax-414");

    await guest.getByRole("button", { name: "Place order and pay" }).click();
    await guest.waitForURL(/\/guest-order\?token=[^&]+&placed=1$/);
    await guest.getByRole("heading", { name: "Thank you! Your order is confirmed." }).waitFor();
    const number = (await guest.locator(".order__title").innerText()).replace("Order ", "");
    await guest.getByTestId("order-tax").waitFor();
    const shown = async (testId: string) => guest.getByTestId(testId).innerText();
    expect({
      subtotal: await shown("order-subtotal"),
      discount: await shown("order-discount"),
      shipping: await shown("order-shipping"),
      tax: await shown("order-tax"),
      total: await shown("order-total"),
    }).toEqual({
      subtotal: usd(subtotal),
      discount: `−${usd(discount)}`,
      shipping: usd(shipping),
      tax: usd(tax),
      total: usd(total),
    });
    await expectAccessible(guest, "guest order with its figures");
    await screenshot(guest, "guest-order-figures-414");
    await guestContext.close();

    // The confirmation mail's plain text (not the later "paid" one) carries the same figures.
    const text = await eventually(async () => {
      const { sentMail } = dataOf(await api(SENT_MAIL, {}, { token: adminToken }));
      const confirmation = `Thank you for your order ${number}.`;
      return (
        (sentMail ?? []).find((mail) => mail.recipient === email && mail.text?.includes(confirmation))?.text ?? false
      );
    }, 20_000);
    const lines = text.split("\n").map((line) => line.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        `Subtotal: ${usd(subtotal)}`,
        `Discount (TAKE15): -${usd(discount)}`,
        `Shipping (Ground (3–5 days)): ${usd(shipping)}`,
        `Included tax: ${usd(tax)}`,
        `Total: ${usd(total)}`,
      ]),
    );
  });

  it("printed no console errors and broke no Content-Security-Policy rule", () => {
    expect(consoleErrors.flat()).toEqual([]);
    expect(cspViolations.flat()).toEqual([]);
  });
}, 240_000);
