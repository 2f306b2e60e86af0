import { toGlobalId } from "@shopgraph/kernel";
import { describe, expect, test } from "vitest";
import { retryDelayMs } from "../src/domain/backoff.js";
import { escapeHtml, html } from "../src/domain/html.js";
import { statusWording } from "../src/domain/order-status.js";
import { renderMail, subjectOf } from "../src/domain/templates.js";
import { testOrder } from "./events.js";

const shop = { name: "Shopgraph", url: "http://shop.test/?a=1&b=2" };
const HOSTILE = `<script>alert(1)</script> & "Co"`;
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;";

function hostileOrder() {
  const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f", { number: `<b>1</b>` });
  order.lines[0]!.productName = HOSTILE;
  order.lines[0]!.variantTitle = `<img src=x onerror=alert(2)>`;
  order.shippingAddress.name = `O'Brien <admin@example.com>`;
  return order;
}

describe("HTML escaping", () => {
  test("every value from an event is escaped in the HTML body and left as it is in the text body", () => {
    const order = hostileOrder();
    const mail = renderMail({ kind: "ORDER_CONFIRMATION", order }, `Eve <script>`, shop);
    expect(mail.html).toContain(`<td>${ESCAPED}</td>`);
    expect(mail.html).toContain("<td>&lt;img src=x onerror=alert(2)&gt;</td>");
    expect(mail.html).toContain("O&#39;Brien &lt;admin@example.com&gt;");
    expect(mail.html).toContain("<p>Hi Eve &lt;script&gt;,</p>");
    expect(mail.html).toContain("order &lt;b&gt;1&lt;/b&gt;.");
    expect(mail.html).toContain('<a href="http://shop.test/?a=1&amp;b=2">');
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.text).toContain(`- ${HOSTILE} (<img src=x onerror=alert(2)>) x 2 at $25.00 = $50.00`);
  });

  test("status mails escape the reason a person typed", () => {
    const order = hostileOrder();
    const transition = { from: "PAID", to: "CANCELLED", at: new Date().toISOString(), by: null, reason: HOSTILE };
    const mail = renderMail({ kind: "ORDER_STATUS_CHANGED", order, transition }, null, shop);
    expect(mail.html).toContain(`<p>Reason: ${ESCAPED}</p>`);
    expect(mail.html).not.toContain("<script");
    expect(mail.text).toContain(`Reason: ${HOSTILE}`);
    expect(mail.text.startsWith("Hello,\n")).toBe(true);
  });

  test("the shipped mail escapes the carrier and tracking number", () => {
    const order = hostileOrder();
    const transition = { from: "PAID", to: "SHIPPED", at: new Date().toISOString(), by: null, reason: null };
    const shipment = { carrier: HOSTILE, trackingNumber: "1Z<b>", shippedAt: transition.at };
    const mail = renderMail({ kind: "ORDER_STATUS_CHANGED", order, transition, shipment }, null, shop);
    expect(mail.html).toContain(`<p>Carrier: ${ESCAPED}, tracking number: 1Z&lt;b&gt;</p>`);
    expect(mail.html).not.toMatch(/<script|<b>/);
    expect(mail.text).toContain(`Carrier: ${HOSTILE}, tracking number: 1Z<b>`);
  });

  test("html`` escapes interpolations, nests templates without escaping them twice, and skips empty values", () => {
    const inner = html`<em>${"a&b"}</em>`;
    expect(html`<p>${inner}${null}${false}${undefined}${["<", html`<br />`]}</p>`.value).toBe(
      "<p><em>a&amp;b</em>&lt;<br /></p>",
    );
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

describe("content", () => {
  test("the confirmation lists each line and the totals, formatted from minor units in the order's currency", () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f", { currency: "EUR", totalCents: 123456 });
    const mail = renderMail({ kind: "ORDER_CONFIRMATION", order }, "Ada", shop);
    expect(mail.text).toContain("- Linen shirt (M / Blue) x 2 at €25.00 = €50.00");
    expect(mail.text).toContain("Subtotal: €68.50");
    expect(mail.text).toContain("Total: €1,234.56");
    expect(mail.text).toContain("Shipping to:\nAda Lovelace\n12 St James's Square\nSW1Y 4JH London\nUnited Kingdom");
    // The order's page, by its public id (the shop's URL, whatever query it was configured with).
    const page = `http://shop.test/orders/${toGlobalId("Order", order.orderId)}`;
    expect(mail.text).toContain(`View your order: ${page}`);
    expect(mail.html).toContain(`<a href="${page}">View your order</a>`);
  });

  test("a guest's order mail links its guest page only, never the account's order page it cannot open", async () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f");
    const link = "http://shop.test/guest-order?token=v1.abc.def";
    const mail = renderMail({ kind: "ORDER_CONFIRMATION", order }, null, shop, undefined, link);
    expect(mail.text).toContain(`View your order: ${link}`);
    expect(mail.text).not.toContain("/orders/");
    expect(mail.html).not.toContain("/orders/");
  });

  test("status mails link the order too; a country code Intl does not know is shown as written", () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f");
    order.shippingAddress = { ...order.shippingAddress, country: "Narnia" };
    const transition = { from: "PAID", to: "SHIPPED", at: new Date().toISOString(), by: null, reason: null };
    const mail = renderMail({ kind: "ORDER_STATUS_CHANGED", order, transition }, null, shop);
    expect(mail.text).toContain("SW1Y 4JH London\nNarnia\n");
    expect(mail.text).toContain(`View your order: http://shop.test/orders/${toGlobalId("Order", order.orderId)}`);
  });

  test("the confirmation shows the discount, shipping and tax lines the event carries, escaped", () => {
    const order = {
      ...testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f", { subtotalCents: 6250, totalCents: 6120 }),
      discountTotalCents: 625,
      shippingTotalCents: 495,
      taxTotalCents: 871,
      pricesIncludeTax: true,
      shippingMethodName: "Parcel <b>",
      couponCode: "TEN",
    };
    const mail = renderMail({ kind: "ORDER_CONFIRMATION", order }, "Ada", shop);
    expect(mail.text).toContain(
      "Subtotal: $62.50\nDiscount (TEN): -$6.25\nShipping (Parcel <b>): $4.95\nIncluded tax: $8.71\nTotal: $61.20",
    );
    expect(mail.html).toContain("Shipping (Parcel &lt;b&gt;)");
    expect(mail.html).toContain("-$6.25");
    const net = renderMail({ kind: "ORDER_CONFIRMATION", order: { ...order, pricesIncludeTax: false } }, "Ada", shop);
    expect(net.text).toContain("Tax: $8.71");
    // An event from before checkout priced shipping and tax: no such lines, and no discount line at 0.
    const older = renderMail({ kind: "ORDER_CONFIRMATION", order: testOrder(order.orderId) }, "Ada", shop);
    expect(older.text).not.toMatch(/Shipping:|Shipping \(|tax:|Tax:|Discount/);
  });

  test("a line without a variant title and an address without a postal code read cleanly", () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f");
    order.lines[1]!.variantTitle = "";
    order.shippingAddress = { ...order.shippingAddress, postalCode: "", city: "Dublin", country: "IE" };
    const mail = renderMail({ kind: "ORDER_CONFIRMATION", order }, "Ada", shop);
    expect(mail.text).toContain("- Canvas tote x 1 at $18.50 = $18.50");
    expect(mail.text).toContain("12 St James's Square\nDublin\nIreland");
  });

  test("each status has a subject and says what it means for the shopper; unknown statuses still read well", () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f", { number: "SG-7" });
    const subject = (to: string) =>
      subjectOf(
        { kind: "ORDER_STATUS_CHANGED", order, transition: { from: "X", to, at: "", by: null, reason: null } },
        shop,
      );
    expect(["PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "ON_HOLD"].map(subject)).toEqual([
      "Order SG-7 is awaiting payment",
      "Order SG-7 is paid",
      "Order SG-7 is shipped",
      "Order SG-7 is delivered",
      "Order SG-7 is cancelled",
      "Order SG-7 is on hold",
    ]);
    expect(statusWording("ON_HOLD").meaning).toBe('The status of your order is now "on hold".');
    expect(subjectOf({ kind: "WELCOME", name: "Ada" }, shop)).toBe("Welcome to Shopgraph");
  });

  test("a status mail without a shipment (an older notification, or shipped untracked) names no carrier", () => {
    const order = testOrder("8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f");
    const transition = { from: "PAID", to: "SHIPPED", at: new Date().toISOString(), by: null, reason: null };
    expect(renderMail({ kind: "ORDER_STATUS_CHANGED", order, transition }, "Ada", shop).text).not.toContain("Carrier");
  });

  test("the refund mail says how much went back for which order, in the refund's currency", () => {
    const refunded = {
      orderId: "0b5d3c1e-2f4a-4b6c-8d9e-0f1a2b3c4d5e",
      number: "SG-7",
      userId: "8a0b8f1e-6a1b-4c9a-9d3e-2f4b5c6d7e8f",
      refund: { id: "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", amountCents: 123456, currency: "EUR" },
    };
    const mail = renderMail({ kind: "ORDER_REFUNDED", refunded }, "Ada", shop);
    expect(mail.subject).toBe("Your refund for order SG-7");
    expect(mail.text).toContain("We have refunded €1,234.56 for your cancelled order SG-7.");
    expect(mail.html).toContain("<strong>We have refunded €1,234.56 for your cancelled order SG-7.</strong>");
  });
});

