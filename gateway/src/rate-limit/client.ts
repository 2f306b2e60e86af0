import type { IncomingMessage } from "node:http";
import { isAdmin } from "@shopgraph/kernel";
import { accessTokenViewer, type AccessTokenKeys } from "@shopgraph/platform";

/** Who a request is counted against. */
export interface Client {
  ip: string;
  /** The subject of a valid access token; undefined for anonymous requests and bad tokens. */
  userId: string | undefined;
  /** A valid admin token: this request may use the whole API, not only the storefront. */
  admin: boolean;
  /**
   * The partner app of a working API key: it is counted against its own budgets, not its
   * address's, and works against the whole API (each subgraph checks its scopes).
   */
  app?: { appId: string; keyPrefix: string };
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
export function clientOf(req: IncomingMessage, trustProxy: boolean, keys: AccessTokenKeys): Client {
  let userId: string | undefined;
  let admin = false;
  try {
    const viewer = accessTokenViewer(keys, req.headers.authorization);
    if (viewer.kind === "user") userId = viewer.userId;
    admin = isAdmin(viewer);
  } catch {
    // An invalid token is the subgraphs' to refuse; until then the request counts by address.
  }
  return { ip: clientAddress(req, trustProxy), userId, admin };
}

/** The client of a request made with a partner app's API key (already exchanged, so it works). */
export function appClientOf(
  req: IncomingMessage,
  trustProxy: boolean,
  app: { appId: string; keyPrefix: string },
): Client {
  return { ip: clientAddress(req, trustProxy), userId: undefined, admin: false, app };
}
