import { ProblemList, type EventType, type Problem } from "@shopgraph/kernel";
import { addressAllowed, isIpLiteral } from "./webhook-addresses.js";
import type { WebhookErrorCode } from "./errors.js";

/** The catalogue's events a partner may subscribe an endpoint to. */
export const WEBHOOK_EVENT_TYPES = [
  "order.placed",
  "order.status_changed",
  "order.refunded",
  "product.changed",
  "variant.changed",
  "stock.changed",
] as const satisfies readonly EventType[];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** Where webhooks may go: set per environment (see config.ts). */
export interface WebhookUrlPolicy {
  /** Only `https:` URLs (production). */
  requireHttps: boolean;
  /** Loopback and private networks too (development only; never link-local or metadata). */
  allowPrivateNetworks: boolean;
}

export const MAX_URL_LENGTH = 2_048;
export const MAX_ENDPOINT_EVENTS = WEBHOOK_EVENT_TYPES.length;

/**
 * The URL as it will be called, or the problems with it. Checks what the text alone tells: the
 * scheme, no credentials, a host, and an IP literal's address. A host name is resolved and its
 * addresses checked afterwards, and again at every delivery (the name may resolve elsewhere by then).
 */
export function checkWebhookUrl(
  text: string,
  policy: WebhookUrlPolicy,
): { ok: true; url: URL } | { ok: false; problems: Problem<WebhookErrorCode>[] } {
  const problems = new ProblemList<WebhookErrorCode>();
  const refuse = (message: string, code: WebhookErrorCode = "INVALID_URL") => ({
    ok: false as const,
    problems: problems.add(code, message, "url").problems,
  });
  if (text.length > MAX_URL_LENGTH) return refuse(`The URL is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse("Not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return refuse("Only http and https URLs can receive webhooks");
  if (policy.requireHttps && url.protocol !== "https:") return refuse("Webhook URLs must use https", "URL_NOT_ALLOWED");
  if (url.username !== "" || url.password !== "") return refuse("A webhook URL may not carry credentials");
  if (url.hash !== "") return refuse("A webhook URL may not have a fragment");
  if (url.hostname === "") return refuse("The URL has no host");
  if (isIpLiteral(url.hostname) && !addressAllowed(url.hostname, policy.allowPrivateNetworks)) {
    return refuse("The URL points at a loopback, private, link-local or reserved address", "URL_NOT_ALLOWED");
  }
  return { ok: true, url };
}

/** Every problem with the events an endpoint subscribes to: none, unknown, or repeated. */
export function checkWebhookEvents(events: readonly string[]): Problem<WebhookErrorCode>[] {
  const problems = new ProblemList<WebhookErrorCode>();
  if (events.length === 0) problems.add("INVALID_EVENTS", "Subscribe to at least one event", "events");
  if (events.length > MAX_ENDPOINT_EVENTS) {
    // One problem, not one per name: the answer stays small whatever is sent.
    return problems.add("INVALID_EVENTS", `At most ${MAX_ENDPOINT_EVENTS} events`, "events").problems;
  }
  events.forEach((event, index) => {
    if (!isWebhookEventType(event)) {
      problems.add(
        "UNKNOWN_EVENT",
        `"${event.slice(0, 100)}" is not an event a webhook can receive (${WEBHOOK_EVENT_TYPES.join(", ")})`,
        ["input", "events", String(index)],
      );
    } else if (events.indexOf(event) !== index) {
      problems.add("INVALID_EVENTS", `"${event}" is named twice`, ["input", "events", String(index)]);
    }
  });
  return problems.problems;
}
