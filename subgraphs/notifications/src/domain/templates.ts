import {
  DEFAULT_LOCALE,
  formatMoney,
  money,
  toGlobalId,
  type AddressData,
  type EventCatalog,
  type OrderData,
  type ShipmentData,
} from "@shopgraph/kernel";
import { html, type SafeHtml } from "./html.js";
import type { MailedToken, NotificationPayload, Transition } from "./notifications.js";
import { statusWording } from "./order-status.js";

export interface ShopInfo {
  name: string;
  url: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** Stored on the notification when it is made, so lists show it before the mail is sent. */
export function subjectOf(payload: NotificationPayload, shop: ShopInfo): string {
  switch (payload.kind) {
    case "WELCOME":
      return `Welcome to ${shop.name}`;
    case "ORDER_CONFIRMATION":
      return `Order ${payload.order.number} confirmed`;
    case "ORDER_STATUS_CHANGED":
      return `Order ${payload.order.number} is ${statusWording(payload.transition.to).label}`;
    case "ORDER_REFUNDED":
      return `Your refund for order ${payload.refunded.number}`;
    case "PASSWORD_RESET":
      return `Reset your ${shop.name} password`;
    case "EMAIL_VERIFICATION":
      return payload.change ? "Confirm your new email address" : "Verify your email address";
    case "EMAIL_CHANGE_NOTICE":
      return `Your ${shop.name} email address is being changed`;
  }
}

/** A page of the shop: `<SHOP_URL>/<path>`, whether or not SHOP_URL ends with a slash. */
function shopPage(shop: ShopInfo, path: string): URL {
  return new URL(path, shop.url.endsWith("/") ? shop.url : `${shop.url}/`);
}

/** The shop's page a mailed token opens: `<SHOP_URL>/<page>?token=...`. */
export function tokenLink(
  shop: ShopInfo,
  page: "reset-password" | "verify-email" | "guest-order",
  token: string,
): string {
  const url = shopPage(shop, page);
  url.searchParams.set("token", token);
  return url.toString();
}

/** The order's page in the shop (the shopper signs in to see it), by its public id. */
export function orderLink(shop: ShopInfo, orderId: string): string {
  return shopPage(shop, `orders/${toGlobalId("Order", orderId)}`).toString();
}

/**
 * The page a guest's order mail links to: `<SHOP_URL>/guest-order?token=...`, which opens the order
 * read-only (orderByToken).
 */
export function guestOrderLink(shop: ShopInfo, token: string): string {
  return tokenLink(shop, "guest-order", token);
}

/**
 * The message, HTML and plain text; every value that came from an event is escaped in the HTML.
 * `token` is the opened token of a payload that carries one (see mailedTokenOf); `guestLink` the
 * link to a guest's order (see guestOrderOf), which the mail about it ends with.
 */
export function renderMail(
  payload: NotificationPayload,
  recipientName: string | null,
  shop: ShopInfo,
  token?: string,
  guestLink?: string,
): RenderedMail {
  const subject = subjectOf(payload, shop);
  const greeting = recipientName ? `Hi ${recipientName},` : "Hello,";
  const body = withGuestLink(bodyOf(payload, shop, token, guestLink), guestLink);
  return {
    subject,
    html: layout(
      subject,
      html`<p>${greeting}</p>
        ${body.html}`,
      shop,
    ).value,
    text: [greeting, "", body.text, "", `${shop.name} - ${shop.url}`, ""].join("\n"),
  };
}

interface Body {
  html: SafeHtml;
  text: string;
}

function withGuestLink(body: Body, link: string | undefined): Body {
  if (link === undefined) return body;
  const how = "Follow your order, and pay it if you have not yet, with this link (keep it: it is your order's key):";
  const account = "Create an account with this address and verify it to find this order among your orders.";
  return {
    html: html`${body.html}
      <p>${how}</p>
      <p><a href="${link}">View your order</a></p>
      <p>${account}</p>`,
    text: [body.text, "", how, link, "", account].join("\n"),
  };
}

function bodyOf(
  payload: NotificationPayload,
  shop: ShopInfo,
  token: string | undefined,
  guestLink: string | undefined,
): Body {
  // A guest has no account to open the order's page with: their link is the one to it.
  const orderPage = (orderId: string) => guestLink ?? orderLink(shop, orderId);
  const opened = (mailed: MailedToken) => {
    if (token === undefined) throw new Error(`a ${mailed.purpose} mail needs its token`);
    return token;
  };
  switch (payload.kind) {
    case "WELCOME":
      return welcome(shop);
    case "ORDER_CONFIRMATION":
      return confirmation(payload.order, orderPage(payload.order.orderId));
    case "ORDER_STATUS_CHANGED":
      return statusChange(
        payload.order,
        payload.transition,
        payload.shipment ?? null,
        orderPage(payload.order.orderId),
      );
    case "ORDER_REFUNDED":
      return refund(payload.refunded);
    case "PASSWORD_RESET":
      return passwordReset(shop, payload.token, tokenLink(shop, "reset-password", opened(payload.token)));
    case "EMAIL_VERIFICATION":
      return emailVerification(payload.token, payload.change, tokenLink(shop, "verify-email", opened(payload.token)));
    case "EMAIL_CHANGE_NOTICE":
      return emailChangeNotice(shop, payload.newEmail);
  }
}

/** `2026-12-06 23:05 UTC`: mail has no time zone of the reader's. */
function utc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function passwordReset(shop: ShopInfo, token: MailedToken, link: string): Body {
  const intro = `Someone, hopefully you, asked to reset the password of your ${shop.name} account.`;
  const how = `Choose a new password with this link. It works once, until ${utc(token.expiresAt)}:`;
  const ignore = "If you did not ask, ignore this message: your password stays as it is.";
  return {
    html: html`<p>${intro}</p>
      <p>${how}</p>
      <p><a href="${link}">Choose a new password</a></p>
      <p>${ignore}</p>`,
    text: [intro, "", how, link, "", ignore].join("\n"),
  };
}

function emailVerification(token: MailedToken, change: boolean, link: string): Body {
  const intro = change
    ? "You asked to use this address for your account. It takes its place once you confirm it."
    : "Please confirm that this is your email address.";
  const how = `Use this link once, until ${utc(token.expiresAt)}:`;
  const ignore = "If you did not ask for this, ignore this message: nothing changes.";
  return {
    html: html`<p>${intro}</p>
      <p>${how}</p>
      <p><a href="${link}">${change ? "Confirm the new address" : "Verify my address"}</a></p>
      <p>${ignore}</p>`,
    text: [intro, "", how, link, "", ignore].join("\n"),
  };
}

function emailChangeNotice(shop: ShopInfo, newEmail: string): Body {
  const what = `Someone signed in to your ${shop.name} account asked to change its email address to ${newEmail}.`;
  const when = "It changes only once that address confirms it; until then this address stays the account's.";
  const act = "If this was not you, reset your password now, which also signs out every session:";
  const link = shopPage(shop, "forgot-password").toString();
  return {
    html: html`<p>${what}</p>
      <p>${when}</p>
      <p>${act} <a href="${link}">reset your password</a></p>`,
    text: [what, "", when, "", act, link].join("\n"),
  };
}

function welcome(shop: ShopInfo): Body {
  const intro = `Welcome to ${shop.name}! Your account is ready: you can save a cart, check out and follow your orders.`;
  return {
    html: html`<p>${intro}</p>
      <p><a href="${shop.url}">Start shopping</a></p>`,
    text: `${intro}\n\nStart shopping: ${shop.url}`,
  };
}

/**
 * Mail is written in English and the user projection holds no language, so amounts read as the
 * API's default locale does (en-US), whatever language the order was placed in.
 */
const MAIL_LOCALE = DEFAULT_LOCALE;
const format = (cents: number, currency: string) => formatMoney(money(cents, currency), MAIL_LOCALE);

function confirmation(order: OrderData, link: string): Body {
  const intro = `Thank you for your order ${order.number}. Here is what you ordered:`;
  const next = statusWording(order.status).meaning;
  const rows = order.lines.map(
    (line) =>
      html`<tr>
        <td>${line.productName}</td>
        <td>${line.variantTitle}</td>
        <td align="right">${line.quantity}</td>
        <td align="right">${format(line.unitPriceCents, order.currency)}</td>
        <td align="right">${format(line.lineTotalCents, order.currency)}</td>
      </tr>`,
  );
  const textLines = order.lines.map(
    (line) =>
      `- ${line.productName}${line.variantTitle ? ` (${line.variantTitle})` : ""} x ${line.quantity} at ${format(line.unitPriceCents, order.currency)} = ${format(line.lineTotalCents, order.currency)}`,
  );
  return {
    html: html`<p>${intro}</p>
      <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
        <thead>
          <tr>
            <th align="left">Product</th>
            <th align="left">Variant</th>
            <th align="right">Qty</th>
            <th align="right">Unit price</th>
            <th align="right">Line total</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
        <tfoot>
          ${totalsHtml(order)}
        </tfoot>
      </table>
      <p>${next}</p>
      ${addressHtml(order.shippingAddress)}
      <p><a href="${link}">View your order</a></p>`,
    text: [
      intro,
      "",
      ...textLines,
      "",
      ...totalsText(order),
      "",
      next,
      "",
      ...addressText(order.shippingAddress),
      "",
      `View your order: ${link}`,
    ].join("\n"),
  };
}

function statusChange(order: OrderData, transition: Transition, shipment: ShipmentData | null, link: string): Body {
  const wording = statusWording(transition.to);
  const headline = `Your order ${order.number} is now ${wording.label}.`;
  const reason = transition.reason ? `Reason: ${transition.reason}` : null;
  const tracking = shipment ? `Carrier: ${shipment.carrier}, tracking number: ${shipment.trackingNumber}` : null;
  const items = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const summary = `${items} item${items === 1 ? "" : "s"}, total ${format(order.totalCents, order.currency)}.`;
  return {
    html: html`<p><strong>${headline}</strong></p>
      <p>${wording.meaning}</p>
      ${tracking && html`<p>${tracking}</p>`} ${reason && html`<p>${reason}</p>`}
      <p>${summary}</p>
      ${addressHtml(order.shippingAddress)}
      <p><a href="${link}">View your order</a></p>`,
    text: [
      headline,
      "",
      wording.meaning,
      ...(tracking ? ["", tracking] : []),
      ...(reason ? ["", reason] : []),
      "",
      summary,
      "",
      ...addressText(order.shippingAddress),
      "",
      `View your order: ${link}`,
    ].join("\n"),
  };
}

function refund({ number, refund }: EventCatalog["order.refunded"]): Body {
  const headline = `We have refunded ${format(refund.amountCents, refund.currency)} for your cancelled order ${number}.`;
  const when = "The money goes back to the payment method you paid with; your bank may take a few days to show it.";
  return {
    html: html`<p><strong>${headline}</strong></p>
      <p>${when}</p>`,
    text: [headline, "", when].join("\n"),
  };
}

/**
 * The order's figures between subtotal and total, as the event carries them: the discount (when
 * there is one), shipping and tax (events from before checkout priced them lack them: none shown).
 * Included tax is shown as such, not added again: `total` is always the sum the shopper pays.
 */
function pricingRows(order: OrderData): { label: string; amount: string }[] {
  const rows: { label: string; amount: string }[] = [];
  if (order.discountTotalCents) {
    const label = order.couponCode ? `Discount (${order.couponCode})` : "Discount";
    rows.push({ label, amount: `-${format(order.discountTotalCents, order.currency)}` });
  }
  if (order.shippingTotalCents !== undefined) {
    const label = order.shippingMethodName ? `Shipping (${order.shippingMethodName})` : "Shipping";
    rows.push({ label, amount: format(order.shippingTotalCents, order.currency) });
  }
  if (order.taxTotalCents !== undefined) {
    const label = order.pricesIncludeTax === false ? "Tax" : "Included tax";
    rows.push({ label, amount: format(order.taxTotalCents, order.currency) });
  }
  return rows;
}

function totalsHtml(order: OrderData): SafeHtml {
  const rows = pricingRows(order).map(
    (row) =>
      html`<tr>
        <td colspan="4" align="right">${row.label}</td>
        <td align="right">${row.amount}</td>
      </tr>`,
  );
  return html`<tr>
      <td colspan="4" align="right">Subtotal</td>
      <td align="right">${format(order.subtotalCents, order.currency)}</td>
    </tr>
    ${rows}
    <tr>
      <td colspan="4" align="right"><strong>Total</strong></td>
      <td align="right"><strong>${format(order.totalCents, order.currency)}</strong></td>
    </tr>`;
}

function totalsText(order: OrderData): string[] {
  return [
    `Subtotal: ${format(order.subtotalCents, order.currency)}`,
    ...pricingRows(order).map((row) => `${row.label}: ${row.amount}`),
    `Total: ${format(order.totalCents, order.currency)}`,
  ];
}

function addressLines(address: AddressData): string[] {
  return [
    address.name,
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    `${address.postalCode ?? ""} ${address.city}`.trim(),
    countryName(address.country),
  ];
}

const COUNTRY_NAMES = new Intl.DisplayNames([MAIL_LOCALE], { type: "region", fallback: "code" });

/** `US` as "United States", in the mail's language; a code Intl does not know stays as it is. */
export function countryName(code: string): string {
  try {
    return COUNTRY_NAMES.of(code) ?? code;
  } catch {
    // Not a well-formed region code (an older event's free text): shown as written.
    return code;
  }
}

function addressHtml(address: AddressData): SafeHtml {
  const lines = addressLines(address).map((line, index) => (index === 0 ? html`${line}` : html`<br />${line}`));
  return html`<p>Shipping to:<br />${lines}</p>`;
}

function addressText(address: AddressData): string[] {
  return ["Shipping to:", ...addressLines(address)];
}

function layout(title: string, content: SafeHtml, shop: ShopInfo): SafeHtml {
  return html`<!doctype html>
    <html>
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body style="font-family:sans-serif;line-height:1.5">
        ${content}
        <p style="color:#666"><a href="${shop.url}">${shop.name}</a></p>
      </body>
    </html> `;
}
