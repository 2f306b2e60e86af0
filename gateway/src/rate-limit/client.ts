import type { IncomingMessage } from "node:http";
import { isAdmin, viewerFromAuthorization, type TokenKeys } from "@shopgraph/common";

/** Who a request is counted against. */
export interface Client {
  ip: string;
  /** The subject of a valid access token; undefined for anonymous requests and bad tokens. */
  userId: string | undefined;
  /** A valid admin token: this request may use the whole API, not only the storefront. */
  admin: boolean;
}

/**
 * The socket's address; behind a proxy (`trustProxy`), the last X-Forwarded-For entry, which is
 * the address the proxy itself saw (entries before it are whatever the client wrote).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded)?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** The client of `req`: the token is verified (a forged `sub` must not spend someone else's budget). */
export function clientOf(req: IncomingMessage, trustProxy: boolean, keys: TokenKeys): Client {
  let userId: string | undefined;
  let admin = false;
  try {
    const viewer = viewerFromAuthorization(keys, req.headers.authorization);
    if (viewer.kind === "user") userId = viewer.userId;
    admin = isAdmin(viewer);
  } catch {
    // An invalid token is the subgraphs' to refuse; until then the request counts by address.
  }
  return { ip: clientAddress(req, trustProxy), userId, admin };
}
