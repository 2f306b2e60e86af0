import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import WebSocket, { type ClientOptions } from "ws";

/**
 * Requests to a subgraph are signed by whoever may send them (the gateway, or a peer subgraph):
 * an HMAC-SHA256, with the shared `REQUEST_SIGNING_SECRET`, over the method, the path (with its
 * query), a timestamp and the SHA-256 of the body. A subgraph answers nothing else, so a request
 * that did not come through the gateway (or a peer) never reaches a resolver, `_entities` and
 * `_service` included.
 */
export const SIGNATURE_HEADER = "x-shopgraph-signature";
export const SIGNATURE_TIMESTAMP_HEADER = "x-shopgraph-timestamp";
/** How far a signature's timestamp may lie from the receiver's clock, either way (clock skew included). */
export const SIGNATURE_WINDOW_MS = 60_000;
const VERSION = "v1";

export interface SignedRequest {
  method: string;
  /** Path and query string, as on the request line (`/graphql?query=...`). */
  path: string;
  body: Buffer | string;
}

function signature(secret: string, request: SignedRequest, timestamp: string): string {
  const bodyHash = createHash("sha256").update(request.body).digest("hex");
  const canonical = [VERSION, request.method.toUpperCase(), request.path, timestamp, bodyHash].join("\n");
  return createHmac("sha256", secret).update(canonical).digest("hex");
}

/** The headers that make `request` acceptable to a subgraph for the next SIGNATURE_WINDOW_MS. */
export function signatureHeaders(secret: string, request: SignedRequest, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return {
    [SIGNATURE_TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: `${VERSION}=${signature(secret, request, timestamp)}`,
  };
}

/** Why a request's signature does not hold, or undefined when it does. */
export function signatureProblem(
  secret: string,
  request: SignedRequest & { headers: Record<string, string | string[] | undefined> },
  now = Date.now(),
): string | undefined {
  const timestamp = request.headers[SIGNATURE_TIMESTAMP_HEADER];
  const given = request.headers[SIGNATURE_HEADER];
  if (typeof timestamp !== "string" || typeof given !== "string") return "The request is not signed";
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > SIGNATURE_WINDOW_MS) {
    return "The request signature has expired";
  }
  const expected = Buffer.from(`${VERSION}=${signature(secret, request, timestamp)}`);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return "The request signature is invalid";
  }
  return undefined;
}

/** `path` of a URL as a request line carries it: pathname and query. */
export const requestPath = (url: string): string => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

/**
 * A `ws` WebSocket class whose upgrade request is signed, for graphql-ws's `webSocketImpl`: each
 * connection (reconnects too) is signed when it is made.
 */
export function signedWebSocket(
  secret: string,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class SignedWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[], options: ClientOptions = {}) {
      const headers = signatureHeaders(secret, { method: "GET", path: requestPath(String(address)), body: "" });
      super(address, protocols, { ...options, headers: { ...options.headers, ...headers } });
    }
  };
}
