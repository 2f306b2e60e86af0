import { isAdmin, uuidOf } from "@shopgraph/kernel";
import {
  accessTokenViewer,
  sendJson,
  type AccessTokenKeys,
  type Logger,
  type RequestHandler,
} from "@shopgraph/platform";
import type { Redis } from "ioredis";
import type { RevocationGate } from "../revocation/session-revocation.js";
import { readAppUsage, USAGE_DAYS_KEPT } from "./usage.js";

export const USAGE_PATH = "/admin/partner-apps/usage";

const refuse = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * `GET /admin/partner-apps/usage?appId=<PartnerApp id>&days=<1..90>` for an ADMIN's access token:
 * the app's usage per day (requests, errors, cost, and per operation name), newest first, as the
 * gateway recorded it in Redis. The gateway answers it itself: the usage lives in its Redis,
 * which no subgraph reads.
 */
export function appUsageRoute(options: {
  redis: Redis;
  keys: AccessTokenKeys;
  revocation: RevocationGate;
  log: Logger;
}): RequestHandler {
  const { redis, keys, revocation, log } = options;
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://gateway");
    if (url.pathname !== USAGE_PATH || req.method !== "GET") return false;
    const authorization = req.headers.authorization;
    let admin: boolean;
    try {
      admin = isAdmin(accessTokenViewer(keys, authorization));
    } catch {
      admin = false;
    }
    if (!authorization || !admin || (await revocation.isRevoked(authorization))) {
      sendJson(res, authorization ? 403 : 401, refuse(authorization ? "FORBIDDEN" : "UNAUTHENTICATED", "ADMIN only"));
      return true;
    }
    const appId = uuidOf(url.searchParams.get("appId"), "PartnerApp");
    const days = Number(url.searchParams.get("days") ?? "7");
    if (appId === undefined || !Number.isInteger(days) || days < 1 || days > USAGE_DAYS_KEPT) {
      sendJson(res, 400, refuse("BAD_USER_INPUT", `Give appId (a PartnerApp id) and days (1 to ${USAGE_DAYS_KEPT})`));
      return true;
    }
    try {
      sendJson(res, 200, { appId, days: await readAppUsage(redis, appId, days) }, { "cache-control": "no-store" });
    } catch (err) {
      log.error({ err: (err as Error).message }, "cannot read an app's usage");
      sendJson(res, 503, refuse("SERVICE_UNAVAILABLE", "Usage is unavailable while Redis does not answer"));
    }
    return true;
  };
}
