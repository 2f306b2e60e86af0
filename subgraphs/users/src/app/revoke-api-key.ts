import { AppAccessRevocationReason, reject } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { LockMode } from "@mikro-orm/core";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { ApiKey } from "../entities/index.js";
import { findApiKey, revokeAppAccess } from "../store/partner-apps.js";

/**
 * ADMIN: the key stops working at once: it exchanges for nothing from now on, and the tokens the
 * gateway holds for it are refused as soon as the gateway learns the app's new access version
 * (the app's other keys are simply exchanged again). Revoking twice is API_KEY_ALREADY_REVOKED.
 */
export async function revokeApiKey(em: EntityManager, keyId: string): Promise<ApiKey> {
  if (!(await findApiKey(em, keyId)))
    reject<PartnerAppErrorCode>("API_KEY_NOT_FOUND", "No API key has this id", ["id"]);
  return em.transactional(async (tx) => {
    const key = await tx.findOneOrFail(ApiKey, keyId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      populate: ["app"],
    });
    if (key.revokedAt) reject<PartnerAppErrorCode>("API_KEY_ALREADY_REVOKED", "This key is already revoked", ["id"]);
    key.revokedAt = new Date();
    await revokeAppAccess(tx, key.app.id, AppAccessRevocationReason.KEY_REVOKED);
    await tx.flush();
    return key;
  });
}
