import type { AppAccessRevocationReason, PartnerScope } from "@shopgraph/kernel";
import { isUuid } from "@shopgraph/kernel";
import { recordEvent } from "@shopgraph/messaging";
import {
  newestFirstWindowQuery,
  query,
  sql,
  type EntityManager,
  type NewestFirstPosition,
  type PageWindow,
  type WindowRows,
} from "@shopgraph/subgraph";
import { ApiKey, AppOperation, PartnerApp } from "../entities/index.js";

/** The app, or null for an unknown or malformed id. */
export function findApp(em: EntityManager, appId: string): Promise<PartnerApp | null> {
  return isUuid(appId) ? em.findOne(PartnerApp, appId) : Promise.resolve(null);
}

/** The key with its app, or null for an unknown or malformed id. */
export function findApiKey(em: EntityManager, keyId: string): Promise<ApiKey | null> {
  return isUuid(keyId) ? em.findOne(ApiKey, keyId, { populate: ["app"] }) : Promise.resolve(null);
}

export function findAppsByIds(em: EntityManager, ids: readonly string[]): Promise<PartnerApp[]> {
  return em.find(PartnerApp, { id: { $in: ids.filter(isUuid) } });
}

export function findApiKeysByIds(em: EntityManager, ids: readonly string[]): Promise<ApiKey[]> {
  return em.find(ApiKey, { id: { $in: ids.filter(isUuid) } });
}

/** Every key of these apps, revoked ones included, oldest first: a DataLoader batch. */
export function findKeysOfApps(em: EntityManager, appIds: readonly string[]): Promise<ApiKey[]> {
  return em.find(ApiKey, { app: { $in: appIds.filter(isUuid) } }, { orderBy: { createdAt: "asc", id: "asc" } });
}

export function countActiveKeys(em: EntityManager, appId: string): Promise<number> {
  return em.count(ApiKey, { app: appId, revokedAt: null });
}

/** One page window of apps newest first, how many there are, and whether rows lie beyond it. */
export async function findAppsPage(
  em: EntityManager,
  window: PageWindow<NewestFirstPosition>,
): Promise<WindowRows<PartnerApp>> {
  const page = newestFirstWindowQuery<PartnerApp>(window);
  const exists = (beyond: typeof page.precedes) =>
    beyond ? em.count(PartnerApp, beyond).then((count) => count > 0) : false;
  const [rows, totalCount, precedes, follows] = await Promise.all([
    em.find(PartnerApp, page.where, { orderBy: page.orderBy, limit: page.limit }),
    em.count(PartnerApp, {}),
    exists(page.precedes),
    exists(page.follows),
  ]);
  return { rows, totalCount, precedes, follows };
}

/** What a key's exchange needs of it and its app, read in one statement (one snapshot). */
export interface KeyGrant {
  keyId: string;
  keyPrefix: string;
  appId: string;
  scopes: PartnerScope[];
  accessVersion: number;
  appDisabled: boolean;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

/**
 * The key of this hash and its app as one snapshot: a revocation committed after it raised the
 * app's access version too, so a token made from it carries the old version and is refused.
 */
export async function findKeyGrant(em: EntityManager, keyHash: string): Promise<KeyGrant | null> {
  const [row] = await query<{
    key_id: string;
    prefix: string;
    app_id: string;
    scopes: PartnerScope[];
    access_version: number;
    disabled: boolean;
    // Raw rows may carry timestamps as strings: read as dates below.
    revoked_at: Date | string | null;
    expires_at: Date | string | null;
  }>(
    em,
    sql`select k."id" as key_id, k."prefix", k."revoked_at", k."expires_at",
               a."id" as app_id, a."scopes", a."access_version", a."disabled"
          from "api_keys" k join "partner_apps" a on a."id" = k."app_id"
         where k."key_hash" = ${keyHash}`,
  );
  if (!row) return null;
  return {
    keyId: row.key_id,
    keyPrefix: row.prefix,
    appId: row.app_id,
    scopes: row.scopes,
    accessVersion: row.access_version,
    appDisabled: row.disabled,
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
  };
}

/**
 * Makes every app access token of the app invalid at once: raises its access version and records
 * `partner_app.access_revoked`, from which the gateway learns the new minimum (a key that still
 * works is exchanged again). The event is written by the caller's flush.
 */
export async function revokeAppAccess(
  em: EntityManager,
  appId: string,
  reason: AppAccessRevocationReason,
): Promise<number> {
  const [row] = await query<{ access_version: number }>(
    em,
    sql`update "partner_apps" set "access_version" = "access_version" + 1 where "id" = ${appId} returning "access_version"`,
  );
  if (!row) throw new Error(`no partner app ${appId} to revoke the access of`);
  recordEvent(em, "partner_app.access_revoked", appId, { appId, accessVersion: row.access_version, reason });
  return row.access_version;
}

/** `partner_app.changed`: what the app is now (`deleted` when this is its last word). */
export function recordAppChanged(em: EntityManager, app: PartnerApp, deleted = false): void {
  recordEvent(em, "partner_app.changed", app.id, {
    appId: app.id,
    name: app.name,
    disabled: app.disabled,
    deleted,
  });
}

/** The app's registered operations, oldest first (at most MAX_APP_OPERATIONS). */
export function findAppOperations(em: EntityManager, appId: string): Promise<AppOperation[]> {
  return em.find(AppOperation, { app: appId }, { orderBy: { createdAt: "asc", id: "asc" } });
}

/** Every operation of these apps, oldest first: a DataLoader batch. */
export function findOperationsOfApps(em: EntityManager, appIds: readonly string[]): Promise<AppOperation[]> {
  return em.find(AppOperation, { app: { $in: appIds.filter(isUuid) } }, { orderBy: { createdAt: "asc", id: "asc" } });
}

export function findAppOperation(em: EntityManager, appId: string, hash: string): Promise<AppOperation | null> {
  return em.findOne(AppOperation, { app: appId, hash });
}

export function countAppOperations(em: EntityManager, appId: string): Promise<number> {
  return em.count(AppOperation, { app: appId });
}
