import { AppAccessRevocationReason, reject } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { MAX_ACTIVE_KEYS, MAX_OVERLAP_SECONDS, newApiKey } from "../domain/api-keys.js";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { ApiKey } from "../entities/index.js";
import { countActiveKeys, findKeysOfApps, revokeAppAccess } from "../store/partner-apps.js";
import { lockAppToAdminister } from "./partner-app-to-administer.js";

/**
 * ADMIN: a new key for the app, returned here and never again. Rotation: with
 * `retireOtherKeysAfterSeconds`, every other working key of the app stops working after that
 * overlap (0: at once, as a revocation), so clients can move to the new key meanwhile.
 */
export async function createApiKey(
  em: EntityManager,
  appId: string,
  retireOtherKeysAfterSeconds: number | null,
): Promise<{ key: ApiKey; apiKey: string }> {
  const overlap = retireOtherKeysAfterSeconds;
  if (overlap !== null && (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_OVERLAP_SECONDS)) {
    reject<PartnerAppErrorCode>("INVALID_OVERLAP", `The overlap is 0 to ${MAX_OVERLAP_SECONDS} seconds`, [
      "retireOtherKeysAfterSeconds",
    ]);
  }
  const secret = newApiKey();
  const key = await em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId, "appId");
    if (overlap !== null) await retireKeys(tx, app.id, overlap);
    if ((await countActiveKeys(tx, app.id)) >= MAX_ACTIVE_KEYS) {
      reject<PartnerAppErrorCode>(
        "TOO_MANY_API_KEYS",
        `An app holds at most ${MAX_ACTIVE_KEYS} keys that are not revoked; revoke one first`,
        ["appId"],
      );
    }
    const created = tx.create(ApiKey, { app, prefix: secret.prefix, keyHash: secret.hash });
    await tx.flush();
    return created;
  });
  return { key, apiKey: secret.key };
}

/** The app's working keys expire after `overlap` seconds (sooner ones keep theirs); 0 revokes them. */
async function retireKeys(em: EntityManager, appId: string, overlap: number): Promise<void> {
  const now = Date.now();
  const retireAt = new Date(now + overlap * 1000);
  const working = (await findKeysOfApps(em, [appId])).filter(
    (key) => key.revokedAt === null && (key.expiresAt === null || key.expiresAt.getTime() > now),
  );
  if (working.length === 0) return;
  for (const key of working) {
    if (overlap === 0) key.revokedAt = new Date(now);
    else if (key.expiresAt === null || key.expiresAt > retireAt) key.expiresAt = retireAt;
  }
  if (overlap === 0) await revokeAppAccess(em, appId, AppAccessRevocationReason.KEY_REVOKED);
  await em.flush();
}