test("send retries back off exponentially up to the cap", () => {
  expect([1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(attempts, 1_000, 10_000))).toEqual([
    1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
  ]);
});

describe("account mail", () => {
  const token = {
    purpose: "PASSWORD_RESET" as const,
    userId: "u",
    sealed: "v1.x.y",
    expiresAt: "2026-12-06T23:05:00.000Z",
  };

  test("a reset mail carries the link in both parts, with its expiry in UTC; without the opened token it is not rendered", () => {
    const mail = renderMail({ kind: "PASSWORD_RESET", token }, "Grace", shop, "abc_DEF-123");
    expect(mail.subject).toBe("Reset your Shopgraph password");
    expect(mail.text).toContain("until 2026-12-06 23:05 UTC:\nhttp://shop.test/reset-password?token=abc_DEF-123\n");
    expect(mail.html).toContain('<a href="http://shop.test/reset-password?token=abc_DEF-123">');
    expect(() => renderMail({ kind: "PASSWORD_RESET", token }, "Grace", shop)).toThrow(/needs its token/);
  });

  test("the change notice escapes the new address in the HTML", () => {
    const mail = renderMail({ kind: "EMAIL_CHANGE_NOTICE", newEmail: HOSTILE }, null, shop);
    expect(mail.html).toContain(ESCAPED);
    expect(mail.html).not.toContain("<script");
    expect(mail.text).toContain(HOSTILE);
  });
});
